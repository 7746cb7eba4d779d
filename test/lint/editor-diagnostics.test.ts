import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { readText, repoRoot } from '../helpers.js';

/** Lint findings reach the editor as diagnostics: rule id as code, a link to its page, the citation in the message. */
const { shared, lintSettings, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);

async function documentOf(text: string, name: string) {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/editor-test/${name}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

async function diagnosticsOf(text: string, name: string) {
    return (await documentOf(text, name)).diagnostics ?? [];
}

const informationOnly = readText(`${repoRoot}/test/lint/rules/art28-3-h-audits/invalid.dpa`);

describe('lint findings as editor diagnostics', () => {
    it('carry the rule id, a documentation link and the citation, at the construct', async () => {
        const diagnostics = await diagnosticsOf(informationOnly, 'audits');
        const audits = diagnostics.find(d => d.code === 'art28-3-h-audits');
        expect(audits).toBeDefined();
        expect(audits!.severity).toBe(1);
        expect(audits!.codeDescription).toEqual({ href: pathToFileURL(join(repoRoot, 'site', 'rules', 'art28-3-h-audits.html')).href });
        expect(audits!.message).toContain('(Art. 28(3)(h) GDPR)');
        // The whole construct, as the finding gives it: `audits { information on request }` on line 7.
        expect(audits!.range).toEqual({ start: { line: 6, character: 4 }, end: { line: 6, character: 37 } });
    });

    it('carry the kind, message id and data of the finding in their data, and lead to its fixes', async () => {
        const document = await documentOf(informationOnly, 'audits-data');
        const audits = (document.diagnostics ?? []).find(d => d.code === 'art28-3-h-audits');
        expect(audits!.data).toMatchObject({ ruleId: 'art28-3-h-audits', kind: 'requirement', messageId: 'noInspections', data: {} });
        // The edits stay in the server (built when asked for): the data names the lint run and the finding.
        expect(audits!.data).not.toHaveProperty('suggestions');
        expect(audits!.data).toMatchObject({ lintRun: expect.any(Number), finding: expect.any(Number) });
        const actions = (await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: audits!.range, context: { diagnostics: [audits!] }
        })) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(["Add 'inspections { notice 30 days during business hours }'"]);
        expect(actions[0].isPreferred).toBe(true);
        // A one-line clause stays on one line: the block goes right after `information on request` (0-based positions).
        expect(actions[0].edit?.changes?.[document.uri.toString()]).toEqual([
            { range: { start: { line: 6, character: 35 }, end: { line: 6, character: 35 } }, newText: ' inspections { notice 30 days during business hours }' }
        ]);
    });

    it('follow the rule settings the editor passes on', async () => {
        lintSettings.update({ 'art28-3-h-audits': 'warn' });
        const warned = (await diagnosticsOf(informationOnly, 'audits-warn')).find(d => d.code === 'art28-3-h-audits');
        expect(warned?.severity).toBe(2);
        lintSettings.update({ 'art28-3-h-audits': 'off' });
        expect((await diagnosticsOf(informationOnly, 'audits-off')).some(d => d.code === 'art28-3-h-audits')).toBe(false);
        lintSettings.update({});
    });

    it('are not computed while the file has a syntax error', async () => {
        const broken = informationOnly.replace('audits {', 'audits { = ');
        const diagnostics = await diagnosticsOf(broken, 'broken');
        expect(diagnostics.some(d => d.message.startsWith("Unexpected character '='"))).toBe(true);
        expect(diagnostics.some(d => typeof d.code === 'string' && d.code.startsWith('art'))).toBe(false);
    });
});
