import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { escapeMarkdown, generateMarkdown, MissingTranslationError } from '@dpa-as-code/generators';
import { examplePath, fixturePath, modelOf, modelOfText } from '../helpers.js';
import { containsWords, escapeRegExp, libraryFragments } from './library-fragments.js';

const LANGUAGES: LanguageCode[] = ['de', 'en'];

describe('Markdown of all-constructs.dpa', () => {
    const markdown: Partial<Record<LanguageCode, string>> = {};
    let model: DpaModel;
    beforeAll(async () => {
        model = await modelOf(fixturePath('all-constructs.dpa'));
        for (const lang of LANGUAGES) markdown[lang] = generateMarkdown(model, lang);
    });

    test('title block: title, version with date, binding language', () => {
        expect(markdown.de!.startsWith('# Vertrag\n\nVersion 2024-03 vom 1. März 2024\n\nVerbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.\n\n## Vertragsparteien\n')).toBe(true);
        expect(markdown.en!.startsWith('# Agreement\n\nVersion 2024-03 of 1 March 2024\n\nThis English version is binding. The German version is for information only.\n\n## Parties\n')).toBe(true);
    });

    test('numbered headings for the sections, their sub-sections and the annexes', () => {
        const numberedHeadings = markdown.de!.split('\n').filter(line => /^#{2,4} (\d|Anlage \d)/.test(line));
        expect(numberedHeadings).toEqual([
            '## 1 Gegenstand',
            '## 2 Weisungsgebundenheit (Art. 28 Abs. 3 lit. a DSGVO)',
            '## 3 Unterauftragsverarbeiter (Art. 28 Abs. 2, Abs. 3 lit. d und Abs. 4 DSGVO)',
            '## 4 Meldung von Verletzungen des Schutzes personenbezogener Daten (Art. 33 Abs. 2 DSGVO)',
            '## 5 Löschung und Rückgabe nach Ende der Verarbeitung (Art. 28 Abs. 3 lit. g DSGVO)',
            '## 6 Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO)',
            '## 7 Ort der Verarbeitung (Kapitel V DSGVO)',
            '## 8 Standardvertragsklauseln der Europäischen Kommission',
            '### 8.1 Gewählte Optionen',
            '### 8.2 Ergänzungen zu den Standardvertragsklauseln',
            '#### 8.2.1 Ergänzung zu Klausel 7.6: Dokumentation',
            '#### 8.2.2 Allgemeine Ergänzung: Umfang',
            '## Anlage 1: Einzelheiten der Verarbeitung',
            '## Anlage 2: Unterauftragsverarbeiter',
            '## Anlage 3: Technische und organisatorische Maßnahmen',
            '### 2 Vertraulichkeit',
            '#### 2.1 Zugangskontrolle',
            '## Anlage 4: Aufbewahrungsfristen',
            '## Anlage 5: Partner und Schnittstellen'
        ]);
        expect(markdown.en).toContain('\n## 6 Information and audits (Art. 28(3)(h) GDPR)\n');
        expect(markdown.en).toContain('\n#### 8.2.1 Supplement to Clause 7.6: Documentation\n');
        expect(markdown.en).toContain('\n## Annex 2: Sub-processors\n');
    });

    test('parties with role name, address, country name, contacts and DPO', () => {
        expect(markdown.de).toContain([
            '### Vendor GmbH',
            '',
            // The role name only repeats the official term, so it is not defined as itself.
            '- *Rolle:* Auftragsverarbeiter im Sinne von Art. 4 Nr. 8 DSGVO',
            '- *Anschrift:* Torstraße 61, 10119 Berlin, Deutschland',
            '- *Kontakte:*',
            '  - *Support:* E-Mail support@x.com, Telefon +49 30',
            '- *Datenschutzbeauftragter:* René, ER, In der Knackenau 4, 82031 Grünwald, Deutschland, Telefon +49, E-Mail a@b.de (externer Datenschutzbeauftragter)',
            '',
            'Der Auftragsverarbeiter teilt dem Verantwortlichen einen Wechsel des Datenschutzbeauftragten mit.'
        ].join('\n'));
        expect(markdown.en).toContain('- *Address:* Torstrasse 61, 10119 Berlin, Germany\n');
    });

    test('periods in each language, including the German dative', () => {
        expect(markdown.de).toContain('Der Auftragsverarbeiter informiert den Verantwortlichen mindestens 30 Tage im Voraus auf elektronischem Weg über jede beabsichtigte Änderung');
        expect(markdown.en).toContain('The processor informs the controller by electronic means at least 30 days in advance of any intended change');
        expect(markdown.de).toContain('In dringenden Fällen genügt eine Mitteilung 5 Tage im Voraus.');
        expect(markdown.de).toContain('innerhalb von 14 Werktagen nach Zugang der Mitteilung aus wichtigem Grund Einspruch gegen die Änderung erheben.');
        expect(markdown.en).toContain('The controller may object to the change for good cause within 14 working days of receiving the notice.');
        expect(markdown.de).toContain('unverzüglich, spätestens jedoch 24 Stunden, nachdem sie ihm bekannt geworden ist.');
        expect(markdown.en).toContain('without undue delay and no later than 24 hours after becoming aware of it.');
    });

    test('SCC incorporation: decision, chosen options with periods, supplements', () => {
        expect(markdown.de).toContain('mit dem Durchführungsbeschluss (EU) 2021/915 vom 4. Juni 2021 erlassen hat. Ihr Wortlaut wird in diesem Dokument nicht wiedergegeben;');
        expect(markdown.en).toContain('adopted by the European Commission in Implementing Decision (EU) 2021/915 of 4 June 2021, apply to the processing.');
        expect(markdown.de).toContain([
            '| Klausel | Option | Inhalt | Frist | Verweis |',
            '| --- | --- | --- | --- | --- |',
            '| 1 | Option 1 | Art. 28 Abs. 3 und 4 DSGVO | – | – |',
            '| 7.7(a) | Option 2 | allgemeine schriftliche Genehmigung von Unterauftragsverarbeitern | 30 Tage | Anlage 5 |',
            '| 8(c)(4) | Option 1 | Art. 32 DSGVO | – | – |',
            '| 9.1(b) | Option 1 | Art. 33 Abs. 3 DSGVO | – | – |'
        ].join('\n'));
        expect(markdown.en).toContain('| 7.7(a) | Option 2 | general written authorisation of sub-processors | 30 days | Annex 5 |');
        // The file gives only a German URL: the English contract names its language.
        // An autolink: Markdown renderers link the whole address, `&` and all.
        expect(markdown.de).toContain('\nFundstelle: <https://eur-lex>\n');
        expect(markdown.en).toContain('\nGerman version published at: <https://eur-lex>\n');
        expect(markdown.de).toContain('- Inspektionen finden während der üblichen Geschäftszeiten statt (Mo-Fr).');
        expect(markdown.en).toContain('The processor may anonymise the personal data for the following purposes: y. The processor informs the controller in text form before the first anonymisation.');
    });

    test('processing annex: duration, subjects with what they cover, categories with special flag', () => {
        expect(markdown.de).toContain('Die Verarbeitung dauert so lange wie der Hauptvertrag. Mit der Beendigung des Hauptvertrags endet auch dieser Vertrag. Dieser Vertrag kann nicht gesondert gekündigt werden.');
        expect(markdown.de).toContain('- Endnutzer (umfasst Kunden)\n- Kunden\n');
        expect(markdown.en).toContain('- End users (comprises Customers)\n- Customers\n');
        expect(markdown.de).toContain('| Browser | Endnutzer | besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)<br>n |');
        expect(markdown.en).toContain('| E-mail | End users | not processed in every case |');
    });

    test('sub-processor annex: one row, services in the same row, aligned per column', () => {
        expect(markdown.de).toContain('| Amazon Web Services EMEA SARL | 38 Avenue John F. Kennedy, L-1855 Luxembourg, Luxemburg | 1. Hosting<br>2. CDN | 1. E-Mail, Browser<br>2. alle Datenkategorien | 1. Bestandteil des Dienstes<br>2. – | 1. Deutschland, Irland<br>2. abhängig von der gewählten Region | 1. Standardvertragsklauseln nach Durchführungsbeschluss (EU) 2021/914, Modul 3 (Art. 46 Abs. 2 lit. c DSGVO)<br>2. keine Drittlandübermittlung | WABA |');
        expect(markdown.en).toContain('| Amazon Web Services EMEA SARL | 38 Avenue John F. Kennedy, L-1855 Luxembourg, Luxembourg | 1. Hosting<br>2. CDN | 1. E-mail, Browser<br>2. all data categories | 1. part of the service<br>2. – | 1. Germany, Ireland<br>2. depends on the region selected | 1. standard contractual clauses under Implementing Decision (EU) 2021/914, Module 3 (Art. 46(2)(c) GDPR)<br>2. no third-country transfer | WABA |');
        const rows = markdown.de!.split('\n').filter(line => line.startsWith('| Amazon Web Services'));
        expect(rows).toHaveLength(1);
    });

    test('TOMs keep the file’s numbers and order; facts stay in the model, not in the text', () => {
        expect(markdown.de).toContain([
            '#### 2.1 Zugangskontrolle',
            '',
            '*Kontrollbereich:* Zugangskontrolle',
            '',
            '*Ziel:* x',
            '',
            'd',
            '',
            '- 2.1.1 SSH'
        ].join('\n'));
        expect(markdown.en).toContain('*Control area:* system access control');
        for (const lang of LANGUAGES) expect(markdown[lang]).not.toMatch(/keyLength|logs:|cipher:|2048 bit/);
        expect(JSON.stringify(model.measures)).toContain('"name":"keyLength","value":{"kind":"quantity","amount":2048,"unit":"bit"}');
        expect(markdown.de).toContain('\nFassung 2.2\n');
    });

    test('retention table and partners table', () => {
        expect(markdown.de).toContain('| Lohnkonto | 6 Jahre | § 41 Abs. 1 EStG |');
        expect(markdown.en).toContain('| Payroll | 6 years | § 41 Abs. 1 EStG |');
        expect(markdown.de).toContain('| Bewerbung | bis | § 15 Abs. 4 AGG<br>§ 61 Abs. 1 ArbGG |');
        expect(markdown.de).toContain('| WhatsApp Ireland Limited | 4 Grand Canal Square, Irland | <https://x> | Amazon Web Services EMEA SARL (siehe Anlage 2) |');
        expect(markdown.en).toContain('| WhatsApp Ireland Limited | 4 Grand Canal Square, Ireland | <https://x> | Amazon Web Services EMEA SARL (see Annex 2) |');
    });

    test('deterministic, one final newline, no leaked placeholders', () => {
        for (const lang of LANGUAGES) {
            const again = generateMarkdown(model, lang);
            expect(again).toBe(markdown[lang]);
            expect(again.endsWith('\n')).toBe(true);
            expect(again.endsWith('\n\n')).toBe(false);
            expect(again).not.toMatch(/undefined|\[object Object\]|NaN/);
        }
    });
});

describe('no library text of the other language', () => {
    const sources = [fixturePath('all-constructs.dpa'), examplePath('userlike.dpa'), examplePath('360dialog.dpa')].filter(existsSync);

    test.each(sources)('%s', async file => {
        const model = await modelOf(file);
        for (const lang of LANGUAGES.filter(language => model.languages.includes(language))) {
            const output = generateMarkdown(model, lang);
            const otherLanguage: LanguageCode = lang === 'de' ? 'en' : 'de';
            const foreign = libraryFragments(otherLanguage);
            expect(foreign.length).toBeGreaterThan(200);
            for (const { path, fragment } of foreign) {
                expect(containsWords(output, fragment), `${lang} output contains ${otherLanguage} text of ${path}: "${fragment}"`).toBe(false);
            }
            // Positive control: the output is made of this language's library texts.
            const own = libraryFragments(lang).filter(({ fragment }) => containsWords(output, fragment));
            expect(own.length).toBeGreaterThan(25);
        }
    });
});

describe('escaping of the file’s texts', () => {
    const markdown: Partial<Record<LanguageCode, string>> = {};
    beforeAll(async () => {
        const model = await modelOf(fixturePath('injection.dpa'));
        for (const lang of LANGUAGES) markdown[lang] = generateMarkdown(model, lang);
    });

    test('HTML, Markdown emphasis, links, code, headings and entities print literally', () => {
        const de = markdown.de!;
        // A lone `&` prints as it is (CommonMark shows it literally); one that would start an entity is escaped.
        expect(de.startsWith('# Vertrag \\*fett\\* & \\<b\\>Co\\</b\\>\n')).toBe(true);
        expect(de).toContain('\n### Foo \\| \\<script\\>alert(1)\\</script\\>\n');
        // The brackets print literally; the address itself becomes an autolink, not the author's link.
        expect(de).toContain('\n- \\_x\\_ \\[link\\](<https://evil.example>) \\`code\\`\n');
        expect(de).toContain('\n1\\. kein Listenpunkt &amp;amp; kein Entity\n');
        // The only raw HTML is the line break the renderer writes itself; the only other `<` opens an autolink.
        for (const lang of LANGUAGES) expect(markdown[lang]).not.toMatch(/(?<!\\)<(?!br>|https?:\/\/[^\s<>]*>)/);
        expect(de).toContain('\\<img src=x onerror=alert(1)\\>');
    });

    test('line breaks stay inside their paragraph, list item or cell', () => {
        expect(markdown.de).toContain('\n- *Anschrift:* Zeile 1<br>\\# Zeile 2, Deutschland\n');
        expect(markdown.en).toContain('\n- \\- not a list item<br>---\n');
    });

    test('table cells escape the pipe, the backslash and strikethrough', () => {
        expect(markdown.de).toContain('| Evil \\| Corp \\<img src=x onerror=alert(1)\\> | Rue \\<U+202E\\>evil 1, Frankreich | Hosting & CDN \\| Cache | E-Mail \\*wichtig\\* | – | Frankreich | keine Drittlandübermittlung | – |');
        expect(markdown.en).toContain('| Logs \\\\ path | 30 days | \\~\\~§ 1\\~\\~ \\| Abs. 2 |');
        expect(markdown.en).toContain('| Email \\*important\\* | Users \\| customers | – |');
    });

    test('a right-to-left override is shown, never passed through', () => {
        for (const lang of LANGUAGES) {
            expect(markdown[lang]).not.toContain('\u202E');
            expect(markdown[lang]).toContain('Rue \\<U+202E\\>evil 1');
        }
    });

    test('every table row has as many cells as its header', () => {
        for (const lang of LANGUAGES) {
            const lines = markdown[lang]!.split('\n');
            lines.forEach((line, index) => {
                if (!line.startsWith('| ') || lines[index - 1]?.startsWith('|')) return;
                const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
                for (let next = index + 1; lines[next]?.startsWith('|'); next++) expect(cells(lines[next]), lines[next]).toBe(cells(line));
            });
        }
    });

    test('escapeMarkdown handles every special once', () => {
        expect(escapeMarkdown('a\\b*c_d[e]f<g>h#i`j|k~l$m&n\r\no\tp')).toBe('a\\\\b\\*c\\_d\\[e\\]f\\<g\\>h\\#i\\`j\\|k\\~l\\$m&n<br>o p');
        // Only an `&` that would start an entity is escaped: "R&D" stays readable in the Markdown source.
        expect(escapeMarkdown('Intercom R&D; &amp; &#38; &#x26;')).toBe('Intercom R&D; &amp;amp; &amp;\\#38; &amp;\\#x26;');
    });
});

describe('missing translations', () => {
    test('name the construct and its line', async () => {
        const model = await modelOfText([
            'agreement T {',
            '    languages de, en',
            '}',
            'sub-processor Host {',
            '    name "Host GmbH"',
            '    service de "Betrieb" { located DE }',
            '}'
        ].join('\n'));
        expect(generateMarkdown(model, 'de')).toContain('| Host GmbH | – | Betrieb | – | – | Deutschland | – | – |');
        let error: unknown;
        try {
            generateMarkdown(model, 'en');
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(MissingTranslationError);
        const missing = error as MissingTranslationError;
        expect(missing.construct).toBe("sub-processor 'Host' service 1 purpose");
        expect(missing.language).toBe('en');
        expect(missing.line).toBe(6);
        expect(missing.message).toBe('sub-processor \'Host\' service 1 purpose has no English text (add en "…"; line 6)');
    });

    test('in the agreement header, with the agreement’s line', async () => {
        const model = await modelOfText('\nagreement T {\n    title de "Vertrag"\n    languages de, en\n}\n');
        expect(() => generateMarkdown(model, 'en')).toThrowError(/^agreement title has no English text \(add en "…"; line 2\)$/);
        expect(generateMarkdown(model, 'de')).toBe('# Vertrag\n\n## 1 Gegenstand\n\nDieser Vertrag legt die Pflichten der Parteien für die Verarbeitung personenbezogener Daten durch den Auftragsverarbeiter im Auftrag des Verantwortlichen fest (Art. 28 Abs. 3 DSGVO; DSGVO: Datenschutz-Grundverordnung, Verordnung (EU) 2016/679).\n');
    });
});

describe('examples', () => {
    const examples = ['userlike.dpa', '360dialog.dpa'].map(examplePath).filter(existsSync);

    test.each(examples)('%s: a table row for every sub-processor in each language', async file => {
        const model = await modelOf(file);
        expect(model.subProcessors.length).toBeGreaterThan(0);
        for (const lang of model.languages) {
            const rows = annexOf(generateMarkdown(model, lang), lang === 'de' ? 'Unterauftragsverarbeiter' : 'Sub-processors')
                .filter(line => line.startsWith('| '));
            // Header, separator, then one row per sub-processor.
            expect(rows).toHaveLength(model.subProcessors.length + 2);
            for (const subProcessor of model.subProcessors) {
                const name = escapeMarkdown(subProcessor.legalName ?? subProcessor.id);
                expect(rows.filter(row => row.startsWith(`| ${name} |`)), `${lang}: ${name}`).toHaveLength(1);
            }
        }
    });

    test.runIf(existsSync(examplePath('userlike.dpa')))('userlike.dpa: SCC options and 30-day notice in both languages', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const de = generateMarkdown(model, 'de');
        const en = generateMarkdown(model, 'en');
        for (const option of model.scc?.options ?? []) {
            expect(de).toMatch(new RegExp(`\\n\\| ${escapeRegExp(option.clause)} \\| Option ${option.option} \\|`));
            expect(en).toMatch(new RegExp(`\\n\\| ${escapeRegExp(option.clause)} \\| Option ${option.option} \\|`));
        }
        expect(de).toContain('| 7.7(a) | Option 2 | allgemeine schriftliche Genehmigung von Unterauftragsverarbeitern | 30 Tage |');
        expect(en).toContain('| 7.7(a) | Option 2 | general written authorisation of sub-processors | 30 days |');
        // The supplement to 7.7(a) prints the file's wording (one voice), which states the 30 days' notice.
        expect(de).toContain('Userlike informiert den Auftraggeber 30 Tage im Voraus auf elektronischem Weg');
        expect(en).toContain('Userlike informs the controller by electronic means 30 days in advance');
    });

    test.runIf(existsSync(examplePath('360dialog.dpa')))('360dialog.dpa: 30-day inspection notice and the English version binds', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const de = generateMarkdown(model, 'de');
        const en = generateMarkdown(model, 'en');
        // The inspections print the file's wording (one voice), not the library sentence for `notice 30 days`.
        expect(de).toContain('Auf schriftlichen Antrag mit mindestens 30 Tagen Vorlauf darf der Auftraggeber');
        expect(en).toContain("On written request and with at least 30 days' notice, the controller may inspect");
        expect(de).not.toContain('Der Verantwortliche kündigt eine Inspektion mindestens 30 Tage im Voraus an.');
        expect(en).not.toContain('The controller announces an inspection at least 30 days in advance.');
        expect(de).toContain('Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.');
        expect(en).toContain('This English version is binding. The German version is for information only.');
    });
});

/** The lines of the annex with this heading, up to the next annex. */
function annexOf(markdown: string, heading: string): string[] {
    const lines = markdown.split('\n');
    const start = lines.findIndex(line => /^## (Anlage|Annex) \d+: /.test(line) && line.endsWith(`: ${heading}`));
    if (start < 0) throw new Error(`no annex "${heading}"`);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    return lines.slice(start, end < 0 ? undefined : end);
}
