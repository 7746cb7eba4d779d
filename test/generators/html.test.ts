import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildEdition, contractUnits, escapeHtml, escapeHtmlText, renderHtml, type ContractEdition } from '@dpa-as-code/generators';
import { examplePath, fixturePath, modelOf } from '../helpers.js';
import { containsWords, libraryFragments } from './library-fragments.js';
import { childElements, findAll, hasClass, htmlText, parseHtml, type HtmlElement } from './read-outputs.js';

const LANGUAGES: LanguageCode[] = ['de', 'en'];
const SEEDS = [examplePath('userlike.dpa'), examplePath('360dialog.dpa')];

/** Each way a bilingual agreement can be laid out, by the name the CLI gives its file. */
const EDITIONS: Array<[string, (model: DpaModel) => ContractEdition]> = [
    ['de', model => buildEdition(model, ['de'])],
    ['en', model => buildEdition(model, ['en'])],
    ['de+en', model => buildEdition(model, ['de', 'en'])],
    ['de-en.side-by-side', model => buildEdition(model, ['de', 'en'], 'side-by-side')]
];

describe('a self-contained HTML file', () => {
    let html: string;
    let root: HtmlElement;
    beforeAll(async () => {
        html = renderHtml(buildEdition(await modelOf(examplePath('userlike.dpa')), ['de']));
        root = parseHtml(html);
    });

    test('no scripts, no external resources, a policy that forbids both', () => {
        expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(|src=/i);
        for (const link of findAll(root, element => element.tag === 'a')) expect(link.attrs['href']).toMatch(/^#/);
        const policy = findAll(root, element => element.tag === 'meta' && element.attrs['http-equiv'] === 'Content-Security-Policy');
        expect(policy[0]?.attrs['content']).toBe("default-src 'none'; style-src 'unsafe-inline'");
        expect(findAll(root, element => element.tag === 'style')).toHaveLength(1);
    });

    test('print CSS: A4 margins, annexes on new pages, rows kept whole, table headers repeated', () => {
        expect(html).toContain('@page { size: A4; margin: 20mm 18mm 22mm 18mm; }');
        expect(html).toContain('.annex { break-before: page; }');
        expect(html).toContain('tr { break-inside: avoid; page-break-inside: avoid; }');
        expect(html).toContain('thead { display: table-header-group; }');
        const annexes = findAll(root, element => element.tag === 'section' && hasClass(element, 'annex'));
        expect(annexes.map(annex => htmlText(childElements(annex)[0]!).trim())).toEqual([
            'Anlage 1: Einzelheiten der Verarbeitung',
            'Anlage 2: Unterauftragsverarbeiter',
            'Anlage 3: Technische und organisatorische Maßnahmen gemäß Art. 32 DSGVO'
        ]);
    });

    test('headings carry the tree’s numbers at the tree’s depth', () => {
        const headings = findAll(root, element => /^h[1-6]$/.test(element.tag) && element.attrs['id'] !== undefined)
            .map(heading => `${heading.tag} ${htmlText(heading).trim()}`);
        expect(headings).toContain('h1 Vertrag über die Auftragsverarbeitung');
        expect(headings).toContain('h2 2 Standardvertragsklauseln der Europäischen Kommission');
        expect(headings).toContain('h3 2.1 Gewählte Optionen');
        expect(headings).toContain('h4 2.2.1 Ergänzung zu Klausel 7.6: Dokumentation und Einhaltung der Klauseln');
        // The TOM document wrote "5.1" beside "5": the annex numbers its groups afresh so numbers nest.
        expect(headings).toContain('h3 6 Weitergabekontrolle');
    });

    test('tables have a header row in thead', () => {
        const tables = findAll(root, element => element.tag === 'table');
        expect(tables.length).toBeGreaterThan(2);
        for (const table of tables) expect(childElements(table)[0]!.tag).toBe('thead');
    });

    test('byte-identical on every run', async () => {
        expect(renderHtml(buildEdition(await modelOf(examplePath('userlike.dpa')), ['de']))).toBe(html);
    });
});

describe.each(SEEDS.filter(existsSync))('table of contents of %s', file => {
    let model: DpaModel;
    beforeAll(async () => { model = await modelOf(file); });

    test.each(EDITIONS)('%s: one link per section and annex heading, each to an id that exists', (_, edition) => {
        const built = edition(model);
        const root = parseHtml(renderHtml(built));
        const links = findAll(root, element => element.tag === 'nav' && hasClass(element, 'toc'))
            .flatMap(nav => findAll(nav, element => element.tag === 'a'))
            .map(link => link.attrs['href']!.slice(1));
        const headings = findAll(root, element => /^h[2-6]$/.test(element.tag) && element.attrs['id'] !== undefined);
        const ids = findAll(root, element => element.attrs['id'] !== undefined).map(element => element.attrs['id']!);

        expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
        expect(links).toHaveLength(headings.length);
        // In document order within each language (the side-by-side layout has one list per column).
        for (const lang of built.contracts.map(contract => contract.language)) {
            const inLanguage = (id: string) => id.startsWith(`${lang}-`);
            expect(links.filter(inLanguage)).toEqual(headings.map(heading => heading.attrs['id']!).filter(inLanguage));
        }
        // Every heading of the tree except the title, in every language of the file.
        const expected = built.contracts.reduce((sum, contract) => sum + contractUnits(contract).filter(unit => unit.heading !== undefined).length - 1, 0);
        expect(headings).toHaveLength(expected);
        // The link says what the heading says.
        const headingText = new Map(headings.map(heading => [heading.attrs['id']!, htmlText(heading).trim()]));
        for (const nav of findAll(root, element => element.tag === 'nav')) {
            for (const link of findAll(nav, element => element.tag === 'a')) expect(htmlText(link).trim()).toBe(headingText.get(link.attrs['href']!.slice(1)));
        }
    });
});

describe('languages', () => {
    const sources = [fixturePath('all-constructs.dpa'), ...SEEDS].filter(existsSync);

    test.each(sources)('%s: German HTML has no English library text and vice versa', async file => {
        const model = await modelOf(file);
        for (const lang of LANGUAGES) {
            const text = htmlText(parseHtml(renderHtml(buildEdition(model, [lang]))));
            expectOnlyLanguage(text, lang);
        }
    });

    test.each(SEEDS.filter(existsSync))('%s, de+en: the whole German text, then the whole English text, each with its lang', async file => {
        const model = await modelOf(file);
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'])));
        const html = findAll(root, element => element.tag === 'html')[0]!;
        expect(html.attrs['lang']).toBe('de');
        const articles = findAll(root, element => element.tag === 'article');
        expect(articles.map(article => article.attrs['lang'])).toEqual(['de', 'en']);
        expectOnlyLanguage(htmlText(articles[0]!), 'de');
        expectOnlyLanguage(htmlText(articles[1]!), 'en');
        // Each part is the one-language document's body.
        for (const [index, lang] of LANGUAGES.entries()) {
            const single = findAll(parseHtml(renderHtml(buildEdition(model, [lang]))), element => element.tag === 'article')[0]!;
            expect(htmlText(articles[index]!)).toBe(htmlText(single));
        }
    });

    test('side-by-side: every cell is in the language its lang says', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side')));
        for (const lang of LANGUAGES) {
            const cells = findAll(root, element => hasClass(element, 'cell') && element.attrs['lang'] === lang);
            expectOnlyLanguage(cells.map(htmlText).join('\n'), lang);
        }
    });
});

