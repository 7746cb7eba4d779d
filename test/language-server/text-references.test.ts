import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import { header, services } from './language-server-services.js';

const parse = parseHelper(services);

const dpa = `${header}party acme controller { name "Acme AG" }
obligations {
    security { measures annexed }
    audits {
        text de "Nach {annex measures}, {section security}; {party acme} und {sub-processor aws}."
             en "Under {annex measures}, {section security}; {party acme} and {sub-processor aws}."
    }
}
sub-processor aws {
    name "Amazon Web Services EMEA SARL"
    service "Hosting"
}
measures {
    group access "Access" { measure "Keys" }
}
`;

/** Position of the `occurrence`-th (0-based) `needle` in `source`, plus `delta` characters. */
function at(source: string, needle: string, occurrence = 0, delta = 0): Position {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) offset = source.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' #${occurrence} not in source`);
    const before = source.slice(0, offset + delta);
    return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

let documents: LangiumDocument[] = [];
async function open(source: string): Promise<LangiumDocument> {
    const document = await parse(source);
    documents.push(document);
    return document;
}
afterEach(async () => {
    await clearDocuments(services, documents);
    documents = [];
});

describe('typed references in the editor', () => {
    it('completes the kind after `{` and the names of that kind, numbered as in the contract', async () => {
        const kinds = dpa.replace('Nach {annex measures}', 'Nach {an');
        let document = await open(kinds);
        const uri = document.uri.toString();
        const kindList = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position: at(kinds, '{an', 0, 3) });
        expect(kindList?.items.map(item => item.label)).toEqual(['annex', 'section', 'party', 'sub-processor', 'period', 'parameter']);

        const names = dpa.replace('Nach {annex measures}', 'Nach {annex m');
        document = await open(names);
        const nameList = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: at(names, '{annex m', 0, 8) });
        expect(nameList?.items.map(item => [item.label, item.detail])).toEqual([
            ['sub-processors', 'Anlage 1 / Annex 1: sub-processors (line 12)'],
            ['measures', 'Anlage 2 / Annex 2: measures (line 16)']
        ]);
        const sections = dpa.replace('{section security}', '{section ');
        document = await open(sections);
        const sectionList = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: at(sections, '{section ', 0, 9) });
        expect(sectionList?.items.map(item => item.label)).toEqual(['subject', 'security', 'audits']);
    });

    it('hover shows the target with the number and label the contract gives it', async () => {
        const document = await open(dpa);
        const hover = (position: Position) => services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        const annex = await hover(at(dpa, '{annex measures}', 0, 3));
        expect(annex?.contents).toEqual({ kind: 'markdown', value: '`{annex measures}` → Anlage 2 / Annex 2: measures (line 16)' });
        expect(annex?.range).toEqual({ start: at(dpa, '{annex measures}'), end: at(dpa, '{annex measures}', 0, 16) });
        const section = await hover(at(dpa, '{section security}', 1, 10));
        expect((section?.contents as { value: string }).value).toBe('`{section security}` → Ziffer 2 / Section 2: security clause (line 6)');
        const sub = await hover(at(dpa, '{sub-processor aws}', 0, 16));
        expect((sub?.contents as { value: string }).value).toBe('`{sub-processor aws}` → sub-processor Amazon Web Services EMEA SARL (line 12)');
    });

    it('go to definition jumps from a placeholder to the construct it names', async () => {
        const document = await open(dpa);
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: at(dpa, '{party acme}', 0, 8) });
        expect(links).toHaveLength(1);
        expect(links![0].targetSelectionRange).toEqual({ start: at(dpa, 'acme controller'), end: at(dpa, 'acme controller', 0, 4) });
        expect(links![0].originSelectionRange).toEqual({ start: at(dpa, '{party acme}'), end: at(dpa, '{party acme}', 0, 12) });
        const annex = await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: at(dpa, '{annex measures}', 1, 2) });
        expect(annex![0].targetRange.start).toEqual(at(dpa, 'measures {'));
    });

    it('rename of a sub-processor updates the placeholders in both texts, from the name or from a placeholder', async () => {
        const document = await open(dpa);
        const uri = document.uri.toString();
        const edits = async (position: Position): Promise<TextEdit[]> => {
            const result = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName: 'amazon' });
            return [...result!.changes![uri]].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        };
        const nameEdit = (needle: string, occurrence: number, delta: number): TextEdit =>
            ({ range: { start: at(dpa, needle, occurrence, delta), end: at(dpa, needle, occurrence, delta + 3) }, newText: 'amazon' });
        const expected = [nameEdit('{sub-processor aws}', 0, 15), nameEdit('{sub-processor aws}', 1, 15), nameEdit('sub-processor aws {', 0, 14)];
        expect(await edits(at(dpa, 'sub-processor aws {', 0, 15))).toEqual(expected);
        expect(await edits(at(dpa, '{sub-processor aws}', 1, 16))).toEqual(expected);
        const prepared = await services.lsp.RenameProvider!.prepareRename!(document, { textDocument: { uri }, position: at(dpa, '{party acme}', 0, 8) });
        expect(prepared).toEqual({ start: at(dpa, '{party acme}', 0, 7), end: at(dpa, '{party acme}', 0, 11) });
    });
});
