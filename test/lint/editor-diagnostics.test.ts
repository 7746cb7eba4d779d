import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { readText, repoRoot } from '../helpers.js';

/** Lint findings reach the editor as diagnostics: rule id as code, a link to its page, the citation in the message. */
const { shared, lintSettings } = createDpaLanguageServerServices(EmptyFileSystem);

async function diagnosticsOf(text: string, name: string) {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/editor-test/${name}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document.diagnostics ?? [];
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

    it('carry the kind, message id, data and fixes of the finding in their data', async () => {
        const diagnostics = await diagnosticsOf(informationOnly, 'audits-data');
        const audits = diagnostics.find(d => d.code === 'art28-3-h-audits');
        expect(audits!.data).toMatchObject({ ruleId: 'art28-3-h-audits', kind: 'requirement', messageId: 'noInspections', data: {} });
        const suggestion = (audits!.data as { suggestions: Array<{ description: string; preferred: boolean; edits: Array<{ range: object; text: string }> }> }).suggestions[0];
        expect(suggestion.description).toBe("Add 'inspections { notice 30 days during business hours }'");
        expect(suggestion.preferred).toBe(true);
        // A one-line clause stays on one line: the block goes right after `information on request`.
        expect(suggestion.edits).toEqual([{ range: { start: { line: 7, column: 36 }, end: { line: 7, column: 36 } }, text: ' inspections { notice 30 days during business hours }' }]);
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
