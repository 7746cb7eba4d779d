import { describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode, ObligationKind } from '@dpa-as-code/model';
import {
    buildContract, clauseLibrary, countryName, formatDate, formatList, formatPeriod, obligationHeading,
    type Block, type ContractDocument, type Section
} from '@dpa-as-code/generators';
import { fixturePath, modelOf, modelOfText } from '../helpers.js';

/** All text of a block tree, one line per paragraph, list item or table cell line. */
function plainText(blocks: Block[]): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'paragraph': return block.content.map(run => run.text).join('');
            case 'list': return block.items.map(entry => entry.content.map(run => run.text).join('') + (entry.children ? '\n' + plainText([entry.children]) : '')).join('\n');
            case 'table': return [block.header, ...block.rows].map(row => row.map(cell => cell.lines.map(line => line.map(run => run.text).join('')).join('\n')).join('\n')).join('\n');
            case 'figure': return plainText([block.description]);
            case 'section': return `${block.heading.map(run => run.text).join('')}\n${plainText(block.blocks)}`;
        }
    }).join('\n');
}

function sectionByKey(contract: ContractDocument, key: string): Section {
    const found = contract.sections.find(current => current.key === key);
    if (!found) throw new Error(`no section ${key}; have ${contract.sections.map(current => current.key).join(', ')}`);
    return found;
}

const agreementHeader = 'agreement T {\n    languages de, en\n}\n';

async function obligationText(clause: string, lang: LanguageCode): Promise<string> {
    const model = await modelOfText(`${agreementHeader}obligations {\n    ${clause}\n}\n`);
    return plainText(sectionByKey(buildContract(model, lang), `obligation:${model.obligations[0].kind}`).blocks);
}

describe('format', () => {
    test('periods per language, singular for 1, German dative on request', () => {
        expect(formatPeriod({ value: 30, unit: 'days' }, 'de')).toBe('30 Tage');
        expect(formatPeriod({ value: 30, unit: 'days' }, 'en')).toBe('30 days');
        expect(formatPeriod({ value: 1, unit: 'days' }, 'de')).toBe('1 Tag');
        expect(formatPeriod({ value: 1, unit: 'days' }, 'en')).toBe('1 day');
        expect(formatPeriod({ value: 14, unit: 'working-days' }, 'de')).toBe('14 Werktage');
        expect(formatPeriod({ value: 14, unit: 'working-days' }, 'en')).toBe('14 working days');
        expect(formatPeriod({ value: 24, unit: 'hours' }, 'de')).toBe('24 Stunden');
        expect(formatPeriod({ value: 24, unit: 'hours' }, 'en')).toBe('24 hours');
        expect(formatPeriod({ value: 6, unit: 'years' }, 'de')).toBe('6 Jahre');
        expect(formatPeriod({ value: 3, unit: 'months' }, 'de')).toBe('3 Monate');
        expect(formatPeriod({ value: 2, unit: 'weeks' }, 'en')).toBe('2 weeks');
        expect(formatPeriod({ value: 5, unit: 'minutes' }, 'de')).toBe('5 Minuten');
        expect(formatPeriod({ value: 30, unit: 'days' }, 'de', 'dative')).toBe('30 Tagen');
        expect(formatPeriod({ value: 14, unit: 'working-days' }, 'de', 'dative')).toBe('14 Werktagen');
        expect(formatPeriod({ value: 1, unit: 'days' }, 'de', 'dative')).toBe('1 Tag');
        expect(formatPeriod({ value: 30, unit: 'days' }, 'en', 'dative')).toBe('30 days');
        expect(formatPeriod({ value: 10000, unit: 'hours' }, 'de')).toBe('10.000 Stunden');
        expect(formatPeriod({ value: 10000, unit: 'hours' }, 'en')).toBe('10,000 hours');
    });

    test('dates as written in each language; a non-date passes unchanged', () => {
        expect(formatDate('2021-06-04', 'de')).toBe('4. Juni 2021');
        expect(formatDate('2021-06-04', 'en')).toBe('4 June 2021');
        expect(formatDate('2024-03-01', 'de')).toBe('1. März 2024');
        expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
        expect(formatDate('2024-13-01', 'de')).toBe('2024-13-01');
        expect(formatDate('soon', 'en')).toBe('soon');
    });

    test('enumerations without a serial comma', () => {
        expect(formatList(['A', 'B', 'C'], 'de')).toBe('A, B und C');
        expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
        expect(formatList(['A', 'B'], 'de', 'or')).toBe('A oder B');
        expect(formatList(['A', 'B'], 'en', 'or')).toBe('A or B');
        expect(formatList(['A'], 'en')).toBe('A');
        expect(formatList([], 'de')).toBe('');
    });
});

