import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode, Obligation } from '@dpa-as-code/model';
import {
    buildContract, buildEdition, clauseLibrary, renderHtml, renderMarkdownEdition,
    type Block, type ContractDocument, type ContractLayout, type Section
} from '@dpa-as-code/generators';
import { examplePath, modelOf, modelOfText } from '../helpers.js';
import { markdownText, parseHtml, type HtmlNode } from './read-outputs.js';

/**
 * The generated contract must be publishable as it stands (issue 8, items 1 and 3): each
 * clause in one voice, no sentence without a fact in the file behind it, no model
 * identifiers in the text. Checked on both seeds and the starter, in every language they
 * declare and in both layouts.
 */

const FILES = ['360dialog.dpa', 'userlike.dpa', 'starter.dpa'] as const;
const models = new Map<string, DpaModel>();

beforeAll(async () => {
    for (const file of FILES) models.set(file, await modelOf(examplePath(file)));
});

const model = (file: string) => models.get(file)!;

// ---------------------------------------------------------------- the contract tree

function blockTexts(blocks: Block[]): string[] {
    return blocks.flatMap(block => {
        switch (block.kind) {
            case 'paragraph': return [block.content.map(run => run.text).join('')];
            case 'list': return block.items.map(entry => entry.content.map(run => run.text).join(''));
            case 'table': return block.rows.flatMap(row => row.flatMap(cell => cell.lines.map(line => line.map(run => run.text).join(''))));
            case 'figure': return block.description.items.map(entry => entry.content.map(run => run.text).join(''));
            case 'section': return blockTexts(block.blocks);
        }
    });
}

function allSections(sections: Section[]): Section[] {
    return sections.flatMap(current => [current, ...allSections(current.blocks.filter((block): block is Section => block.kind === 'section'))]);
}

/** Each obligation of the file with the contract section that prints it (body obligations and SCC supplements). */
function clauseSections(source: DpaModel, contract: ContractDocument): Array<{ clause: Obligation; section: Section; where: string }> {
    const sections = allSections(contract.sections);
    const find = (key: string) => {
        const found = sections.find(current => current.key === key);
        if (!found) throw new Error(`no section ${key}`);
        return found;
    };
    return [
        ...source.obligations.map(clause => ({ clause, section: find(`obligation:${clause.kind}`), where: `obligation ${clause.kind}` })),
        ...(source.scc?.supplements ?? []).map((supplement, index) => ({
            clause: supplement.body, section: find(`scc:supplement:${index + 1}`), where: `SCC supplement ${index + 1} (${supplement.body.kind})`
        }))
    ];
}

/** The clause without any wording of the file's: what the library alone says for its flags. */
function withoutOwnWording(clause: Obligation): Obligation {
    const copy = structuredClone(clause) as Obligation;
    delete copy.text;
    delete copy.supplement;
    if (copy.kind === 'audits' && copy.inspections) delete copy.inspections.text;
    return copy;
}

/** The library's sentences for a clause's flags, in one language. */
function librarySentences(source: DpaModel, clause: Obligation, lang: LanguageCode): string[] {
    const bare: DpaModel = { ...source, obligations: [withoutOwnWording(clause)], scc: undefined };
    const contract = buildContract(bare, lang);
    const section = contract.sections.find(current => current.key === `obligation:${clause.kind}`)!;
    return blockTexts(section.blocks)
        .flatMap(text => text.split(/(?<=[.:])\s+(?=\p{Lu})/u))
        .filter(sentence => sentence !== clauseLibrary.obligations.noOwnProvision[lang]);
}

function ownWordings(clause: Obligation, lang: LanguageCode): string[] {
    const texts = [clause.text, clause.kind === 'audits' ? clause.inspections?.text : undefined]
        .map(text => text?.[lang] ?? text?.neutral)
        .filter((text): text is string => text !== undefined);
    return texts;
}

