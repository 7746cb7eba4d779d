import { EmptyFileSystem } from 'langium';
import type { CliIo } from './cli-io.js';
import { resolve } from 'node:path';
import { createDpaServices, DpaInputError, formatDiagnostic, LARGE_INPUT, readDpaFile, type DpaServices } from '@dpa-as-code/language';
import { compileText, type CompileDiagnostic, type CompileOptions, type CompileResult } from '@dpa-as-code/compiler';
import { lintModel, type LintResult, type RuleSetting } from '@dpa-as-code/lint';
import type { DpaModel } from '@dpa-as-code/model';

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

export type LintForCliResult = { ok: true; blocking: CompileDiagnostic[]; lint?: LintResult } | { ok: false; message: string };

/**
 * `dpa lint` of one file: what `compileForCli` with `lint: { settings }` gives (the same blocking
 * diagnostics and the same lint run), but the rules run only after the parsed documents have been let
 * go. The rules read the model and the text alone, and the parsed documents are most of the heap (about
 * 175 MiB at 10,000 sub-processors, where the peak drops from about 395 to 340 MiB); after a large file
 * `collectGarbage` frees them before the rules allocate, since V8 would not collect them by itself before the end.
 */
export async function lintForCli(file: string, settings: Record<string, RuleSetting>, cwd: string | undefined, collectGarbage?: () => void): Promise<LintForCliResult> {
    const compiled = await compileAndRelease(file, cwd);
    if (!compiled.ok) return compiled;
    const { blocking, model, sourceText } = compiled;
    if (collectGarbage && sourceText.length >= LARGE_INPUT) collectGarbage();
    return { ok: true, blocking, ...(model ? { lint: lintModel(model, { settings, sourceText }) } : {}) };
}

/** Compiles a file without lint, then removes every document from the workspace; keeps what lint needs. */
async function compileAndRelease(file: string, cwd: string | undefined): Promise<{ ok: true; blocking: CompileDiagnostic[]; model?: DpaModel; sourceText: string } | { ok: false; message: string }> {
    const result = await compileForCli(file, { lint: false }, cwd);
    if (!result.ok) return result;
    const { blocking, model, document } = result.compiled;
    const sourceText = document.textDocument.getText();
    // Langium's way of deleting documents: also empties the scope caches that point into their trees.
    const workspace = dpaServices().shared.workspace;
    await workspace.DocumentBuilder.update([], workspace.LangiumDocuments.all.map(loaded => loaded.uri).toArray());
    return { ok: true, blocking, ...(model ? { model } : {}), sourceText };
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