describe('countries', () => {
    const required = [
        'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
        'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'GB', 'US',
        'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'UY', 'BR'
    ];

    test('every EU/EEA state, CH, GB, US and adequacy country has a German and an English name', () => {
        for (const code of required) {
            expect(countryName(code, 'de'), code).not.toBe(code);
            expect(countryName(code, 'en'), code).not.toBe(code);
        }
    });

    test('names per language; case-insensitive codes; unknown codes print as written', () => {
        expect(countryName('DE', 'de')).toBe('Deutschland');
        expect(countryName('DE', 'en')).toBe('Germany');
        expect(countryName('lu', 'de')).toBe('Luxemburg');
        expect(countryName('KR', 'en')).toBe('Republic of Korea');
        expect(countryName('US', 'de')).toBe('Vereinigte Staaten');
        expect(countryName('XK', 'de')).toBe('XK');
        expect(countryName('EU', 'de')).toBe('Europäische Union');
    });
});

describe('clause library', () => {
    /** Every `{ de, en }` entry with its path. */
    function entries(node: unknown, path: string[] = []): Array<{ path: string; de: unknown; en: unknown }> {
        if (typeof node !== 'object' || node === null) return [];
        const record = node as Record<string, unknown>;
        if ('de' in record && 'en' in record && Object.keys(record).length === 2) return [{ path: path.join('.'), de: record.de, en: record.en }];
        return Object.entries(record).flatMap(([key, value]) => entries(value, [...path, key]));
    }

    test('every entry has a German and an English version of the same kind, none empty', () => {
        const all = entries(clauseLibrary);
        expect(all.length).toBeGreaterThan(150);
        for (const entry of all) {
            expect(typeof entry.de, entry.path).toBe(typeof entry.en);
            expect(['string', 'function'], entry.path).toContain(typeof entry.de);
            if (typeof entry.de === 'string') {
                expect(entry.de, entry.path).not.toBe('');
                expect(entry.en, entry.path).not.toBe('');
            }
        }
    });

    test('each obligation heading cites its article in DSGVO and GDPR form', () => {
        const expected: Record<ObligationKind, [string, string]> = {
            'instructions': ['Weisungsgebundenheit (Art. 28 Abs. 3 lit. a DSGVO)', 'Documented instructions (Art. 28(3)(a) GDPR)'],
            'confidentiality': ['Vertraulichkeit (Art. 28 Abs. 3 lit. b DSGVO)', 'Confidentiality (Art. 28(3)(b) GDPR)'],
            'security': ['Sicherheit der Verarbeitung (Art. 28 Abs. 3 lit. c und Art. 32 DSGVO)', 'Security of processing (Art. 28(3)(c) and Art. 32 GDPR)'],
            'sub-processing': ['Unterauftragsverarbeiter (Art. 28 Abs. 2, Abs. 3 lit. d und Abs. 4 DSGVO)', 'Sub-processors (Art. 28(2), (3)(d) and (4) GDPR)'],
            'data-subject-rights': ['Rechte der betroffenen Personen (Art. 28 Abs. 3 lit. e DSGVO)', 'Rights of data subjects (Art. 28(3)(e) GDPR)'],
            'compliance-assistance': ['Unterstützung bei den Pflichten nach Art. 32 bis 36 DSGVO (Art. 28 Abs. 3 lit. f DSGVO)', 'Assistance with the obligations under Articles 32 to 36 GDPR (Art. 28(3)(f) GDPR)'],
            'breach-notification': ['Meldung von Verletzungen des Schutzes personenbezogener Daten (Art. 33 Abs. 2 DSGVO)', 'Notification of personal data breaches (Art. 33(2) GDPR)'],
            'end-of-processing': ['Löschung und Rückgabe nach Ende der Verarbeitung (Art. 28 Abs. 3 lit. g DSGVO)', 'Deletion and return at the end of processing (Art. 28(3)(g) GDPR)'],
            'audits': ['Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO)', 'Information and audits (Art. 28(3)(h) GDPR)'],
            'processing-location': ['Ort der Verarbeitung (Kapitel V DSGVO)', 'Place of processing (Chapter V GDPR)'],
            'anonymisation': ['Anonymisierung (Erwägungsgrund 26 DSGVO)', 'Anonymisation (Recital 26 GDPR)'],
            'controller-responsibility': ['Verantwortung des Verantwortlichen (Art. 24 DSGVO)', 'Responsibility of the controller (Art. 24 GDPR)']
        };
        for (const [kind, [de, en]] of Object.entries(expected) as Array<[ObligationKind, [string, string]]>) {
            expect(obligationHeading(kind, 'de')).toBe(de);
            expect(obligationHeading(kind, 'en')).toBe(en);
        }
    });

    test('binding-language sentences follow `binding` and the output language', () => {
        expect(clauseLibrary.binding.otherVersion.de({ binding: 'en' }))
            .toBe('Verbindlich ist allein die englische Fassung; diese deutsche Fassung dient nur der Information.');
        expect(clauseLibrary.binding.otherVersion.en({ binding: 'de' }))
            .toBe('Only the German version is binding; this English version is for information only.');
    });

    test('German sentences use the official terms; time words map to "unverzüglich"', () => {
        const instructions = clauseLibrary.obligations.instructions;
        expect(instructions.informsOfInfringement.de).toContain('unverzüglich');
        expect(instructions.informsOfInfringement.en).toContain('immediately');
        expect(instructions.onlyOnDocumentedInstructions.de).toContain('dokumentierte Weisung');
        const breach = clauseLibrary.obligations['breach-notification'].notifies;
        expect(breach.de({ withoutUndueDelay: true })).toBe('Der Auftragsverarbeiter meldet dem Verantwortlichen eine Verletzung des Schutzes personenbezogener Daten unverzüglich, nachdem sie ihm bekannt geworden ist.');
        expect(breach.en({ withoutUndueDelay: true })).toBe('The processor notifies the controller of a personal data breach without undue delay after becoming aware of it.');
        expect(breach.de({ withoutUndueDelay: false, deadline: { value: 72, unit: 'hours' } })).toBe('Der Auftragsverarbeiter meldet dem Verantwortlichen eine Verletzung des Schutzes personenbezogener Daten spätestens 72 Stunden, nachdem sie ihm bekannt geworden ist.');
        expect(clauseLibrary.obligations.confidentiality.staffCommitted.de).toContain('gesetzlichen Verschwiegenheitspflicht');
        expect(clauseLibrary.obligations['sub-processing'].generalAuthorisation.de).toContain('allgemeine schriftliche Genehmigung');
        expect(clauseLibrary.obligations['sub-processing'].specificAuthorisation.de).toContain('vorheriger gesonderter schriftlicher Genehmigung');
    });
});