describe.each(FILES)('%s: one voice per clause', file => {
    const languages = () => model(file).languages;

    test('a clause with its own wording prints that wording once and none of the library sentences for its flags', () => {
        let checked = 0;
        for (const lang of languages()) {
            const source = model(file);
            for (const { clause, section, where } of clauseSections(source, buildContract(source, lang))) {
                const printed = blockTexts(section.blocks).join('\n');
                const own = ownWordings(clause, lang);
                for (const wording of own) {
                    // Typed references (`{annex measures}`) are resolved in the output: check the longest literal part.
                    const literal = wording.split(/\{[^}]*\}/).reduce((longest, part) => part.length > longest.length ? part : longest, '');
                    expect(printed.split(literal).length - 1, `${where} (${lang}) prints its wording once`).toBe(1);
                }
                if (clause.text === undefined) continue;
                checked++;
                for (const sentence of librarySentences(source, clause, lang)) {
                    if (own.some(wording => wording.includes(sentence))) continue;
                    expect(printed, `${where} (${lang}) repeats the library sentence “${sentence}”`).not.toContain(sentence);
                }
            }
        }
        // Every obligation in the seeds has its own wording; the starter has none (its clauses are checked below).
        if (file !== 'starter.dpa') expect(checked).toBeGreaterThan(3);
    });
});

// ---------------------------------------------------------------- rendered output, every language and layout

interface Rendering {
    name: string;
    lang: LanguageCode | 'de+en';
    text: string;
}

function renderings(file: string): Rendering[] {
    const source = model(file);
    const result: Rendering[] = [];
    const add = (languages: LanguageCode[], layout: ContractLayout) => {
        const edition = buildEdition(source, languages, layout);
        const name = `${file} ${languages.join('+')} ${layout}`;
        const lang = languages.length === 1 ? languages[0] : 'de+en';
        result.push({ name: `${name} markdown`, lang, text: markdownText(renderMarkdownEdition(edition)) });
        result.push({ name: `${name} html`, lang, text: htmlWords(parseHtml(renderHtml(edition))) });
    };
    for (const lang of source.languages) add([lang], 'sequential');
    if (source.languages.length === 2) add(['de', 'en'], 'side-by-side');
    return result;
}

/** The text of an HTML page with a space between elements, so table cells do not run together. */
function htmlWords(node: HtmlNode): string {
    if ('text' in node) return node.text;
    return node.tag === 'style' ? '' : node.children.map(htmlWords).join(' ');
}

/** A camelCase word as model keys are written (`cameraCount`, `onlyInLanguage`), outside URLs and e-mail addresses. */
function modelIdentifiers(text: string): string[] {
    const withoutAddresses = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ').replace(/\S+@\S+/g, ' ');
    return [...withoutAddresses.matchAll(/\b[a-z]+[A-Z][a-zA-Z]*\b/g)].map(match => match[0]);
}

/** Library sentences a file's own wording replaces: none of them may appear in a rendering in that language. */
function replacedSentences(source: DpaModel, lang: LanguageCode): string[] {
    const clauses = [...source.obligations, ...(source.scc?.supplements ?? []).map(supplement => supplement.body)];
    // A sentence another clause (without own wording) legitimately prints stays allowed.
    const printedElsewhere = new Set(clauses.filter(clause => clause.text === undefined).flatMap(clause => librarySentences(source, clause, lang)));
    return clauses.filter(clause => clause.text !== undefined).flatMap(clause => librarySentences(source, clause, lang)
        .filter(sentence => !printedElsewhere.has(sentence) && !ownWordings(clause, lang).some(wording => wording.includes(sentence))));
}

describe.each(FILES)('%s: one voice in every language and layout', file => {
    test('no rendering repeats a library sentence that a clause’s own wording replaces', () => {
        const source = model(file);
        for (const rendering of renderings(file)) {
            const languages = rendering.lang === 'de+en' ? (['de', 'en'] as const) : [rendering.lang];
            const flat = rendering.text.replace(/\s+/g, ' ');
            for (const lang of languages) {
                for (const sentence of replacedSentences(source, lang)) expect(flat, `${rendering.name}: “${sentence}”`).not.toContain(sentence);
            }
        }
        if (file !== 'starter.dpa') expect(replacedSentences(source, source.languages[0]!).length).toBeGreaterThan(5);
    });
});

describe.each(FILES)('%s: only agreed content', file => {
    test('no model identifier appears in any language or layout', () => {
        for (const rendering of renderings(file)) {
            expect(modelIdentifiers(rendering.text), rendering.name).toEqual([]);
        }
    });

    test('no editorial note and no fact key is printed', () => {
        for (const rendering of renderings(file)) {
            expect(rendering.text, rendering.name).not.toMatch(/nur in der englischen Fassung|laut Überschrift|in the heading:/);
            // Userlike's data-flow chart is missing from the seed's text: the contract must not say so in brackets.
            expect(rendering.text, rendering.name).not.toMatch(/im vorliegenden Text nicht enthalten|not contained in this text/);
            expect(rendering.text, rendering.name).not.toMatch(/\b(?:cameraCount|screenLockAfter|onlyInLanguage|minPasswordLength)\b/);
        }
    });
});

