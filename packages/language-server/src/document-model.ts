import type { LangiumDocument } from 'langium';
import type { ast } from '@dpa-as-code/language';
import { compileDocument, type CompileResult } from '@dpa-as-code/compiler';
import type { LintFinding } from '@dpa-as-code/lint';

/**
 * The compile result of each parse, made once while the document is validated (with lint, for the
 * Problems view) and reused by the preview and Generate All. Keyed by the AST root, which Langium
 * replaces on each re-parse, so an edited document never gets a stale result.
 */
const compiled = new WeakMap<ast.Agreement, CompileResult>();

/** A number for each remembered compile result, so a diagnostic can name the lint run it came from. */
const runs = new WeakMap<CompileResult, number>();
let lastRun = 0;

/** Remembers the result for its document's AST; returns the number of this run. */
export function rememberCompiled(result: CompileResult): number {
    compiled.set(result.document.parseResult.value, result);
    runs.set(result, ++lastRun);
    return lastRun;
}

/**
 * The lint finding a diagnostic of run `run` was made from (its fixes are built on first read);
 * undefined once the document has been linted again (re-parsed or re-validated) since that run.
 */
export function lintFindingOf(document: LangiumDocument, run: number, index: number): LintFinding | undefined {
    const result = compiled.get((document as LangiumDocument<ast.Agreement>).parseResult.value);
    if (result === undefined || runs.get(result) !== run) return undefined;
    return result.lint?.findings[index];
}

/** The compile result of a validated document: the one its validation made, else compiled now (without lint). */
export function compiledDocument(document: LangiumDocument): CompileResult {
    const agreementDocument = document as LangiumDocument<ast.Agreement>;
    return compiled.get(agreementDocument.parseResult.value) ?? compileDocument(agreementDocument, { lint: false });
}