function expectOnlyLanguage(text: string, lang: LanguageCode): void {
    const other: LanguageCode = lang === 'de' ? 'en' : 'de';
    for (const { path, fragment } of libraryFragments(other)) {
        expect(containsWords(text, fragment), `${lang} text contains ${other} text of ${path}: "${fragment}"`).toBe(false);
    }
    expect(libraryFragments(lang).filter(({ fragment }) => containsWords(text, fragment)).length).toBeGreaterThan(25);
}

describe('side-by-side layout', () => {
    test.each(SEEDS.filter(existsSync))('%s: every row pairs a German cell with the English cell of the same section', async file => {
        const model = await modelOf(file);
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side')));
        const rows = findAll(root, element => hasClass(element, 'pair'));
        expect(rows.length).toBeGreaterThan(20);
        for (const row of rows) {
            const cells = childElements(row);
            expect(cells.length % 2, row.attrs['data-key']).toBe(0);
            for (let index = 0; index < cells.length; index += 2) {
                const [de, en] = [cells[index]!, cells[index + 1]!];
                expect([de.attrs['lang'], en.attrs['lang']]).toEqual(['de', 'en']);
                if (row.tag === 'nav') continue;
                expect(de.attrs['data-key']).toBe(row.attrs['data-key']);
                expect(en.attrs['data-key']).toBe(row.attrs['data-key']);
                expect(de.attrs['data-number']).toBe(row.attrs['data-number']);
                expect(en.attrs['data-number']).toBe(row.attrs['data-number']);
            }
        }
    });

    test('360dialog.dpa: the audits clause, German inspection rules beside the English ones', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side')));
        const audits = findAll(root, element => element.tag === 'section' && element.attrs['data-key'] === 'obligation:audits');
        expect(audits).toHaveLength(1);
        expect(audits[0]!.attrs['data-number']).toBe('10');
        const cells = childElements(audits[0]!);
        const side = (lang: LanguageCode) => cells.filter(cell => cell.attrs['lang'] === lang).map(cell => htmlText(cell).replace(/\s+/g, ' ').trim());
        const [de, en] = [side('de'), side('en')];
        expect(de[0]).toBe('10 Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO)');
        expect(en[0]).toBe('10 Information and audits (Art. 28(3)(h) GDPR)');
        // The inspections have their own wording in the file, printed instead of the library's sentences.
        const inspectionRow = de.findIndex(text => text.includes('Auf schriftlichen Antrag mit mindestens 30 Tagen Vorlauf darf der Auftraggeber'));
        expect(inspectionRow).toBeGreaterThan(0);
        expect(en[inspectionRow]).toContain("On written request and with at least 30 days' notice, the controller may inspect");
        for (const [index, text] of de.entries()) {
            if (text.includes('Inspektion')) expect(en[index], text).toMatch(/inspection/i);
        }
    });

    test('userlike.dpa: each sub-processor’s record beside its English record', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side')));
        const annex = findAll(root, element => element.tag === 'section' && element.attrs['data-key'] === 'annex:sub-processors')[0]!;
        const records = childElements(annex).filter(cell => hasClass(cell, 'record'));
        expect(records).toHaveLength(2 * model.subProcessors.length);
        model.subProcessors.forEach((subProcessor, index) => {
            const [de, en] = [records[2 * index]!, records[2 * index + 1]!];
            const firstValue = (cell: HtmlElement) => htmlText(findAll(cell, element => element.tag === 'dd')[0]!).trim();
            expect([firstValue(de), firstValue(en)]).toEqual([subProcessor.legalName, subProcessor.legalName]);
            expect(htmlText(findAll(de, element => element.tag === 'dt')[0]!).trim()).toBe('Unterauftragsverarbeiter');
            expect(htmlText(findAll(en, element => element.tag === 'dt')[0]!).trim()).toBe('Sub-processor');
        });
    });

    test('landscape pages', async () => {
        const html = renderHtml(buildEdition(await modelOf(examplePath('userlike.dpa')), ['de', 'en'], 'side-by-side'));
        expect(html).toContain('@page { size: A4 landscape; margin: 20mm 18mm 22mm 18mm; }');
        expect(html).toContain('<body class="side-by-side">');
    });
});

