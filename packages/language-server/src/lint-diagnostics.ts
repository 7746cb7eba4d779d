import { AstUtils, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic, Position, Range } from 'vscode-languageserver';
import { ast, DpaDocumentValidator, importsOf, relativeFile, type DpaServices } from '@dpa-as-code/language';
import { compileDocument, type CompileResult } from '@dpa-as-code/compiler';
import { ruleDocsUrl, type LintFinding, type RuleSetting } from '@dpa-as-code/lint';
import { rememberCompiled } from './document-model.js';

/** What a lint diagnostic carries in its `data`; `lintRun` and `finding` name the finding in document-model.ts. */
export interface LintDiagnosticData {
    ruleId: string;
    citation: LintFinding['citation'];
    kind: LintFinding['kind'];
    messageId: string;
    data: LintFinding['data'];
    lintRun: number;
    finding: number;
    /** A finding kept from an older version of the text: its edits would land in the wrong place. */
    stale?: boolean;
}

/** Rule settings the editor passes on (from the `dpa.lint.rules` setting). */
export interface LintSettingsSource {
    current(): Record<string, RuleSetting>;
}

/**
 * Validates like `dpa lint`: Langium's diagnostics (syntax, references, the language's checks),
 * then the compile step adds the lint findings by the same policy as the CLI (lint runs whenever
 * the file has no syntax or reference errors). The rule id is the diagnostic code and links to
 * the rule's page; the message cites the law.
 */
export class DpaEditorDocumentValidator extends DpaDocumentValidator {
    constructor(services: DpaServices, private readonly settings: LintSettingsSource) {
        super(services);
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.forget(uri.toString());
        });
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // Lint belongs to the default ('fast') validation; a later run of other categories must not add it twice.
        if (options.categories && !options.categories.includes('fast')) return diagnostics;
        const result = compileDocument(document as LangiumDocument<ast.Agreement>, { lint: { settings: this.settings.current() } }, diagnostics);
        const run = rememberCompiled(result);
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        if (result.lint) {
            const lint = lintDiagnostics(result, run, this.getSource());
            this.lastLint.set(uri, { text, diagnostics: lint });
            return [...diagnostics, ...lint];
        }
        // No model (a syntax or reference error, usually halfway through typing): keep the last findings.
        const last = this.lastLint.get(uri);
        return last ? [...diagnostics, ...staleDiagnostics(last, document)] : diagnostics;
    }

    /** Lint diagnostics of each document's last version that could be linted, with its text. */
    private readonly lastLint = new Map<string, LintedVersion>();

    /** Forgets closed or deleted documents. */
    forget(uri: string): void {
        this.lastLint.delete(uri);
    }
}

interface LintedVersion {
    text: string;
    diagnostics: Diagnostic[];
}

/** Appended to the message of a finding kept from the last version that could be linted. */
export const STALE_FINDING_SUFFIX = ' (from the last version without syntax or reference errors)';

/**
 * The last version's findings in the current text: the text between the common start and the
 * common end of both versions is what changed; a finding after it moves by the change in
 * length, one inside it shrinks to the change's bounds. Marked stale in message and data (the
 * quick fixes leave them alone: their ranges are approximate).
 */
function staleDiagnostics(last: LintedVersion, document: LangiumDocument): Diagnostic[] {
    const oldText = last.text;
    const newText = document.textDocument.getText();
    const shortest = Math.min(oldText.length, newText.length);
    let prefix = 0;
    while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shortest - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const oldChangeEnd = oldText.length - suffix;
    const newChangeEnd = newText.length - suffix;
    const oldLineStarts = lineStarts(oldText);
    const move = (position: Position, atEnd: boolean): Position => {
        const lineStart = oldLineStarts[Math.min(position.line, oldLineStarts.length - 1)];
        const offset = Math.min(lineStart + position.character, oldText.length);
        const moved = offset <= prefix ? offset
            : offset >= oldChangeEnd ? offset + newText.length - oldText.length
            : atEnd ? newChangeEnd : prefix;
        return document.textDocument.positionAt(moved);
    };
    return last.diagnostics.map(diagnostic => ({
        ...diagnostic,
        message: diagnostic.message + STALE_FINDING_SUFFIX,
        range: { start: move(diagnostic.range.start, false), end: move(diagnostic.range.end, true) },
        data: { ...(diagnostic.data as object), stale: true }
    }));
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
}

/** The compile result's lint findings as editor diagnostics, each over the construct it is about. */
function lintDiagnostics(result: CompileResult, run: number, source: string | undefined): Diagnostic[] {
    return (result.lint?.findings ?? []).map((finding, index) => {
        // A finding about a used list or a cover's template stands at the line that names that file.
        const elsewhere = finding.file !== undefined ? lineNaming(result.document, finding.file) : undefined;
        return {
            severity: finding.severity === 'error' ? 1 : 2,
            message: finding.file !== undefined ? `${finding.file}:${finding.line}:${finding.column}: ${finding.message}` : finding.message,
            range: elsewhere ?? {
                start: { line: finding.line - 1, character: finding.column - 1 },
                end: { line: finding.endLine - 1, character: finding.endColumn - 1 }
            },
            code: finding.ruleId,
            codeDescription: { href: ruleDocsUrl(finding.ruleId) },
            source,
            // The finding's kind and message id travel with it; its fixes stay here (built only when the editor asks for
            // quick fixes): the lint run and the finding's index lead the code action provider to them (never the message).
            data: {
                ruleId: finding.ruleId, citation: finding.citation, kind: finding.kind, messageId: finding.messageId, data: finding.data,
                lintRun: run, finding: index
            } satisfies LintDiagnosticData
        };
    });
}

/**
 * The path on the `use` line or the cover's `template` that leads to `file` (relative to the
 * document's folder); a list used through another list stands at the first line that names a file.
 */
function lineNaming(document: LangiumDocument, file: string): Range | undefined {
    const root = document.parseResult.value;
    const references = ast.isCover(root) ? [root.template] : importsOf(root).map(use => use.list);
    const paths = references.filter(reference => reference.$refNode !== undefined);
    const target = paths.find(reference => {
        const node = reference.ref;
        return node !== undefined && relativeFile(document, AstUtils.getDocument(node)) === file;
    }) ?? paths.at(0);
    return target?.$refNode?.range;
}
