import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildChangeNotice, generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { createDpaServices, formatDpaText } from '@dpa-as-code/language';
import { diffModels, findObligation, type DpaModel } from '@dpa-as-code/model';
import { expectCompletion, expectHover } from 'langium/test';
import { loadText, modelOfText, repoRoot, runCliInProcess } from './helpers.js';
import { services as editorServices } from './language-server/language-server-services.js';

// Issue 9, items 2 and 3: audit mechanics (certifications, reports first, notice channel, frequency cap with
// exceptions, costs on a material breach, the auditor's confidentiality and approval) and deadlines and
// conditions on obligations (deletion, return and certificate within a period, breach notice content and
// phases, instructions that cannot be followed or conflict with a legal requirement, sub-processor notice
// without a period, objection on reasonable grounds, deemed acceptance, termination of the affected services).

const services = createDpaServices(EmptyFileSystem).Dpa;

const DPA = `agreement Mechanics {
    languages de, en
}

obligations {
    instructions {
        only on instructions
        documented only
        inform if unable
        inform of legal requirement
    }
    sub-processing {
        authorisation general
        notice in-writing
        objection within 14 days on reasonable grounds
        deemed accepted
        on objection controller-may-terminate only affected services
    }
    breach-notification {
        without undue delay
        within 48 hours
        content nature, contact, consequences, measures
        information in phases
    }
    end-of-processing {
        action delete-or-return
        at controller choice
        delete within 30 days
        return within 14 days
        certify deletion on request within 10 days
    }
    audits {
        information on request
        certifications iso-27001, soc2-type2, bsi-c5
        inspections {
            reports first
            notice 30 days in-writing
            at most once per 12 months unless after-breach, authority-request
            auditor confidentiality
            auditor approved by processor not unreasonably withheld
            costs controller unless material breach
        }
    }
}
`;

const model = () => modelOfText(DPA);

describe('the model of the new values', () => {
    it('holds each value as typed data', async () => {
        const m = await model();
        expect(findObligation(m, 'instructions')).toMatchObject({ informsIfUnable: true, informsOfLegalRequirement: true });
        const subProcessing = findObligation(m, 'sub-processing')!;
        expect(subProcessing).toMatchObject({
            noticeChannel: 'in-writing', objectionPeriod: { value: 14, unit: 'days' }, objectionForGoodCause: false,
            objectionOnReasonableGrounds: true, deemedAccepted: true, onObjection: 'controller-may-terminate', terminationOnlyAffectedServices: true
        });
        expect(subProcessing.notice).toBeUndefined();
        expect(findObligation(m, 'breach-notification')).toMatchObject({ content: ['nature', 'contact', 'consequences', 'measures'], informationInPhases: true });
        expect(findObligation(m, 'end-of-processing')).toMatchObject({
            deleteWithin: { value: 30, unit: 'days' }, returnWithin: { value: 14, unit: 'days' },
            certifiesDeletion: true, certifiesOnRequest: true, certificationWithin: { value: 10, unit: 'days' }
        });
        const audits = findObligation(m, 'audits')!;
        expect(audits.certifications).toEqual(['iso-27001', 'soc2-type2', 'bsi-c5']);
        expect(audits.inspections).toMatchObject({
            reportsFirst: true, reportsOnly: false, noticePeriod: { value: 30, unit: 'days' }, noticeChannel: 'in-writing',
            frequencyCap: { times: 1, per: { value: 12, unit: 'months' }, exceptions: ['after-breach', 'authority-request'] },
            auditorConfidentiality: true, auditorApproval: true, auditorApprovalNotUnreasonablyWithheld: true,
            costs: 'controller', processorPaysOnMaterialBreach: true
        });
    });

    it('leaves every new value out when the file does not state it (schema version 1 stays valid)', async () => {
        const m = await modelOfText('agreement Plain { languages en }\nobligations {\n    audits { inspections { notice reasonable } }\n    sub-processing { notice 30 days }\n    end-of-processing { certify deletion }\n}\n');
        const json = JSON.parse(generateJson(m));
        const [audits, subProcessing, end] = ['audits', 'sub-processing', 'end-of-processing'].map(kind => json.obligations.find((o: { kind: string }) => o.kind === kind));
        expect(Object.keys(audits)).not.toContain('certifications');
        expect(Object.keys(audits.inspections)).not.toEqual(expect.arrayContaining(['noticeChannel', 'frequencyCap', 'reportsFirst']));
        expect(Object.keys(subProcessing)).not.toEqual(expect.arrayContaining(['deemedAccepted']));
        expect(end).toMatchObject({ certifiesDeletion: true });
        expect(Object.keys(end)).not.toContain('certifiesOnRequest');
    });

    it('counts several inspections per period', async () => {
        const m = await modelOfText('agreement Twice { languages en }\nobligations { audits { inspections { at most 2 times per 1 year } } }\n');
        expect(findObligation(m, 'audits')?.inspections?.frequencyCap).toEqual({ times: 2, per: { value: 1, unit: 'years' }, exceptions: [] });
    });

    it('validates against the JSON schema', async () => {
        const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'dpa-model.schema.json'), 'utf8'));
        const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
        const json = JSON.parse(generateJson(await model()));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        json.obligations.find((o: { kind: string }) => o.kind === 'audits').inspections.frequencyCap.exceptions = ['after-lunch'];
        expect(validate(json)).toBe(false);
        expect(validate.errors).toEqual(expect.arrayContaining([expect.objectContaining({ keyword: 'enum', instancePath: expect.stringMatching(/\/inspections\/frequencyCap\/exceptions\/0$/) })]));
    });
});

