import { ExitCode } from '../exit-codes.js';
import { loadForCli, printDiagnostics } from '../workspace.js';

/** `dpa validate FILE...`: syntax and reference errors, one line each. */
export async function validateCommand(files: string[]): Promise<number> {
    let exitCode: number = ExitCode.ok;
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
        const result = await loadForCli(file);
        if (!result.ok) {
            process.stderr.write(result.message + '\n');
            exitCode = ExitCode.usage;
            continue;
        }
        printDiagnostics(result.loaded);
        errors += result.loaded.diagnostics.filter(d => d.severity === 'error').length;
        warnings += result.loaded.diagnostics.filter(d => d.severity === 'warning').length;
        if (result.loaded.hasErrors && exitCode === ExitCode.ok) exitCode = ExitCode.findings;
    }
    process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    return exitCode;
}
