import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ast } from '@dpa-as-code/language';
import type { LintFix } from '@dpa-as-code/lint';
import { lintFindingOf } from './document-model.js';
import type { LintDiagnosticData } from './lint-diagnostics.js';
import { countryFixes } from './quick-fix-countries.js';
import { hardCodedReferenceFixes } from './quick-fix-hard-coded-references.js';
import { toTextEdits, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

type Fixer = (context: QuickFixContext) => QuickFix[];

/**
 * Diagnostics whose fixes the editor still builds itself, because they need the syntax tree: the
 * validator's country-code format and a language keyword where a country code belongs (no lint
 * finding exists for them), and typed references for hard-coded numbers (the targets come from
 * the grammar's scopes).
 */
const EDITOR_FIXERS: Record<string, Fixer> = {
    'hygiene-hard-coded-reference': hardCodedReferenceFixes,
    'country-code-format': countryFixes
};

/** A diagnostic's data: a lint finding's (see lint-diagnostics.ts) or a validator's `code`. */
type DiagnosticData = Partial<LintDiagnosticData> & { code?: string };

/**
 * Quick fixes, each tied to its diagnostic. For lint findings they are the finding's own `fix` (preferred)
 * and `suggestions`, which the rules build as text edits (a missing clause or flag, a translation stub,
 * a transfer basis, the likely meant country code): the editor only turns them into code actions, it
 * never reads the message. A few fixes that need the syntax tree are built here (EDITOR_FIXERS).
 */
export class DpaCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<(Command | CodeAction)[] | undefined> {
        const only = params.context.only;
        if (only && !only.some(kind => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) {
            return undefined;
        }
        const agreement = document.parseResult.value as ast.Agreement | undefined;
        if (!agreement) return undefined;
        const text = document.textDocument.getText();
        const parsed = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
        const actions: CodeAction[] = [];
        const byKey = new Map<string, CodeAction>();
        const offer = (diagnostic: Diagnostic, title: string, edits: TextEdit[], preferred: boolean) => {
            if (edits.length === 0) return;
            // Several findings with the same fix (the sub-processing clause that Art. 28(3)(d) and Art. 28(4) both
            // ask for) share one action.
            const key = JSON.stringify(edits);
            const existing = byKey.get(key);
            if (existing) {
                (existing.diagnostics ??= []).push(diagnostic);
                return;
            }
            const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri.toString()]: edits } } };
            if (preferred) action.isPreferred = true;
            byKey.set(key, action);
            actions.push(action);
        };
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as DiagnosticData | undefined;
            if (data?.stale) continue;
            // The finding of the lint run that published the diagnostic; none when the document has been linted since.
            const finding = typeof data?.lintRun === 'number' && typeof data.finding === 'number' ? lintFindingOf(document, data.lintRun, data.finding) : undefined;
            const fix = finding?.ruleId === data?.ruleId ? finding?.fix : undefined;
            const suggestions = finding?.ruleId === data?.ruleId ? finding?.suggestions : undefined;
            if (fix || suggestions) {
                if (fix) offer(diagnostic, fix.description, lspEdits(fix), true);
                for (const suggestion of suggestions ?? []) offer(diagnostic, suggestion.description, lspEdits(suggestion), suggestion.preferred === true);
                continue;
            }
            const code = diagnosticCode(diagnostic);
            // A syntax error only when a language keyword stands where a country code belongs.
            const fixer = code === undefined || code === 'parsing-error' ? countryFixes : parsed ? EDITOR_FIXERS[code] : undefined;
            if (!fixer) continue;
            const context: QuickFixContext = { document, text, agreement, diagnostic, code };
            for (const fix of fixer(context)) offer(diagnostic, fix.title, toTextEdits(document, fix.edits), fix.preferred === true);
        }
        return actions;
    }
}

/** A lint fix's edits (1-based lines and columns) as LSP edits (0-based). */
function lspEdits(fix: LintFix): TextEdit[] {
    return fix.edits.map(edit => ({
        range: {
            start: { line: edit.range.start.line - 1, character: edit.range.start.column - 1 },
            end: { line: edit.range.end.line - 1, character: edit.range.end.column - 1 }
        },
        newText: edit.text
    }));
}

/** The lint rule id or validator code of a diagnostic. */
function diagnosticCode(diagnostic: Diagnostic): string | undefined {
    if (typeof diagnostic.code === 'string') return diagnostic.code;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (typeof data?.ruleId === 'string') return data.ruleId;
    return typeof data?.code === 'string' ? data.code : undefined;
}