describe('contract text in German and English', () => {
    const markdown = async (lang: 'de' | 'en') => generateMarkdown(await model(), lang);

    it('instructions: unable to follow, legal requirement before processing', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Kann der Auftragsverarbeiter eine Weisung nicht befolgen, teilt er dies dem Verantwortlichen mit.');
        expect(en).toContain('If the processor is unable to follow an instruction, it tells the controller so.');
        expect(de).toContain('teilt er dem Verantwortlichen diese rechtliche Anforderung vor der Verarbeitung mit, es sei denn, das betreffende Recht verbietet eine solche Mitteilung wegen eines wichtigen öffentlichen Interesses (Art. 28 Abs. 3 lit. a DSGVO).');
        expect(en).toContain('the processor informs the controller of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest (Art. 28(3)(a) GDPR).');
    });

    it('sub-processing: notice in writing without a period, reasonable grounds, deemed acceptance, affected services', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Der Auftragsverarbeiter informiert den Verantwortlichen schriftlich über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern.');
        expect(en).toContain('The processor informs the controller in writing of any intended change concerning the addition or replacement of sub-processors.');
        expect(de).toContain('Der Verantwortliche kann innerhalb von 14 Tagen nach Zugang der Mitteilung aus berechtigten Gründen Einspruch gegen die Änderung erheben. Erhebt der Verantwortliche innerhalb dieser Frist keinen Einspruch, gilt die Änderung als genehmigt. Erhebt der Verantwortliche Einspruch, ist er berechtigt, diesen Vertrag zu kündigen. Die Kündigung beschränkt sich auf die Leistungen, die von der Änderung betroffen sind.');
        expect(en).toContain('The controller may object to the change on reasonable grounds within 14 days of receiving the notice. If the controller does not object within this period, the change is deemed authorised. If the controller objects, it is entitled to terminate this agreement. Such a termination is limited to the services the change affects.');
    });

    it('breach notification: the Art. 33(3) items as a list, information in phases', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Die Meldung enthält:\n\n- die Art der Verletzung, soweit möglich mit den Kategorien und der ungefähren Zahl der betroffenen Personen und der betroffenen personenbezogenen Datensätze (Art. 33 Abs. 3 lit. a DSGVO)\n- Name und Kontaktdaten des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle für weitere Informationen (Art. 33 Abs. 3 lit. b DSGVO)\n- die wahrscheinlichen Folgen der Verletzung (Art. 33 Abs. 3 lit. c DSGVO)\n- die ergriffenen oder vorgeschlagenen Maßnahmen');
        expect(en).toContain('The notification contains:\n\n- the nature of the breach, where possible with the categories and approximate number of data subjects and of personal data records concerned (Art. 33(3)(a) GDPR)\n- the name and contact details of the data protection officer or another contact point where more information can be obtained (Art. 33(3)(b) GDPR)\n- the likely consequences of the breach (Art. 33(3)(c) GDPR)\n- the measures taken or proposed to address the breach and, where appropriate, to mitigate its possible adverse effects (Art. 33(3)(d) GDPR)');
        expect(de).toContain('stellt er sie ohne unangemessene weitere Verzögerung schrittweise zur Verfügung (Art. 33 Abs. 4 DSGVO).');
        expect(en).toContain('Where the processor cannot provide the information at the same time, it provides it in phases without undue further delay (Art. 33(4) GDPR).');
    });

    it('end of processing: deletion and return within a period, a certificate on request', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Die Löschung erfolgt innerhalb von 30 Tagen nach Abschluss der Verarbeitungsleistungen. Die Rückgabe erfolgt innerhalb von 14 Tagen nach Abschluss der Verarbeitungsleistungen.');
        expect(en).toContain('Deletion takes place within 30 days after the end of the processing services. Return takes place within 14 days after the end of the processing services.');
        expect(de).toContain('Auf Verlangen des Verantwortlichen bescheinigt ihm der Auftragsverarbeiter die Löschung innerhalb von 10 Tagen nach Zugang des Verlangens.');
        expect(en).toContain('On the controller’s request, the processor certifies the deletion to the controller within 10 days of the request.');
    });

    it('audits: certifications, then the inspection terms in the order reports, notice, frequency, auditor, costs', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Als Nachweis stellt der Auftragsverarbeiter dem Verantwortlichen auf Anfrage folgende Prüfberichte und Zertifikate zur Verfügung: Zertifikat nach ISO/IEC 27001, SOC-2-Typ-II-Bericht und C5-Testat (Cloud Computing Compliance Criteria Catalogue des BSI).');
        expect(en).toContain('As evidence, the processor makes the following audit reports and certificates available to the controller on request: ISO/IEC 27001 certificate, SOC 2 Type II report and BSI C5 attestation (Cloud Computing Compliance Criteria Catalogue).');
        expect(de).toContain([
            'Für Inspektionen gilt:', '',
            '- Der Auftragsverarbeiter legt zunächst Prüfberichte und Zertifikate vor; eine Inspektion findet statt, soweit diese zum Nachweis nicht ausreichen.',
            '- Der Verantwortliche kündigt eine Inspektion mindestens 30 Tage im Voraus schriftlich an.',
            '- Inspektionen finden höchstens einmal innerhalb von 12 Monaten statt, es sei denn, eine Verletzung des Schutzes personenbezogener Daten ist eingetreten oder eine Aufsichtsbehörde verlangt die Inspektion.',
            '- Die Wahl des Prüfers bedarf der Zustimmung des Auftragsverarbeiters, die er nicht unbillig verweigern darf.',
            '- Der Prüfer ist zur Vertraulichkeit verpflichtet.',
            '- Die Kosten von Inspektionen trägt der Verantwortliche.',
            '- Stellt eine Inspektion einen wesentlichen Verstoß des Auftragsverarbeiters gegen diesen Vertrag fest, trägt er deren Kosten.'
        ].join('\n'));
        expect(en).toContain([
            'The following applies to inspections:', '',
            '- The processor first provides audit reports and certificates; an inspection takes place where they do not suffice as evidence.',
            '- The controller announces an inspection in writing at least 30 days in advance.',
            '- Inspections take place at most once in any period of 12 months, unless a personal data breach has occurred or a supervisory authority requires the inspection.',
            '- The choice of auditor requires the processor’s consent, which it may not unreasonably withhold.',
            '- The auditor is bound to confidentiality.',
            '- The controller bears the costs of inspections.',
            '- If an inspection finds a material breach of this agreement by the processor, the processor bears its costs.'
        ].join('\n'));
    });

    it('notice with a channel and no period, or reasonable notice in writing; several inspections per period', async () => {
        const text = (inspections: string) => `agreement N { languages de, en }\nobligations { audits { inspections { ${inspections} } } }\n`;
        const plain = await modelOfText(text('notice in-writing at most 2 times per 1 year'));
        expect(generateMarkdown(plain, 'de')).toContain('- Der Verantwortliche kündigt eine Inspektion vorher schriftlich an.\n- Inspektionen finden höchstens zweimal innerhalb von 1 Jahr statt.');
        expect(generateMarkdown(plain, 'en')).toContain('- The controller announces an inspection in writing in advance.\n- Inspections take place at most twice in any period of 1 year.');
        const reasonable = await modelOfText(text('notice reasonable text-form'));
        expect(generateMarkdown(reasonable, 'de')).toContain('- Der Verantwortliche kündigt eine Inspektion mit angemessener Frist in Textform an.');
        expect(generateMarkdown(reasonable, 'en')).toContain('- The controller announces an inspection in text form, giving reasonable notice.');
    });

    it('one voice: the clause text replaces the library sentences of the new values', async () => {
        const m = await modelOfText('agreement V { languages en }\nobligations { end-of-processing { delete within 30 days text en "Own wording." } }\n');
        const en = generateMarkdown(m, 'en');
        expect(en).toContain('Own wording.');
        expect(en).not.toContain('Deletion takes place within');
    });
});