describe('obligation sentences state only what the model says', () => {
    test('a clause without flags claims no obligation, only that the agreement adds nothing to the statute', async () => {
        const none = clauseLibrary.obligations.noOwnProvision;
        expect(none.de).toBe('Dieser Vertrag trifft hierzu keine eigene Regelung; es gelten die gesetzlichen Vorschriften.');
        expect(none.en).toBe('This agreement makes no provision of its own on this; the statutory rules apply.');
        for (const kind of ['sub-processing', 'instructions', 'end-of-processing', 'security', 'compliance-assistance', 'breach-notification', 'data-subject-rights']) {
            expect(await obligationText(`${kind} { }`, 'de')).toBe(none.de);
            expect(await obligationText(`${kind} { }`, 'en')).toBe(none.en);
        }
        expect(await obligationText('anonymisation { }', 'en')).toBe('');
    });

    test('sub-processing: every flag and value becomes its sentence, and nothing else', async () => {
        const text = await obligationText(
            'sub-processing { authorisation specific notice 4 weeks in-writing objection within 10 days on objection parties-negotiate processor liable }', 'de');
        expect(text).toBe([
            'Der Auftragsverarbeiter nimmt einen Unterauftragsverarbeiter nur mit vorheriger gesonderter schriftlicher Genehmigung des Verantwortlichen in Anspruch.',
            'Der Auftragsverarbeiter informiert den Verantwortlichen mindestens 4 Wochen im Voraus schriftlich über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern.',
            'Der Verantwortliche kann innerhalb von 10 Tagen nach Zugang der Mitteilung Einspruch gegen die Änderung erheben. Erhebt der Verantwortliche Einspruch, suchen die Parteien gemeinsam nach einer einvernehmlichen Lösung.',
            'Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet der Auftragsverarbeiter gegenüber dem Verantwortlichen in vollem Umfang für die Einhaltung dieser Pflichten.'
        ].join('\n'));
        expect(text).not.toContain('allgemeine');
        expect(text).not.toContain('aus wichtigem Grund');
    });

    test('sub-processing in English with a general authorisation, emergency notice and good cause', async () => {
        const text = await obligationText(
            'sub-processing { authorisation general notice 30 days electronic emergency notice 2 days when en "security incidents" de "Sicherheitsvorfälle" objection within 14 working-days for good cause flow-down }', 'en');
        expect(text).toContain('The controller gives the processor general written authorisation to engage other processors (sub-processors).');
        expect(text).toContain('The processor informs the controller by electronic means at least 30 days in advance of any intended change concerning the addition or replacement of sub-processors.');
        expect(text).toContain('In urgent cases (security incidents), notice 2 days in advance is sufficient.');
        expect(text).toContain('The controller may object to the change for good cause within 14 working days of receiving the notice.');
        expect(text).toContain('The processor imposes on each sub-processor, by contract, the same data protection obligations as are set out in this agreement.');
        expect(text).not.toContain('fully liable');
        expect(text).not.toContain('monitor');
    });

    test('end of processing: the choice is only stated when the file says so', async () => {
        expect(await obligationText('end-of-processing { action delete-or-return }', 'de'))
            .toBe('Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragsverarbeiter alle personenbezogenen Daten oder gibt sie an den Verantwortlichen zurück.');
        expect(await obligationText('end-of-processing { action delete-or-return at controller choice including copies certify deletion }', 'en'))
            .toBe('After the end of the provision of the processing services, the processor deletes all personal data or returns them to the controller, at the choice of the controller. The processor also deletes existing copies.\nThe processor certifies the deletion to the controller.');
    });

    test('instructions: "only on instructions" and "documented" combine into one sentence', async () => {
        expect(await obligationText('instructions { only on instructions documented only }', 'de'))
            .toBe('Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten ausschließlich auf dokumentierte Weisung des Verantwortlichen.');
        expect(await obligationText('instructions { only on instructions }', 'en'))
            .toBe('The processor processes the personal data only on instructions from the controller.');
    });

    test("'reports only' and 'no sub-processors' are stated in the contract, in both languages", async () => {
        expect(await obligationText('audits { inspections { reports only } }', 'en')).toBe([
            'The processor allows for and contributes to audits, including inspections, conducted by the controller.',
            'The following applies to inspections:',
            'Instead of on-site inspections, the controller receives audit reports or certificates.'
        ].join('\n'));
        expect(await obligationText('audits { inspections { reports only } }', 'de')).toContain('Anstelle von Inspektionen vor Ort erhält der Verantwortliche Prüfberichte oder Zertifikate.');
        expect(await obligationText('sub-processing { authorisation specific no sub-processors }', 'en')).toContain('When this agreement is concluded, the processor engages no sub-processors.');
        expect(await obligationText('sub-processing { authorisation specific no sub-processors }', 'de')).toContain('Bei Abschluss dieses Vertrags setzt der Auftragsverarbeiter keine Unterauftragsverarbeiter ein.');
    });

    test('audits: inspection rules as a list, without the ones the file leaves out', async () => {
        const text = await obligationText('audits { inspections { notice reasonable without disruption costs shared } }', 'en');
        expect(text).toBe([
            'The processor allows for and contributes to audits, including inspections, conducted by the controller.',
            'The following applies to inspections:',
            'The controller gives reasonable notice of an inspection.',
            'Inspections must not disrupt the processor’s business operations.',
            'The parties share the costs of inspections.'
        ].join('\n'));
    });

    test('location and data subject rights list their values in the output language', async () => {
        // The rule and its exceptions are one paragraph; with exceptions the rule is not "ausschließlich".
        expect(await obligationText('location { within eu outside with art46, art49 inform in advance }', 'de')).toBe(
            'Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten grundsätzlich in einem Mitgliedstaat der Europäischen Union. '
            + 'Eine Verarbeitung in einem Drittland erfolgt nur, wenn geeignete Garantien vorgesehen sind (Art. 46 DSGVO) oder eine Ausnahme nach Art. 49 DSGVO vorliegt. Vor einer Verarbeitung in einem Drittland informiert der Auftragsverarbeiter den Verantwortlichen.');
        expect(await obligationText('location { within eea }', 'de')).toBe(
            'Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten ausschließlich in einem Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum.');
        expect(await obligationText('location { within eu-eea unless stated in annex }', 'en')).toBe(
            'As a rule, the processor processes the personal data in a Member State of the European Union or in another State party to the Agreement on the European Economic Area. '
            + 'Departures from this are permitted only where stated in an annex to this agreement.');
        expect(await obligationText('data-subject-rights { rights access, erasure, portability }', 'en')).toBe(
            'The processor assists the controller, insofar as this is possible, by appropriate technical and organisational measures in responding to requests from data subjects exercising their rights under Chapter III GDPR. '
            + 'This assistance covers: right of access (Art. 15 GDPR), right to erasure (Art. 17 GDPR) and right to data portability (Art. 20 GDPR).');
    });

    test('the file’s own wording replaces the generated sentences; the flags stay in the model', async () => {
        expect(await obligationText('confidentiality { staff committed text de "Eigener Text." en "Own text." }', 'en')).toBe('Own text.');
        const model = await modelOfText(`${agreementHeader}obligations {\n    confidentiality { staff committed text de "Eigener Text." en "Own text." }\n}\n`);
        expect(model.obligations[0]).toMatchObject({ kind: 'confidentiality', staffCommitted: true, text: { de: 'Eigener Text.', en: 'Own text.' } });
    });

    test('a supplement follows the generated sentences once, labelled in each language', async () => {
        const clause = 'security { measures annexed supplement de "Die Maßnahmen werden jährlich überprüft." en "The measures are reviewed every year." }';
        expect(await obligationText(clause, 'en')).toBe(
            'The processor takes the technical and organisational measures described in an annex to this agreement.\nSupplement: The measures are reviewed every year.');
        expect(await obligationText(clause, 'de')).toBe(
            'Der Auftragsverarbeiter ergreift die in einer Anlage zu diesem Vertrag beschriebenen technischen und organisatorischen Maßnahmen.\nErgänzung: Die Maßnahmen werden jährlich überprüft.');
        const model = await modelOfText(`${agreementHeader}obligations {\n    ${clause}\n}\n`);
        expect(model.obligations[0]).toMatchObject({
            kind: 'security', referencesMeasures: true, supplement: { de: 'Die Maßnahmen werden jährlich überprüft.', en: 'The measures are reviewed every year.' }
        });
        expect(model.obligations[0].text).toBeUndefined();
    });

    test('a supplement also follows the file’s own wording', async () => {
        expect(await obligationText('confidentiality { staff committed text en "Own text." de "Eigener Text." supplement en "Also this." de "Auch dies." }', 'en'))
            .toBe('Own text.\nSupplement: Also this.');
    });

    test('audits: the clause’s wording replaces the information sentence, the inspections’ wording the inspection sentences', async () => {
        const clause = 'audits { information on request inspections { notice 30 days during business hours text de "Inspektionstext." en "Inspection text." } text de "Informationstext." en "Information text." }';
        expect(await obligationText(clause, 'en')).toBe('Information text.\nInspection text.');
        expect(await obligationText('audits { information on request inspections { notice 30 days text en "Inspection text." de "Inspektionstext." } }', 'en')).toBe(
            'On request, the processor makes available to the controller all information necessary to demonstrate compliance with the obligations laid down in Art. 28 GDPR.\nInspection text.');
    });
});

