import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildEdition, renderDocx, renderHtml, renderMarkdownEdition } from '@dpa-as-code/generators';
import { examplePath, modelOf } from '../helpers.js';
import { docxPlainText, docxTableRows, htmlTableRows, htmlText, markdownTableRows, markdownText, parseHtml, readDocx } from './read-outputs.js';

/**
 * Facts of the two real seeds, asked of every contract format in both languages: what a
 * reader of the Markdown, the HTML page and the Word document sees.
 */
type Format = 'markdown' | 'html' | 'docx';
const FORMATS: Format[] = ['markdown', 'html', 'docx'];
const LANGUAGES: LanguageCode[] = ['de', 'en'];

interface Reading {
    text: string;
    rows: string[][];
}

async function read(format: Format, model: DpaModel, lang: LanguageCode): Promise<Reading> {
    const edition = buildEdition(model, [lang]);
    switch (format) {
        case 'markdown': {
            const markdown = renderMarkdownEdition(edition);
            return { text: markdownText(markdown), rows: markdownTableRows(markdown) };
        }
        case 'html': {
            const root = parseHtml(renderHtml(edition));
            return { text: htmlText(root), rows: htmlTableRows(root) };
        }
        case 'docx': {
            const { document } = await readDocx(await renderDocx(edition, { date: model.date }));
            return { text: docxPlainText(document), rows: docxTableRows(document).map(row => row.cells) };
        }
    }
}

/** Rows of the sub-processor annex: its table has eight columns (the partners annex also names some of them). */
const subProcessorRows = (reading: Reading) => reading.rows.filter(row => row.length === 8);

/** Line breaks and runs of spaces as one space, so sentences match however a format wraps them. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.each(FORMATS)('%s contract of userlike.dpa', format => {
    let model: DpaModel;
    const readings: Partial<Record<LanguageCode, Reading>> = {};
    beforeAll(async () => {
        model = await modelOf(examplePath('userlike.dpa'));
        for (const lang of LANGUAGES) readings[lang] = await read(format, model, lang);
    });

    test.each(LANGUAGES)('%s: every sub-processor in its own table row', lang => {
        expect(model.subProcessors).toHaveLength(9);
        for (const subProcessor of model.subProcessors) {
            const rows = subProcessorRows(readings[lang]!).filter(row => row[0] === subProcessor.legalName);
            expect(rows, `${lang}: ${subProcessor.legalName}`).toHaveLength(1);
        }
        expect(readings[lang]!.text).toContain('BunnyWay, informacijske storitve d.o.o.');
    });

    test('periods in the words of each language', () => {
        const de = flat(readings.de!.text);
        const en = flat(readings.en!.text);
        expect(de).toContain('Der Auftragsverarbeiter informiert den Verantwortlichen mindestens 30 Tage im Voraus auf elektronischem Weg über jede beabsichtigte Änderung');
        expect(en).toContain('The processor informs the controller by electronic means at least 30 days in advance of any intended change');
        // "innerhalb von" takes the dative: 14 Werktage → 14 Werktagen.
        expect(de).toContain('Der Verantwortliche kann innerhalb von 14 Werktagen nach Zugang der Mitteilung aus wichtigem Grund Einspruch gegen die Änderung erheben.');
        expect(en).toContain('The controller may object to the change for good cause within 14 working days of receiving the notice.');
        expect(de).toContain('In dringenden Fällen (in Ausnahmefällen,');
        expect(de).toContain('genügt eine Mitteilung 5 Tage im Voraus.');
        expect(en).not.toMatch(/\bTage\b|Werktag/);
        expect(de).not.toMatch(/\b\d+ (days|working days)\b/);
    });

    test('the chosen SCC options, with the 30-day period of 7.7(a) option 2', () => {
        const options = model.scc!.options;
        expect(options.map(option => `${option.clause}/${option.option}`)).toEqual(['1/1', '7.7(a)/2', '8(c)(4)/1', '9.1(b)/1', '9.1(c)/1', '9.2(c)/1']);
        for (const lang of LANGUAGES) {
            for (const option of options) {
                const row = readings[lang]!.rows.find(cells => cells[0] === option.clause && cells[1] === `Option ${option.option}`);
                expect(row, `${lang}: clause ${option.clause}`).toBeDefined();
            }
        }
        expect(readings.de!.rows).toContainEqual(['7.7(a)', 'Option 2', 'allgemeine schriftliche Genehmigung von Unterauftragsverarbeitern', '30 Tage', 'Anlage 5 Ziffer 2']);
        expect(readings.en!.rows).toContainEqual(['7.7(a)', 'Option 2', 'general written authorisation of sub-processors', '30 days', 'Annex 5, point 2']);
        expect(readings.de!.rows).toContainEqual(['9.2(c)', 'Option 1', 'Art. 33 und 34 DSGVO', '–', '–']);
    });

    test('no binding-language sentence, as the file names no binding language', () => {
        expect(readings.de!.text).not.toMatch(/Verbindlich ist|gleichermaßen verbindlich/);
        expect(readings.en!.text).not.toMatch(/is binding|equally binding/);
    });
});

describe.each(FORMATS)('%s contract of 360dialog.dpa', format => {
    let model: DpaModel;
    const readings: Partial<Record<LanguageCode, Reading>> = {};
    beforeAll(async () => {
        model = await modelOf(examplePath('360dialog.dpa'));
        for (const lang of LANGUAGES) readings[lang] = await read(format, model, lang);
    });

    test.each(LANGUAGES)('%s: every sub-processor in its own table row', lang => {
        expect(model.subProcessors).toHaveLength(15);
        for (const subProcessor of model.subProcessors) {
            const rows = subProcessorRows(readings[lang]!).filter(row => row[0] === subProcessor.legalName);
            expect(rows, `${lang}: ${subProcessor.legalName}`).toHaveLength(1);
        }
        expect(readings[lang]!.text).toContain('Intercom R&D Unlimited Company');
    });

    test('30 days’ notice of an inspection, and 30 days to answer a request for information', () => {
        const de = flat(readings.de!.text);
        const en = flat(readings.en!.text);
        expect(de).toContain('Der Verantwortliche kündigt eine Inspektion mindestens 30 Tage im Voraus an.');
        expect(en).toContain('The controller announces an inspection at least 30 days in advance.');
        expect(de).toContain('und zwar innerhalb von 30 Tagen nach Eingang der Anfrage.');
        expect(en).toContain(', within 30 days of receiving the request.');
    });

    test('only the English version binds', () => {
        expect(flat(readings.de!.text)).toContain('Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.');
        expect(flat(readings.en!.text)).toContain('This English version is binding. The German version is for information only.');
    });

    test('no SCC options table, as the file incorporates no SCCs', () => {
        expect(model.scc).toBeUndefined();
        for (const lang of LANGUAGES) expect(readings[lang]!.rows.some(row => /^Option \d$/.test(row[1] ?? ''))).toBe(false);
    });
});
