import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildEdition, renderDocx, renderHtml, renderMarkdownEdition, type ContractLayout } from '@dpa-as-code/generators';
import { examplePath, modelOf, modelOfText, readText } from '../helpers.js';
import { docxParagraphs, findAll, htmlText, markdownText, parseHtml, readDocx, type HtmlElement } from './read-outputs.js';

/**
 * The form of a real contract, asked of every format, language and layout for both seeds
 * and the starter: strictly nested numbered headings, each annex titled once, a signature
 * block; and where an edition has two languages and the file names the binding one, the
 * binding-language clause.
 */
/** The starter is written in English only. */
const EXAMPLES: Array<[string, LanguageCode[]]> = [['userlike.dpa', ['de', 'en']], ['360dialog.dpa', ['de', 'en']], ['starter.dpa', ['en']]];
type Format = 'markdown' | 'html' | 'docx';
const FORMATS: Format[] = ['markdown', 'html', 'docx'];
const EDITIONS: Array<{ languages: LanguageCode[]; layout: ContractLayout }> = [
    { languages: ['de'], layout: 'sequential' },
    { languages: ['en'], layout: 'sequential' },
    { languages: ['de', 'en'], layout: 'sequential' },
    { languages: ['de', 'en'], layout: 'side-by-side' }
];

interface Heading { level: number; text: string }
interface Reading { headings: Heading[]; text: string }