describe('validation', () => {
    const diagnosticsOf = async (body: string) => (await loadText(`agreement V {\n    languages en\n}\nobligations {\n${body}\n}\n`)).diagnostics
        .map(d => `${d.line}:${d.column} ${d.code} ${d.message}`);

    it('rejects reports first together with reports only', async () => {
        expect(await diagnosticsOf('    audits { inspections { reports only reports first } }')).toEqual([
            "5:41 conflicting-values 'reports first' keeps inspections where reports do not suffice, 'reports only' waives them: keep one."
        ]);
    });

    it('rejects a cost shift to a processor who bears the costs anyway', async () => {
        expect(await diagnosticsOf('    audits { inspections { costs processor unless material breach } }')).toEqual([
            "5:44 conflicting-values 'unless material breach' shifts the costs to the processor, who bears them anyway under 'costs processor': remove it or name another cost bearer."
        ]);
    });

    it("asks for 'once' instead of '1 times' and rejects a cap of 0", async () => {
        expect(await diagnosticsOf('    audits { inspections { at most 1 times per 1 year } }')).toEqual(["5:36 frequency-times Write 'at most once per …' for one inspection per period."]);
        expect(await diagnosticsOf('    audits { inspections { at most 0 times per 1 year } }')).toEqual(['5:36 frequency-times An inspection cap of 0 forbids inspections: give at least 1.']);
    });

    it('rejects two notices in one block, and a limited termination without one', async () => {
        expect(await diagnosticsOf('    sub-processing {\n        notice 30 days\n        notice in-writing\n        emergency notice 2 days\n    }')).toEqual([
            "7:9 duplicate-property 'notice' is given more than once here; keep one so no value is silently dropped."
        ]);
        expect(await diagnosticsOf('    audits { inspections { notice 30 days notice in-writing } }')).toEqual([
            "5:43 duplicate-property 'notice' is given more than once here; keep one so no value is silently dropped."
        ]);
        expect(await diagnosticsOf('    sub-processing { on objection parties-negotiate only affected services }')).toEqual([
            "5:53 conflicting-values 'only affected services' limits a termination, but 'parties-negotiate' terminates nothing: use a '…-may-terminate' consequence or remove it."
        ]);
    });

    it('rejects a deadline for an action the clause does not take', async () => {
        expect(await diagnosticsOf('    end-of-processing { action delete return within 14 days }')).toEqual([
            "5:53 conflicting-values 'return within' gives a deadline for returning the data, but 'action delete' only deletes them: remove one."
        ]);
        expect(await diagnosticsOf('    end-of-processing { action return delete within 14 days }')).toEqual([
            "5:53 conflicting-values 'delete within' gives a deadline for deleting the data, but 'action return' only returns them: remove one."
        ]);
    });

    it('reports a repeated flag of the new values', async () => {
        expect(await diagnosticsOf('    instructions { inform if unable inform if unable }')).toEqual([
            "5:37 duplicate-property 'inform if unable' is given more than once here; keep one so no value is silently dropped."
        ]);
    });

    it("keeps 'on objection' after an objection period without grounds", async () => {
        const m = await modelOfText('agreement V { languages en }\nobligations {\n    sub-processing {\n        objection within 14 days\n        on objection parties-negotiate\n    }\n}\n');
        expect(findObligation(m, 'sub-processing')).toMatchObject({ objectionPeriod: { value: 14, unit: 'days' }, onObjection: 'parties-negotiate' });
        expect(findObligation(m, 'sub-processing')?.objectionOnReasonableGrounds).toBeUndefined();
    });

    it('keeps the new keywords usable as names', async () => {
        const loaded = await loadText('agreement V { languages en }\ndata categories {\n    category breach "Breach"\n    category consequences "Consequences"\n    category content "Content"\n    category once "Once"\n    category iso-27001 "Certificate"\n}\n');
        expect(loaded.diagnostics).toEqual([]);
    });
});

