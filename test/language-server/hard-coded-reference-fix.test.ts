import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';

/* Quick fix of `hygiene-hard-coded-reference`: a number becomes the typed reference to the part that has it today. */

const { shared, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);
let count = 0;

async function build(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/hard-coded/test-${count++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

function findings(document: LangiumDocument): Diagnostic[] {
    return (document.diagnostics ?? []).filter(d => d.code === 'hygiene-hard-coded-reference');
}

async function actionsFor(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    return (result ?? []) as CodeAction[];
}

function apply(document: LangiumDocument, edits: TextEdit[]): string {
    const text = document.textDocument.getText();
    const sorted = edits.map(e => ({ start: document.textDocument.offsetAt(e.range.start), end: document.textDocument.offsetAt(e.range.end), newText: e.newText }))
        .sort((a, b) => b.start - a.start);
    return sorted.reduce((result, e) => result.slice(0, e.start) + e.newText + result.slice(e.end), text);
}

const source = `agreement Fix {
    languages en
}
obligations {
    security {
        measures annexed
        text "4.1: The measures are described in Annex 2 and clause 7.7 of the SCCs applies; see section 3 of the main contract."
    }
    audits { text "Audits follow section 2 of this agreement." }
}
sub-processor aws { name "AWS" service "Hosting" }
measures { group access "Access" { measure "Keys" } }
`;

describe('quick fix for hard-coded references', () => {
    it('reports the numbered references to this agreement only, and replaces each with the typed form', async () => {
        const document = await build(source);
        const found = findings(document);
        expect(found.map(d => [d.range.start.line + 1, d.message.split(' in the ')[0]])).toEqual([
            [5, '"4.1:"'], [5, '"Annex 2"'], [9, '"section 2 of this agreement"']
        ]);
        const annexFix = (await actionsFor(document, found[1]))[0];
        expect(annexFix.title).toBe('Replace "Annex 2" with {annex measures} (Anlage 2 / Annex 2 of the generated contract)');
        const fixed = apply(document, annexFix.edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('text "4.1: The measures are described in {annex measures} and clause 7.7 of the SCCs applies; see section 3 of the main contract."');

        const pasted = (await actionsFor(document, found[0]))[0];
        expect(apply(document, pasted.edit!.changes![document.uri.toString()])).toContain('text "The measures are described in Annex 2');

        const sectionFix = (await actionsFor(document, found[2]))[0];
        expect(sectionFix.title).toBe('Replace "section 2 of this agreement" with {section security} (Ziffer 2 / Section 2 of the generated contract)');
        const after = await build(apply(document, sectionFix.edit!.changes![document.uri.toString()]));
        expect(after.textDocument.getText()).toContain('text "Audits follow {section security}."');
        expect(findings(after).map(d => d.message.split(' in the ')[0])).toEqual(['"4.1:"', '"Annex 2"']);
        // The typed reference resolves and the file still parses.
        expect(after.parseResult.parserErrors).toEqual([]);
        expect((after.diagnostics ?? []).filter(d => d.code === 'unknown-text-reference')).toEqual([]);
    });

    it('offers no fix when the contract has no part with that number', async () => {
        const document = await build(source.replace('Annex 2', 'Annex 5'));
        const annex = findings(document).find(d => d.message.startsWith('"Annex 5"'))!;
        expect(await actionsFor(document, annex)).toEqual([]);
    });
});
