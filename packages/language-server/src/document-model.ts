import type { LangiumDocument } from 'langium';
import type { ast } from '@dpa-as-code/language';
import { compileDocument, type CompileResult } from '@dpa-as-code/compiler';

/**
 * The compile result of each parse, made once while the document is validated (with lint, for the
 * Problems view) and reused by the preview and Generate All. Keyed by the AST root, which Langium
 * replaces on each re-parse, so an edited document never gets a stale result.
 */
const compiled = new WeakMap<ast.Agreement, CompileResult>();

export function rememberCompiled(result: CompileResult): void {
    compiled.set(result.document.parseResult.value, result);
}

/** The compile result of a validated document: the one its validation made, else compiled now (without lint). */
export function compiledDocument(document: LangiumDocument): CompileResult {
    const agreementDocument = document as LangiumDocument<ast.Agreement>;
    return compiled.get(agreementDocument.parseResult.value) ?? compileDocument(agreementDocument, { lint: false });
}
