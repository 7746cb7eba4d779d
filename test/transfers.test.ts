import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { createDpaServices, formatDpaText } from '@dpa-as-code/language';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { lintModel } from '@dpa-as-code/lint';
import { diffModels, type DpaModel } from '@dpa-as-code/model';
import { loadText, modelOfText, repoRoot } from './helpers.js';

// Issue 9, item 1: transfers at agreement level with the choices of Decision (EU) 2021/914, the UK Addendum
// and the Swiss FADP adaptations (docs/legal/transfers.md): parse, model, schema, contract text in German
// and English, formatter, diff, hover and lint.

const services = createDpaServices(EmptyFileSystem).Dpa;

const DPA = `agreement Transfers {
    languages de, en
}

party Customer controller {
    name "Kunde GmbH"
    country DE
}

party Vendor processor {
    name "Vendor Inc."
    country US
}

sub-processor Cloud {
    name "Cloud Ltd."
    country GB
}

transfers {
    transfer to-vendor {
        from Customer to Vendor
        country US
        mechanism scc-2021/914 module 2
        docking clause
        sub-processors general notice 30 days
        dispute-body de "ICDR" en "ICDR"
        supervisory-authority establishment de "Berliner Beauftragte für Datenschutz und Informationsfreiheit" en "Berlin Commissioner for Data Protection and Freedom of Information"
        governing-law option 1 IE
        courts IE
        uk-addendum {
            start 2024-01-01
            appends this transfer
            appendix de "Anlagen 1 bis 3 dieses Vertrags" en "Annexes 1 to 3 of this agreement"
            may end importer, exporter
        }
        swiss-fadp {
            authority fdpic-and-eu
            law scc
            sue in switzerland
            gdpr read as fadp
        }
    }
    transfer to-cloud {
        from Vendor to Cloud
        country GB
        mechanism adequacy
        no docking clause
    }
}
`;

describe('parse and model', () => {
    it('builds every stated choice as a typed value', async () => {
        const model = await modelOfText(DPA);
        const [vendor, cloud] = model.transfers ?? [];
        expect(vendor).toMatchObject({
            id: 'to-vendor',
            exporter: { kind: 'party', id: 'Customer' },
            importer: { kind: 'party', id: 'Vendor' },
            importerCountry: 'US',
            mechanism: { kind: 'scc-2021/914', module: 2 },
            mechanismSource: { line: 24, column: 9, endLine: 24, endColumn: 40 },
            dockingClause: true,
            subProcessorAuthorisation: { option: 2, kind: 'general', period: { value: 30, unit: 'days' }, source: { line: 26, column: 9 } },
            disputeBody: { name: { de: 'ICDR', en: 'ICDR' } },
            supervisoryAuthority: { basis: 'establishment', name: { en: 'Berlin Commissioner for Data Protection and Freedom of Information' } },
            governingLaw: { option: 1, country: 'IE', source: { line: 29, column: 9, endLine: 29, endColumn: 34 } },
            courts: { country: 'IE', source: { line: 30, column: 9, endLine: 30, endColumn: 18 } },
            ukAddendum: { start: '2024-01-01', appendsTo: { kind: 'this-transfer' }, appendix: { en: 'Annexes 1 to 3 of this agreement' }, mayEnd: ['importer', 'exporter'] },
            swissFadp: { authority: 'fdpic-and-eu', law: 'scc', sueInSwitzerland: true, gdprReadAsFadp: true }
        });
        // A sub-processor can be the importer; `no docking clause` is a stated choice, not an absent one.
        expect(cloud).toMatchObject({ importer: { kind: 'sub-processor', id: 'Cloud' }, mechanism: { kind: 'adequacy' }, dockingClause: false });
        expect(cloud).not.toHaveProperty('governingLaw');
    });

    it('leaves `transfers` out of a model whose file has no such section', async () => {
        expect(await modelOfText('agreement A {\n    languages en\n}\n')).not.toHaveProperty('transfers');
    });

    it('states Clause 9(a) option 1, Clause 17 option 2 with its fallback, a dated SCC version and `neither`', async () => {
        const model = await modelOfText(`agreement A {\n    languages en\n}\nparty C controller {\n}\nparty P processor {\n}\ntransfers {\n    transfer t {\n        from C to P\n        mechanism scc-2021/914 module 2\n        sub-processors specific period 14 days\n        governing-law option 2 NL\n        supervisory-authority data-subjects\n        uk-addendum {\n            appends version 2021-06-04 reference en "EU SCCs, Module 2"\n            may end neither\n        }\n    }\n}\n`);
        expect(model.transfers?.[0]).toMatchObject({
            subProcessorAuthorisation: { option: 1, kind: 'specific', period: { value: 14, unit: 'days' } },
            governingLaw: { option: 2, country: 'NL' },
            supervisoryAuthority: { basis: 'data-subjects' },
            ukAddendum: { appendsTo: { kind: 'version', date: '2021-06-04', reference: { en: 'EU SCCs, Module 2' } }, mayEnd: ['neither'] }
        });
    });

    it('keeps the new keywords usable as names', async () => {
        const loaded = await loadText('agreement V { languages en }\ndata categories {\n    category courts "Courts"\n    category law "Law"\n    category from "From"\n    category to "To"\n    category switzerland "Switzerland"\n}\n');
        expect(loaded.diagnostics).toEqual([]);
    });

    it('reports a choice given twice, contradicting docking choices and a malformed country code at their lines', async () => {
        const loaded = await loadText('agreement V { languages en }\ntransfers {\n    transfer t {\n        courts IE\n        courts NL\n        docking clause\n        no docking clause\n        governing-law option 1 ireland\n        uk-addendum {\n            may end neither, importer\n        }\n    }\n}\n');
        const errors = loaded.diagnostics.filter(d => d.severity === 'error').map(d => `${d.line}:${d.column} ${d.message}`);
        expect(errors).toEqual([
            "5:9 'courts' is given more than once here; keep one so no value is silently dropped.",
            "7:9 'docking clause' and 'no docking clause' contradict each other; keep the one the parties agreed.",
            "8:32 'ireland' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. IE, DE).",
            "10:21 'may end neither' cannot be combined with 'importer' or 'exporter'; name who may end the Addendum, or 'neither' alone."
        ]);
    });

    it('reports a reference to an unknown exporter at its position', async () => {
        const loaded = await loadText('agreement V { languages en }\ntransfers {\n    transfer t {\n        from Nobody to Nobody\n    }\n}\n');
        const errors = loaded.diagnostics.filter(d => d.severity === 'error');
        expect(errors.map(d => `${d.line}:${d.column}`)).toEqual(['4:14', '4:24']);
    });
});

