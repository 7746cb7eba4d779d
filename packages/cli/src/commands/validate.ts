import type { CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { expandFileArguments } from '../file-arguments.js';
import { compileForCli, printDiagnostics } from '../workspace.js';

/** `dpa validate FILE...`: syntax, reference and validation errors, one line each (the compile step without lint). */
export async function validateCommand(patterns: string[], io: CliIo): Promise<number> {
    const expanded = expandFileArguments(patterns, io.cwd);
    if (!expanded.ok) return fail(io, `dpa validate: ${expanded.message}`, ExitCode.usage);
    const files = expanded.files;
    let errors = 0;
    let warnings = 0;
    let unreadable = 0;
    for (const file of files) {
        const result = await compileForCli(file, { lint: false }, io.cwd);
        if (!result.ok) {
            io.stderr.write(result.message + '\n');
            unreadable++;
            continue;
        }
        const { diagnostics } = result.compiled;
        printDiagnostics(diagnostics, io.stdout);
        errors += diagnostics.filter(d => d.severity === 'error').length;
        warnings += diagnostics.filter(d => d.severity === 'warning').length;
    }
    const checked = files.length - unreadable;
    io.stderr.write(`${plural(checked, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
        + (unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read` : '') + '\n');
    if (unreadable > 0) return ExitCode.usage;
    return errors > 0 ? ExitCode.findings : ExitCode.ok;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
