import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { allRules, lintModel, type LintFinding, type LintFix, type LintRule, type RuleReport } from '@dpa-as-code/lint';
import { compiledDocument } from '../../packages/language-server/src/document-model.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';
import { examplePath, repoRoot } from '../helpers.js';

/*
 * Lint findings build their fixes and suggestions only when read (issue 12: the editor lints on every
 * keystroke), and the editor's diagnostics carry no edits, only the lint run and the finding's index.
 * Both are compared here with fixes built eagerly, the way they were before: in lint, every finding of
 * the examples and a synthetic agreement; in the editor, the quick fixes offered for each lint diagnostic.
 */

const { shared, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);
let documents = 0;

const TEXTS: [string, string][] = [
    ['360dialog.dpa', readFileSync(examplePath('360dialog.dpa'), 'utf8')],
    ['userlike.dpa', readFileSync(examplePath('userlike.dpa'), 'utf8')],
    ['synthetic (50 sub-processors)', syntheticDpa(repoRoot, 50) as string]
];

/** The rules, each handing the runner plain values: the rule's fix functions called at once, as before. */
const eagerRules: LintRule[] = allRules.map(rule => ({
    ...rule,
    check: context => rule.check({
        ...context,
        report: (report: RuleReport) => context.report({
            ...report,
            fix: typeof report.fix === 'function' ? report.fix() : report.fix,
            suggestions: typeof report.suggestions === 'function' ? report.suggestions() : report.suggestions
        })
    })
}));

async function build(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/lazy-fixes/test-${documents++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

async function codeActions(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    return (result ?? []) as CodeAction[];
}

/** The code actions the provider made from a finding's fix and suggestions carried in the diagnostic (before). */
function eagerActions(document: LangiumDocument, diagnostic: Diagnostic, finding: LintFinding): CodeAction[] {
    const actions: CodeAction[] = [];
    const keys = new Set<string>();
    const offer = (fix: LintFix, preferred: boolean) => {
        const edits: TextEdit[] = fix.edits.map(edit => ({
            range: {
                start: { line: edit.range.start.line - 1, character: edit.range.start.column - 1 },
                end: { line: edit.range.end.line - 1, character: edit.range.end.column - 1 }
            },
            newText: edit.text
        }));
        const key = JSON.stringify(edits);
        if (edits.length === 0 || keys.has(key)) return;
        keys.add(key);
        const action: CodeAction = { title: fix.description, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [document.uri.toString()]: edits } } };
        if (preferred) action.isPreferred = true;
        actions.push(action);
    };
    if (finding.fix) offer(finding.fix, true);
    for (const suggestion of finding.suggestions ?? []) offer(suggestion, suggestion.preferred === true);
    return actions;
}

const isLint = (diagnostic: Diagnostic) => typeof (diagnostic.data as { lintRun?: unknown } | undefined)?.lintRun === 'number';

describe('lazy fixes and suggestions equal eagerly built ones', () => {
    it.each(TEXTS)('in every lint finding of %s', async (_name, text) => {
        const document = await build(text);
        const model = compiledDocument(document).model!;
        const lazy = lintModel(model, { sourceText: text });
        const eager = lintModel(model, { sourceText: text, rules: eagerRules });
        expect(lazy.findings.length).toBe(eager.findings.length);
        // Not built while linting: such findings hold getters until read (the synthetic agreement has transfer-basis ones).
        const unbuilt = lazy.findings.filter(finding => Object.getOwnPropertyDescriptor(finding, 'suggestions')?.get ?? Object.getOwnPropertyDescriptor(finding, 'fix')?.get);
        if (_name.startsWith('synthetic')) expect(unbuilt.filter(finding => finding.ruleId === 'chapter5-transfer-basis').length).toBeGreaterThan(0);
        const read = (findings: LintFinding[]) => findings.map(finding => ({ fix: finding.fix, suggestions: finding.suggestions }));
        expect(read(lazy.findings)).toEqual(read(eager.findings));
        // Once read, the findings hold exactly the properties the eager ones hold, in the same order.
        expect(lazy.findings.map(finding => Object.keys(finding))).toEqual(eager.findings.map(finding => Object.keys(finding)));
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
        expect(lazy.findings.filter(finding => finding.fix || finding.suggestions).length).toBeGreaterThan(0);
    });

    it.each(TEXTS)('in the quick fixes of every lint diagnostic of %s', async (_name, text) => {
        const document = await build(text);
        const lintDiagnostics = (document.diagnostics ?? []).filter(isLint);
        const eager = lintModel(compiledDocument(document).model!, { sourceText: text, rules: eagerRules });
        expect(lintDiagnostics.map(diagnostic => diagnostic.code)).toEqual(eager.findings.map(finding => finding.ruleId));
        let offered = 0;
        for (const [index, diagnostic] of lintDiagnostics.entries()) {
            const finding = eager.findings[index];
            expect(diagnostic.data).not.toHaveProperty('fix');
            expect(diagnostic.data).not.toHaveProperty('suggestions');
            const actions = await codeActions(document, diagnostic);
            if (finding.fix || finding.suggestions) {
                expect(actions, `${finding.ruleId} at ${finding.line}:${finding.column}`).toEqual(eagerActions(document, diagnostic, finding));
                offered += actions.length;
            } else {
                // No lint fix: the editor's own fixers (hard-coded references) decide, as for a diagnostic without lint data.
                const { lintRun: _run, finding: _index, ...data } = diagnostic.data as Record<string, unknown>;
                expect(actions).toEqual(await codeActions(document, { ...diagnostic, data }).then(found => found.map(action => ({ ...action, diagnostics: [diagnostic] }))));
            }
        }
        expect(offered).toBeGreaterThan(0);
    });
});

describe('a diagnostic of an older lint run', () => {
    it('offers no fix of the finding once the document has been linted again', async () => {
        const document = await build(TEXTS[2][1]);
        const diagnostic = (document.diagnostics ?? []).find(candidate => isLint(candidate) && candidate.code === 'chapter5-transfer-basis');
        expect(diagnostic).toBeDefined();
        const titles = (await codeActions(document, diagnostic!)).map(action => action.title);
        expect(titles.length).toBeGreaterThan(0);
        const relinted = await Dpa.validation.DocumentValidator.validateDocument(document);
        expect(await codeActions(document, diagnostic!)).toEqual([]);
        // The new run's diagnostic of the same finding offers the same fixes again.
        const renewed = relinted.find(candidate => isLint(candidate) && candidate.code === diagnostic!.code && candidate.message === diagnostic!.message
            && candidate.range.start.line === diagnostic!.range.start.line);
        expect(renewed).toBeDefined();
        expect((await codeActions(document, renewed!)).map(action => action.title)).toEqual(titles);
    });
});
