import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DpaModel } from '@dpa-as-code/model';
import { buildContract, generateOutputs, planOutputs, type OutputFile } from '@dpa-as-code/generators';
import { examplePath, modelOf, modelOfText, readText, runCliInProcess } from '../helpers.js';
import { docxPlainText, htmlText, markdownTableRows, parseHtml, readDocx } from '../generators/read-outputs.js';

/**
 * The processor's record of processing activities (issue 14, item 4): Art. 30(2)(a)–(d) GDPR,
 * every fact taken from the file, in German and English, as Markdown, HTML and DOCX.
 */

const models = new Map<string, DpaModel>();
beforeAll(async () => {
    for (const file of ['userlike.dpa', '360dialog.dpa']) models.set(file, await modelOf(examplePath(file)));
});
const model = (file: string): DpaModel => {
    const found = models.get(file);
    if (!found) throw new Error(`${file} not loaded`);
    return found;
};

async function recordFiles(file: string, lang?: 'de' | 'en' | 'de+en'): Promise<OutputFile[]> {
    const outputs = await generateOutputs(model(file), file.replace(/\.dpa$/, ''), { format: 'record', ...(lang ? { lang } : {}) });
    if (!Array.isArray(outputs)) throw new Error(outputs.problem);
    return outputs;
}

const textOf = (files: OutputFile[], name: string): string => {
    const found = files.find(output => output.fileName === name);
    if (found === undefined || typeof found.content !== 'string') throw new Error(`no text file ${name}`);
    return found.content;
};

/** The rows of the table in section `number` of a Markdown record, without header and delimiter. */
function tableRows(markdown: string, number: number): string[][] {
    const section = markdown.slice(markdown.indexOf(`\n## ${String(number)} `), markdown.indexOf(`\n## ${String(number + 1)} `));
    return markdownTableRows(section).slice(2);
}

/** The rows of the transfers table (section 4) of a Markdown record. */
function transferRows(markdown: string): string[][] {
    const section = markdown.slice(markdown.indexOf('\n## 4 '), markdown.indexOf('\n## 5 '));
    // Without the header and the delimiter row.
    return markdownTableRows(section).slice(2);
}

describe('the record as planned output', () => {
    it('plans NAME.record.LANG.md, .html and .docx per declared language', () => {
        const planned = planOutputs(model('userlike.dpa'), 'userlike', { format: 'record' });
        expect(Array.isArray(planned) && planned.map(output => output.fileName)).toEqual([
            'userlike.record.de.md', 'userlike.record.de.html', 'userlike.record.de.docx',
            'userlike.record.en.md', 'userlike.record.en.html', 'userlike.record.en.docx'
        ]);
        const one = planOutputs(model('userlike.dpa'), 'userlike', { format: 'record', lang: 'en' });
        expect(Array.isArray(one) && one.map(output => output.fileName)).toEqual(['userlike.record.en.md', 'userlike.record.en.html', 'userlike.record.en.docx']);
        expect(planOutputs(model('userlike.dpa'), 'userlike', { format: 'record', layout: 'side-by-side' })).toEqual({
            problem: '--layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to record'
        });
    });
});

describe('dpa generate --format record', () => {
    it('writes the Markdown, HTML and DOCX record per language', { timeout: 120_000 }, async () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-record-'));
        const result = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'record', '--lang', 'en', '--out', out]);
        expect(result.stderr).toBe(['md', 'html', 'docx'].map(extension => `wrote ${join(out, `userlike.record.en.${extension}`)}\n`).join(''));
        expect(result.code).toBe(0);
        expect(readdirSync(out).sort()).toEqual(['userlike.record.en.docx', 'userlike.record.en.html', 'userlike.record.en.md']);
        expect(readFileSync(join(out, 'userlike.record.en.md'), 'utf8')).toMatch(/^# Record of processing activities of the processor\n/);
    });

    it('refuses the side-by-side layout as a usage error', async () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-record-'));
        const result = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'record', '--layout', 'side-by-side', '--out', out]);
        expect(result.stderr).toBe('dpa: --layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to record\n');
        expect(result.code).toBe(2);
        expect(readdirSync(out)).toEqual([]);
    });
});