describe('JSON model and schema', () => {
    it('validates against docs/dpa-model.schema.json', async () => {
        const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'dpa-model.schema.json'), 'utf8'));
        const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
        const json = JSON.parse(generateJson(await modelOfText(DPA)));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.transfers[0].ukAddendum.mayEnd).toEqual(['importer', 'exporter']);
        // A Clause 9(a) option outside 1-2 in the JSON is rejected.
        json.transfers[0].subProcessorAuthorisation.option = 3;
        expect(validate(json)).toBe(false);
    });
});

describe('contract text', () => {
    it('states the module and every choice in English, in one voice', async () => {
        const en = generateMarkdown(await modelOfText(DPA), 'en');
        expect(en).toContain('Transfers to third countries');
        expect(en).toContain('Transfer from Kunde GmbH to Vendor Inc.');
        expect(en).toContain('Kunde GmbH, as data exporter, transfers personal data to Vendor Inc., as data importer, established in the following country: United States.');
        expect(en).toContain('The transfer rests on the standard contractual clauses under Implementing Decision (EU) 2021/914 (Art. 46(2)(c) GDPR), Module 2 (controller to processor); their text is not reproduced here');
        expect(en).toContain('The docking clause (Clause 7) applies');
        expect(en).toContain('Clause 9(a), Option 2: the data importer has general written authorisation for sub-processors from an agreed list and gives written notice of any intended addition or replacement at least 30 days in advance');
        expect(en).toContain('independent dispute resolution body (ICDR)');
        expect(en).toContain('The competent supervisory authority under Clause 13(a) is the supervisory authority responsible for the data exporter, which is established in an EU Member State: Berlin Commissioner for Data Protection and Freedom of Information.');
        expect(en).toContain('Clause 17, Option 1: the clauses are governed by the law of Ireland.');
        expect(en).toContain('Clause 18(b): disputes arising from the clauses are resolved by the courts of Ireland.');
        expect(en).toContain('International Data Transfer Addendum to the EU SCCs (ICO, version B1.0), in force since 21 March 2022');
        expect(en).toContain('Table 4: if the Information Commissioner revises the Approved Addendum, the importer and the exporter may end this Addendum under its Section 19.');
        expect(en).toContain('Federal Data Protection and Information Commissioner (FDPIC) asked for when recognising them on 27 August 2021:');
        expect(en).toContain('parallel supervision');
        expect(en).toContain('habitual residence is in Switzerland');
        expect(en).toContain('references to the GDPR are to be read as references to the FADP');
        expect(en).toContain('The docking clause (Clause 7) does not apply.');
        expect(en).toContain('adequacy decision (Art. 45 GDPR)');
    });

    it('states the same in German with the German terms', async () => {
        const de = generateMarkdown(await modelOfText(DPA), 'de');
        expect(de).toContain('Übermittlungen in Drittländer');
        expect(de).toContain('Kunde GmbH übermittelt als Datenexporteur personenbezogene Daten an Vendor Inc. als Datenimporteur mit Sitz in folgendem Staat: Vereinigte Staaten.');
        expect(de).toContain('Die Übermittlung stützt sich auf die Standardvertragsklauseln nach Durchführungsbeschluss (EU) 2021/914 (Art. 46 Abs. 2 lit. c DSGVO), Modul 2 (Verantwortlicher an Auftragsverarbeiter)');
        expect(de).toContain('Die Kopplungsklausel (Klausel 7) ist vereinbart');
        expect(de).toContain('Klausel 9 Buchst. a, Option 2: Der Datenimporteur hat eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter aus einer vereinbarten Liste und informiert mindestens 30 Tage im Voraus schriftlich');
        expect(de).toContain('unabhängigen Streitbeilegungsstelle einreichen (ICDR)');
        expect(de).toContain('Zuständige Aufsichtsbehörde nach Klausel 13 Buchst. a ist die Aufsichtsbehörde, die für den in einem EU-Mitgliedstaat niedergelassenen Datenexporteur zuständig ist: Berliner Beauftragte für Datenschutz und Informationsfreiheit.');
        expect(de).toContain('Klausel 17, Option 1: Die Klauseln unterliegen dem Recht des folgenden Mitgliedstaats: Irland.');
        expect(de).toContain('Klausel 18 Buchst. b: Streitigkeiten aus den Klauseln werden von den Gerichten des folgenden Staates entschieden: Irland.');
        expect(de).toContain('in Kraft seit 21. März 2022');
        expect(de).toContain('können der Importeur und der Exporteur dieses Addendum nach seinem Abschnitt 19 (Section 19) beenden');
        expect(de).toContain('Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB)');
        expect(de).toContain('Verweise auf die DSGVO gelten insoweit als Verweise auf das DSG.');
        expect(de).toContain('Angemessenheitsbeschluss (Art. 45 DSGVO)');
        expect(de).not.toMatch(/\b(?:data exporter|governed by)\b/);
    });

    it('states the controller\'s authorisation, a successor mechanism and the repealed 2010/87 clauses as written', async () => {
        const text = DPA.replace('        mechanism adequacy\n', '        mechanism scc-2010/87\n        authorised by controller\n        successor mechanism\n');
        const model = await modelOfText(text);
        expect(model.transfers?.[1]).toMatchObject({ mechanism: { kind: 'scc-2010/87' }, authorisedByController: true, successorMechanism: true });
        expect(model.transfers?.[0]).toMatchObject({ authorisedByController: false, successorMechanism: false });
        const en = generateMarkdown(model, 'en');
        expect(en).toContain('The transfer rests on the following basis under Chapter V GDPR: standard contractual clauses under Commission Decision 2010/87/EU. The controller authorises this transfer as a documented instruction (Art. 28(3)(a) GDPR). If the data importer adopts another recognised transfer mechanism');
        const de = generateMarkdown(model, 'de');
        expect(de).toContain('Standardvertragsklauseln nach Beschluss 2010/87/EU der Kommission. Der Verantwortliche genehmigt diese Übermittlung als dokumentierte Weisung (Art. 28 Abs. 3 lit. a DSGVO). Führt der Datenimporteur einen anderen anerkannten Übermittlungsmechanismus ein');
        const repealed = lintModel(model).findings.filter(f => f.ruleId === 'chapter5-scc-2010-87-repealed');
        expect(repealed.map(f => `${f.line}:${f.column} ${f.message}`)).toEqual([
            "47:9 Transfer 'to-cloud' rests on the standard contractual clauses of Decision 2010/87/EU, repealed with effect from 27 Sep 2021; contracts concluded before then counted as appropriate safeguards only until 27 Dec 2022: use 'scc-2021/914' with the module that fits. (Art. 46(2)(c) GDPR)"
        ]);
    });

    it('prints the agreement\'s own wording instead of the library\'s sentences, then the supplement', async () => {
        const own = DPA.replace('        mechanism adequacy\n', '        mechanism adequacy\n        text de "Eigener Wortlaut." en "Own wording."\n        supplement de "Zusatz." en "Addition."\n');
        const en = generateMarkdown(await modelOfText(own), 'en');
        const cloudSection = en.slice(en.indexOf('Transfer from Vendor Inc. to Cloud Ltd.'), en.indexOf('## Signatures'));
        expect(cloudSection).toContain('Own wording.');
        expect(cloudSection).toContain('Addition.');
        expect(cloudSection).not.toContain('The docking clause (Clause 7) does not apply.');
        expect(cloudSection).not.toContain('adequacy decision');
    });
});