describe('formatter', () => {
    it('puts each new value on its own line, indented, and is stable', async () => {
        const squeezed = DPA.replace(/^ +/gm, '').replace(/ +$/gm, '');
        // Compared from the first obligation on: the layout of the top-level sections is the formatter's own test's subject.
        const obligationsOf = (text: string) => text.slice(text.indexOf('    instructions {'));
        const formatted = await formatDpaText(services, squeezed, 'squeezed.dpa');
        const again = await formatDpaText(services, DPA, 'formatted.dpa');
        if (!formatted.ok || !again.ok) throw new Error('the text has syntax errors');
        expect(obligationsOf(formatted.text)).toEqual(obligationsOf(DPA));
        expect(obligationsOf(again.text)).toEqual(obligationsOf(DPA));
    });
});

describe('diff and change notice', () => {
    const pair = async (before: string, after: string): Promise<[DpaModel, DpaModel]> => [await modelOfText(before), await modelOfText(after)];

    it('reports a changed deadline and a changed frequency cap of the inspections', async () => {
        const [before, after] = await pair(DPA, DPA.replace('delete within 30 days', 'delete within 60 days').replace('unless after-breach, authority-request', 'unless after-breach'));
        expect(diffModels(before, after)).toEqual([
            expect.objectContaining({ kind: 'obligation-changed', obligationKind: 'end-of-processing', fields: [{ path: 'deleteWithin', before: { value: 30, unit: 'days' }, after: { value: 60, unit: 'days' } }] }),
            expect.objectContaining({ kind: 'obligation-changed', obligationKind: 'audits', fields: [{
                path: 'inspections.frequencyCap',
                before: { times: 1, per: { value: 12, unit: 'months' }, exceptions: ['after-breach', 'authority-request'] },
                after: { times: 1, per: { value: 12, unit: 'months' }, exceptions: ['after-breach'] }
            }] })
        ]);
    });

    it('dpa diff describes a changed frequency cap in the words of the file', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'aud-diff-'));
        writeFileSync(join(dir, 'old.dpa'), DPA);
        writeFileSync(join(dir, 'new.dpa'), DPA.replace('unless after-breach, authority-request', 'unless after-breach'));
        const result = await runCliInProcess(['diff', 'old.dpa', 'new.dpa'], { cwd: dir });
        expect(result.stdout).toContain('inspections.frequencyCap: at most once per 12 months unless after-breach, authority-request → at most once per 12 months unless after-breach');
    });

    it('reports deemed acceptance added and the certificate no longer on request', async () => {
        const [before, after] = await pair(DPA.replace('        deemed accepted\n', ''), DPA.replace('certify deletion on request', 'certify deletion'));
        expect(diffModels(before, after)).toEqual([
            expect.objectContaining({ obligationKind: 'sub-processing', fields: [{ path: 'deemedAccepted', after: true }] }),
            expect.objectContaining({ obligationKind: 'end-of-processing', fields: [{ path: 'certifiesOnRequest', before: true }] })
        ]);
    });

    it('tells the customer of the objection grounds, the deemed acceptance and the limited termination', async () => {
        const before = await modelOfText(DPA);
        const after = await modelOfText(`${DPA}\nsub-processor Mailer {\n    name "Mailer Ltd"\n    country IE\n    service "E-mail" { data all }\n}\n`);
        const notice = buildChangeNotice(before, after, diffModels(before, after), { date: '2026-03-02', urgent: false, languages: ['de', 'en'] });
        const text = (lang: 'de' | 'en') => notice.editions.find(edition => edition.lang === lang)!.blocks
            .map(block => block.kind === 'paragraph' || block.kind === 'heading' ? block.text : '').join('\n');
        expect(text('en')).toContain('An objection must rest on reasonable grounds.');
        expect(text('en')).toContain('If you have not objected by the end of 16 March 2026, the changes are deemed authorised.');
        expect(text('en')).toContain('A termination after an objection is limited to the services the change affects.');
        expect(text('de')).toContain('Ein Einspruch muss sich auf berechtigte Gründe stützen.');
        expect(text('de')).toContain('Haben Sie bis zum Ablauf des 16.03.2026 keinen Einspruch erhoben, gelten die Änderungen als genehmigt.');
    });
});

