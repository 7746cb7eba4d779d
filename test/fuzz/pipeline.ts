import { createHash } from 'node:crypto';
import { CstUtils, EmptyFileSystem, TextDocument, type LangiumDocument } from 'langium';
import { loadDpaText, toDpaModel, type ast, type DpaServices } from '@dpa-as-code/language';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { allRules, lintModel } from '@dpa-as-code/lint';
import {
    buildEdition, generateJson, MissingTranslationError, renderDocx, renderHtml, renderMarkdownEdition, SIDE_BY_SIDE_LANGUAGES
} from '@dpa-as-code/generators';

/** The language server's services: the CLI's validation plus the editor's lint diagnostics and formatter. */
const services = createDpaLanguageServerServices(EmptyFileSystem).Dpa as unknown as DpaServices & {
    lsp: { Formatter: { formatDocument(document: LangiumDocument, params: unknown): Promise<Array<{ range: unknown; newText: string }>> } };
};

export const TIME_LIMIT_MS = 2_000;

/** The editor reports lint findings as diagnostics too; only the validator's errors stop `dpa generate`. */
const LINT_RULE_IDS = new Set(allRules.map(rule => rule.id));

export interface PipelineResult {
    /** Empty when the input went through every stage cleanly. */
    failures: string[];
    /** A hash of everything the stages produced, to compare reruns byte for byte. */
    digest: string;
    /** Wall-clock milliseconds. */
    ms: number;
    /** CPU milliseconds of this process: what the time limit applies to, as it does not depend on other load on the machine. */
    cpuMs: number;
    /** How far the input got: 'syntax' (syntax errors), 'errors' (other errors), 'complete'. */
    reached: 'syntax' | 'errors' | 'complete';
}

/** Langium prints a validator's crash as this diagnostic instead of throwing it. */
const CAUGHT_CRASH = /An error occurred|Cannot read propert|is not a function|is not iterable|Maximum call stack/;

/**
 * Runs one text through everything a user can make the tools do with it: parse, link, validate
 * (including the editor's lint diagnostics), model, lint, every generator but PDF, and the
 * formatter. Records exceptions, logged errors, crash diagnostics, formatter damage and time.
 */
export async function runPipeline(text: string, file = 'fuzz.dpa'): Promise<PipelineResult> {
    const failures: string[] = [];
    const outputs: Array<string | Uint8Array> = [];
    const logged: string[] = [];
    const restore = captureConsole(logged);
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    let reached: PipelineResult['reached'] = 'syntax';
    let stage = 'parse+validate';
    let checkingMs = 0;
    let checkingCpuMs = 0;
    try {
        const loaded = await loadDpaText(services, text, file);
        const document = loaded.document;
        for (const diagnostic of loaded.diagnostics) {
            if (CAUGHT_CRASH.test(diagnostic.message)) failures.push(`crash caught as diagnostic at ${diagnostic.line}:${diagnostic.column}: ${diagnostic.message.split('\n')[0]}`);
        }
        outputs.push(JSON.stringify(loaded.diagnostics));
        const syntaxOk = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;

        stage = 'format';
        const formatted = await format(document);
        outputs.push(formatted);
        const hasErrors = loaded.diagnostics.some(diagnostic => diagnostic.severity === 'error' && !LINT_RULE_IDS.has(diagnostic.code ?? ''));
        if (syntaxOk) {
            // Checking the formatter's result is the fuzzer's own work: not counted against the time limit.
            const checkStarted = performance.now();
            const checkStartedCpu = process.cpuUsage();
            reached = hasErrors ? 'errors' : 'complete';
            const comments = commentsOf(document);
            const reloaded = await loadDpaText(services, formatted, `formatted-${file}`);
            const kept = new Set(commentsOf(reloaded.document));
            const missing = comments.filter(comment => !kept.has(comment));
            if (missing.length > 0) failures.push(`formatter dropped or changed comments: ${JSON.stringify(missing.slice(0, 3))}`);
            const again = await format(reloaded.document);
            if (again !== formatted) failures.push(`formatter not idempotent: ${firstDifference(formatted, again)}`);
            services.shared.workspace.LangiumDocuments.deleteDocument(reloaded.document.uri);
            checkingMs += performance.now() - checkStarted;
            checkingCpuMs += cpuMsSince(checkStartedCpu);
        }

        if (!hasErrors) {
            stage = 'model';
            const model = toDpaModel(document.parseResult.value as ast.Agreement);
            stage = 'lint';
            outputs.push(JSON.stringify(lintModel(model, { sourceText: text })));
            stage = 'json';
            outputs.push(generateJson(model));
            const editions: Array<{ languages: typeof model.languages; layout: 'sequential' | 'side-by-side' }> = model.languages.map(language => ({ languages: [language], layout: 'sequential' }));
            if (SIDE_BY_SIDE_LANGUAGES.every(language => model.languages.includes(language))) editions.push({ languages: [...SIDE_BY_SIDE_LANGUAGES], layout: 'side-by-side' });
            for (const { languages, layout } of editions) {
                stage = `contract ${languages.join('+')} ${layout}`;
                try {
                    const edition = buildEdition(model, languages, layout);
                    stage = `markdown ${languages.join('+')} ${layout}`;
                    outputs.push(renderMarkdownEdition(edition));
                    stage = `html ${languages.join('+')} ${layout}`;
                    outputs.push(renderHtml(edition));
                    stage = `docx ${languages.join('+')} ${layout}`;
                    outputs.push(await renderDocx(edition, { date: model.date }));
                } catch (error) {
                    // A text missing in one language is the user's error, reported by `dpa generate`.
                    if (!(error instanceof MissingTranslationError)) throw error;
                    outputs.push(`missing translation ${error.line}:${error.column}`);
                }
            }
        }
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    } catch (error) {
        failures.push(`exception in ${stage}: ${(error as Error)?.stack ?? String(error)}`);
    } finally {
        restore();
    }
    const ms = performance.now() - started - checkingMs;
    const cpuMs = cpuMsSince(startedCpu) - checkingCpuMs;
    if (logged.length > 0) failures.push(`logged during ${stage}: ${logged.slice(0, 3).join(' | ').slice(0, 2_000)}`);
    if (cpuMs > TIME_LIMIT_MS) failures.push(`took ${Math.round(cpuMs)} ms of CPU time, ${Math.round(ms)} ms wall-clock (limit ${TIME_LIMIT_MS} ms)`);
    const hash = createHash('sha256');
    for (const output of outputs) hash.update(typeof output === 'string' ? output : Buffer.from(output)).update('\u0000');
    return { failures, digest: hash.digest('hex'), ms, cpuMs, reached };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
}

async function format(document: LangiumDocument): Promise<string> {
    const edits = await services.lsp.Formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits as Parameters<typeof TextDocument.applyEdits>[1]);
}

function commentsOf(document: LangiumDocument): string[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    return CstUtils.streamCst(root)
        .filter(node => node.hidden && /COMMENT/.test((node as { tokenType?: { name: string } }).tokenType?.name ?? ''))
        .map(node => node.text.trimEnd())
        .toArray();
}

function firstDifference(a: string, b: string): string {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return `at offset ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} then ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

/** console.error/warn during a run are caught-and-logged failures (Langium logs some crashes this way). */
function captureConsole(into: string[]): () => void {
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => { into.push(args.map(arg => (arg as Error)?.stack ?? String(arg)).join(' ')); };
    console.warn = (...args: unknown[]) => { into.push(args.map(arg => String(arg)).join(' ')); };
    return () => { console.error = original.error; console.warn = original.warn; };
}