describe('contract of all-constructs.dpa', () => {
    let model: DpaModel;
    const contract = async (lang: LanguageCode) => {
        model ??= await modelOf(fixturePath('all-constructs.dpa'));
        return buildContract(model, lang);
    };

    test('sections are numbered in the order the model lists the obligations, SCCs last', async () => {
        const de = await contract('de');
        expect(de.sections.map(current => `${current.number} ${current.key}`)).toEqual([
            '1 subject', '2 obligation:instructions', '3 obligation:sub-processing', '4 obligation:breach-notification',
            '5 obligation:end-of-processing', '6 obligation:audits', '7 obligation:processing-location', '8 scc'
        ]);
        expect(de.annexes.map(annex => `${annex.label} ${annex.key}`)).toEqual([
            'Anlage 1 annex:processing', 'Anlage 2 annex:sub-processors', 'Anlage 3 annex:measures', 'Anlage 4 annex:retention', 'Anlage 5 annex:partners'
        ]);
        expect((await contract('en')).annexes.map(annex => annex.label)).toEqual(['Annex 1', 'Annex 2', 'Annex 3', 'Annex 4', 'Annex 5']);
    });

    test('German and English trees have the same structure', async () => {
        const shape = (document: ContractDocument) => JSON.stringify(document, (key, value) =>
            // The picture's Mermaid and SVG sources are rendered texts of a language, like `text`.
            key === 'text' || key === 'label' || key === 'language' || key === 'mermaid' || key === 'svg' ? typeof value : value);
        expect(shape(await contract('de'))).toBe(shape(await contract('en')));
    });

    test('section texts reference the annexes by their numbers', async () => {
        const de = await contract('de');
        expect(plainText(sectionByKey(de, 'subject').blocks)).toContain('Die Einzelheiten der Verarbeitung sind in Anlage 1 beschrieben.');
        expect(plainText(sectionByKey(de, 'obligation:sub-processing').blocks)).toContain('Die eingesetzten Unterauftragsverarbeiter sind in Anlage 2 aufgeführt.');
        expect(plainText(sectionByKey(de, 'obligation:processing-location').blocks)).toContain('Abweichungen sind nur zulässig, soweit sie in Anlage 2 angegeben sind.');
    });
});