describe('formatter', () => {
    it('indents the transfers section and its nested blocks and is stable', async () => {
        const squeezed = DPA.replace(/^ +/gm, '').replace(/ +$/gm, '');
        expect(await formatDpaText(services, squeezed, 'squeezed.dpa')).toEqual({ ok: true, text: DPA, changed: true });
        expect(await formatDpaText(services, DPA, 'formatted.dpa')).toEqual({ ok: true, text: DPA, changed: false });
    });
});

describe('diff', () => {
    const pair = async (after: string): Promise<[DpaModel, DpaModel]> => [await modelOfText(DPA), await modelOfText(after)];

    it('reports a changed governing law and a new transfer by id, choice by choice', async () => {
        const after = DPA.replace('governing-law option 1 IE', 'governing-law option 1 NL').replace('    transfer to-cloud {', '    transfer to-backup {\n        from Vendor to Cloud\n        mechanism bcr\n    }\n    transfer to-cloud {');
        const changes = diffModels(...await pair(after));
        expect(changes).toEqual([{
            area: 'agreement', kind: 'agreement-changed', fields: [
                { path: 'transfers.to-vendor.governingLaw', before: { option: 1, country: 'IE' }, after: { option: 1, country: 'NL' } },
                { path: 'transfers.to-backup', after: expect.objectContaining({ id: 'to-backup', mechanism: { kind: 'bcr' } }) }
            ]
        }]);
    });

    it('reports who may end the UK Addendum, and nothing for reformatting', async () => {
        const changes = diffModels(...await pair(DPA.replace('may end importer, exporter', 'may end neither')));
        expect(changes).toEqual([{ area: 'agreement', kind: 'agreement-changed', fields: [{ path: 'transfers.to-vendor.ukAddendum.mayEnd', before: ['importer', 'exporter'], after: ['neither'] }] }]);
        expect(diffModels(...await pair(DPA.replace(/^ +/gm, '')))).toEqual([]);
    });
});

