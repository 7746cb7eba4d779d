import { countBySeverity, entriesOf, type FileLintReport } from './lint-report.js';

/** `file:line:col  severity  message  rule-id`, one per line, then a summary line. */
export function formatText(reports: FileLintReport[]): string {
    const lines = reports.flatMap(entriesOf).map(e => `${e.file}:${e.line}:${e.column}  ${e.severity}  ${e.message}  ${e.ruleId}`);
    const { errors, warnings } = countBySeverity(reports);
    const suppressed = reports.reduce((sum, report) => sum + report.suppressed.length, 0);
    const total = errors + warnings;
    lines.push(`${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
        + (suppressed > 0 ? `, ${suppressed} suppressed with a reason` : ''));
    return lines.join('\n') + '\n';
}
