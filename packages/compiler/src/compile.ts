import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { AstUtils, type AstNode } from 'langium';
import {
    ast, isTemplate, loadDpaFile, loadDpaText, relativeFile, templateOf, toDpaDiagnostic, toDpaModel, usedSubProcessorLists,
    type DpaDiagnostic, type DpaServices
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
    /** Where the text lives on disk (default: the file name resolved against the process's directory); the files it uses are found relative to it. */
    path?: string;
}

/** What a `.dpa` file holds: an agreement, a template (an agreement with parameters), a cover that fills one in, or a sub-processor list. */
export type DpaFileKind = 'agreement' | 'template' | 'cover' | 'sub-processor-list';

export interface CompileResult {
    file: string;
    kind: DpaFileKind;
    document: LangiumDocument<ast.Agreement>;
    /** Everything to show the user, language diagnostics and lint findings, ordered by position. */
    diagnostics: CompileDiagnostic[];
    /** The diagnostics that keep outputs from being generated (see {@link isBlocking}). */
    blocking: CompileDiagnostic[];
    /**
     * The plain model, built whenever the file (and every file it uses) has no syntax or reference
     * errors: of an agreement, or of a cover (its template's with the cover's values). A template
     * or a sub-processor list alone has none: covers and agreements that use them do.
     */
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
    const used = usedDocuments(document);
    // Copies of the lists as they are now: Langium appends to a document's list when it validates again.
    const sources: DiagnosticSource[] = [{ file, diagnostics: [...languageDiagnostics] }];
    // The files it uses report their own errors under their own names; they block this file's outputs too.
    for (const other of used) sources.push({ file: besideFile(file, relativeFile(document, other)), diagnostics: [...(other.diagnostics ?? [])] });
    const hasBlocking = sources.some(source => source.diagnostics.some(isBlockingLanguageDiagnostic));
    const root = document.parseResult.value as AstNode;
    const kind: DpaFileKind = ast.isCover(root) ? 'cover' : ast.isSubProcessorList(root) ? 'sub-processor-list' : isTemplate(root) ? 'template' : 'agreement';
    const hasModel = kind === 'cover' || kind === 'agreement';
    const model = hasModel && [document, ...used].every(isStructurallySound) ? buildModel(document, hasBlocking) : undefined;
    let lint: LintResult | undefined;
    const lintDiagnostics: CompileDiagnostic[] = [];
    if (model && options.lint !== false) {
        lint = lintModel(model, { settings: options.lint?.settings, sourceText: document.textDocument.getText() });
        lintDiagnostics.push(...lint.findings.map(finding => ({
            file: finding.file === undefined ? file : besideFile(file, finding.file), line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn,
            severity: finding.severity, message: finding.message, code: finding.ruleId,
            origin: 'lint' as const, ruleId: finding.ruleId, citation: finding.citation
        })));
    }
    let sorted: CompileDiagnostic[] | undefined;
    const allDiagnostics = (): CompileDiagnostic[] => sorted ??= [...sources.flatMap(toCompileDiagnostics), ...lintDiagnostics].sort(byPosition);
    const result = { file, kind, document } as CompileResult;
    // Converted when first read: the editor's validator compiles on every change but reads only the lint findings,
    // and a garbled file has half a million language diagnostics (Langium's own list is what the editor shows).
    lazyProperty(result, 'diagnostics', allDiagnostics);
    // Lint findings never block, and the sort is stable: filtering the sorted list gives the blocking ones in the same order as sorting them alone.
    lazyProperty(result, 'blocking', () => allDiagnostics().filter(isBlocking));
    if (model) result.model = model;
    if (lint) result.lint = lint;
    return result;
}

interface DiagnosticSource {
    file: string;
    diagnostics: readonly Diagnostic[];
}

function byPosition(a: CompileDiagnostic, b: CompileDiagnostic): number {
    return a.line - b.line || a.column - b.column;
}

/** What {@link isBlocking} says of the diagnostic converted, without converting it. */
function isBlockingLanguageDiagnostic(diagnostic: Diagnostic): boolean {
    return (diagnostic.severity ?? 1) === 1 && !isLintDiagnostic(diagnostic);
}

/** A document's language diagnostics (without lint findings) with their origin, each built as one literal (no spread copies). */
function toCompileDiagnostics(source: DiagnosticSource): CompileDiagnostic[] {
    const converted: CompileDiagnostic[] = [];
    for (const diagnostic of source.diagnostics) {
        if (isLintDiagnostic(diagnostic)) continue;
        const { file, line, column, endLine, endColumn, severity, message, code } = toDpaDiagnostic(source.file, diagnostic);
        const origin = originOf(diagnostic);
        converted.push(code === undefined
            ? { file, line, column, endLine, endColumn, severity, message, origin }
            : { file, line, column, endLine, endColumn, severity, message, code, origin });
    }
    return converted;
}

/** Defines `key` as computed on first read (then a plain property, also when assigned first), enumerable in its place. */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
    const settle = (value: T[K]): T[K] => {
        Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
    };
    Object.defineProperty(target, key, { get: () => settle(compute()), set: settle, enumerable: true, configurable: true });
}

/** Parses, links, validates and compiles a text; `file` names it in diagnostics. */
export async function compileText(services: DpaServices, text: string, file: string, options: CompileOptions = {}): Promise<CompileResult> {
    const loaded = await loadDpaText(services, text, file, options.path);
    return compileDocument(loaded.document, options, loaded.document.diagnostics ?? [], file);
}

/** Reads and compiles a file; throws `DpaInputError` when it cannot be read (missing, a directory, not UTF-8). */
export async function compileFile(services: DpaServices, file: string, options: CompileOptions = {}): Promise<CompileResult> {
    const loaded = await loadDpaFile(services, file);
    return compileDocument(loaded.document, options, loaded.document.diagnostics ?? [], file);
}

/** The other files a document uses: a cover's template, the sub-processor lists of the agreement or template, transitively. */
function usedDocuments(document: LangiumDocument): LangiumDocument[] {
    const root = document.parseResult.value;
    const template = ast.isCover(root) ? templateOf(root) : undefined;
    const start = template ?? root;
    const documents = [...(template ? [template] : []), ...usedSubProcessorLists(start)].map(node => AstUtils.getDocument(node));
    return documents.filter((other, index) => other !== document && documents.indexOf(other) === index);
}

/** `relative` (with forward slashes) next to `file`, as the user named `file`. */
export function fileBeside(file: string, relative: string): string {
    return besideFile(file, relative);
}

function besideFile(file: string, relative: string): string {
    const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    const joined = slash < 0 ? relative : `${file.slice(0, slash + 1)}${relative}`;
    const parts: string[] = [];
    for (const part of joined.split('/')) {
        if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
        else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
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
