import { beforeAll, describe, expect, test, vi } from 'vitest';
import JSZip from 'jszip';
import { xml2js } from 'xml-js';
import type { DpaModel } from '@dpa-as-code/model';
import { buildContract, buildEdition, contractUnits, headingText, renderDocx, xmlSafeText } from '@dpa-as-code/generators';
import { examplePath, fixturePath, modelOf, modelOfText } from '../helpers.js';
import { docxParagraphs, docxPlainText, docxTableRows, readDocx, XML_INVALID_CHARACTER, xmlFindAll, type DocxPackage } from './read-outputs.js';

describe('DOCX of userlike.dpa (German)', () => {
    let model: DpaModel;
    let bytes: Uint8Array;
    let docx: DocxPackage;
    beforeAll(async () => {
        model = await modelOf(examplePath('userlike.dpa'));
        bytes = await renderDocx(buildEdition(model, ['de']), { date: model.date });
        docx = await readDocx(bytes);
    });

    test('a valid package: content types, relationships, well-formed XML parts', () => {
        expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
        for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', 'docProps/core.xml']) {
            expect(docx.parts.has(part), part).toBe(true);
        }
        for (const [name, content] of docx.parts) {
            if (!/\.(xml|rels)$/.test(name)) continue;
            expect(() => xml2js(content), name).not.toThrow();
            expect(XML_INVALID_CHARACTER.test(content), name).toBe(false);
        }
        expect(docx.parts.get('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    });

    test('Title, Heading 1 and Heading 2 paragraphs carry the sections’ numbers and titles', () => {
        const paragraphs = docxParagraphs(docx.document);
        const styled = (style: string) => paragraphs.filter(paragraph => paragraph.style === style).map(paragraph => paragraph.text);
        const units = contractUnits(buildContract(model, 'de')).filter(unit => unit.heading !== undefined);
        expect(styled('Title')).toEqual(['Vertrag über die Auftragsverarbeitung']);
        expect(styled('Heading1')).toEqual(units.filter(unit => unit.level === 2).map(headingText));
        expect(styled('Heading2')).toEqual(units.filter(unit => unit.level === 3).map(headingText));
        expect(styled('Heading3')).toEqual(units.filter(unit => unit.level === 4).map(headingText));
        expect(styled('Heading1')).toEqual([
            'Vertragsparteien', '1 Gegenstand', '2 Standardvertragsklauseln der Europäischen Kommission', '3 Allgemeine Bestimmungen', 'Unterschriften',
            'Anlage 1: Einzelheiten der Verarbeitung', 'Anlage 2: Unterauftragsverarbeiter',
            'Anlage 3: Technische und organisatorische Maßnahmen gemäß Art. 32 DSGVO'
        ]);
        expect(styled('Heading2')).toContain('2.1 Gewählte Optionen');
        expect(styled('Heading3')).toContain('2.2.1 Ergänzung zu Klausel 7.6: Dokumentation und Einhaltung der Klauseln');
    });

    test('the style sheet defines the heading styles Word navigates by', () => {
        const styles = docx.parts.get('word/styles.xml')!;
        for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(styles).toContain(`w:styleId="${style}"`);
    });

    test('annexes start on a new page', () => {
        const annexHeadings = xmlFindAll(docx.document, 'w:p').filter(paragraph =>
            xmlFindAll(paragraph, 'w:pStyle')[0]?.attributes?.['w:val'] === 'Heading1' && xmlFindAll(paragraph, 'w:t').some(t => String(t.elements?.[0]?.text ?? '').startsWith('Anlage ')));
        expect(annexHeadings).toHaveLength(3);
        for (const heading of annexHeadings) expect(xmlFindAll(heading, 'w:pageBreakBefore')).toHaveLength(1);
    });

    test('a table row per sub-processor; the header row repeats on every page', () => {
        const rows = docxTableRows(docx.document);
        const header = rows.find(row => row.cells[0] === 'Unterauftragsverarbeiter' && row.cells[1] === 'Anschrift')!;
        expect(header.header).toBe(true);
        expect(header.cells).toEqual(['Unterauftragsverarbeiter', 'Anschrift', 'Leistung', 'Verarbeitete Daten', 'Funktion', 'Serverstandort', 'Grundlage der Drittlandübermittlung', 'Produkte']);
        for (const subProcessor of model.subProcessors) {
            const own = rows.filter(row => row.cells[0] === subProcessor.legalName);
            expect(own, subProcessor.legalName).toHaveLength(1);
            expect(own[0]!.cells).toHaveLength(8);
            expect(own[0]!.header).toBe(false);
        }
        const aws = rows.find(row => row.cells[0] === 'Amazon Web Services EMEA SARL')!;
        expect(aws.cells[5]).toBe('1. Deutschland\n2. Deutschland\n3. Irland');
    });

    test('every run is marked German', () => {
        const languages = new Set(xmlFindAll(docx.document, 'w:lang').map(lang => lang.attributes?.['w:val']));
        expect([...languages]).toEqual(['de-DE']);
    });

    test('document properties: title and creator, no time of generation', () => {
        const core = docx.parts.get('docProps/core.xml')!;
        expect(core).toContain('<dc:title>Vertrag über die Auftragsverarbeitung</dc:title>');
        expect(core).toContain('<dc:creator>dpa-as-code</dc:creator>');
        expect(core).toContain('<dc:language>de-DE</dc:language>');
        // userlike.dpa states no date, so the document states none.
        expect(model.date).toBeUndefined();
        expect(core).not.toMatch(/dcterms:created|dcterms:modified|\d{4}-\d{2}-\d{2}T/);
    });

    test('byte-identical on a later run, whatever the clock says', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        try {
            vi.setSystemTime(new Date('2031-07-15T13:37:42Z'));
            const later = await renderDocx(buildEdition(model, ['de']), { date: model.date });
            expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
        } finally {
            vi.useRealTimers();
        }
        const zip = await JSZip.loadAsync(bytes);
        for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('1980-01-01T00:00:00.000Z');
    });
});

describe('DOCX dates come from the agreement', () => {
    test('all-constructs.dpa (dated 2024-03-01): created, modified and every ZIP entry', async () => {
        const model = await modelOf(fixturePath('all-constructs.dpa'));
        const bytes = await renderDocx(buildEdition(model, ['de', 'en']), { date: model.date });
        const { parts } = await readDocx(bytes);
        expect(parts.get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:modified>');
        const zip = await JSZip.loadAsync(bytes);
        for (const entry of Object.values(zip.files)) expect(entry.date.toISOString(), entry.name).toBe('2024-03-01T00:00:00.000Z');
    });
});

describe('DOCX layouts', () => {
    test('de+en: the German section, then the English one, each with its language', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const { document, parts } = await readDocx(await renderDocx(buildEdition(model, ['de', 'en']), { date: model.date }));
        const titles = docxParagraphs(document).filter(paragraph => paragraph.style === 'Title').map(paragraph => paragraph.text);
        expect(titles).toEqual([
            '360dialog Auftragsdatenverarbeitungsvertrag nach Art. 28 DSGVO ("DPA")',
            '360dialog Data Processing Agreement under Art. 28 GDPR ("DPA")'
        ]);
        expect(xmlFindAll(document, 'w:sectPr')).toHaveLength(2);
        const text = docxPlainText(document);
        expect(text.indexOf('Verbindlich ist allein die englische Fassung')).toBeLessThan(text.indexOf('This English version is binding.'));
        expect(parts.get('docProps/core.xml')).toContain('<dc:language>de-DE</dc:language><dc:language>en-GB</dc:language>');
    });

    test('side by side: one landscape table, German left, each sub-processor’s row beside its English row', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const { document } = await readDocx(await renderDocx(buildEdition(model, ['de', 'en'], 'side-by-side'), { date: model.date }));
        expect(xmlFindAll(document, 'w:pgSz')[0]!.attributes).toMatchObject({ 'w:orient': 'landscape' });
        const rows = docxTableRows(document);
        expect(rows[0]).toEqual({ header: true, cells: ['Deutsch', 'English'] });
        expect(rows).toContainEqual({ header: false, cells: ['2.1 Gewählte Optionen', '2.1 Options chosen'] });
        for (const subProcessor of model.subProcessors) {
            const row = rows.filter(candidate => candidate.cells[0]!.startsWith(`Unterauftragsverarbeiter: ${subProcessor.legalName}\n`));
            expect(row, subProcessor.legalName).toHaveLength(1);
            expect(row[0]!.cells[1]!.startsWith(`Sub-processor: ${subProcessor.legalName}\n`)).toBe(true);
        }
        const paragraphs = docxParagraphs(document);
        expect(paragraphs.filter(paragraph => paragraph.style === 'Heading1').map(paragraph => paragraph.text)).toContain('Anlage 2: Unterauftragsverarbeiter');
        expect(paragraphs.filter(paragraph => paragraph.style === 'Heading1').map(paragraph => paragraph.text)).toContain('Annex 2: Sub-processors');
    });
});

describe('DOCX escaping', () => {
    test('injection.dpa: markup and entities are text, the bidi override is shown', async () => {
        const model = await modelOf(fixturePath('injection.dpa'));
        for (const languages of [['de'], ['en'], ['de', 'en']] as const) {
            const { document, parts } = await readDocx(await renderDocx(buildEdition(model, [...languages])));
            const xml = parts.get('word/document.xml')!;
            expect(xml).not.toMatch(/<script|<img|<b>/);
            expect(xml).toContain('Foo | &lt;script&gt;alert(1)&lt;/script&gt;');
            expect(xml).not.toContain('\u202E');
            const text = docxPlainText(document);
            expect(text).toContain('Foo | <script>alert(1)</script>');
            expect(text).toContain('Evil | Corp <img src=x onerror=alert(1)>');
            expect(text).toContain('Rue <U+202E>evil 1');
            expect(text).toContain('1. kein Listenpunkt &amp; kein Entity');
        }
    });

    test('injection.dpa: a line break in a text is a line break in Word', async () => {
        const model = await modelOf(fixturePath('injection.dpa'));
        const { document } = await readDocx(await renderDocx(buildEdition(model, ['de'])));
        expect(docxPlainText(document)).toContain('Anschrift: Zeile 1\n# Zeile 2, Deutschland');
    });

    test('characters XML 1.0 forbids become visible markers, never a corrupt file', async () => {
        const model = await modelOfText([
            'agreement T {',
            '    title "Bell\u0007 VT\u000B FF\u000C ESC\u001B NUL\u0000 nonchar\uFFFF lone\uD800 end"',
            '    languages en',
            '}',
            'party P processor {',
            '    name "Zero\u200Bwidth and \u202Ereversed"',
            '}'
        ].join('\n'));
        const bytes = await renderDocx(buildEdition(model, ['en']));
        const { parts, document } = await readDocx(bytes);
        for (const [name, content] of parts) {
            if (/\.(xml|rels)$/.test(name)) expect(XML_INVALID_CHARACTER.test(content), name).toBe(false);
        }
        const text = docxPlainText(document);
        expect(text).toContain('Bell<U+0007> VT<U+000B> FF<U+000C> ESC<U+001B> NUL<U+0000> nonchar<U+FFFF> lone<U+D800> end');
        expect(text).toContain('Zero<U+200B>width and <U+202E>reversed');
        expect(parts.get('docProps/core.xml')).toContain('<dc:title>Bell&lt;U+0007&gt; VT&lt;U+000B&gt;');
        expect(xmlSafeText('a\tb\u0001')).toBe('a b<U+0001>');
    });
});