describe('seed facts', () => {
    test('360dialog EN states the breach notification duty exactly once', () => {
        for (const rendering of renderings('360dialog.dpa').filter(current => current.lang !== 'de')) {
            expect(rendering.text.split('personal data breach without undue delay').length - 1, rendering.name).toBe(1);
        }
    });

    test('360dialog: the typed audit facts say what the seed says', () => {
        const audits = model('360dialog.dpa').obligations.find(clause => clause.kind === 'audits');
        // Seed 4.3: a request "mit einer Frist von mindestens 30 Tagen" is no deadline "within 30 days".
        expect(audits).toMatchObject({ kind: 'audits', informationOnRequest: true });
        expect(audits?.kind === 'audits' && audits.informationWithin).toBeUndefined();
        // Seed 4.2: the inspection (not the choice of auditor) needs the processor's consent.
        expect(clauseLibrary.obligations.audits.processorConsent.en({ notUnreasonablyWithheld: true }))
            .toBe('An inspection requires the processor’s consent, which it may not unreasonably withhold.');
        for (const rendering of renderings('360dialog.dpa')) {
            expect(rendering.text, rendering.name).not.toContain('within 30 days of receiving the request');
            expect(rendering.text, rendering.name).not.toContain('choice of auditor');
        }
    });

    test('Userlike DE claims processing "ausschließlich" in the EEA only together with its exception', () => {
        const contract = buildContract(model('userlike.dpa'), 'de');
        let paragraphs = 0;
        for (const current of allSections([...contract.sections])) {
            const texts = blockTexts(current.blocks.filter(block => block.kind !== 'section'));
            const clauseText = texts.join(' ');
            for (const text of texts.filter(candidate => candidate.includes('ausschließlich in einem Vertragsstaat'))) {
                paragraphs++;
                expect(clauseText.slice(clauseText.indexOf(text)), current.key).toMatch(/außerhalb des EWR|Drittland/);
            }
        }
        // The supplement to clause 7.8 prints the seed's own wording: processing outside the EEA on conditions.
        const transfers = blockTexts(allSections(contract.sections).find(current => current.key === 'scc:supplement:3')!.blocks).join(' ');
        expect(transfers).toContain('auch außerhalb des EWR verarbeiten');
        expect(transfers).not.toContain('ausschließlich');
        expect(paragraphs).toBe(0);
        for (const rendering of renderings('userlike.dpa').filter(current => current.lang !== 'en')) {
            expect(rendering.text, rendering.name).not.toContain('ausschließlich in einem Vertragsstaat');
        }
    });

    test('Userlike: BunnyWay is not shown as "no third-country transfer" (the seed states no basis)', () => {
        const bunnyWay = model('userlike.dpa').subProcessors.find(entry => entry.id === 'BunnyWay')!;
        expect(bunnyWay.services.map(service => service.transfer)).toEqual([undefined]);
        for (const lang of ['de', 'en'] as const) {
            const annex = buildContract(model('userlike.dpa'), lang).annexes.find(current => current.key === 'annex:sub-processors')!;
            const subProcessorTable = annex.blocks.find(block => block.kind === 'table')!;
            if (subProcessorTable.kind !== 'table') throw new Error('no sub-processor table');
            const cellText = (cell: { lines: Array<Array<{ text: string }>> }) => cell.lines.map(line => line.map(run => run.text).join('')).join(' ');
            const transferColumn = subProcessorTable.header.map(cellText).indexOf(clauseLibrary.subProcessorAnnex.columns.transfer[lang]);
            expect(transferColumn, lang).toBeGreaterThan(0);
            const row = subProcessorTable.rows.find(cells => cellText(cells[0]).startsWith('BunnyWay'))!;
            expect(row.map(cellText).join(' | '), lang).not.toMatch(/keine Drittlandübermittlung|no third-country transfer/);
            expect(cellText(row[transferColumn]), lang).toBe(clauseLibrary.document.notStated[lang]);
            const hetznerRow = subProcessorTable.rows.find(cells => cellText(cells[0]).startsWith('Hetzner'))!;
            expect(cellText(hetznerRow[transferColumn]), lang).toBe(clauseLibrary.subProcessorAnnex.transfers.none[lang]());
        }
        // Hetzner's "–" next to a German server location stays `transfer none`.
        const hetzner = model('userlike.dpa').subProcessors.find(entry => entry.id === 'Hetzner')!;
        expect(hetzner.services[0].transfer).toEqual({ kind: 'none' });
    });

    test('facts inside measures stay in the model, not in the text (no English inside German)', () => {
        const measures = model('360dialog.dpa').measures!;
        const facts = JSON.stringify(measures);
        expect(facts).toContain('"minPasswordLength"');
        expect(facts).toContain('"RAID5 or RAID6"');
        for (const rendering of renderings('360dialog.dpa').filter(current => current.lang === 'de')) {
            expect(rendering.text, rendering.name).not.toMatch(/\b8 characters\b|RAID5 or RAID6|30 or 90 days/);
        }
    });
});