async function read(format: Format, model: DpaModel, languages: LanguageCode[], layout: ContractLayout): Promise<Reading> {
    const edition = buildEdition(model, languages, layout);
    switch (format) {
        case 'markdown': {
            const markdown = renderMarkdownEdition(edition);
            const headings = [...markdown.matchAll(/^(#{1,6}) (.*)$/gm)].map(match => ({ level: match[1]!.length, text: markdownText(match[2]!) }));
            return { headings, text: markdownText(markdown) };
        }
        case 'html': {
            const root = parseHtml(renderHtml(edition));
            const body = findAll(root, element => element.tag === 'body')[0]!;
            const headings = findAll(body, element => /^h[1-6]$/.test(element.tag) && !(element.attrs['class'] ?? '').includes('toc-title'))
                .map(element => ({ level: Number(element.tag[1]), text: htmlText(element).trim() }));
            return { headings, text: htmlText(body) };
        }
        case 'docx': {
            const { document } = await readDocx(await renderDocx(edition, { date: model.date }));
            const paragraphs = docxParagraphs(document);
            const headings = paragraphs.flatMap(paragraph => {
                if (paragraph.style === 'Title') return [{ level: 1, text: paragraph.text }];
                const match = /^Heading(\d)$/.exec(paragraph.style ?? '');
                return match ? [{ level: Number(match[1]) + 1, text: paragraph.text }] : [];
            });
            return { headings, text: paragraphs.map(paragraph => paragraph.text).join('\n') };
        }
    }
}

/** A heading's section number ("5.1"), if it starts with one. */
const numberOf = (heading: Heading) => /^(\d+(?:\.\d+)*) /.exec(heading.text)?.[1];
const ANNEX_HEADING = /^(Anlage|Annex) (\d+):/;

/** Problems with the nesting: a level skipped, or a number that does not continue its parent's. */
function nestingProblems(headings: Heading[]): string[] {
    const problems: string[] = [];
    const open: Heading[] = [];
    for (const heading of headings) {
        while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
        const parent = open[open.length - 1];
        if (parent && heading.level > parent.level + 1) problems.push(`"${heading.text}" (level ${heading.level}) under "${parent.text}" (level ${parent.level})`);
        const number = numberOf(heading);
        if (number !== undefined) {
            const parentNumber = parent ? numberOf(parent) : undefined;
            const expected = number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : undefined;
            if (parentNumber !== expected) problems.push(`"${heading.text}" under "${parent?.text}"`);
        }
        open.push(heading);
    }
    return problems;
}

/** The language versions' heading runs, each checked on its own (a side-by-side heading holds both). */
const SIGNATURE_WORDS: Record<LanguageCode, { heading: string; signature: string; forParty: string }> = {
    de: { heading: 'Unterschriften', signature: 'Unterschrift: ______', forParty: 'Für ' },
    en: { heading: 'Signatures', signature: 'Signature: ______', forParty: 'For ' }
};

describe.each(EXAMPLES)('form of the contract of %s', (file, fileLanguages) => {
    let model: DpaModel;
    beforeAll(async () => { model = await modelOf(examplePath(file)); });

    describe.each(FORMATS)('%s', format => {
        test.each(EDITIONS.filter(edition => edition.languages.every(lang => fileLanguages.includes(lang))))('$languages $layout: headings nest, annexes titled once, signature block', async ({ languages, layout }) => {
            const reading = await read(format, model, languages, layout);
            expect(reading.headings.length).toBeGreaterThan(3);
            expect(nestingProblems(reading.headings)).toEqual([]);

            for (const lang of languages) {
                const annexWord = lang === 'de' ? 'Anlage' : 'Annex';
                const annexHeadings = reading.headings.filter(heading => heading.text.includes(`${annexWord} `) && ANNEX_HEADING.test(heading.text.split(' — ').find(part => part.startsWith(annexWord)) ?? ''));
                const annexNumbers = annexHeadings.map(heading => ANNEX_HEADING.exec(heading.text.split(' — ').find(part => part.startsWith(annexWord))!)![2]);
                // One heading per annex, numbered 1, 2, … in order.
                expect(annexNumbers).toEqual(annexNumbers.map((_, index) => String(index + 1)));
                for (const heading of annexHeadings) {
                    expect(heading.text, 'an annex titled twice').not.toMatch(/^(Anlage|Annex) \d+: (Anlage|Anhang|Annex|Appendix)\b/);
                }

                const words = SIGNATURE_WORDS[lang];
                expect(reading.headings.some(heading => heading.text.split(' — ').includes(words.heading)), `${lang} signature heading`).toBe(true);
                for (const party of model.parties) {
                    expect(reading.headings.some(heading => heading.text.includes(words.forParty)), `${lang} ${party.id}`).toBe(true);
                }
                const blanks = reading.text.split(words.signature).length - 1;
                expect(blanks, `${lang}: one signature line per party`).toBeGreaterThanOrEqual(model.parties.length);
            }
        });
    });
});

describe('binding-language clause', () => {
    test.each(FORMATS)('%s: 360dialog de+en (binding en) states in each version which one binds', async format => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        expect(model.binding).toBe('en');
        for (const layout of ['sequential', 'side-by-side'] as const) {
            const text = (await read(format, model, ['de', 'en'], layout)).text.replace(/\s+/g, ' ');
            expect(text).toContain('Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.');
            expect(text).toContain('This English version is binding. The German version is for information only.');
        }
    });
});

describe('SCC 2021/915 annexes', () => {
    test('userlike (built on the SCCs): annexes mapped to SCC Annexes I–IV with their official titles', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const de = (await read('markdown', model, ['de'], 'sequential')).text;
        const en = (await read('markdown', model, ['en'], 'sequential')).text;
        const annexText = (text: string, label: string) => text.slice(text.indexOf(`\n## ${label}`), text.indexOf('\n## ', text.indexOf(`\n## ${label}`) + 3));
        expect(annexText(de, 'Anlage 1: Einzelheiten')).toContain('Anhang II („Beschreibung der Verarbeitung“)');
        expect(annexText(de, 'Anlage 2: Unterauftragsverarbeiter')).toContain('Anhang IV („Liste der Unterauftragsverarbeiter“)');
        expect(annexText(de, 'Anlage 3: ')).toContain('Anhang III („Technische und organisatorische Maßnahmen, einschließlich zur Gewährleistung der Sicherheit der Daten“)');
        expect(annexText(en, 'Annex 2: ')).toContain('Annex IV (“List of sub-processors”)');
        expect(annexText(de, 'Unterschriften')).toContain('Anhang I („Liste der Parteien“)');
        expect(annexText(en, 'Signatures')).toContain('Annex I (“List of parties”)');
        // The glossary's term, in lower case as everywhere else in the English text.
        expect(annexText(en, 'Annex 2: ')).toContain('This annex constitutes Annex IV (“List of sub-processors”) to the standard contractual clauses under Implementing Decision (EU) 2021/915.');
    });

    test('360dialog (no SCCs): no SCC annex mapping', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        expect(model.scc).toBeUndefined();
        expect((await read('markdown', model, ['en'], 'sequential')).text).not.toContain('to the standard contractual clauses under Implementing Decision');
    });
});

