import { describe, expect, it } from 'vitest';
import { expectFormatting, expectHover } from 'langium/test';
import { generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { lintModel } from '@dpa-as-code/lint';
import { diffModels, findObligation, type DpaModel } from '@dpa-as-code/model';
import { examplePath, loadText, modelOf, modelOfText } from '../helpers.js';
import { services } from '../language-server/language-server-services.js';

/**
 * Issue 9 coverage (helper CV3): the laws an agreement applies under, a party name left blank to be inserted,
 * "no special categories" as a stated absence, the controller's own duties, the TOM document's date, and in
 * `general-terms` termination for cause and its form, liability under Art. 82 GDPR, the indemnity for unlawful
 * instructions, the CISG excluded and statutory venues unaffected.
 */

const json = async (name: string): Promise<DpaModel> => JSON.parse(generateJson(await modelOf(examplePath(name)))) as DpaModel;

const synthetic = `agreement Synthetic {
    languages de, en
    main contract de "Hauptvertrag" en "service contract"
    laws gdpr, bdsg
    region europe de "Europa" en "Europe" {
        eea
        countries GB, CH
    }
}

party Client controller {
    name to be inserted
    role name de "Auftraggeber" en "Client"
}

party Vendor processor {
    name "Vendor GmbH"
    country DE
}

processing {
    subject-matter en "Hosting" de "Hosting"
    no special categories
}

obligations {
    controller-responsibility {
        solely responsible
        duties notices, right-to-transfer, backups
    }
}

general-terms {
    term 2 years {
        terminable by controller for serious-breach, evaded-control
        termination text-form
    }
    liability {
        under art82
        controller indemnifies for unlawful instructions
    }
    governing-law DE excluding cisg
    courts DE place "Berlin" statutory venues unaffected
    conflict stricter applies decided by processor
    main contract otherwise unchanged
    data access no consideration
    ccpa {
        no selling
        business purpose only
        certifies understanding
    }
}

measures {
    version "2.0"
    date 2025-01-31
}
`;

describe('the example agreements hold the facts as typed values', () => {
    it('dataresearchcenter: the GDPR applies, the client is to be inserted, TOMs of 2024-09-17', async () => {
        const model = await json('dataresearchcenter/avv.dpa');
        expect(model.applicableLaws).toEqual(['gdpr']);
        const client = model.parties.find(party => party.id === 'customer')!;
        expect(client.legalName).toBeUndefined();
        expect(client.legalNameToBeInserted).toBe(true);
        expect(model.measures?.date).toBe('2024-09-17');
        expect(model.measures?.version).toBe('1.0');
    });

    it('dataresearchcenter: termination for cause in writing, Art. 82 liability and indemnity, CISG excluded, statutory venues kept', async () => {
        const terms = (await json('dataresearchcenter/avv.dpa')).generalTerms!;
        expect(terms.term).toMatchObject({
            kind: 'as-main-contract',
            survivesUntilDataDeleted: true,
            controllerTerminationGrounds: ['serious-breach', 'refused-instruction', 'evaded-control'],
            terminationForm: 'in-writing'
        });
        expect(terms.liability).toMatchObject({ asMainContract: false, statutoryArt82: true, controllerIndemnifiesUnlawfulInstructions: true, unlimitedFor: [] });
        expect(terms.governingLaw).toBe('DE');
        expect(terms.governingLawExcludesCisg).toBe(true);
        expect(terms.courts).toMatchObject({ country: 'DE', place: { neutral: 'Berlin' }, exclusive: false, statutoryVenuesUnaffected: true });
    });

    it('secoda: four laws, a blank customer, no special categories, six controller duties', async () => {
        const model = await json('secoda/dpa.dpa');
        expect(model.applicableLaws).toEqual(['gdpr', 'uk-gdpr', 'uk-dpa-2018', 'ccpa']);
        expect(model.regions).toMatchObject([{ id: 'europe', label: { en: 'Europe' }, eea: true, countries: ['GB', 'CH'] }]);
        expect(model.scope?.en).not.toContain('Liechtenstein');
        expect(model.parties.find(party => party.id === 'customer')).toMatchObject({ legalNameToBeInserted: true, roleName: { en: 'Customer' } });
        expect(model.processing?.noSpecialCategories).toBe(true);
        expect(findObligation(model, 'controller-responsibility')).toMatchObject({
            solelyResponsible: true,
            duties: ['notices', 'lawful-basis', 'right-to-transfer', 'secure-use', 'credentials', 'backups']
        });
        expect(model.generalTerms).toMatchObject({ stricterLawApplies: true, stricterLawDecidedByProcessor: true, mainContractOtherwiseUnchanged: true, dataAccessNoConsideration: true });
        expect(model.generalTerms?.ccpa).toMatchObject({ noSelling: true, businessPurposeOnly: true, certifiesUnderstanding: true });
        expect(findObligation(model, 'instructions')?.supplement?.en).not.toContain('CCPA');
        // The scope no longer words what the typed values say (one voice).
        expect(model.scope?.en).not.toContain('more demanding');
        expect(model.scope?.en).not.toContain('consideration');
    });

    it('prints the typed terms of the dataresearchcenter agreement in German and English', async () => {
        const model = await modelOf(examplePath('dataresearchcenter/avv.dpa'));
        const de = generateMarkdown(model, 'de');
        const en = generateMarkdown(model, 'en');
        expect(de).toContain('Jede Kündigung bedarf der Schriftform.');
        expect(en).toContain('Any termination must be in writing.');
        expect(de).toContain('Für die Haftung gilt Art. 82 DSGVO.');
        expect(en).toContain('Liability is governed by Art. 82 GDPR.');
        expect(de).toContain('Stand: 17. September 2024');
        expect(en).toContain('As of 17 September 2024');
        // The agreement words its own scope, so the library's sentence on the laws is not printed as well (one voice).
        expect(en).not.toContain('subject to the following laws');
    });
});

describe('model, contract text and validation for synthetic input', () => {
    it('builds every new value, and leaves them out where the file does not state them', async () => {
        const model = await modelOfText(synthetic);
        expect(model.applicableLaws).toEqual(['gdpr', 'bdsg']);
        expect(model.regions).toEqual([{ id: 'europe', label: { de: 'Europa', en: 'Europe' }, eea: true, countries: ['GB', 'CH'], source: expect.anything() as unknown }]);
        expect(model.parties[0]).toMatchObject({ legalNameToBeInserted: true });
        expect(model.processing?.noSpecialCategories).toBe(true);
        expect(findObligation(model, 'controller-responsibility')?.duties).toEqual(['notices', 'right-to-transfer', 'backups']);
        expect(model.generalTerms?.term).toMatchObject({ kind: 'fixed', period: { value: 2, unit: 'years' }, controllerTerminationGrounds: ['serious-breach', 'evaded-control'], terminationForm: 'text-form' });
        expect(model.measures?.date).toBe('2025-01-31');

        const bare = await modelOfText('agreement Bare {\n    languages en\n}\nparty C controller { }\nprocessing { }\ngeneral-terms {\n    term as main contract\n    liability as main contract\n    governing-law DE\n    courts DE\n}\n');
        expect(bare.applicableLaws).toBeUndefined();
        expect(bare.regions).toBeUndefined();
        expect(bare.parties[0].legalNameToBeInserted).toBeUndefined();
        expect(bare.processing?.noSpecialCategories).toBeUndefined();
        expect(bare.generalTerms?.term).not.toHaveProperty('controllerTerminationGrounds');
        expect(bare.generalTerms?.term).not.toHaveProperty('terminationForm');
        expect(bare.generalTerms?.liability).not.toHaveProperty('statutoryArt82');
        expect(bare.generalTerms).not.toHaveProperty('governingLawExcludesCisg');
        expect(bare.generalTerms?.courts).not.toHaveProperty('statutoryVenuesUnaffected');
        expect(bare.generalTerms).not.toHaveProperty('ccpa');
        for (const flag of ['stricterLawApplies', 'stricterLawDecidedByProcessor', 'mainContractOtherwiseUnchanged', 'dataAccessNoConsideration']) {
            expect(bare.generalTerms).not.toHaveProperty(flag);
        }
    });

    it('prints the German sentences', async () => {
        const de = generateMarkdown(await modelOfText(synthetic), 'de');
        expect(de).toContain('Dieser Vertrag gilt für die Verarbeitung personenbezogener Daten, die folgenden Gesetzen unterliegt: DSGVO (Verordnung (EU) 2016/679) und Bundesdatenschutzgesetz (BDSG).');
        expect(de).toContain('- *Name:* \\_\\_\\_');
        expect(de).toContain('Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) werden nicht verarbeitet.');
        expect(de).toContain('Der Verantwortliche sorgt selbst für die Informationen der betroffenen Personen, die das Datenschutzrecht verlangt, das Recht, die Daten dem Auftragsverarbeiter zu überlassen und die Sicherung seiner eigenen Daten.');
        expect(de).toContain('Der Verantwortliche kann diesen Vertrag jederzeit ohne Einhaltung einer Frist kündigen, wenn der Auftragsverarbeiter selbst oder durch einen Unterauftragsverarbeiter schwerwiegend gegen Datenschutzvorschriften oder diesen Vertrag verstößt oder der Auftragsverarbeiter sich einer Kontrolle durch den Verantwortlichen entzieht. Jede Kündigung bedarf der Textform.');
        expect(de).toContain('Für die Haftung gilt Art. 82 DSGVO. Für rechtswidrige Weisungen haftet der Verantwortliche; er stellt den Auftragsverarbeiter von allen Ansprüchen frei, die daraus entstehen.');
        expect(de).toContain('Dieser Vertrag unterliegt dem Recht des folgenden Staates: Deutschland. Das UN-Kaufrecht (CISG) ist ausgeschlossen.');
        expect(de).toContain('Gerichtsstand Berlin. Ausschließliche Gerichtsstände, die das Gesetz vorschreibt, bleiben unberührt.');
        expect(de).toContain('Stand: 31. Januar 2025');
        expect(de).toContain('„Europa“ umfasst den Europäischen Wirtschaftsraum (EWR) und folgende Staaten: Vereinigtes Königreich, Schweiz.');
        expect(de).toContain('Widersprechen sich die Anforderungen der anwendbaren Datenschutzgesetze tatsächlich oder scheinbar, gilt die strengere Anforderung. Welche Anforderung die strengere ist, entscheidet im Streitfall der Auftragsverarbeiter.');
        expect(de).toContain('Für personenbezogene Informationen, die dem California Consumer Privacy Act (CCPA) unterliegen, ist der Verantwortliche „business“ und der Auftragsverarbeiter „service provider“ im Sinne dieses Gesetzes. Der Auftragsverarbeiter verkauft diese Informationen nicht.');
        expect(de).toContain('Soweit dieser Vertrag nichts anderes regelt, bleibt der Hauptvertrag unverändert in Kraft. Der Zugang des Auftragsverarbeiters zu den personenbezogenen Daten ist kein Teil der Gegenleistung nach dem Hauptvertrag.');
    });

    it('prints the English sentences', async () => {
        const en = generateMarkdown(await modelOfText(synthetic), 'en');
        expect(en).toContain('This agreement applies to the processing of personal data that is subject to the following laws: GDPR (Regulation (EU) 2016/679) and German Federal Data Protection Act (BDSG).');
        expect(en).toContain('No special categories of personal data (Art. 9 GDPR) are processed.');
        expect(en).toContain('The controller itself is responsible for the notices to data subjects that data protection law requires, its right to pass the data to the processor and backups of its own data.');
        expect(en).toContain('The controller may terminate this agreement at any time without notice if the processor, itself or through a sub-processor, seriously breaches data protection law or this agreement or the processor evades a check by the controller. Any termination must be made in text form.');
        expect(en).toContain('Liability is governed by Art. 82 GDPR. The controller is liable for unlawful instructions and holds the processor harmless from all claims arising from them.');
        expect(en).toContain('The UN Convention on Contracts for the International Sale of Goods (CISG) does not apply.');
        expect(en).toContain('place of jurisdiction Berlin. Exclusive places of jurisdiction prescribed by law remain unaffected.');
        expect(en).toContain('As of 31 January 2025');
        expect(en).toContain('“Europe” means the European Economic Area (EEA) and the following countries: United Kingdom, Switzerland.');
        expect(en).toContain('Where the requirements of the applicable data protection laws conflict, actually or apparently, the stricter requirement applies. In a dispute about which requirement is the stricter, the processor decides.');
        expect(en).toContain('For personal information subject to the California Consumer Privacy Act (CCPA), the controller is the “business” and the processor the “service provider” within the meaning of that Act. The processor does not sell that information. It retains, uses and discloses it only to provide the services, and not outside the direct business relationship of the parties. It certifies that it understands and complies with these restrictions.');
        expect(en).toContain("Except as this agreement amends it, the service contract remains in force unchanged. The processor's access to the personal data is no part of the consideration under the service contract.");
    });

    it('rejects a blank name next to a name, and "no special categories" next to an Art. 9 category', async () => {
        const both = await loadText('agreement A {\n    languages en\n}\nparty C controller {\n    name "C Ltd"\n    name to be inserted\n}\n');
        expect(both.diagnostics.filter(d => d.code === 'conflicting-values').map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([
            "6:5 'name to be inserted' leaves the name blank, but a 'name' is given too: keep one."
        ]);
        const special = await loadText('agreement A {\n    languages en\n}\ndata categories {\n    category health en "Health data" special art9\n}\nprocessing {\n    no special categories\n}\n');
        expect(special.diagnostics.filter(d => d.code === 'conflicting-values').map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([
            "8:5 'no special categories' contradicts category 'health', marked 'special art9': remove one."
        ]);
    });

    it('keeps art9-special-categories-safeguards silent for "no special categories" and a blank party name lint-neutral', async () => {
        const findings = lintModel(await modelOfText(synthetic)).findings.map(finding => finding.ruleId);
        expect(findings).not.toContain('art9-special-categories-safeguards');
        const named = lintModel(await modelOfText(synthetic.replace('name to be inserted', 'name "Client GmbH"'))).findings.map(finding => finding.ruleId);
        expect(findings).toEqual(named);
    });

    it('tells customers of a changed termination ground, CISG exclusion or list of laws (dpa diff)', async () => {
        const old = await modelOfText(synthetic);
        const next = await modelOfText(synthetic
            .replace('serious-breach, evaded-control', 'serious-breach')
            .replace('governing-law DE excluding cisg', 'governing-law DE')
            .replace('laws gdpr, bdsg', 'laws gdpr'));
        const paths = diffModels(old, next).flatMap(change => 'fields' in change ? change.fields.map(field => field.path) : [change.kind]);
        expect(paths).toEqual(expect.arrayContaining(['applicableLaws', 'generalTerms.term', 'generalTerms.governingLawExcludesCisg']));
        expect(paths).toHaveLength(3);
    });

    it('rejects a region country that is not an ISO code', async () => {
        const loaded = await loadText('agreement A {\n    languages en\n    region europe en "Europe" { eea  countries GB, Swiss }\n}\n');
        expect(loaded.diagnostics.filter(d => d.code === 'country-code-format').map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([
            "3:52 'Swiss' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. GB, CH)."
        ]);
    });

    it('rejects a region that names no country', async () => {
        const loaded = await loadText('agreement A {\n    languages en\n    region europe en "Europe" { }\n}\n');
        expect(loaded.diagnostics.filter(d => d.code === 'empty-construct').map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([
            "3:12 Region 'europe' names no country: add 'eea' or 'countries CC, …'."
        ]);
    });

    it('accepts a liability block that states only Art. 82', async () => {
        const loaded = await loadText('agreement A {\n    languages en\n}\ngeneral-terms {\n    liability { under art82 }\n}\n');
        expect(loaded.hasErrors).toBe(false);
    });
});

describe('clarifications of the standard contractual clauses', () => {
    const transfer = `agreement T {
    languages de, en
    main contract de "Hauptvertrag" en "service contract"
}
party C controller { name "C GmbH" country DE }
party V processor { name "V Inc." country US }
transfers {
    transfer toVendor {
        from C to V
        mechanism scc-2010/87
        text en "Own wording of the transfer." de "Eigene Fassung der Übermittlung."
        clarifications {
            appendices as annexes
            disclosable to authorities
            clauses confidential
            suspend only affected services after cure
            audits as in dpa
            sub-processor copies confidential
            liability as main contract except data subjects
            onward sub-processing consented
        }
    }
}
processing { subject-matter en "Hosting" de "Hosting" }
measures { version "1" }
`;

    it('holds the Secoda Appendix 3 terms as typed values', async () => {
        const model = await json('secoda/dpa.dpa');
        expect(model.transfers?.[0].clarifications).toMatchObject({
            appendicesAsAnnexes: true, disclosableToAuthorities: true, clausesConfidential: true, suspendOnlyAffectedServices: true, auditsAsInDpa: true,
            subProcessorCopiesConfidential: true, liabilityAsMainContractExceptDataSubjects: true, onwardSubProcessingConsented: true
        });
        expect(model.transfers?.[0].supplement?.en).not.toContain('confidential information');
    });

    it('prints them after the transfer\'s own wording, in German and English', async () => {
        const model = await modelOfText(transfer);
        const en = generateMarkdown(model, 'en');
        const de = generateMarkdown(model, 'de');
        expect(en).toContain('Own wording of the transfer.');
        expect(en).toContain('In addition to the standard contractual clauses the parties agree:');
        expect(en).toMatch(/- Appendix 1 of the clauses consists of the details of the processing \(Annex \d\), Appendix 2 of the technical and organisational measures \(Annex \d\) of this agreement\./);
        expect(en).toContain('- Claims under the clauses are subject to the exclusions and limitations of liability of the service contract; no party limits its liability towards data subjects.');
        expect(en).toContain('- If the data importer cannot comply with the clauses, the data exporter may suspend transfers or terminate only the affected part of the services, and only after notice and a reasonable period to cure.');
        expect(de).toContain('Zu den Standardvertragsklauseln vereinbaren die Parteien ergänzend:');
        expect(de).toMatch(/- Anhang 1 der Klauseln bilden die Einzelheiten der Verarbeitung \(Anlage \d\), Anhang 2 die technischen und organisatorischen Maßnahmen \(Anlage \d\) dieses Vertrags\./);
        expect(de).toContain('- Der Datenexporteur stimmt der Weitervergabe an Unterauftragsverarbeiter nach den Klauseln allgemein zu, sofern der Datenimporteur die Regeln dieses Vertrags zur Unterauftragsverarbeitung einhält.');
        expect(de).toContain('- Die Klauseln sind vertrauliche Informationen des Datenimporteurs;');
    });

    it('leaves clarifications out of the model when the transfer has none, and formats them idempotently', async () => {
        const model = await modelOfText(transfer.replace(/ {8}clarifications \{[\s\S]*?\n {8}\}\n/, ''));
        expect(model.transfers?.[0]).not.toHaveProperty('clarifications');
        await expectFormatting(services)({ before: transfer, after: transfer });
    });
});

describe('editor support', () => {
    const formatting = expectFormatting(services);
    const hover = expectHover(services);

    it('leaves a tidy file with the new constructs unchanged (formatter idempotence)', async () => {
        await formatting({ before: synthetic, after: synthetic });
    });

    it('lays out the new constructs when they are written untidily', async () => {
        const messy = synthetic.replace('    laws gdpr, bdsg\n', '    laws   gdpr ,bdsg\n').replace('    governing-law DE excluding cisg\n', '  governing-law DE   excluding   cisg\n');
        await formatting({ before: messy, after: synthetic });
    });

    it('explains the new keywords on hover', async () => {
        const at = (needle: string, offset: number) => synthetic.slice(0, synthetic.indexOf(needle) + offset) + '<|>' + synthetic.slice(synthetic.indexOf(needle) + offset);
        await hover({ text: at('laws gdpr', 1), index: 0, hover: /Laws the agreement applies under/, disposeAfterCheck: true });
        await hover({ text: at('terminable by', 2), index: 0, hover: /Termination for cause by the controller/, disposeAfterCheck: true });
        await hover({ text: at('under art82', 1), index: 0, hover: /Art\. 82 GDPR/, disposeAfterCheck: true });
        await hover({ text: at('no special', 1), index: 0, hover: /Art\. 9 GDPR/, disposeAfterCheck: true });
        await hover({ text: at('duties notices', 1), index: 0, hover: /controller's own duties/, disposeAfterCheck: true });
        await hover({ text: at('conflict stricter', 1), index: 0, hover: /Conflicting data protection laws/, disposeAfterCheck: true });
        await hover({ text: at('ccpa {', 1), index: 0, hover: /CCPA roles/, disposeAfterCheck: true });
        await hover({ text: at('region europe', 1), index: 0, hover: /A region the agreement defines/, disposeAfterCheck: true });
    });
});