// ---------------------------------------------------------------- the lawyer's review (docs/contract-review.md)

describe.each(FILES)('%s: form and references a lawyer checks', file => {
    test('no annex refers to itself by its own number', () => {
        for (const lang of model(file).languages) {
            for (const annex of buildContract(model(file), lang).annexes) {
                const own = new RegExp(`\\b${annex.label}\\b(?!\\d)`);
                for (const text of blockTexts(annex.blocks)) expect(text, `${annex.label} (${lang})`).not.toMatch(own);
            }
        }
    });

    test('no text follows a subsection inside its section (it would read as part of the subsection)', () => {
        for (const lang of model(file).languages) {
            const contract = buildContract(model(file), lang);
            for (const current of allSections([...contract.sections, ...contract.annexes.flatMap(annex => annex.blocks.filter((block): block is Section => block.kind === 'section'))])) {
                const firstSubsection = current.blocks.findIndex(block => block.kind === 'section');
                if (firstSubsection < 0) continue;
                const after = current.blocks.slice(firstSubsection).filter(block => block.kind !== 'section');
                expect(blockTexts(after), `${current.key} (${lang})`).toEqual([]);
            }
        }
    });

    test('citations use the official notation (Art. 28 Abs. 3 lit. a DSGVO / Art. 28(3)(a) GDPR)', () => {
        for (const rendering of renderings(file)) {
            // German Roman-numeral paragraphs ("Art. 28 III 2"), "lit. a)" with a bracket, English "sentence 2 point (a)".
            expect(rendering.text, rendering.name).not.toMatch(/Art\. \d+ [IVX]+\b|lit\. [a-z]\)|sentence \d point|Art\. \d+ \(\d+\) lit|Art\. 4 No\./);
            expect(rendering.text, rendering.name).not.toMatch(/Art\. \d+ - \d+/);
        }
    });

    test('the processor, its sub-processors and the main contract each have one name', () => {
        for (const rendering of renderings(file)) {
            expect(rendering.text, rendering.name).not.toMatch(/Unterauftragnehmer|[Ss]ubcontractor|„Hauptvertrag“ \(im Folgenden „Hauptvertrag“\)|\(the “main contract”\)/);
            if (file === '360dialog.dpa') expect(rendering.text, rendering.name).not.toMatch(/Auftragnehmer|[Cc]ontractor\b/);
        }
    });

    test('a sub-processor’s data and notes read cleanly (no label twice, no “.;”)', () => {
        for (const rendering of renderings(file)) {
            expect(rendering.text, rendering.name).not.toContain('.;');
            expect(rendering.text, rendering.name).not.toMatch(/(Email-Adresse|E-mail address), \1\b(?! \()/);
        }
    });

    test('English text has no German prose and British spelling; German text no English words', () => {
        for (const rendering of renderings(file)) {
            if (rendering.lang !== 'de') {
                const english = rendering.lang === 'en' ? rendering.text : rendering.text.slice(rendering.text.indexOf('\n# ', 1));
                expect(english, rendering.name).not.toMatch(/in Verbindung mit|i\.V\.m\.|organizational|unauthorized|personalized|authorizations|parameterization/);
            }
            if (rendering.lang === 'de') {
                expect(rendering.text, rendering.name).not.toMatch(/IT-Security|IT Security|Ubiquity Cameras|Public Private Keys|Ihre Netzwerkumgebung|for your network/);
            }
        }
    });
});