describe('lint', () => {
    it('accepts the example and reports a wrong module, a third-country law and courts with their lines', async () => {
        const ruleIds = (model: DpaModel) => lintModel(model).findings.filter(f => f.ruleId.startsWith('scc-2021-914')).map(f => `${f.ruleId} ${f.line}:${f.column}`);
        expect(ruleIds(await modelOfText(DPA))).toEqual([]);
        const basis = await modelOfText(DPA.replace('        mechanism scc-2021/914 module 2\n', ''));
        expect(lintModel(basis).findings.filter(f => f.ruleId === 'chapter5-agreement-transfer-basis').map(f => `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual(['21:5-42:6']);
        const wrong = DPA.replace('module 2', 'module 3').replace('governing-law option 1 IE', 'governing-law option 1 US').replace('courts IE', 'courts CH');
        expect(ruleIds(await modelOfText(wrong))).toEqual([
            'scc-2021-914-module-roles 24:9', 'scc-2021-914-governing-law 29:9', 'scc-2021-914-courts 30:9'
        ]);
    });
});

describe('hover', () => {
    const hover = expectHover(createDpaLanguageServerServices(EmptyFileSystem).Dpa);
    const at = (needle: string) => DPA.replace(needle, needle.slice(0, 3) + '<|>' + needle.slice(3));

    it('explains Clause 17, the UK Addendum and the Swiss adaptations with their sources', async () => {
        await hover({ text: at('governing-law option'), index: 0, hover: /Clause 17: governing law[\s\S]*SCC 2021\/914 Clause 17 · SCC 2021\/914 Klausel 17/, disposeAfterCheck: true });
        await hover({ text: at('uk-addendum {'), index: 0, hover: /version B1\.0, in force 2022-03-21/, disposeAfterCheck: true });
        await hover({ text: at('swiss-fadp {'), index: 0, hover: /FDPIC, 2021-08-27[\s\S]*2023-09-01/, disposeAfterCheck: true });
    });
});
