import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { CompileResult } from '@dpa-as-code/compiler';
import { compiledDocument } from './document-model.js';
import { MissingTranslationError, outputBaseName } from '@dpa-as-code/generators';
import {
    GenerateAllRequest, PREVIEW_LANGUAGES, PreviewRequest,
    type GenerateAllLint, type GenerateAllResult, type PreviewError, type PreviewLanguage, type PreviewResult
} from './preview-protocol.js';
import { renderPreviewHtml } from './preview-render.js';
import { generateAllOutputs } from './preview-outputs.js';

/**
 * Registers the editor's own requests on the language server's connection:
 * `dpa/preview` (the contract as HTML for the live preview) and `dpa/generateAll`
 * (every output format for the "Generate All Outputs" command). Both work on the text the
 * editor has open, saved or not, and answer with the errors instead when the file has any.
 */
export function registerPreviewRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(PreviewRequest, (params, token) => previewDocument(shared, params.uri, params.language, token));
    connection.onRequest(GenerateAllRequest, (params, token) => generateAllForDocument(shared, params.uri, token));
}

/** The `dpa/preview` answer for a document the server knows (open in the editor or in the workspace). */
export async function previewDocument(shared: LangiumSharedServices, uri: string, language: PreviewLanguage, token?: CancellationToken): Promise<PreviewResult> {
    const choice: PreviewLanguage = PREVIEW_LANGUAGES.includes(language) ? language : 'de';
    return withBuiltDocument(shared, uri, token, (document, file) => {
        const version = document.textDocument.version;
        const compiled = compiledDocument(document);
        if (compiled.blocking.length > 0 || !compiled.model) return { ...errorResult(file, blockingErrors(compiled)), version };
        const model = compiled.model;
        try {
            return { ...renderPreviewHtml(model, choice), languages: model.languages, version };
        } catch (error) {
            return { ...missingTranslationResult(file, error), version };
        }
    });
}

/** The `dpa/generateAll` answer: the output files' names and contents, or the errors. */
export async function generateAllForDocument(shared: LangiumSharedServices, uri: string, token?: CancellationToken): Promise<GenerateAllResult> {
    const built = await withBuiltDocument(shared, uri, token, (document, file) => {
        const compiled = compiledDocument(document);
        return compiled.blocking.length > 0 || !compiled.model ? errorResult(file, blockingErrors(compiled)) : { model: compiled.model, file, lint: lintSummary(compiled, file) };
    });
    if ('error' in built) return built;
    try {
        return { files: await generateAllOutputs(built.model, outputBaseName(built.file)), lint: built.lint };
    } catch (error) {
        return missingTranslationResult(built.file, error);
    }
}

/** A text that lacks one of the agreement's languages keeps the outputs from being generated, like an error; anything else is rethrown. */
function missingTranslationResult(file: string, error: unknown): ErrorResult {
    if (!(error instanceof MissingTranslationError)) throw error;
    return errorResult(file, [{ line: error.line, column: error.column, message: error.message }]);
}

/**
 * Runs `action` on the document once every pending change has been built: the read lock waits
 * for queued document updates, so the answer reflects the text of the latest `didChange`.
 */
async function withBuiltDocument<T>(
    shared: LangiumSharedServices, uriString: string, token: CancellationToken | undefined,
    action: (document: LangiumDocument, file: string) => T
): Promise<T | ErrorResult> {
    const uri = URI.parse(uriString);
    const file = UriUtils.basename(uri);
    const notOpen = errorResult(file, [{ line: 1, column: 1, message: 'the language server does not know this file; open it in the editor' }]);
    await shared.workspace.WorkspaceManager.ready;
    return shared.workspace.WorkspaceLock.read(async () => {
        const documents = shared.workspace.LangiumDocuments;
        let document = documents.getDocument(uri);
        if (!document) return notOpen;
        if (document.state < DocumentState.Validated) {
            // A workspace file that is not open in the editor has not been validated yet.
            await shared.workspace.DocumentBuilder.build([document], { validation: true }, token);
            document = documents.getDocument(uri) ?? document;
        }
        return action(document, file);
    });
}

/**
 * What keeps the contract from being generated, as the compile step defines it for the CLI too:
 * syntax, reference and validation errors. Lint findings never block, even at severity error;
 * they stay in the Problems view, as `dpa generate` writes files despite them.
 */
function blockingErrors(compiled: CompileResult): PreviewError[] {
    return compiled.blocking.map(diagnostic => ({ line: diagnostic.line, column: diagnostic.column, message: diagnostic.message }));
}

/** The lint findings of the compiled file, counted by severity, with the first error. */
function lintSummary(compiled: CompileResult, file: string): GenerateAllLint {
    const findings = compiled.lint?.findings ?? [];
    const errors = findings.filter(finding => finding.severity === 'error');
    const first = errors.at(0);
    return {
        errors: errors.length,
        warnings: findings.length - errors.length,
        ...(first ? { first: `${file}:${first.line}:${first.column}: ${first.message}` } : {})
    };
}

interface ErrorResult { error: string; errors: PreviewError[] }

function errorResult(file: string, errors: PreviewError[]): ErrorResult {
    return { error: errors.map(e => `${file}:${e.line}:${e.column}: ${e.message}`).join('\n'), errors };
}
