// Prints the closing line CI reads ("Tests: N passed, N failed") from vitest's JSON report.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
    report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
    console.error(`test-summary: cannot read ${file}: ${error.message}`);
    process.exit(1);
}
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
console.log(`Tests: ${report.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || report.numPassedTests === 0 ? 1 : 0);