describe('userlike: record of processing activities', () => {
    it('German: title, Art. 30 Abs. 2 DSGVO, processor with address, controller, US transfers with SCC, measure groups', async () => {
        const markdown = textOf(await recordFiles('userlike.dpa', 'de'), 'userlike.record.de.md');
        expect(markdown).toMatch(/^# Verzeichnis von Verarbeitungstätigkeiten des Auftragsverarbeiters\n/);
        expect(markdown).toContain('nach Art. 30 Abs. 2 DSGVO');
        expect(markdown).toContain('## 1 Name und Kontaktdaten des Auftragsverarbeiters und der Verantwortlichen (Art. 30 Abs. 2 lit. a DSGVO)');
        expect(markdown).toContain('### 1.1 Auftragsverarbeiter: Userlike UG (haftungsbeschränkt)');
        expect(markdown).toContain('Probsteigasse 44-46, D-50670 Köln');
        expect(markdown).toContain('### 1.2 Verantwortlicher: Kunde');
        expect(markdown).toContain('privacy@userlike.com');
        expect(markdown).toContain('## 2 Kategorien von Verarbeitungen (Art. 30 Abs. 2 lit. b DSGVO)');
        expect(markdown).toContain('## 5 Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen (Art. 30 Abs. 2 lit. d DSGVO)');
        expect(markdown).toContain('Maßnahmen nach Art. 32 Abs. 1 DSGVO');
        for (const group of ['Zutrittskontrolle', 'Zugangskontrolle', 'Zugriffskontrolle', 'Weitergabekontrolle', 'Eingabekontrolle', 'Verfügbarkeitskontrolle']) {
            expect(markdown).toMatch(new RegExp(`^- ${group}`, 'm'));
        }
        // Every service of the three US sub-processors, nothing from inside the EEA (Hetzner, DeepL, AWS EMEA, …).
        const rows = transferRows(markdown);
        expect(rows.map(row => row[0])).toEqual(['Mailgun Technologies, Inc.', 'Mailgun Technologies, Inc.', 'Twilio Inc.', 'FullContact']);
        for (const row of rows) {
            expect(row[2]).toBe('Vereinigte Staaten');
            expect(row[3]).toBe('Drittland; Angemessenheitsbeschluss nur für zertifizierte Empfänger');
            expect(row[4]).toBe('SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)');
        }
        expect(rows[2][1]).toContain('Audio- und Video-Chat');
    });

    it('English: the same facts in English terms', async () => {
        const markdown = textOf(await recordFiles('userlike.dpa', 'en'), 'userlike.record.en.md');
        expect(markdown).toMatch(/^# Record of processing activities of the processor\n/);
        expect(markdown).toContain('under Art. 30(2) GDPR');
        expect(markdown).toContain('## 4 Transfers to third countries (Art. 30(2)(c) GDPR)');
        expect(markdown).toContain('### 1.1 Processor: Userlike UG (haftungsbeschränkt)');
        expect(markdown).toContain('Probsteigasse 44-46, D-50670 Cologne, Germany');
        expect(markdown).toContain('### 1.2 Controller: Customer');
        expect(markdown).toContain('under Art. 32(1) GDPR');
        for (const group of ['Physical access control', 'Transfer control', 'Availability control']) expect(markdown).toMatch(new RegExp(`^- ${group}`, 'm'));
        const rows = transferRows(markdown);
        expect(rows.map(row => [row[0], row[2], row[4]])).toEqual([
            ['Mailgun Technologies, Inc.', 'United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)'],
            ['Mailgun Technologies, Inc.', 'United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)'],
            ['Twilio Inc.', 'United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)'],
            ['FullContact', 'United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)']
        ]);
        expect(markdown).not.toContain('Verzeichnis');
    });

    it('HTML and DOCX render the same tree', async () => {
        const files = await recordFiles('userlike.dpa', 'de');
        const html = textOf(files, 'userlike.record.de.html');
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="de">\n/);
        const htmlBody = htmlText(parseHtml(html));
        expect(htmlBody).toContain('Verzeichnis von Verarbeitungstätigkeiten des Auftragsverarbeiters');
        expect(htmlBody).toContain('Übermittlungen an Drittländer (Art. 30 Abs. 2 lit. c DSGVO)');
        expect(htmlBody).toContain('Twilio Inc.');
        const docx = files.find(output => output.fileName === 'userlike.record.de.docx');
        expect(docx?.content).toBeInstanceOf(Uint8Array);
        const text = docxPlainText((await readDocx(docx?.content as Uint8Array)).document);
        expect(text).toContain('Verzeichnis von Verarbeitungstätigkeiten des Auftragsverarbeiters');
        expect(text).toContain('Art. 30 Abs. 2 lit. d DSGVO');
        expect(text).toContain('FullContact');
        expect(text).toContain('SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)');
    });

    it('is byte-identical across runs', async () => {
        const first = await recordFiles('userlike.dpa');
        const second = await recordFiles('userlike.dpa');
        expect(second.map(output => output.fileName)).toEqual(first.map(output => output.fileName));
        first.forEach((output, index) => expect(Buffer.from(second[index].content).equals(Buffer.from(output.content))).toBe(true));
    });
});

describe('360dialog: record of processing activities', () => {
    it('names the processor with address and DPO, the controller, Atlassian in the US without a stated basis, the measure groups', async () => {
        const files = await recordFiles('360dialog.dpa');
        const english = textOf(files, '360dialog.record.en.md');
        expect(english).toContain('### 1.1 Processor: 360dialog GmbH');
        expect(english).toContain('Torstraße 61, 10119 Berlin, Germany');
        expect(english).toContain('*Data protection officer:* René Rautenberg, ER Secure GmbH');
        expect(english).toContain('### 1.2 Controller: ');
        expect(transferRows(english)).toEqual([
            ['Atlassian Pty Ltd', 'Issue tracking', 'United States', 'third country; adequacy only for certified recipients', 'no basis stated']
        ]);
        for (const group of ['Confidentiality', 'Integrity', 'Availability and resilience']) expect(english).toMatch(new RegExp(`^- ${group}`, 'm'));

        const german = textOf(files, '360dialog.record.de.md');
        expect(german).toContain('Verzeichnis von Verarbeitungstätigkeiten');
        expect(german).toContain('Art. 30 Abs. 2 DSGVO');
        expect(german).toContain('### 1.1 Auftragsverarbeiter: 360dialog GmbH');
        expect(german).toContain('Torstraße 61, 10119 Berlin, Deutschland');
        expect(transferRows(german).map(row => [row[0], row[2], row[4]])).toEqual([['Atlassian Pty Ltd', 'Vereinigte Staaten', 'keine Grundlage angegeben']]);
        expect(german).toMatch(/^- Vertraulichkeit/m);
    });
});

describe('the record lists every sub-processor (section 3)', () => {
    it('German: DeepL in Germany without third-country transfer, Mailgun in the US with the SCC basis as stated, BunnyWay without a stated basis', async () => {
        const rows = tableRows(textOf(await recordFiles('userlike.dpa', 'de'), 'userlike.record.de.md'), 3);
        const names = [...new Set(rows.map(row => row[0]))];
        expect(names).toEqual(model('userlike.dpa').subProcessors.map(subProcessor => subProcessor.legalName ?? subProcessor.id));
        expect(rows.length).toBe(model('userlike.dpa').subProcessors.reduce((count, subProcessor) => count + subProcessor.services.length, 0));
        const deepL = rows.filter(row => row[0] === 'DeepL GmbH');
        expect(deepL.map(row => [row[1], row[3], row[4]])).toEqual([['Deutschland', 'Deutschland', 'keine Drittlandübermittlung']]);
        const mailgun = rows.filter(row => row[0] === 'Mailgun Technologies, Inc.');
        expect(mailgun.map(row => [row[1], row[4]])).toEqual([
            ['Vereinigte Staaten', 'SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)'],
            ['Vereinigte Staaten', 'SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)']
        ]);
        const bunny = rows.filter(row => row[3] === 'abhängig von der gewählten Region');
        expect(bunny.length).toBeGreaterThan(0);
        for (const row of bunny) expect(row[4]).toBe('keine angegeben');
    });

    it('English: the same facts in English, before the transfers section', async () => {
        const markdown = textOf(await recordFiles('userlike.dpa', 'en'), 'userlike.record.en.md');
        expect(markdown).toContain('## 3 Sub-processors\n');
        expect(markdown.indexOf('## 3 Sub-processors')).toBeLessThan(markdown.indexOf('## 4 Transfers to third countries'));
        const rows = tableRows(markdown, 3);
        expect(rows.filter(row => row[0] === 'DeepL GmbH').map(row => [row[1], row[3], row[4]])).toEqual([['Germany', 'Germany', 'no third-country transfer']]);
        expect(rows.filter(row => row[0] === 'Mailgun Technologies, Inc.').map(row => [row[1], row[4]])).toEqual([
            ['United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)'],
            ['United States', 'EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)']
        ]);
        for (const row of rows.filter(row => row[3] === 'depends on the region selected')) expect(row[4]).toBe('none stated');
    });
});

describe('references in the record name parts the record has', () => {
    /** The numbered headings of a Markdown record ("3", "2.5.3", …). */
    const headingNumbers = (markdown: string): Set<string> => new Set([...markdown.matchAll(/^#{2,6} (\d+(?:\.\d+)*) /gm)].map(match => match[1]));
    /** Every "Annex N" / "Anlage N" / "Section N" / "Ziffer N" not qualified as a part of the agreement. */
    const unqualified = (markdown: string, lang: 'de' | 'en'): string[] => {
        const pattern = lang === 'de'
            ? /\b(Anlage|Ziffer) (\d+(?:\.\d+)*)(?! des Auftragsverarbeitungsvertrags)/g
            : /\b(Annex|Section) (\d+(?:\.\d+)*)(?! of the data processing agreement)/g;
        return [...markdown.matchAll(pattern)].map(match => `${match[1]} ${match[2]}`);
    };

    for (const file of ['userlike.dpa', '360dialog.dpa']) {
        for (const lang of ['de', 'en'] as const) {
            it(`${file} (${lang}): no annex, and every section reference points to a numbered section of the record`, async () => {
                const markdown = textOf(await recordFiles(file, lang), `${file.replace(/\.dpa$/, '')}.record.${lang}.md`);
                const numbers = headingNumbers(markdown);
                for (const reference of unqualified(markdown, lang)) {
                    expect(reference).toMatch(lang === 'de' ? /^Ziffer / : /^Section /);
                    expect(numbers.has(reference.split(' ')[1])).toBe(true);
                }
                expect(markdown).not.toMatch(/\{(annex|section) [^}]*\}|\u{E000}/u);
            });
        }
    }

    it('userlike: the data group that cites the sub-processor annex cites the record\'s sub-processor section', async () => {
        const german = textOf(await recordFiles('userlike.dpa', 'de'), 'userlike.record.de.md');
        expect(german).toMatch(/^#### 2\.\d+\.\d+ Weitere Daten, die bei Leistungen von Unterauftragsverarbeitern verarbeitet werden \(Ziffer 3\)$/m);
        expect(german).toContain('## 3 Unterauftragsverarbeiter\n');
        const english = textOf(await recordFiles('userlike.dpa', 'en'), 'userlike.record.en.md');
        expect(english).toMatch(/^#### 2\.\d+\.\d+ Further data processed in services of sub-processors \(Section 3\)$/m);
    });

    it('360dialog: the contact that cites the measures annex names it as an annex of the agreement', async () => {
        const files = await recordFiles('360dialog.dpa');
        expect(textOf(files, '360dialog.record.de.md')).toContain('(siehe Anlage 3 des Auftragsverarbeitungsvertrags)');
        expect(textOf(files, '360dialog.record.en.md')).toContain('(see Annex 3 of the data processing agreement)');
    });
});

describe('a contract section the file cites from a text the record prints', () => {
    it('is numbered as in the contract and named as a part of the agreement', async () => {
        const source = readText(examplePath('userlike.dpa')).replace(
            'this annex lists the categories that may be concerned."\n    note de',
            'this annex lists the categories that may be concerned. See {section scc}."\n    note de');
        expect(source).toContain('See {section scc}');
        const cited = await modelOfText(source.replace('diese Anlage nennt die in Betracht kommenden Kategorien."\n         en "Which data categories', 'siehe {section scc}."\n         en "Which data categories'));
        const sccNumber = (lang: 'de' | 'en') => buildContract(cited, lang).sections.find(section => section.key === 'scc')?.number;
        expect(sccNumber('en')).toMatch(/^\d+$/);
        const outputs = await generateOutputs(cited, 'cited', { format: 'record' });
        if (!Array.isArray(outputs)) throw new Error(outputs.problem);
        const english = outputs.find(output => output.fileName === 'cited.record.en.md')?.content;
        const german = outputs.find(output => output.fileName === 'cited.record.de.md')?.content;
        expect(english).toContain(`See Section ${String(sccNumber('en'))} of the data processing agreement.`);
        expect(german).toContain(`siehe Ziffer ${String(sccNumber('de'))} des Auftragsverarbeitungsvertrags.`);
    });
});
