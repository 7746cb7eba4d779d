import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintModel } from '@dpa-as-code/lint';
import { findObligation, type DpaModel } from '@dpa-as-code/model';
import { generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { examplePath, load, modelOf, runCliInProcess } from './helpers.js';

/**
 * The examples written from two public DPAs the project had never seen (issue 9): the German/English AV-Vertrag of
 * IDIO Daten Import Export GmbH (github.com/dataresearchcenter/legal) and the US SaaS DPA of Secoda, Inc.
 * (github.com/secoda/gitbook). These tests pin facts of the sources; docs/coverage/*.md map every fact to its line.
 */
const json = async (name: string): Promise<DpaModel> => JSON.parse(generateJson(await modelOf(examplePath(name))));

const ruleIdsOf = async (name: string): Promise<string[]> => {
    const file = examplePath(name);
    return lintModel(await modelOf(file), { sourceText: readFileSync(file, 'utf8') }).findings.map(f => f.ruleId);
};

const NEW_EXAMPLES = ['dataresearchcenter/avv.dpa', 'dataresearchcenter/subprocessors.dpa', 'secoda/dpa.dpa', 'secoda/subprocessors.dpa'];

describe('the examples parse and link without any diagnostic', () => {
    for (const name of NEW_EXAMPLES) {
        it(name, async () => {
            const loaded = await load(examplePath(name));
            expect(loaded.diagnostics).toEqual([]);
        });
    }
});

describe('dpa validate checks each agreement together with the list file it uses', () => {
    it('reports no error and no warning for both agreements', async () => {
        const result = await runCliInProcess(['validate', 'examples/dataresearchcenter/avv.dpa', 'examples/secoda/dpa.dpa']);
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(result.stderr).toMatch(/0 errors, 0 warnings/);
    });
});

describe('examples/dataresearchcenter holds the AV-Vertrag 1.1 of IDIO Daten Import Export GmbH', () => {
    const file = 'dataresearchcenter/avv.dpa';

    it('is version 1.1 of 7 November 2024, in German and English, naming no prevailing version', async () => {
        const model = await json(file);
        expect(model.version).toBe('1.1');
        expect(model.date).toBe('2024-11-07');
        expect(model.languages).toEqual(['de', 'en']);
        expect(model.binding).toBeUndefined();
        expect(model.title).toEqual({ de: 'Auftragsverarbeitungs-Vertrag', en: 'Data Processing Agreement' });
    });

    it('names the processor with its Berlin address and legal contact, and the client as still to be inserted', async () => {
        const model = await json(file);
        const processor = model.parties.find(p => p.role === 'processor')!;
        expect(processor.legalName?.neutral).toBe('IDIO Daten Import Export GmbH');
        expect(processor.address?.neutral).toBe('Gottschedstr. 4, 13357 Berlin');
        expect(processor.country).toBe('DE');
        expect(processor.contacts.flatMap(c => c.emails)).toEqual(['legal@investigativedata.org']);
        expect(processor.roleName).toEqual({ de: 'Auftragnehmer', en: 'Processor' });
        const controller = model.parties.find(p => p.role === 'controller')!;
        expect(controller.roleName).toEqual({ de: 'Auftraggeber', en: 'Controller' });
        expect(controller.legalName).toBeUndefined();
        expect(controller.legalNameToBeInserted).toBe(true);
    });

    it('lists the three kinds of data subject and the four types of data of sections 3 and 4', async () => {
        const model = await json(file);
        expect(model.dataSubjects.map(s => s.label.de)).toEqual([
            'Mitarbeitende der Kundin', 'Dritte Nutzer*innen der Services', 'Personen, die in verarbeiteten Daten erwähnt sind'
        ]);
        expect(model.dataCategoryGroups.flatMap(g => g.categories.map(c => c.label.en))).toEqual([
            'Communication data (name, e-mail)', 'Data for authentication and authorisation (name and/or login user name)',
            'Log data', 'Personal data from the controller\'s journalistic work'
        ]);
    });

    it('imports the five sub-processors of the list file with their countries and web addresses', async () => {
        const model = await json(file);
        expect(model.subProcessors.map(s => [s.legalName, s.country, s.url])).toEqual([
            ['Hetzner Online GmbH', 'DE', 'https://hetzner.com'],
            ['FlokiNET ehf', 'IS', 'https://flokinet.is'],
            ['Borgbase', 'MT', 'https://borgbase.com'],
            ['http.net Internet GmbH', 'DE', 'https://www.http.net'],
            ['Haufe-Lexware GmbH & Co. KG', 'DE', 'https://www.lexware.de']
        ]);
        expect(model.subProcessors.every(s => s.source.file === 'subprocessors.dpa')).toBe(true);
        const borgbase = model.subProcessors.find(s => s.id === 'borgbase')!;
        expect(borgbase.address?.neutral).toBe('Peakford Ltd, 86, \'The Office\' Leli Falzon Street, Naxxar NXR 2609, Malta');
        expect(model.subProcessors.find(s => s.id === 'flokinet')!.services.map(s => s.purpose.neutral)).toEqual(['Backup storage, Compute']);
    });

    it('needs prior written consent for each sub-processor and keeps processing in the EU/EEA (Art. 45(3), 46(2) GDPR)', async () => {
        const model = await json(file);
        const subProcessing = findObligation(model, 'sub-processing')!;
        expect(subProcessing.authorisation).toBe('specific');
        expect(subProcessing.flowDown).toBe(true);
        expect(subProcessing.processorLiable).toBe(false);
        const location = findObligation(model, 'processing-location')!;
        expect(location.region).toBe('eu-eea');
        expect(location.outsideWith).toEqual(['art45', 'art46']);
        expect(location.outsideOnlyWithPriorConsent).toBe(true);
    });

    it('lets the processor adapt the TOMs to progress without lowering the level, instead of amending the agreement', async () => {
        const model = await json(file);
        expect(model.processorMayUpdate).toBeUndefined();
        expect(findObligation(model, 'security')).toMatchObject({ referencesMeasures: true, measuresAdaptable: true, materialChanges: ['documented', 'notified'] });
        const ids = await ruleIdsOf(file);
        expect(ids).not.toContain('art28-9-unilateral-amendment');
        expect(ids).not.toContain('art28-3-a-instructions');
    });

    it('states breach notice content, a deletion confirmation and auditors bound to secrecy', async () => {
        const model = await json(file);
        const breach = findObligation(model, 'breach-notification')!;
        expect(breach.withoutUndueDelay).toBe(true);
        expect(breach.deadline).toBeUndefined();
        expect(breach.content).toEqual(['nature', 'consequences', 'measures']);
        const end = findObligation(model, 'end-of-processing')!;
        expect(end).toMatchObject({ action: 'delete-or-return', certifiesDeletion: true, controllersChoice: false });
        const audits = findObligation(model, 'audits')!;
        expect(audits.inspections).toMatchObject({ duringBusinessHours: true, thirdPartyAuditor: true, auditorConfidentiality: true });
    });

    it('has German law, Berlin courts, severability and liability under Art. 82 GDPR', async () => {
        const terms = (await json(file)).generalTerms!;
        expect(terms.governingLaw).toBe('DE');
        expect(terms.courts).toMatchObject({ country: 'DE', place: { neutral: 'Berlin' }, exclusive: false });
        expect(terms.severability).toBeDefined();
        expect(terms.liability?.asMainContract).toBe(false);
        expect(terms.liability).toMatchObject({ statutoryArt82: true, controllerIndemnifiesUnlawfulInstructions: true });
        expect(terms.liability?.text).toBeUndefined();
    });

    it('keeps the TOMs of version 1.0: 4 top-level groups, the level-3 shredder and daily backups', async () => {
        const measures = (await json(file)).measures!;
        expect(measures.version).toBe('1.0');
        expect(measures.groups.map(g => g.title.de)).toEqual([
            'Vertraulichkeit', 'Integrität', 'Verfügbarkeit und Belastbarkeit', 'Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung'
        ]);
        const text = JSON.stringify(measures);
        expect(text).toContain('"name":"shredderLevel"');
        expect(text).toMatch(/"name":"backupInterval","value":\{[^}]*"period":\{"value":1,"unit":"days"\}/);
        expect(text).toContain('Gelände: PIN');
    });

    it('generates the contract in German and in English with the facts of the source', async () => {
        const model = await modelOf(examplePath(file));
        const de = generateMarkdown(model, 'de');
        expect(de).toContain('# Auftragsverarbeitungs-Vertrag');
        expect(de).toContain('IDIO Daten Import Export GmbH');
        expect(de).toContain('Gottschedstr. 4, 13357 Berlin');
        expect(de).toContain('FlokiNET ehf');
        expect(de).toContain('Weisungsempfänger beim Auftragnehmer ist Simon Wörpel');
        expect(de).toContain('Art. 82 DSGVO');
        const en = generateMarkdown(model, 'en');
        expect(en).toContain('# Data Processing Agreement');
        expect(en).toContain('Haufe-Lexware GmbH & Co. KG');
        expect(en).toContain('Website: <https://www.lexware.de>');
        expect(en).toContain('the recipient of instructions at the processor is Simon Wörpel');
        expect(en).toContain('Art. 82 GDPR');
        expect(en).not.toContain('Auftragnehmer');
    });
});

describe('lint reports the real gaps of the two DPAs (docs/coverage/*.md, "Lint findings")', () => {
    it('finds no audit clause, no sub-processor notice or objection and no data types in the Secoda DPA', async () => {
        const ids = await ruleIdsOf('secoda/dpa.dpa');
        expect(ids).toEqual(expect.arrayContaining([
            'art28-3-h-audits', 'art28-2-general-authorisation', 'art28-3-data-types', 'art28-9-unilateral-amendment',
            'art28-3-second-subparagraph-infringing-instructions', 'art28-2-sub-processor-identity'
        ]));
        expect(ids.filter(id => id === 'art28-2-sub-processor-identity')).toHaveLength(17);
    });

    it('finds the AV-Vertrag complete on audits, sub-processor consent and data types, but without a binding language', async () => {
        const ids = await ruleIdsOf('dataresearchcenter/avv.dpa');
        expect(ids).toContain('hygiene-binding-language');
        for (const absent of ['art28-3-h-audits', 'art28-2-general-authorisation', 'art28-3-data-types', 'art28-3-data-subjects',
            'art28-2-sub-processor-identity', 'chapter5-transfer-basis']) {
            expect(ids).not.toContain(absent);
        }
    });
});

describe('examples/secoda holds the Secoda, Inc. DPA and its published sub-processor list', () => {
    const file = 'secoda/dpa.dpa';

    it('is English only, takes effect on signature and names Secoda, Inc. as the vendor', async () => {
        const model = await json(file);
        expect(model.languages).toEqual(['en']);
        expect(model.effective).toMatchObject({ kind: 'on-signature' });
        const vendor = model.parties.find(p => p.role === 'processor')!;
        expect(vendor.legalName?.neutral).toBe('Secoda, Inc.');
        expect(vendor.roleName?.en).toBe('Vendor');
    });

    it('lists the 17 sub-processors, all in the US except AWS hosting in the US, Germany and Singapore', async () => {
        const model = await json(file);
        expect(model.subProcessors).toHaveLength(17);
        const aws = model.subProcessors.find(s => s.legalName === 'Amazon Web Services, Inc.')!;
        expect(aws.services.map(s => [s.purpose.en, s.location])).toEqual([
            ['Hosting (us-east-1)', { regionDependent: false, countries: ['US'] }],
            ['Hosting (eu-central-1)', { regionDependent: false, countries: ['DE'] }],
            ['Hosting (ap-southeast-1)', { regionDependent: false, countries: ['SG'] }]
        ]);
        const others = model.subProcessors.filter(s => s !== aws);
        expect(others.every(s => s.services.length === 1 && s.services[0].location?.regionDependent === false
            && s.services[0].location.countries.join() === 'US')).toBe(true);
        expect(model.subProcessors.map(s => s.legalName)).toContain('Carry Technologies, Inc. dba Hightouch');
        expect(model.subProcessors.find(s => s.id === 'openai')!.services[0].purpose.en).toBe('Artificial Intelligence');
    });

    it('deletes or returns at the customer\'s election within 30 days, and tells of legal requirements first', async () => {
        const model = await json(file);
        const end = findObligation(model, 'end-of-processing')!;
        expect(end).toMatchObject({ action: 'delete-or-return', controllersChoice: true, includesCopies: true, legalRetentionException: true });
        expect(end.deleteWithin).toEqual({ value: 30, unit: 'days' });
        expect(end.returnWithin).toEqual({ value: 30, unit: 'days' });
        const instructions = findObligation(model, 'instructions')!;
        expect(instructions.documentedOnly).toBe(true);
        expect(instructions.informsOfLegalRequirement).toBe(true);
        expect(instructions.informsOfInfringement).toBe(false);
        expect(findObligation(model, 'sub-processing')).toMatchObject({ authorisation: 'general', flowDown: true, processorLiable: true });
        expect(findObligation(model, 'audits')).toBeUndefined();
    });

    it('transfers from the customer to Secoda on the repealed SCCs of Decision 2010/87/EU, with a successor mechanism', async () => {
        const transfers = (await json(file)).transfers!;
        expect(transfers).toHaveLength(1);
        expect(transfers[0]).toMatchObject({
            exporter: { kind: 'party', id: 'customer' }, importer: { kind: 'party', id: 'secoda' },
            mechanism: { kind: 'scc-2010/87' }, authorisedByController: true, successorMechanism: true
        });
        expect(transfers[0].text?.en).toContain('Decision 2010/87/EU of 5 February 2010');
        expect(await ruleIdsOf(file)).toContain('chapter5-scc-2010-87-repealed');
        expect(findObligation(await json(file), 'security')?.measuresAdaptable).toBe(true);
    });

    it('lets the DPA prevail over the Agreement and leaves liability to the Agreement', async () => {
        const terms = (await json(file)).generalTerms!;
        expect(terms.precedence?.order).toEqual(['dpa', 'main-contract']);
        expect(terms.liability?.asMainContract).toBe(true);
        expect(terms.governingLaw).toBeUndefined();
    });

    it('keeps the numbers of Exhibit B: 12-character passwords, lockout after 10 attempts, TLS 1.2, 256-bit, 90 days', async () => {
        const measures = (await json(file)).measures!;
        expect(measures.groups).toHaveLength(13);
        const text = JSON.stringify(measures);
        expect(text).toMatch(/"name":"passwordMinLength","value":\{[^}]*"amount":12/);
        expect(text).toMatch(/"name":"lockoutAfterFailedAttempts","value":\{[^}]*"amount":10/);
        expect(text).toContain('"TLS 1.2"');
        expect(text).toMatch(/"name":"atRestKeyLength","value":\{[^}]*"amount":256/);
        expect(text).toMatch(/"name":"liveDataDeletedWithin","value":\{[^}]*"period":\{"value":90,"unit":"days"\}/);
        expect(text).toContain('"NIST SP 800-88 Rev. 1"');
    });

    it('generates the English contract with the vendor, the 30 days and the sub-processors', async () => {
        const en = generateMarkdown(await modelOf(examplePath(file)), 'en');
        expect(en).toContain('# Data Processing Agreement');
        expect(en).toContain('Secoda, Inc.');
        expect(en).toContain('30 days');
        expect(en).toContain('Peaberry Software Inc. (also known as Customer.io)');
        expect(en).toContain('Raintank Inc. (also known as Grafana Labs)');
        expect(en).toContain('Singapore');
    });
});
