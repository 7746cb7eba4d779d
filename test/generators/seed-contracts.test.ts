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
        // The supplement to 7.7(a) has its own wording, so it is printed instead of the library's sentences.
        expect(de).toContain('Userlike informiert den Auftraggeber 30 Tage im Voraus auf elektronischem Weg über beabsichtigte Änderungen');
        expect(en).toContain('Userlike informs the controller by electronic means 30 days in advance of intended changes');
        expect(de).toContain('Die Frist von 14 Werktagen beginnt mit Zugang der Benachrichtigung');
        expect(en).toContain('The 14 working days run from receipt of the notification');
        expect(de).toContain('In Ausnahmefällen genügt eine Mitteilung 5 Tage im Voraus');
        expect(de).not.toContain('Der Verantwortliche kann innerhalb von 14 Werktagen nach Zugang der Mitteilung');
        expect(en).not.toContain('The controller may object to the change for good cause within 14 working days of receiving the notice.');
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
        // The seed's "siehe Anlage 5 Ziffer 2" is the supplement to clause 7.7(a): section 2.2.2 here, not the whole SCC section 2.
        expect(readings.de!.rows).toContainEqual(['7.7(a)', 'Option 2', 'allgemeine schriftliche Genehmigung von Unterauftragsverarbeitern', '30 Tage', 'Ziffer 2.2.2']);
        expect(readings.en!.rows).toContainEqual(['7.7(a)', 'Option 2', 'general written authorisation of sub-processors', '30 days', 'Section 2.2.2']);
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

    test('30 days’ notice of an inspection and of a request for information, in the seed’s wording', () => {
        const de = flat(readings.de!.text);
        const en = flat(readings.en!.text);
        expect(de).toContain('Auf schriftlichen Antrag mit mindestens 30 Tagen Vorlauf darf der Auftraggeber');
        expect(en).toContain("On written request and with at least 30 days' notice, the controller may inspect");
        expect(de).toContain('Auf schriftliches Ersuchen mit einer Frist von mindestens 30 Tagen liefert er');
        expect(en).toContain("On written request with at least 30 days' notice, it provides all information");
        // Seed 4.3 sets no deadline "within 30 days of the request"; that sentence would claim one.
        expect(de).not.toContain('innerhalb von 30 Tagen nach Eingang der Anfrage');
        expect(en).not.toContain('within 30 days of receiving the request');
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