describe('the review’s findings stay fixed', () => {
    const text = (file: string, lang: LanguageCode) => renderings(file).find(rendering => rendering.lang === lang && rendering.name.endsWith('sequential markdown'))!.text;

    test('360dialog: the main contract is defined once, under one name', () => {
        const de = text('360dialog.dpa', 'de');
        expect(de).toContain('Er ergänzt den zwischen den Parteien geschlossenen Hauptvertrag. Dieser Vertrag ist dem Hauptvertrag als „Anhang 1“ beigefügt.');
        const en = text('360dialog.dpa', 'en');
        expect(en).toContain('It supplements the main contract between the parties (the “Main Agreement”). This agreement is attached to the Main Agreement as “Annex 1”.');
        expect(en).toContain('This agreement takes effect once the parties have signed both the Main Agreement and this agreement.');
        expect(en).toContain('The processing lasts as long as the Main Agreement.');
        expect(en).not.toContain('main contract”');
        expect(text('starter.dpa', 'en')).toContain('It supplements the main contract between the parties (the “Support Chat Services Agreement”).');
        expect(text('userlike.dpa', 'de')).toContain('Er ergänzt den zwischen den Parteien geschlossenen Vertrag „Hauptvertrag/AGB“ (im Folgenden „Hauptvertrag“).');
    });

    test('360dialog: references name the contract’s own parts, not the seed’s numbering', () => {
        for (const lang of ['de', 'en'] as const) {
            const printed = text('360dialog.dpa', lang);
            expect(printed).not.toContain('TOM 5.2');
            expect(printed).not.toMatch(/Tabelle der Aufbewahrungsfristen|table of retention periods/);
        }
        expect(text('360dialog.dpa', 'de')).toContain('diese werden mindestens monatlich bearbeitet (siehe Anlage 3).');
        expect(text('360dialog.dpa', 'de')).toContain('typische Fristen nennt Anlage 4.');
        expect(text('360dialog.dpa', 'en')).toContain('typical periods are listed in Annex 4.');
        expect(text('360dialog.dpa', 'de')).toContain('(Art. 28 Abs. 3 Unterabs. 2 DSGVO)');
        expect(text('360dialog.dpa', 'en')).toContain('(Art. 28(3) GDPR, second subparagraph)');
        // The library cites the same provision from the catalogue, in the same notation.
        expect(text('starter.dpa', 'en')).toContain('it informs the controller immediately (Art. 28(3) GDPR, second subparagraph).');
        expect(text('starter.dpa', 'en')).toContain('If the controller objects, it is entitled to terminate this agreement.');
    });

    test('360dialog: a role name that is the official term is not defined as itself', () => {
        const de = text('360dialog.dpa', 'de');
        expect(de).toContain('- Rolle: Auftragsverarbeiter im Sinne von Art. 4 Nr. 8 DSGVO\n');
        expect(de).not.toContain('bezeichnet als „Auftragsverarbeiter“');
        expect(de).toContain('- Rolle: Verantwortlicher im Sinne von Art. 4 Nr. 7 DSGVO, bezeichnet als „Auftraggeber“\n');
        // English capitalises the defined term, so it is a name of its own.
        expect(text('360dialog.dpa', 'en')).toContain('- Role: processor within the meaning of Art. 4(8) GDPR, referred to as “Processor”\n');
    });

    test('360dialog DE: the control objectives carry their German names', () => {
        const de = text('360dialog.dpa', 'de');
        expect(de).toContain('#### 1.1 Zutrittskontrolle\n');
        expect(de).toContain('#### 1.2 Zugangskontrolle\n');
        expect(de).toContain('##### 4.4.1 Ausübung des Widerspruchsrechts\n');
        expect(de).not.toMatch(/Physische Zugangskontrolle|Widerrufsrechts/);
        expect(de).toContain('Bei der Durchführung des Hauptvertrags kann der Auftraggeber dem Auftragsverarbeiter personenbezogene Daten übermitteln');
        // In the Markdown source itself: a lone `&` is not written as an entity.
        const source = renderMarkdownEdition(buildEdition(model('360dialog.dpa'), ['de'], 'sequential'));
        expect(source).toContain('| Intercom R&D Unlimited Company |');
        expect(source).not.toContain('&amp;');
    });

    test('360dialog EN: the retention table cites German statutes without German prose', () => {
        const en = text('360dialog.dpa', 'en');
        expect(en).toContain('| Travel expense reimbursement | 6 years | § 41 Abs. 1 EStG\nR 38 LStR |');
    });

    test('Userlike: duration stated once, the 7.7(a) option points at its supplement', () => {
        const de = text('userlike.dpa', 'de');
        expect(de).toContain('Die Verarbeitung dauert so lange wie der Hauptvertrag. Mit der Beendigung des Hauptvertrags endet auch dieser Vertrag. Dieser Vertrag kann nicht gesondert gekündigt werden.');
        expect(de.split('endet auch dieser Vertrag').length - 1).toBe(1);
        const en = text('userlike.dpa', 'en');
        expect(en.split('ends when the principal contract/Terms and conditions ends').length - 1).toBe(1);
        expect(en).toContain('| 7.7(a) | Option 2 | general written authorisation of sub-processors | 30 days | Section 2.2.2 |');
    });

    test('Userlike: sub-processor cells, grammar and terms', () => {
        const de = text('userlike.dpa', 'de');
        expect(de).toContain('3. Email-Adresse (Endnutzer), Email-Adresse (Operatoren des Auftraggebers), Nutzergenerierter Inhalt');
        expect(de).toContain('Immanent, sobald das KI-Software-Angebot genutzt wird. Der Algorithmus entfernt');
        expect(de).toContain('SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)');
        expect(de).toContain('Mediale Dateien, die der Kontakt während des Chats mit dem Operator teilt');
        expect(de).toContain('7.1 Beschreibung des Logging- und Monitoringsystems zur Überwachung der Zugriffe');
        expect(de).toContain('Trennung von Entwicklungs-, Test- und Produktivsystemen');
        expect(de).toContain('### 12 Einsatz von Unterauftragsverarbeitern');
        expect(de).toContain('die Voraussetzungen der Art. 44 bis 48 DSGVO erfüllt sind');
        expect(de).toContain('Ein Diagramm zeigt den groben Datenfluss.');
        const en = text('userlike.dpa', 'en');
        expect(en).toContain('EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)');
        expect(en).toContain('## Annex 3: Technical and organisational measures in accordance with Art. 32 GDPR');
        expect(en).toContain('### 12 Use of sub-processors');
    });
});

