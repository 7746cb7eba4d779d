import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { createDpaServices, formatDpaText } from '@dpa-as-code/language';
import { diffModels, findObligation } from '@dpa-as-code/model';
import { loadText, modelOf, modelOfText, repoRoot, runCliInProcess } from './helpers.js';
import { services as editorServices } from './language-server/language-server-services.js';

// Issue 9 coverage (CV1): instruction handling (purposes, copies, channels, retention, suspension, the persons giving and
// receiving instructions), confidentiality scope (own staff, training, other secrets, access data), data subjects'
// requests (reasonable, costs, forwarding, information only on instruction), notices to the controller (`notify`,
// `access-requests`), the cost bearer of assistance, and the grounds of a DPO's appointment.

const services = createDpaServices(EmptyFileSystem).Dpa;

const DPA = `agreement Details {
    languages de, en
}

party c controller {
    name "C GmbH"
}

party p processor {
    name "P GmbH"
    dpo {
        appointed under art37-1-b, bdsg-38
        details notified
    }
}

obligations {
    instructions {
        only on instructions
        no other purposes
        no third-party disclosure
        copies only where needed
        channels in-writing, electronic
        oral confirmed
        retained
        may suspend if infringing
        given by blank
        received by "Simon Wörpel", "Erika Muster"
        changes notified
        changes agreed jointly
    }
    confidentiality {
        own staff only
        regular training
        other secrets social-security, telecommunications, professional
        access data secret
    }
    data-subject-rights {
        reasonable
        costs controller
        only on instructions
        forward requests if identifiable
        information only on instructions
        staff information via contacts
    }
    compliance-assistance {
        articles art30, art35
        notify supervisory-inspection
        notify without delay access-request, certificate-change, code-of-conduct-measure
        access-requests electronic, forwarded, joint-disclosure, documented
        costs shared
    }
}
`;

const model = () => modelOfText(DPA);

describe('the examples carry the facts as typed values', () => {
    it('dataresearchcenter: instructions (7, 8.1), confidentiality (9), requests (12), notices (8.3) and the DPO (8.3, 8.5)', async () => {
        const m = await modelOf('examples/dataresearchcenter/avv.dpa');
        expect(findObligation(m, 'instructions')).toMatchObject({
            noOtherPurposes: true, noThirdPartyDisclosure: true, copiesOnlyWhereNeeded: true,
            channels: ['in-writing', 'text-form', 'electronic'], oralConfirmed: true, retained: true, maySuspend: true,
            givenByBlank: true, receivedBy: ['Simon Wörpel'], personChangesNotified: true, changesAgreedJointly: true
        });
        expect(findObligation(m, 'instructions')?.givenBy).toBeUndefined();
        expect(findObligation(m, 'confidentiality')).toMatchObject({
            ownStaffOnly: true, regularTraining: true, otherSecrets: ['social-security', 'telecommunications', 'professional'], accessDataSecret: true
        });
        expect(findObligation(m, 'data-subject-rights')).toMatchObject({
            rights: ['access', 'rectification', 'erasure'], onlyOnInstructions: true, forwardsRequests: true, informationOnlyOnInstructions: true,
            staffInformationViaContacts: true
        });
        expect(findObligation(m, 'data-subject-rights')?.forwardsIfIdentifiable).toBeUndefined();
        const assistance = findObligation(m, 'compliance-assistance')!;
        expect(assistance.articles).toEqual(['art30', 'art33', 'art34', 'art35']);
        expect(assistance.notify).toEqual([
            { triggers: ['supervisory-inspection'], withoutDelay: false },
            { triggers: ['access-request', 'certificate-change', 'code-of-conduct-measure'], withoutDelay: true }
        ]);
        expect(assistance.accessRequests).toEqual(['electronic', 'forwarded', 'joint-disclosure', 'documented']);
        const dpo = m.parties.find(party => party.role === 'processor')?.dpo;
        expect(dpo).toMatchObject({ appointedUnder: ['art37-1-b', 'art37-1-c', 'bdsg-38'], detailsNotified: true, changesNotified: true });
        expect(dpo?.name).toBeUndefined();
    });

    it('secoda: reasonable assistance at the customer\'s cost, requests forwarded if the customer is identifiable (7.1, 8.1)', async () => {
        const m = await modelOf('examples/secoda/dpa.dpa');
        expect(findObligation(m, 'data-subject-rights')).toMatchObject({ reasonable: true, forwardsRequests: true, forwardsIfIdentifiable: true, costs: 'controller' });
        expect(findObligation(m, 'compliance-assistance')).toMatchObject({ articles: ['art33', 'art35', 'art36'], costs: 'controller' });
    });
});