describe('escaping of the file’s texts', () => {
    let model: DpaModel;
    beforeAll(async () => { model = await modelOf(fixturePath('injection.dpa')); });

    test.each(EDITIONS)('%s: markup in the file prints as text, never as HTML', (_, edition) => {
        const html = renderHtml(edition(model));
        expect(html).not.toMatch(/<script|<img|<b>/i);
        expect(html).toContain('Foo | &lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).toContain('Evil | Corp &lt;img src=x onerror=alert(1)&gt;');
        const text = htmlText(parseHtml(html));
        expect(text).toContain('Foo | <script>alert(1)</script>');
        expect(text).toContain('1. kein Listenpunkt &amp; kein Entity');
        expect(text).toContain('_x_ [link](https://evil.example) `code`');
    });

    test('title, line breaks and a right-to-left override', () => {
        const html = renderHtml(buildEdition(model, ['de']));
        expect(html).toContain('<title>Vertrag *fett* &amp; &lt;b&gt;Co&lt;/b&gt;</title>');
        expect(html).toContain('<h1 id="de-title" data-dpa-line="4">Vertrag *fett* &amp; &lt;b&gt;Co&lt;/b&gt;</h1>');
        expect(html).toContain('<em>Anschrift:</em> Zeile 1<br># Zeile 2, Deutschland');
        expect(html).not.toContain('\u202E');
        expect(html).toContain('Rue &lt;U+202E&gt;evil 1, Frankreich');
    });

    test('escapeHtml covers & < > " \' and shows hidden characters', () => {
        expect(escapeHtml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; f');
        expect(escapeHtml('&amp;')).toBe('&amp;amp;');
        expect(escapeHtml('x\u202Ey\u200Bz\u0007\uFFFF')).toBe('x&lt;U+202E&gt;y&lt;U+200B&gt;z&lt;U+0007&gt;&lt;U+FFFF&gt;');
        expect(escapeHtmlText('one\r\ntwo\nthree\tfour')).toBe('one<br>two<br>three four');
    });
});