describe('web addresses in Markdown', () => {
    test('the EUR-Lex address is an autolink with a plain &, so renderers link it whole', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const markdown = renderMarkdownEdition(buildEdition(model, ['de']));
        expect(markdown).toContain('<https://eur-lex.europa.eu/legal-content/DE/TXT/PDF/?uri=CELEX:32021D0915&from=DE>');
        expect(markdown).not.toMatch(/https:\/\/\S*&amp;/);
    });

    test('text around an address is still escaped; sentence punctuation stays outside the link', async () => {
        const model = await modelOfText('agreement T {\n    languages en\n    scope "See https://example.com/a_b?x=1&y=2. *Not* a link: [x]"\n}\n');
        const markdown = renderMarkdownEdition(buildEdition(model, ['en']));
        expect(markdown).toContain('See <https://example.com/a_b?x=1&y=2>. \\*Not\\* a link: \\[x\\]');
    });
});

describe('signatories', () => {
    const file = (signatory: string) => `agreement T {
    languages de, en
}
party Vendor processor {
    name "Vendor GmbH"
${signatory}}
party Customer controller {
    name "Customer AG"
}
`;

    test('a signatory the file names prints with name, function, place and date; the signature line stays blank', async () => {
        const model = await modelOfText(file('    signatory { name "Erika Mustermann" function de "Geschäftsführerin" en "Managing Director" place "Berlin" date 2024-03-01 }\n'));
        expect(model.parties[0]!.signatories).toEqual([{
            name: 'Erika Mustermann', function: { de: 'Geschäftsführerin', en: 'Managing Director' }, place: { neutral: 'Berlin' }, date: '2024-03-01',
            source: expect.objectContaining({ line: 6 })
        }]);
        for (const format of FORMATS) {
            const de = (await read(format, model, ['de'], 'sequential')).text.replace(/\s+/g, ' ');
            expect(de).toContain('Für Vendor GmbH');
            expect(de).toMatch(/Ort: Berlin.*Datum: 1\. März 2024.*Unterschrift: _{10,}.*Name: Erika Mustermann.*Funktion: Geschäftsführerin/);
            // The customer names nobody: every line blank.
            expect(de).toMatch(/Für Customer AG.*Ort: _{10,}.*Datum: _{10,}.*Unterschrift: _{10,}.*Name: _{10,}.*Funktion: _{10,}/);
            const en = (await read(format, model, ['en'], 'sequential')).text.replace(/\s+/g, ' ');
            expect(en).toMatch(/For Vendor GmbH.*Place: Berlin.*Date: 1 March 2024.*Signature: _{10,}.*Name: Erika Mustermann.*Function: Managing Director/);
        }
    });
});