describe('the model of a synthetic file', () => {
    it('leaves every value absent that the file does not state', async () => {
        const m = await modelOfText('agreement Bare { languages en }\nparty p processor { name "P" dpo { } }\nobligations {\n    instructions { only on instructions }\n    confidentiality { staff committed }\n    data-subject-rights { }\n    compliance-assistance { articles art32 }\n}\n');
        expect(Object.keys(findObligation(m, 'instructions')!).sort()).toEqual(['coversTransfers', 'documentedOnly', 'informsOfInfringement', 'kind', 'onlyOnInstructions', 'source']);
        expect(Object.keys(findObligation(m, 'confidentiality')!).sort()).toEqual(['kind', 'source', 'staffCommitted', 'survivesTermination']);
        expect(Object.keys(findObligation(m, 'data-subject-rights')!).sort()).toEqual(['kind', 'rights', 'source', 'withinStatutoryDeadlines']);
        expect(Object.keys(findObligation(m, 'compliance-assistance')!).sort()).toEqual(['articles', 'kind', 'source']);
        expect(Object.keys(m.parties[0]!.dpo!).sort()).toEqual(['changesNotified', 'external', 'source']);
    });

    it('validates against the JSON schema, which rejects an unknown notify event', async () => {
        const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'dpa-model.schema.json'), 'utf8'));
        const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
        const json = JSON.parse(generateJson(await model()));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        json.obligations.find((o: { kind: string }) => o.kind === 'compliance-assistance').notify[0].triggers = ['tax-audit'];
        expect(validate(json)).toBe(false);
        expect(validate.errors).toEqual(expect.arrayContaining([expect.objectContaining({ keyword: 'enum', instancePath: expect.stringMatching(/\/notify\/0\/triggers\/0$/) })]));
    });
});

