import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    loadDpaFile, loadDpaText, toDpaDiagnostic, toDpaModel, type ast, type DpaDiagnostic, type DpaServices
} from '@dpa-as-code/language';
import { lintModel, type Citation, type LintResult, type RuleSetting } from '@dpa-as-code/lint';
import type { DpaModel } from '@dpa-as-code/model';

/** Where a diagnostic comes from: the parser, the linker, the language's validator, or a lint rule. */
export type DiagnosticOrigin = 'syntax' | 'reference' | 'validation' | 'lint';

export interface CompileDiagnostic extends DpaDiagnostic {
    origin: DiagnosticOrigin;
    /** Lint findings only: the rule and the law it cites. */
    ruleId?: string;
    citation?: Citation;
}

export interface CompileOptions {
    /** Run the lint rules with these settings (rule id → off/warn/error); `false`: do not lint. */
    lint?: false | { settings?: Record<string, RuleSetting> };
}

export interface CompileResult {
    file: string;
    document: LangiumDocument<ast.Agreement>;
    /** Everything to show the user, language diagnostics and lint findings, ordered by position. */
    diagnostics: CompileDiagnostic[];
    /** The diagnostics that keep outputs from being generated (see {@link isBlocking}). */
    blocking: CompileDiagnostic[];
    /** The plain model, built whenever the file has no syntax or reference errors. */
    model?: DpaModel;
    /** The lint run, when the options asked for one and a model could be built. */
    lint?: LintResult;
}

/**
 * The one definition of what blocks output: every error of the language (syntax, reference,
 * validation). Lint findings never block, whatever their severity.
 */
export function isBlocking(diagnostic: Pick<CompileDiagnostic, 'severity' | 'origin'>): boolean {
    return diagnostic.severity === 'error' && diagnostic.origin !== 'lint';
}

/**
 * Compiles a parsed, linked and validated document. `languageDiagnostics` are Langium's
 * diagnostics for it (by default `document.diagnostics`); the language server passes them in
 * while it validates, before they are stored on the document.
 *
 * Policy: a model is built, and lint runs, whenever the file has no syntax or reference errors,
 * so validation errors (a property given twice) are reported together with the lint findings,
 * in the editor and in `dpa lint` alike. Outputs are generated only when nothing blocks.
 */
export function compileDocument(
    document: LangiumDocument<ast.Agreement>, options: CompileOptions = {},
    languageDiagnostics: readonly Diagnostic[] = document.diagnostics ?? [], file: string = document.uri.fsPath
): CompileResult {
    const diagnostics: CompileDiagnostic[] = languageDiagnostics.filter(diagnostic => !isLintDiagnostic(diagnostic)).map(diagnostic => ({ ...toDpaDiagnostic(file, diagnostic), origin: originOf(diagnostic) }));
    const blocking = diagnostics.filter(isBlocking);
    const model = isStructurallySound(document) ? buildModel(document, blocking.length > 0) : undefined;
    let lint: LintResult | undefined;
    if (model && options.lint !== false) {
        lint = lintModel(model, { settings: options.lint?.settings, sourceText: document.textDocument.getText() });
        diagnostics.push(...lint.findings.map(finding => ({
            file, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn,
            severity: finding.severity, message: finding.message, code: finding.ruleId,
            origin: 'lint' as const, ruleId: finding.ruleId, citation: finding.citation
        })));
    }
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, document, diagnostics, blocking: blocking.sort((a, b) => a.line - b.line || a.column - b.column), ...(model ? { model } : {}), ...(lint ? { lint } : {}) };
}

/** Parses, links, validates and compiles a text; `file` names it in diagnostics. */
export async function compileText(services: DpaServices, text: string, file: string, options: CompileOptions = {}): Promise<CompileResult> {
    const loaded = await loadDpaText(services, text, file);
    return compileDocument(loaded.document, options, loaded.document.diagnostics ?? [], file);
}

/** Reads and compiles a file; throws `DpaInputError` when it cannot be read (missing, a directory, not UTF-8). */
export async function compileFile(services: DpaServices, file: string, options: CompileOptions = {}): Promise<CompileResult> {
    const loaded = await loadDpaFile(services, file);
    return compileDocument(loaded.document, options, loaded.document.diagnostics ?? [], file);
}

/** Lint findings the language server already added to a document's diagnostics; recomputed here, never counted twice. */
function isLintDiagnostic(diagnostic: Diagnostic): boolean {
    return typeof (diagnostic.data as { ruleId?: unknown } | undefined)?.ruleId === 'string';
}

function originOf(diagnostic: Diagnostic): DiagnosticOrigin {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && (code.startsWith('lexing-') || code === 'parsing-error')) return 'syntax';
    if (code === 'linking-error') return 'reference';
    return 'validation';
}

/** Without syntax or reference errors the AST is complete and every reference resolves. */
function isStructurallySound(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length === 0
        && document.parseResult.parserErrors.length === 0
        && !document.references.some(reference => reference.error !== undefined);
}

/**
 * A file with validation errors may still hold shapes the builder does not expect; then there is
 * no model (the errors already explain why). Without any error a failure is a bug and surfaces.
 */
function buildModel(document: LangiumDocument<ast.Agreement>, hasErrors: boolean): DpaModel | undefined {
    try {
        return toDpaModel(document.parseResult.value);
    } catch (error) {
        if (hasErrors) return undefined;
        throw error;
    }
}
