import { ExitCode } from '../exit-codes.js';
import { loadForCli, printDiagnostics } from '../workspace.js';

/** `dpa validate FILE...`: syntax and reference errors, one line each. */
export async function validateCommand(files: string[]): Promise<number> {
    let errors = 0;
    let warnings = 0;
    let unreadable = 0;
    for (const file of files) {
        const result = await loadForCli(file);
        if (!result.ok) {
            process.stderr.write(result.message + '\n');
            unreadable++;
            continue;
        }
        printDiagnostics(result.loaded);
        errors += result.loaded.diagnostics.filter(d => d.severity === 'error').length;
        warnings += result.loaded.diagnostics.filter(d => d.severity === 'warning').length;
    }
    const checked = files.length - unreadable;
    process.stderr.write(`${plural(checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
        + (unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read` : '') + '\n');
    if (unreadable > 0) return ExitCode.usage;
    return errors > 0 ? ExitCode.findings : ExitCode.ok;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