describe('contract text in German and English', () => {
    const markdown = async (lang: 'de' | 'en') => generateMarkdown(await model(), lang);

    it('instructions: purposes, copies, channels, retention, suspension and the persons', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Der Auftragsverarbeiter verwendet die personenbezogenen Daten zu keinem anderen Zweck als der weisungsgemäßen Verarbeitung. Der Auftragsverarbeiter gibt die personenbezogenen Daten nicht an Dritte weiter.');
        expect(en).toContain('Instructions are given in writing or by electronic means. Oral instructions are confirmed without undue delay in one of these forms. Instructions are kept for as long as the engagement lasts, and in any case for as long as they apply. If the processor considers an instruction unlawful, it may suspend carrying it out until the controller confirms it.');
        expect(de).toContain('Weisungen werden schriftlich oder auf elektronischem Weg erteilt. Mündliche Weisungen werden unverzüglich in einer dieser Formen bestätigt.');
        expect(de).toContain('Weisungsberechtigt beim Verantwortlichen: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_. Weisungsempfänger beim Auftragsverarbeiter: Simon Wörpel und Erika Muster.');
        expect(en).toContain('Recipient of instructions on the processor’s side: Simon Wörpel and Erika Muster. If the persons entitled to give or to receive instructions change, the party concerned tells the other without undue delay.');
        expect(en).toContain('once processing is complete it deletes them without undue delay or hands them over to the controller.');
    });

    it('oral instructions without channels are confirmed in documented form', async () => {
        const m = await modelOfText('agreement O { languages de, en }\nobligations { instructions { oral confirmed } }\n');
        expect(generateMarkdown(m, 'en')).toContain('Oral instructions are confirmed without undue delay in documented form.');
        expect(generateMarkdown(m, 'de')).toContain('Mündliche Weisungen werden unverzüglich in dokumentierter Form bestätigt.');
    });

    it('confidentiality: own staff, training, other secrets with § 203 StGB, access data', async () => {
        expect(await markdown('de')).toContain('Der Auftragsverarbeiter wahrt außerdem das Sozialgeheimnis, das Fernmeldegeheimnis und Berufsgeheimnisse (§ 203 StGB) und verpflichtet seine Beschäftigten darauf.');
        const en = await markdown('en');
        expect(en).toContain('The processor uses only its own employees for the processing. The processor trains the staff involved in data protection at regular intervals.');
        expect(en).toContain('social-security secrecy, the secrecy of telecommunications and professional secrets (Section 203 StGB)');
    });

    it('data subjects\' requests: reasonable, at the controller\'s cost, forwarded if identifiable', async () => {
        const en = await markdown('en');
        expect(en).toContain('The assistance is limited to what is reasonable. The controller bears the cost of this assistance.');
        expect(en).toContain('If a data subject turns to the processor directly, the processor passes the request on to the controller without undue delay, provided it can tell which controller is concerned.');
        expect(await markdown('de')).toContain('Auskünfte an Dritte oder betroffene Personen erteilt der Auftragsverarbeiter nur auf Weisung des Verantwortlichen. Beschäftigten des Verantwortlichen erteilt der Auftragsverarbeiter Auskünfte nicht unmittelbar, sondern nur über die vereinbarten Kontaktpersonen.');
        expect(en).toContain('The processor gives information to the controller’s employees not directly but only through the agreed contact persons.');
    });

    it('a data-subject-rights clause that only forwards requests does not restate the assistance', async () => {
        const m = await modelOfText('agreement F { languages en }\nobligations { data-subject-rights { forward requests } }\n');
        const en = generateMarkdown(m, 'en');
        expect(en).toContain('the processor passes the request on to the controller without undue delay.');
        expect(en).not.toContain('The processor assists the controller');
    });

    it('compliance assistance: the record of processing, one notice sentence per line, access requests, shared costs', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(en).toContain('- records of processing activities (Art. 30 GDPR)');
        expect(de).toContain('- Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)');
        expect(en).toContain('The processor informs the controller of inspections and measures of the supervisory authority (Art. 58 GDPR). The processor informs the controller without undue delay of requests by authorities, prosecutors or private third parties for access to the personal data, any change to, expiry or withdrawal of a certification (Art. 42 GDPR) and action taken against it by the monitoring body under Art. 41(4) GDPR, such as exclusion from an approved code of conduct.');
        expect(de).toContain('Der Auftragsverarbeiter unterrichtet den Verantwortlichen über Kontrollen und Maßnahmen der Aufsichtsbehörde (Art. 58 DSGVO).');
        expect(de).toContain('Auf ein Zugriffsersuchen gibt der Auftragsverarbeiter Daten, soweit rechtlich zulässig, nur gemeinsam mit dem Verantwortlichen heraus.');
        expect(en).toContain('The parties share the cost of this assistance.');
    });

    it('the DPO line names the grounds of the appointment; the details sentence follows', async () => {
        expect(await markdown('en')).toContain('- *Data protection officer:* appointed under Art. 37(1)(b) GDPR and Section 38 BDSG');
        expect(await markdown('de')).toContain('- *Datenschutzbeauftragter:* bestellt nach Art. 37 Abs. 1 lit. b DSGVO und § 38 BDSG');
        expect(await markdown('en')).toContain('The processor gives the controller the name and contact details of its data protection officer.');
        const named = await modelOfText('agreement N { languages en }\nparty p processor { name "P" dpo { name "Erika" external appointed under art37-1-c } }\n');
        expect(generateMarkdown(named, 'en')).toContain('- *Data protection officer:* Erika (external data protection officer, appointed under Art. 37(1)(c) GDPR)');
    });

    it('a clause with its own text prints that text, not the library sentences of the new values', async () => {
        const m = await modelOfText('agreement T { languages en }\nobligations { instructions { retained text en "Own wording." } }\n');
        const en = generateMarkdown(m, 'en');
        expect(en).toContain('Own wording.');
        expect(en).not.toContain('Instructions are kept');
        expect(findObligation(m, 'instructions')?.retained).toBe(true);
    });
});