describe('hover on the new values', () => {
    const hover = expectHover(editorServices);
    const hoverMatches = (text: string, pattern: RegExp) => hover({ text, index: 0, hover: pattern, disposeAfterCheck: true });

    it('explains a certification, a frequency exception and a breach notice item with their citation', async () => {
        await hoverMatches(DPA.replace('soc2-type2, bsi-c5', 'soc2-<|>type2, bsi-c5'), /\*\*SOC 2 Type II report\*\*\n\nArt\. 28\(3\)\(h\) GDPR · Art\. 28 Abs\. 3 lit\. h DSGVO\n\n.*does not replace the inspections/s);
        await hoverMatches(DPA.replace('unless after-breach', 'unless after-br<|>each'), /\*\*After a personal data breach\*\*/);
        await hoverMatches(DPA.replace('contact, consequences', 'contact, conseq<|>uences'), /\*\*Likely consequences\*\*\n\nArt\. 33\(3\)\(c\) GDPR · Art\. 33 Abs\. 3 lit\. c DSGVO/);
    });
});

describe('completion of the new values', () => {
    const complete = expectCompletion(editorServices);
    const labelsAt = async (text: string): Promise<string[]> => {
        let labels: string[] = [];
        await complete({ text, index: 0, disposeAfterCheck: true, assert: list => { labels = list.items.map(item => String(item.label)); } });
        return labels;
    };

    it('offers the certifications, the frequency exceptions and the breach notice items', async () => {
        expect(await labelsAt(DPA.replace('certifications iso-27001, soc2-type2, bsi-c5', 'certifications iso-27001, <|>'))).toEqual(expect.arrayContaining(['soc2-type2', 'bsi-c5', 'iso-27701', 'tisax']));
        expect(await labelsAt(DPA.replace('unless after-breach, authority-request', 'unless after-breach, <|>'))).toEqual(expect.arrayContaining(['authority-request', 'indications-of-non-compliance', 'required-by-law']));
        expect(await labelsAt(DPA.replace('content nature, contact, consequences, measures', 'content nature, <|>'))).toEqual(expect.arrayContaining(['contact', 'consequences', 'measures']));
    });

    it('offers the new flags inside inspections and end-of-processing', async () => {
        const inInspections = await labelsAt(DPA.replace('            reports first\n', '            <|>\n'));
        expect(inInspections).toEqual(expect.arrayContaining(['reports', 'at', 'auditor']));
        const inEnd = await labelsAt(DPA.replace('        delete within 30 days\n', '        <|>\n'));
        expect(inEnd).toEqual(expect.arrayContaining(['delete', 'return', 'certify']));
    });
});
