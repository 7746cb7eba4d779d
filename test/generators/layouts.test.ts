import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { LanguageCode } from '@dpa-as-code/model';
import {
    buildContract, buildEdition, contractUnits, generateMarkdown, pairUnits, renderHtml, renderMarkdown, renderMarkdownEdition
} from '@dpa-as-code/generators';
import { examplePath, fixturePath, modelOf, modelOfText } from '../helpers.js';
import { childElements, findAll, hasClass, htmlText, markdownTableRows, markdownText, parseHtml } from './read-outputs.js';

describe('pairing by stable keys', () => {
    test.each([fixturePath('all-constructs.dpa'), examplePath('userlike.dpa'), examplePath('360dialog.dpa')].filter(existsSync))(
        '%s: every German unit has its English counterpart at the same place', async file => {
            const model = await modelOf(file);
            const [de, en] = [buildContract(model, 'de'), buildContract(model, 'en')];
            const pairs = pairUnits(de, en);
            expect(pairs.map(pair => pair.key)).toEqual(contractUnits(de).map(unit => unit.key));
            expect(new Set(pairs.map(pair => pair.key)).size).toBe(pairs.length);
            for (const { key, left, right } of pairs) {
                expect(left && right, key).toBeTruthy();
                expect([right!.kind, right!.level, right!.number, right!.blocks.length], key).toEqual([left!.kind, left!.level, left!.number, left!.blocks.length]);
                expect(right!.blocks.map(block => block.kind), key).toEqual(left!.blocks.map(block => block.kind));
            }
        });

    test('text after a nested section stays after it, as a unit of its own', async () => {
        const model = await modelOf(fixturePath('all-constructs.dpa'));
        const units = contractUnits(buildContract(model, 'de'));
        for (const [index, unit] of units.entries()) {
            if (unit.kind !== 'continuation') continue;
            expect(unit.heading).toBeUndefined();
            expect(unit.blocks.length).toBeGreaterThan(0);
            expect(units[index - 1]!.level).toBeGreaterThan(unit.level);
        }
    });
});

describe('de+en: the whole German text, then the whole English text', () => {
    test.each([examplePath('userlike.dpa'), examplePath('360dialog.dpa')].filter(existsSync))('%s in Markdown', async file => {
        const model = await modelOf(file);
        const markdown = renderMarkdownEdition(buildEdition(model, ['de', 'en']));
        expect(markdown).toBe(`${generateMarkdown(model, 'de')}\n---\n\n${generateMarkdown(model, 'en')}`);
        expect(renderMarkdownEdition(buildEdition(model, ['de']))).toBe(renderMarkdown(buildContract(model, 'de')));
    });
});

describe('side-by-side Markdown', () => {
    test('360dialog.dpa: each section heading names both versions; its table pairs each paragraph', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const markdown = renderMarkdownEdition(buildEdition(model, ['de', 'en'], 'side-by-side'));
        expect(markdown.startsWith('# 360dialog Auftragsdatenverarbeitungsvertrag nach Art. 28 DSGVO ("DPA") — 360dialog Data Processing Agreement under Art. 28 GDPR ("DPA")\n')).toBe(true);
        const audits = sectionOf(markdown, '## 10 Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO) — Information and audits (Art. 28(3)(h) GDPR)');
        const rows = markdownTableRows(audits.join('\n'));
        expect(rows[0]).toEqual(['Deutsch', 'English']);
        expect(rows.every(row => row.length === 2)).toBe(true);
        const inspection = rows.find(([de]) => de!.includes('Auf schriftlichen Antrag mit mindestens 30 Tagen Vorlauf darf der Auftraggeber'));
        expect(inspection?.[1]).toContain("On written request and with at least 30 days' notice, the controller may inspect");
        for (const [de, en] of rows.slice(2)) if (de!.includes('Inspektion')) expect(en).toMatch(/inspection/i);
        expect(markdown).toContain('\n## Anlage 2: Unterauftragsverarbeiter — Annex 2: Sub-processors\n');
        expect(markdown).toContain('\n### Klient / Partner — Client / partner\n');
        // A heading both versions share is written once.
        expect(markdown).toContain('\n### 360dialog GmbH\n');
    });

    test('userlike.dpa: one row per sub-processor, its German and English values as labelled lines', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const markdown = renderMarkdownEdition(buildEdition(model, ['de', 'en'], 'side-by-side'));
        const rows = markdownTableRows(sectionOf(markdown, '## Anlage 2: Unterauftragsverarbeiter — Annex 2: Sub-processors').join('\n'));
        for (const subProcessor of model.subProcessors) {
            const row = rows.filter(([de]) => de!.startsWith(`Unterauftragsverarbeiter: ${subProcessor.legalName}\n`));
            expect(row, subProcessor.legalName).toHaveLength(1);
            expect(row[0]![1]!.startsWith(`Sub-processor: ${subProcessor.legalName}\n`)).toBe(true);
        }
        expect(markdownText(markdown)).toContain('Serverstandort: Deutschland');
    });
});

/** The lines under a heading, up to the next heading of any level. */
function sectionOf(markdown: string, heading: string): string[] {
    const lines = markdown.split('\n');
    const start = lines.indexOf(heading);
    if (start < 0) throw new Error(`no heading "${heading}"`);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('#'));
    return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('the binding-language clause follows the model', () => {
    const header = (binding: string, languages = 'de, en') => `agreement T {\n    languages ${languages}\n${binding ? `    binding ${binding}\n` : ''}}\n`;
    const sentences = async (binding: string, lang: LanguageCode, languages?: string) => {
        const model = await modelOfText(header(binding, languages));
        const root = parseHtml(renderHtml(buildEdition(model, [lang])));
        const titleBlock = findAll(root, element => element.tag === 'header')[0]!;
        return childElements(titleBlock).filter(element => element.tag === 'p').map(paragraph => htmlText(paragraph).trim());
    };

    test('binding en', async () => {
        expect(await sentences('en', 'de')).toEqual(['Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.']);
        expect(await sentences('en', 'en')).toEqual(['This English version is binding. The German version is for information only.']);
    });

    test('binding de', async () => {
        expect(await sentences('de', 'de')).toEqual(['Verbindlich ist diese deutsche Fassung. Die englische Fassung dient nur der Information.']);
        expect(await sentences('de', 'en')).toEqual(['Only the German version is binding; this English version is for information only.']);
    });

    test('binding all', async () => {
        expect(await sentences('all', 'de')).toEqual(['Alle Sprachfassungen dieses Vertrags sind gleichermaßen verbindlich.']);
        expect(await sentences('all', 'en')).toEqual(['All language versions of this agreement are equally binding.']);
    });

    test('no binding language stated: no sentence, nothing guessed', async () => {
        expect(await sentences('', 'de')).toEqual([]);
        expect(await sentences('', 'en')).toEqual([]);
    });

    test('a German-only file whose English version binds says so', async () => {
        expect(await sentences('en', 'de', 'de')).toEqual(['Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.']);
    });

    test('side by side: each column states it in its own language', async () => {
        const model = await modelOfText(header('en'));
        const root = parseHtml(renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side')));
        const title = findAll(root, element => element.tag === 'header' && hasClass(element, 'pair'))[0]!;
        const cells = childElements(title).map(cell => [cell.attrs['lang'], htmlText(cell).trim()]);
        expect(cells).toContainEqual(['de', 'Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.']);
        expect(cells).toContainEqual(['en', 'This English version is binding. The German version is for information only.']);
    });
});