describe('validation, names and the formatter', () => {
    it('reports a repeated flag', async () => {
        const loaded = await loadText('agreement V {\n    languages en\n}\nobligations {\n    instructions { retained retained }\n}\n');
        expect(loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
            "5:29 duplicate-property 'retained' is given more than once here; keep one so no value is silently dropped."
        ]);
    });

    it('rejects a named person together with blank', async () => {
        const loaded = await loadText('agreement V {\n    languages en\n}\nobligations {\n    instructions { received by "A" received by blank }\n}\n');
        expect(loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
            "5:48 conflicting-values 'received by blank' leaves the person to be filled in, but 'received by' also names one: keep one."
        ]);
    });

    it('keeps the new keywords usable as names', async () => {
        const loaded = await loadText('agreement V { languages en }\ndata categories {\n    category training "Training"\n    category requests "Requests"\n    category professional "Professional"\n    category costs "Costs"\n    category retained "Retained"\n}\n');
        expect(loaded.diagnostics).toEqual([]);
    });

    it('puts each new value on its own line and is stable', async () => {
        const squeezed = DPA.replace(/^ +/gm, '').replace(/ +$/gm, '');
        const formatted = await formatDpaText(services, squeezed, 'squeezed.dpa');
        const again = await formatDpaText(services, DPA, 'formatted.dpa');
        if (!formatted.ok || !again.ok) throw new Error('the text has syntax errors');
        // Compared from the DPO block on: the layout of the top-level sections is the formatter's own test's subject.
        const fromDpo = (text: string) => text.slice(text.indexOf('    dpo {'));
        expect(fromDpo(formatted.text)).toEqual(fromDpo(DPA));
        expect(fromDpo(again.text)).toEqual(fromDpo(DPA));
    });
});

describe('diff', () => {
    it('reports a notice event that is dropped', async () => {
        const before = await model();
        const after = await modelOfText(DPA.replace('access-request, certificate-change, code-of-conduct-measure', 'access-request'));
        expect(diffModels(before, after)).toEqual([expect.objectContaining({
            kind: 'obligation-changed', obligationKind: 'compliance-assistance',
            fields: [{ path: 'notify', before: expect.anything(), after: [{ triggers: ['supervisory-inspection'], withoutDelay: false }, { triggers: ['access-request'], withoutDelay: true }] }]
        })]);
    });
});

describe('dpa diff', () => {
    it('describes a changed notice line in the words of the file', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cv1-diff-'));
        writeFileSync(join(dir, 'old.dpa'), DPA);
        writeFileSync(join(dir, 'new.dpa'), DPA.replace('access-request, certificate-change, code-of-conduct-measure', 'access-request'));
        const result = await runCliInProcess(['diff', 'old.dpa', 'new.dpa'], { cwd: dir });
        expect(result.stdout).toContain('notify: notify supervisory-inspection, notify without delay access-request, certificate-change, code-of-conduct-measure → notify supervisory-inspection, notify without delay access-request');
    });
});

describe('hover', () => {
    const hover = expectHover(editorServices);
    const hoverMatches = (text: string, pattern: RegExp) => hover({ text, index: 0, hover: pattern, disposeAfterCheck: true });

    it('explains a notice event and the other secrets with their citation', async () => {
        await hoverMatches(DPA.replace('notify supervisory-inspection', 'notify supervisory-insp<|>ection'), /\*\*Supervisory inspections and measures\*\*\n\nArt\. 58 GDPR · Art\. 58 DSGVO/);
        await hoverMatches(DPA.replace('other secrets', 'ot<|>her secrets'), /\*\*Other secrets\*\*\n\nArt\. 28\(3\)\(b\) GDPR · Art\. 28 Abs\. 3 lit\. b DSGVO\n\n.*Section 203 StGB/s);
    });
});