describe('provenance: data-dpa-line in the HTML', () => {
    /** 1-based line of the first line of `source` matching `pattern`. */
    const lineOf = (source: string, pattern: RegExp) => {
        const index = source.split('\n').findIndex(line => pattern.test(line));
        if (index < 0) throw new Error(`no line matches ${pattern}`);
        return index + 1;
    };
    const sectionByKey = (root: HtmlElement, key: string) => findAll(root, element => element.tag === 'section' && element.attrs['data-key'] === key)[0]!;

    test.each(['sequential', 'side-by-side'] as const)('360dialog %s: clauses point at their constructs, every block carries a line', async layout => {
        const source = readText(examplePath('360dialog.dpa'));
        const model = await modelOf(examplePath('360dialog.dpa'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], layout)));
        for (const [key, pattern] of [
            ['obligation:audits', /^    audits \{/],
            ['obligation:breach-notification', /^    breach-notification \{/],
            ['obligation:sub-processing', /^    sub-processing \{/],
            ['obligation:instructions', /^    instructions \{/]
        ] as const) {
            const unit = sectionByKey(root, key);
            expect(unit, key).toBeDefined();
            const line = String(lineOf(source, pattern));
            expect(unit.attrs['data-dpa-line'], key).toBe(line);
            const blocks = findAll(unit, element => ['p', 'li', 'h2', 'h3', 'dl'].includes(element.tag));
            expect(blocks.length).toBeGreaterThan(0);
            for (const block of blocks) expect(block.attrs['data-dpa-line'], `${key} <${block.tag}>`).toBe(line);
        }
        // Every block outside the table of contents knows its line.
        const nav = new Set(findAll(root, element => element.tag === 'nav').flatMap(toc => findAll(toc, () => true)));
        const unplaced = findAll(root, element => ['p', 'li', 'tr', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(element.tag) && !nav.has(element))
            .filter(element => element.attrs['data-dpa-line'] === undefined)
            .map(element => `<${element.tag}> ${htmlText(element).slice(0, 40)}`);
        expect(unplaced).toEqual([]);
    });

    test('userlike: sub-processor rows, SCC supplements and measure groups point at their constructs', async () => {
        const source = readText(examplePath('userlike.dpa'));
        const model = await modelOf(examplePath('userlike.dpa'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de'])));
        for (const name of ['BunnyWay', 'DeepL', 'Hetzner']) {
            const row = findAll(root, element => element.tag === 'tr' && htmlText(element).includes(name) && findAll(element, inner => inner.tag === 'td').length === 8)[0]!;
            expect(row.attrs['data-dpa-line'], name).toBe(String(lineOf(source, new RegExp(`^sub-processor ${name} \\{`))));
        }
        expect(sectionByKey(root, 'scc:supplement:2').attrs['data-dpa-line']).toBe(String(lineOf(source, /^    supplement clause 7\.7\(a\)/)));
        expect(sectionByKey(root, 'scc').attrs['data-dpa-line']).toBe(String(lineOf(source, /^scc 2021\/915 \{/)));
        const measuresGroup = model.measures!.groups[1]!;
        const group = sectionByKey(root, `measures:${measuresGroup.id}`);
        expect(group.attrs['data-dpa-line']).toBe(String(measuresGroup.source.line));
        expect(source.split('\n')[measuresGroup.source.line - 1]).toMatch(new RegExp(`\\b${measuresGroup.id}\\b`));
        // Each measure of a group: its own `measure` line.
        const withMeasures = model.measures!.groups.find(candidate => candidate.items.filter(entry => entry.kind === 'measure').length >= 2)!;
        const measureLines = withMeasures.items.flatMap(entry => entry.kind === 'measure' ? [String(entry.source.line)] : []);
        const measureItems = findAll(sectionByKey(root, `measures:${withMeasures.id}`), element => element.tag === 'li')
            .filter(element => element.attrs['data-dpa-line'] !== String(withMeasures.source.line));
        expect(measureItems.map(element => element.attrs['data-dpa-line'])).toEqual(expect.arrayContaining(measureLines));
        for (const line of measureLines) expect(source.split('\n')[Number(line) - 1]).toMatch(/^\s*measure\b/);
        const partyHeading = findAll(sectionByKey(root, 'party:Userlike'), element => element.tag === 'h3')[0]!;
        expect(partyHeading.attrs['data-dpa-line']).toBe(String(lineOf(source, /^party Userlike processor \{/)));
    });
});
