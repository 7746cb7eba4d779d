import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createDpaServices, DpaInputError, formatDiagnostic, formatDpaText, readDpaFile } from '@dpa-as-code/language';
import type { CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { expandFileArguments } from '../file-arguments.js';

export interface FormatOptions {
    check?: boolean;
}

/**
 * `dpa format FILE...`: rewrites each file in the editor's house style (the language server's
 * formatter), keeping every comment. `--check` writes nothing, lists the files that would change
 * on stdout and exits 1 if there are any. A file with syntax errors is left as it is (exit 2).
 */
export async function formatCommand(patterns: string[], options: FormatOptions, io: CliIo): Promise<number> {
    const expanded = expandFileArguments(patterns, io.cwd);
    if (!expanded.ok) return fail(io, `dpa format: ${expanded.message}`, ExitCode.usage);
    // Only the parser is needed: no compile step, no lint rules (start-up time).
    const services = createDpaServices(EmptyFileSystem).Dpa;
    let changed = 0;
    let unchanged = 0;
    let failed = 0;
    for (const file of expanded.files) {
        const path = resolve(io.cwd, file);
        let text: string;
        try {
            text = readDpaFile(path);
        } catch (error) {
            if (!(error instanceof DpaInputError)) throw error;
            io.stderr.write(`${file}: ${error.reason}\n`);
            failed++;
            continue;
        }
        const result = await formatDpaText(services, text, file);
        if (!result.ok) {
            for (const diagnostic of result.errors) io.stderr.write(formatDiagnostic(diagnostic) + '\n');
            io.stderr.write(`${file}: not formatted, fix the syntax errors first\n`);
            failed++;
            continue;
        }
        if (!result.changed) {
            unchanged++;
            continue;
        }
        changed++;
        if (options.check) {
            io.stdout.write(file + '\n');
            continue;
        }
        try {
            replaceFileAtomically(path, result.text, hasByteOrderMark(path));
        } catch (error) {
            io.stderr.write(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
            failed++;
            changed--;
            continue;
        }
        io.stderr.write(`formatted ${file}\n`);
    }
    io.stderr.write(summary(changed, unchanged, failed, options.check ?? false) + '\n');
    if (failed > 0) return ExitCode.usage;
    return options.check && changed > 0 ? ExitCode.findings : ExitCode.ok;
}

function summary(changed: number, unchanged: number, failed: number, check: boolean): string {
    const parts = [check ? `${plural(changed, 'file')} would be reformatted` : `${plural(changed, 'file')} formatted`, `${unchanged} already formatted`];
    if (failed > 0) parts.push(`${failed} not formatted`);
    return parts.join(', ') + (check && changed > 0 ? ' (run `dpa format` without --check to fix)' : '');
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function hasByteOrderMark(path: string): boolean {
    const head = readFileSync(path).subarray(0, 3);
    return head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

/** Writes next to the file, then renames over it: a reader never sees half a file, and a failure leaves the original. */
function replaceFileAtomically(path: string, text: string, byteOrderMark: boolean): void {
    const mode = statSync(path).mode;
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        writeFileSync(temporary, (byteOrderMark ? '\ufeff' : '') + text, { flag: 'wx' });
        chmodSync(temporary, mode & 0o7777);
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
