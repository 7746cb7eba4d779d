import { EmptyFileSystem } from 'langium';
import type { CliIo } from './cli-io.js';
import { resolve } from 'node:path';
import { createDpaServices, DpaInputError, formatDiagnostic, readDpaFile, type DpaServices } from '@dpa-as-code/language';
import { compileText, type CompileDiagnostic, type CompileOptions, type CompileResult } from '@dpa-as-code/compiler';

let services: DpaServices | undefined;

/** The language services, created once per process. */
export function dpaServices(): DpaServices {
    services ??= createDpaServices(EmptyFileSystem).Dpa;
    return services;
}

export type CompileForCliResult = { ok: true; compiled: CompileResult } | { ok: false; message: string };

/**
 * Compiles a file through the shared compile step, turning unreadable input into one message line.
 * A relative `file` is read from `cwd` (the in-process runner's directory) and reported as given.
 */
export async function compileForCli(file: string, options: CompileOptions, cwd?: string): Promise<CompileForCliResult> {
    try {
        const path = cwd === undefined ? resolve(file) : resolve(cwd, file);
        const text = readDpaFile(path);
        return { ok: true, compiled: await compileText(dpaServices(), text, file, { ...options, path }) };
    } catch (error) {
        if (error instanceof DpaInputError) return { ok: false, message: `${file}: ${error.reason}` };
        throw error;
    }
}

/** Compiles text that is already in memory (a version of a file being fixed), reported under `file`. */
export async function compileTextForCli(text: string, file: string, options: CompileOptions): Promise<CompileResult> {
    return compileText(dpaServices(), text, file, options);
}

/** One `file:line:col: severity: message` line per diagnostic. */
export function printDiagnostics(diagnostics: readonly CompileDiagnostic[], stream: CliIo['stdout']): void {
    for (const diagnostic of diagnostics) {
        stream.write(formatDiagnostic(diagnostic) + '\n');
    }
}
