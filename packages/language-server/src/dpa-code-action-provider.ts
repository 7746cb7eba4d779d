import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { ast, DpaServices } from '@dpa-as-code/language';
import { countryFixes } from './quick-fix-countries.js';
import { BlockMembers, textLayout, toTextEdits, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';
import { OBLIGATION_RULE_IDS, obligationFixes } from './quick-fix-obligations.js';
import { transferFixes } from './quick-fix-transfers.js';
import { translationFixes } from './quick-fix-translations.js';

type Fixer = (context: QuickFixContext) => QuickFix[];

/** Which diagnostics (by code: lint rule id or validator code) have quick fixes, and where they come from. */
const FIXERS: Record<string, Fixer> = {
    ...Object.fromEntries(OBLIGATION_RULE_IDS.map(id => [id, obligationFixes])),
    'bilingual-completeness': translationFixes,
    'chapter5-transfer-basis': transferFixes,
    'chapter5-scc-2021-914-module': transferFixes,
    'hygiene-unknown-country-code': countryFixes,
    'country-code-format': countryFixes
};

/**
 * Quick fixes for lint findings and a few validator errors, each tied to its diagnostic: a
 * missing obligation clause or flag added (Art. 28(3)(a)–(h), Art. 28(4), Art. 33(2)), a
 * translation stub for a text that lacks a declared language, a transfer basis or SCC module for
 * a third-country service, and the likely meant ISO code for a misspelt country code. Every fix
 * only inserts text or replaces the one token it corrects, so the file stays parseable.
 */
export class DpaCodeActionProvider implements CodeActionProvider {
    protected readonly blocks: BlockMembers;

    constructor(services: DpaServices) {
        this.blocks = new BlockMembers(services.Grammar);
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const only = params.context.only;
        if (only && !only.some(kind => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) {
            return undefined;
        }
        const agreement = document.parseResult.value as ast.Agreement | undefined;
        if (!agreement) return undefined;
        const text = document.textDocument.getText();
        const parsed = document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
        const layout = textLayout(text);
        const actions: CodeAction[] = [];
        const byKey = new Map<string, CodeAction>();
        for (const diagnostic of params.context.diagnostics) {
            const code = diagnosticCode(diagnostic);
            // Lint findings and validator errors are fixed in a file that parses; a syntax error only when a
            // language keyword stands where a country code belongs.
            const fixer = code === undefined || code === 'parsing-error' ? countryFixes : parsed ? FIXERS[code] : undefined;
            if (!fixer) continue;
            const context: QuickFixContext = { document, text, agreement, diagnostic, code, layout, blocks: this.blocks };
            for (const fix of fixer(context)) {
                if (fix.edits.length === 0) continue;
                const edits = toTextEdits(document, fix.edits);
                // Several findings with the same fix (two texts of one construct, the sub-processing clause
                // that Art. 28(3)(d) and Art. 28(4) both ask for) share one action.
                const key = JSON.stringify(edits);
                const existing = byKey.get(key);
                if (existing) {
                    existing.diagnostics!.push(diagnostic);
                    continue;
                }
                const action: CodeAction = {
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    edit: { changes: { [document.uri.toString()]: edits } }
                };
                if (fix.preferred) action.isPreferred = true;
                byKey.set(key, action);
                actions.push(action);
            }
        }
        return actions;
    }
}

/** The lint rule id or validator code of a diagnostic. */
function diagnosticCode(diagnostic: Diagnostic): string | undefined {
    if (typeof diagnostic.code === 'string') return diagnostic.code;
    const data = diagnostic.data as { ruleId?: unknown; code?: unknown } | undefined;
    if (typeof data?.ruleId === 'string') return data.ruleId;
    return typeof data?.code === 'string' ? data.code : undefined;
}
