import {
    checkOutputRequest, ChromiumNotFoundError, CONTRACT_LAYOUTS, findChromium, LANGUAGE_CHOICES as OUTPUT_LANGUAGE_CHOICES, MissingTranslationError,
    OUTPUT_FORMATS, outputBaseName, PdfRenderError, planOutputs, renderOutput, type ContractLayout, type LanguageChoice, type ModelRevision, type OutputFormat, type OutputRequest, type PlannedOutput
} from '@dpa-as-code/generators';
import { join, resolve } from 'node:path';
import type { CompileResult } from '@dpa-as-code/compiler';
import { isTerminal, type CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { expandFileArguments } from '../file-arguments.js';
import { OutputWriteError, writeOutputsAtomically, type OutputFile } from '../output-files.js';
import { compileForCli, printDiagnostics } from '../workspace.js';
import { readFileHistory } from './generate-history.js';

// What to make and how the files are named is decided by the generators' output plan, which the
// editor's "Generate All Outputs" uses too; this command only reads options and writes files.
export const FORMATS = OUTPUT_FORMATS;
export type Format = OutputFormat;
export const LANGUAGE_CHOICES = OUTPUT_LANGUAGE_CHOICES;
export type { LanguageChoice };
export const LAYOUTS = CONTRACT_LAYOUTS;

export interface GenerateOptions {
    format: Format;
    lang?: LanguageChoice;
    layout?: ContractLayout;
    /** subprocessors: also an Atom feed of the changes over the file's git revisions. */
    history?: boolean;
    out: string;
}

/**
 * `dpa generate FILE...`: all or nothing. Nothing is written unless every file is free of errors,
 * every output could be made and no two inputs would write the same output file.
 */
export async function generateCommand(patterns: string[], options: GenerateOptions, io: CliIo): Promise<number> {
    const request = { format: options.format, lang: options.lang, layout: options.layout ?? 'sequential', history: options.history };
    const usageError = checkOutputRequest(request);
    if (usageError) return fail(io, `dpa: ${usageError}`, ExitCode.usage);
    const expanded = expandFileArguments(patterns, io.cwd);
    if (!expanded.ok) return fail(io, `dpa generate: ${expanded.message}`, ExitCode.usage);
    const outDir = resolve(io.cwd, options.out);

    let chromium: string | undefined;
    if (options.format === 'pdf') {
        try {
            chromium = findChromium(io.env);
        } catch (error) {
            if (error instanceof ChromiumNotFoundError) return fail(io, `dpa: --format pdf needs Chromium: ${error.message}`, ExitCode.usage);
            throw error;
        }
    }

    // First every file is compiled and planned, so that all errors and name collisions are reported
    // before any (slow) rendering; then everything is rendered; then written together.
    const plans: FilePlan[] = [];
    let exitCode: number = ExitCode.ok;
    for (const file of expanded.files) {
        const plan = await planFile(file, request, io);
        if (typeof plan === 'number') exitCode = Math.max(exitCode, plan);
        else plans.push(plan);
    }
    if (exitCode !== ExitCode.ok) return exitCode;
    const writtenBy = new Map<string, string>();
    for (const { file, outputs } of plans) {
        for (const output of outputs) {
            const earlier = writtenBy.get(output.fileName);
            if (earlier !== undefined) {
                return fail(io, `dpa generate: ${earlier} and ${file} would both write ${join(options.out, output.fileName)}; nothing written (generate them into different --out directories)`, ExitCode.usage);
            }
            writtenBy.set(output.fileName, file);
        }
    }

    const files: OutputFile[] = [];
    for (const plan of plans) {
        const rendered = await renderPlan(plan, chromium, io);
        if (typeof rendered === 'number') return rendered;
        files.push(...rendered);
    }
    try {
        writeOutputsAtomically(outDir, files);
    } catch (error) {
        if (error instanceof OutputWriteError) {
            const subject = expanded.files.length === 1 ? expanded.files[0] : `${expanded.files.length} files`;
            return fail(io, `dpa: ${subject}: not generated: ${error.message}`, ExitCode.usage);
        }
        throw error;
    }
    for (const output of files) io.stderr.write(`wrote ${join(options.out, output.name)}\n`);
    return ExitCode.ok;
}

interface FilePlan {
    file: string;
    model: NonNullable<CompileResult['model']>;
    outputs: PlannedOutput[];
    /** The file's committed versions, oldest first (with --history). */
    history?: ModelRevision[];
}

/** A file's model and the outputs it gives, or the exit code when it has errors (already reported). */
async function planFile(file: string, request: OutputRequest, io: CliIo): Promise<FilePlan | number> {
    // Generation does not lint (that is `dpa lint`); lint findings would never block it anyway.
    const result = await compileForCli(file, { lint: false }, io.cwd);
    if (!result.ok) return fail(io, result.message, ExitCode.usage);
    const { diagnostics, blocking, model } = result.compiled;
    printDiagnostics(diagnostics, io.stdout);
    if (blocking.length > 0) return fail(io, `${file}: not generated, fix the errors above first`, ExitCode.findings);
    if (!model && result.compiled.kind === 'template') return fail(io, `${file}: is a template: generate the covers that fill it in (cover NAME template "…" { … })`, ExitCode.usage);
    if (!model && result.compiled.kind === 'sub-processor-list') return fail(io, `${file}: is a sub-processor list: generate the agreements that use it (use sub-processors from "…")`, ExitCode.usage);
    if (!model) return fail(io, `${file}: not generated, fix the errors above first`, ExitCode.findings);

    const outputs = planOutputs(model, outputBaseName(file), request);
    if (!Array.isArray(outputs)) return fail(io, `${file}: ${outputs.problem}`, ExitCode.usage);
    if (request.history !== true) return { file, model, outputs };
    const history = await readFileHistory(file, io);
    if (!history.ok) return fail(io, `dpa generate: ${history.message}`, ExitCode.usage);
    return { file, model, outputs, history: history.revisions };
}

async function renderPlan({ file, model, outputs, history }: FilePlan, chromium: string | undefined, io: CliIo): Promise<OutputFile[] | number> {
    const files: OutputFile[] = [];
    let progress: Progress | undefined;
    try {
        for (const output of outputs) {
            progress = output.format === 'pdf' ? startProgress(io, `Rendering ${output.fileName} with Chromium`) : undefined;
            const rendered = await renderOutput(model, output, { chromium, history });
            progress?.end('done');
            files.push({ name: rendered.fileName, content: rendered.content });
        }
    } catch (error) {
        progress?.end('failed');
        if (error instanceof MissingTranslationError) {
            return fail(io, `${file}:${error.line}:${error.column}: error: ${error.message}\n${file}: not generated`, ExitCode.findings);
        }
        if (error instanceof PdfRenderError) return fail(io, `dpa: ${file}: PDF not generated: ${error.message}`, ExitCode.usage);
        throw error;
    }
    return files;
}

interface Progress { end(outcome: 'done' | 'failed'): void }

/** Long work (PDF through Chromium) says what it is doing, on a terminal only: logs and pipes get just the result. */
function startProgress(io: CliIo, what: string): Progress | undefined {
    if (!isTerminal(io.stderr)) return undefined;
    const started = performance.now();
    io.stderr.write(`${what}… `);
    return { end: outcome => { io.stderr.write(`${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`); } };
}