describe('a clause with neither wording nor flags', () => {
    const agreement = (clause: string) => `agreement Empty {\n    languages de, en\n}\nobligations {\n    ${clause}\n}\n`;

    test('an empty security clause makes no Art. 32 claim', async () => {
        const source = await modelOfText(agreement('security { }'));
        for (const lang of ['de', 'en'] as const) {
            const body = blockTexts(buildContract(source, lang).sections.find(current => current.key === 'obligation:security')!.blocks);
            expect(body).toEqual([clauseLibrary.obligations.noOwnProvision[lang]]);
            expect(body.join(' ')).not.toMatch(/Art\. 32|Maßnahmen|measures/);
        }
    });

    test('with `measures annexed`, the security clause states the annexed measures', async () => {
        const source = await modelOfText(`${agreement('security { measures annexed }')}measures {\n    group access de "Zugang" en "Access" { measure de "Schlüssel" en "Keys" }\n}\n`);
        const body = blockTexts(buildContract(source, 'en').sections.find(current => current.key === 'obligation:security')!.blocks);
        expect(body).toEqual(['The processor takes the technical and organisational measures described in Annex 1.']);
    });
});

describe('a data protection officer without details', () => {
    test('is stated as appointed, not printed as a bare label', async () => {
        const source = await modelOfText('agreement Dpo {\n    languages de, en\n}\nparty vendor processor {\n    name "Vendor GmbH"\n    dpo { changes notified }\n}\n');
        expect(markdownText(renderMarkdownEdition(buildEdition(source, ['en'])))).toContain('Data protection officer: appointed');
        expect(markdownText(renderMarkdownEdition(buildEdition(source, ['de'])))).toContain('Datenschutzbeauftragter: bestellt');
    });
});

describe('the heading of the compliance-assistance clause', () => {
    const agreement = (clause: string) => `agreement Assist {\n    languages de, en\n}\nobligations {\n    compliance-assistance { ${clause} }\n}\n`;
    const heading = async (clause: string, lang: 'de' | 'en') =>
        buildContract(await modelOfText(agreement(clause)), lang).sections.find(current => current.key === 'obligation:compliance-assistance')!.heading.map(run => run.text).join('');

    test('names Arts. 32 to 36 when the clause covers only them', async () => {
        expect(await heading('articles art32, art35', 'en')).toBe('Assistance with the obligations under Articles 32 to 36 GDPR (Art. 28(3)(f) GDPR)');
    });

    test('is broader when the clause also covers the record of processing activities (Art. 30)', async () => {
        expect(await heading('articles art30, art35', 'en')).toBe("Assistance with the controller's compliance (Art. 28(3)(f) GDPR)");
        expect(await heading('articles art30, art35', 'de')).toBe('Unterstützung des Verantwortlichen bei der Einhaltung seiner Pflichten (Art. 28 Abs. 3 lit. f DSGVO)');
    });
});
