import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EmptyFileSystem } from 'langium';
import { expectHover } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { generateJson, generateMarkdown } from '@dpa-as-code/generators';
import { lintModel } from '@dpa-as-code/lint';
import { createDpaServices, formatDpaText } from '@dpa-as-code/language';
import { diffModels, findObligation } from '@dpa-as-code/model';
import { examplePath, loadText, modelOf, modelOfText, repoRoot } from './helpers.js';
import { services as editorServices } from './language-server/language-server-services.js';

// Issue 9 coverage (CV2): typed details of security, sub-processing, breach notification, end of processing and
// audits/inspections, as the AV-Vertrag of dataresearchcenter and the Secoda DPA state them.

const services = createDpaServices(EmptyFileSystem).Dpa;

const DPA = `agreement Details {
    languages de, en
}

obligations {
    security {
        duties malware-checked-media, security-decisions-agreed
        remote-work controller-informed, same-security, deviation-needs-written-consent
    }
    sub-processing {
        authorisation specific
        consent revocable for good cause
        data only after contract
        compliance checked regularly
        ancillary services excluded telecommunications, media-disposal with checks
    }
    breach-notification {
        without undue delay
        secure data at once
        incidents destruction, loss, unauthorised-access
        also report serious-disruptions, irregularities
        support survives termination
        no admission of fault
    }
    end-of-processing {
        action delete
        certify deletion in-writing
        including sub-processors
        including test material
        keep proof-of-processing, backups
        kept data restricted, isolated, deleted-after-retention
    }
    audits {
        certifications independent-audit, art40-code, art42-seal
        inspections {
            before processing starts
            repeatedly
            notice coordinated in-writing
            as far as needed
            scope premises, logs, sub-processor-contracts
            unannounced if reportable-incidents, supervisory-measures
            until claims time-barred and while data stored
            always allowed
        }
    }
}
`;

describe('the examples hold the facts as typed values', () => {
    it('dataresearchcenter: security, sub-processing, breach, end of processing and audits', async () => {
        const model = await modelOf(examplePath('dataresearchcenter/avv.dpa'));
        expect(findObligation(model, 'security')).toMatchObject({
            materialChanges: ['documented', 'notified'],
            securityDuties: ['malware-checked-media', 'security-decisions-agreed'],
            remoteWork: ['controller-informed', 'same-security', 'deviation-needs-written-consent']
        });
        expect(findObligation(model, 'sub-processing')).toMatchObject({
            consentRevocableForGoodCause: true, dataOnlyAfterContract: true, complianceCheckedRegularly: true,
            ancillaryServices: ['telecommunications', 'maintenance', 'user-service', 'cleaning', 'auditors', 'media-disposal'], ancillaryServicesChecked: true
        });
        expect(findObligation(model, 'breach-notification')).toMatchObject({
            securesDataAtOnce: true,
            alsoReports: ['law-violations', 'contract-violations', 'serious-disruptions', 'suspected-breaches', 'irregularities'],
            incidentKinds: ['loss-of-confidentiality', 'loss', 'destruction', 'alteration'],
            supportSurvivesTermination: true
        });
        expect(findObligation(model, 'end-of-processing')).toMatchObject({
            certifiesDeletion: true, certificationChannel: 'in-writing', includesSubProcessors: true, includesTestMaterial: true,
            keptFor: ['disproportionate-effort', 'proof-of-processing', 'liability-claims'],
            keptDataHandling: ['restricted', 'deleted-after-retention', 'controller-informed', 'may-be-handed-over']
        });
        const audits = findObligation(model, 'audits')!;
        expect(audits.certifications).toEqual(['independent-audit', 'art40-code', 'art42-seal']);
        expect(audits.inspections).toMatchObject({
            beforeProcessingStarts: true, repeatedly: true, coordinatedNotice: true, asFarAsNeeded: true,
            scope: ['information', 'evidence', 'premises', 'documents', 'logs', 'systems', 'stored-data', 'policies', 'dpo-evidence', 'confidentiality-commitments', 'sub-processor-contracts'],
            unannouncedIf: ['processing-problems', 'reportable-incidents', 'supervisory-measures'],
            untilClaimsTimeBarred: true, whileDataStored: true, alwaysAllowed: true, reportsOnly: false
        });
        expect(audits.inspections?.reportsFirst).toBeUndefined();
    });

    it('secoda: the security incident definition, no admission of fault, backups kept isolated', async () => {
        const model = await modelOf(examplePath('secoda/dpa.dpa'));
        expect(findObligation(model, 'breach-notification')).toMatchObject({
            incidentKinds: ['destruction', 'loss', 'alteration', 'unauthorised-disclosure', 'unauthorised-access'], noAdmissionOfFault: true
        });
        expect(findObligation(model, 'end-of-processing')).toMatchObject({ keptFor: ['backups'], keptDataHandling: ['isolated'] });
    });

    it('the clause text of the dataresearchcenter example still replaces the library sentences (one voice)', async () => {
        const en = generateMarkdown(await modelOf(examplePath('dataresearchcenter/avv.dpa')), 'en');
        expect(en).toContain('test and waste material is destroyed or handed over without delay');
        expect(en).not.toContain('The processor destroys or hands over test and waste material without delay.');
        expect(en).not.toContain('An inspection may take place unannounced');
    });
});

describe('the model of synthetic input', () => {
    it('leaves every new value out when the file does not state it', async () => {
        const json = JSON.parse(generateJson(await modelOfText('agreement Plain { languages en }\nobligations {\n    security { measures annexed }\n    breach-notification { without undue delay }\n    end-of-processing { certify deletion }\n    audits { inspections { notice reasonable } }\n}\n')));
        const byKind = (kind: string) => json.obligations.find((o: { kind: string }) => o.kind === kind);
        expect(Object.keys(byKind('security'))).not.toEqual(expect.arrayContaining(['securityDuties']));
        expect(Object.keys(byKind('security'))).not.toContain('remoteWork');
        expect(Object.keys(byKind('breach-notification'))).not.toContain('incidentKinds');
        expect(Object.keys(byKind('end-of-processing'))).not.toContain('certificationChannel');
        expect(Object.keys(byKind('audits').inspections)).not.toContain('coordinatedNotice');
        expect(Object.keys(byKind('audits').inspections)).not.toContain('scope');
    });

    it('validates against the JSON schema, which rejects an unknown scope item', async () => {
        const schema = JSON.parse(readFileSync(join(repoRoot, 'docs', 'dpa-model.schema.json'), 'utf8'));
        const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
        const json = JSON.parse(generateJson(await modelOfText(DPA)));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        json.obligations.find((o: { kind: string }) => o.kind === 'audits').inspections.scope = ['kitchen'];
        expect(validate(json)).toBe(false);
        expect(validate.errors).toEqual(expect.arrayContaining([expect.objectContaining({ keyword: 'enum', instancePath: expect.stringMatching(/\/inspections\/scope\/0$/) })]));
    });
});

describe('contract text in German and English', () => {
    const markdown = async (lang: 'de' | 'en') => generateMarkdown(await modelOfText(DPA), lang);

    it('security: duties and remote work', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Der Auftragsverarbeiter setzt nur Software, Daten und Datenträger ein, die zuverlässig auf Schadsoftware geprüft sind. Entscheidungen zur Organisation der Verarbeitung, die für die Sicherheit erheblich sind, stimmt der Auftragsverarbeiter mit dem Verantwortlichen ab.');
        expect(en).toContain('The processor uses only software, data and media that have been reliably checked for malware. The processor agrees decisions on the organisation of processing that matter for security with the controller.');
        expect(de).toContain('Für eine Verarbeitung in Privatwohnungen oder an anderen Orten außerhalb der Räume des Auftragsverarbeiters gilt: Der Auftragsverarbeiter informiert den Verantwortlichen darüber. Der Auftragsverarbeiter sorgt dort für dieselbe Vertraulichkeit und Sicherheit wie in seinen eigenen Räumen. Abweichungen bedürfen der gesonderten schriftlichen Zustimmung des Verantwortlichen.');
        expect(en).toContain('The following applies to processing in private homes or at other places outside the processor’s premises: The processor informs the controller of it. The processor ensures the same confidentiality and security there as on its own premises. Any departure needs the controller’s separate written consent.');
    });

    it('sub-processing: revocable consent, data only after the contract, checks, ancillary services', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Der Verantwortliche kann seine Genehmigung aus wichtigem Grund widerrufen; die Unterauftragsverarbeitung endet dann unverzüglich.');
        expect(en).toContain('The controller may withdraw its authorisation for good cause; the sub-processing then ends without delay. The processor passes personal data to a sub-processor only once the contract with it has been concluded. The processor regularly checks whether the sub-processors comply with their obligations.');
        expect(de).toContain('Keine Unterauftragsverarbeitung sind Nebenleistungen Dritter wie Telekommunikationsleistungen und die Entsorgung von Datenträgern; auch für sie trifft der Auftragsverarbeiter angemessene vertragliche Vereinbarungen und Kontrollmaßnahmen.');
        expect(en).toContain('Ancillary services of third parties, such as telecommunications and the disposal of data media, are not sub-processing; for these, too, the processor makes appropriate contractual arrangements and carries out checks.');
    });

    it('breach notification: securing the data, what counts, further events, after the end, no admission', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('ergreift der Auftragsverarbeiter sofort die geeigneten Maßnahmen, um die Daten zu sichern');
        expect(en).toContain('On a breach or disruption, the processor at once takes suitable steps to secure the data and to limit possible adverse effects on the data subjects and the controller.');
        expect(de).toContain('Als Verletzung gilt jeder Vorfall, der unbeabsichtigt oder unrechtmäßig zur Vernichtung von, zum Verlust von oder zum unbefugten Zugang zu personenbezogenen Daten führt.');
        expect(en).toContain('A breach is any incident leading, accidentally or unlawfully, to the destruction of, loss of or unauthorised access to personal data. The processor likewise informs the controller without delay of serious disruptions of operations and other irregularities in the processing.');
        expect(de).toContain('Der Auftragsverarbeiter meldet dem Verantwortlichen ebenso unverzüglich schwerwiegende Betriebsstörungen und sonstige Unregelmäßigkeiten bei der Verarbeitung.');
        expect(de).toContain('Die Unterstützung bei Verletzungen des Schutzes personenbezogener Daten dauert über das Ende dieses Vertrags hinaus fort. Die Meldung einer Verletzung ist kein Anerkenntnis eines Verschuldens oder einer Haftung des Auftragsverarbeiters.');
        expect(en).toContain('The support with personal data breaches continues after this agreement has ended. Notifying a breach is no acknowledgement of fault or liability by the processor.');
    });

    it('end of processing: sub-processors, test material, written confirmation, exceptions and kept data', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(de).toContain('Test- und Ausschussmaterial vernichtet der Auftragsverarbeiter unverzüglich oder gibt es heraus. Dies gilt ebenso für die Unterauftragsverarbeiter.');
        expect(en).toContain('The processor certifies the deletion to the controller. The confirmation is given in writing.');
        expect(de).toContain('Der Auftragsverarbeiter bescheinigt dem Verantwortlichen die Löschung. Die Bescheinigung erfolgt schriftlich.');
        expect(de).toContain('Ausgenommen sind Kopien, die zum Nachweis der ordnungsgemäßen Verarbeitung nötig sind und Daten in Datensicherungen (Backups).');
        expect(en).toContain('Excepted are copies needed to prove proper processing and data held in backups.');
        expect(de).toContain('Für solche aufbewahrten Daten gilt: Ihre Verarbeitung wird eingeschränkt (Art. 18 DSGVO). Sie werden von anderen Daten getrennt und vor jeder weiteren Verarbeitung geschützt. Nach Ablauf der jeweiligen Aufbewahrungsfrist werden sie unverzüglich gelöscht.');
        expect(en).toContain('The following applies to data so kept: Their processing is restricted (Art. 18 GDPR). They are kept apart from other data and protected from any further processing. They are deleted without delay once their retention period ends.');
    });

    it('audits: evidence beyond named schemes and the inspection details', async () => {
        const de = await markdown('de');
        const en = await markdown('en');
        expect(en).toContain('attestations or reports of an audit by an independent body or an authorised expert, evidence of adherence to approved codes of conduct (Art. 40 GDPR) and a certification, data protection seal or mark (Art. 42 GDPR).');
        expect(de).toContain('Nachweise über die Einhaltung genehmigter Verhaltensregeln (Art. 40 DSGVO) und eine Zertifizierung, ein Datenschutzsiegel oder Prüfzeichen (Art. 42 DSGVO).');
        expect(en).toContain([
            'The following applies to inspections:', '',
            '- Certificates, audit reports or attestations provided do not replace inspections by the controller; these remain allowed in every case.',
            '- Inspections are allowed before processing starts and afterwards repeatedly at the controller’s discretion.',
            '- The controller announces an inspection in advance in writing and coordinates it with the processor.',
            '- Inspections go only as far as needed.',
            '- In particular, the controller may ask for, enter or inspect: grounds and premises, logs and the contracts with sub-processors.',
            '- An inspection may take place unannounced in the case of reportable incidents or pending or opened measures of the supervisory authority.',
            '- The rights under this section last for the term of this agreement and until claims under it are time-barred, and at least as long as the controller stores data from the processing.'
        ].join('\n'));
        expect(de).toContain([
            'Für Inspektionen gilt:', '',
            '- Vorgelegte Zertifikate, Prüfberichte oder Testate ersetzen Inspektionen durch den Verantwortlichen nicht; diese bleiben stets zulässig.',
            '- Inspektionen sind schon vor Beginn der Verarbeitung und danach nach Ermessen des Verantwortlichen wiederholt zulässig.',
            '- Der Verantwortliche kündigt eine Inspektion vorher schriftlich an und stimmt sie mit dem Auftragsverarbeiter ab.',
            '- Inspektionen gehen nur so weit, wie es erforderlich ist.',
            '- Der Verantwortliche darf dabei insbesondere Folgendes verlangen, betreten oder einsehen: Grundstück und Betriebsstätten, Protokolle und die Verträge mit Unterauftragsverarbeitern.',
            '- Ohne Anmeldung ist eine Inspektion zulässig bei meldepflichtigen Vorfällen oder anstehenden oder eingeleiteten Maßnahmen der Aufsichtsbehörde.',
            '- Die Rechte nach diesem Abschnitt bestehen während der Laufzeit dieses Vertrags und bis zur Verjährung der Ansprüche aus ihm, mindestens aber, solange der Verantwortliche Daten aus der Verarbeitung speichert.'
        ].join('\n'));
    });
});

describe('validation', () => {
    const diagnosticsOf = async (body: string) => (await loadText(`agreement V {\n    languages en\n}\nobligations {\n${body}\n}\n`)).diagnostics
        .map(d => `${d.line}:${d.column} ${d.code} ${d.message}`);

    it("rejects 'always allowed' together with reports replacing inspections", async () => {
        expect(await diagnosticsOf('    audits { inspections { reports only always allowed } }')).toEqual([
            "5:41 conflicting-values 'always allowed' keeps inspections whatever reports are offered, 'reports only' lets reports replace them: keep one."
        ]);
        expect(await diagnosticsOf('    audits { inspections { reports first always allowed } }')).toEqual([
            "5:42 conflicting-values 'always allowed' keeps inspections whatever reports are offered, 'reports first' lets reports replace them: keep one."
        ]);
    });

    it("rejects 'kept data' in a clause that keeps no data", async () => {
        expect(await diagnosticsOf('    end-of-processing { action delete kept data restricted }')).toEqual([
            "5:49 conflicting-values 'kept data' says how kept data are handled, but the clause keeps none: add 'keep …', 'unless law requires storage' or 'block if deletion impossible', or remove it."
        ]);
        expect(await diagnosticsOf('    end-of-processing { action delete keep backups kept data isolated }')).toEqual([]);
    });

    it('reports a repeated flag of the new values', async () => {
        expect(await diagnosticsOf('    breach-notification { no admission of fault no admission of fault }')).toEqual([
            "5:49 duplicate-property 'no admission of fault' is given more than once here; keep one so no value is silently dropped."
        ]);
    });

    it('keeps the new keywords usable as names', async () => {
        const loaded = await loadText('agreement V { languages en }\ndata categories {\n    category logs "Logs"\n    category premises "Premises"\n    category backups "Backups"\n    category test "Test"\n    category loss "Loss"\n}\n');
        expect(loaded.diagnostics).toEqual([]);
    });
});

describe('formatter', () => {
    it('puts each new value on its own line, indented, and is stable', async () => {
        const squeezed = DPA.replace(/^ +/gm, '').replace(/ +$/gm, '');
        const obligationsOf = (text: string) => text.slice(text.indexOf('    security {'));
        const formatted = await formatDpaText(services, squeezed, 'squeezed.dpa');
        const again = await formatDpaText(services, DPA, 'formatted.dpa');
        if (!formatted.ok || !again.ok) throw new Error('the text has syntax errors');
        expect(obligationsOf(formatted.text)).toEqual(obligationsOf(DPA));
        expect(obligationsOf(again.text)).toEqual(obligationsOf(DPA));
    });
});

describe('lint', () => {
    const inspectionRules = async (inspections: string) => lintModel(await modelOfText(`agreement L { languages en }\nobligations { audits { information on request inspections { ${inspections} } } }\n`)).findings
        .map(finding => finding.ruleId).filter(id => id.startsWith('art28-3-h'));

    it('does not take coordination, scope or certificates as evidence for a waiver of inspections', async () => {
        expect(await inspectionRules('notice coordinated scope premises, systems always allowed')).toEqual([]);
        expect(await modelOfText('agreement L { languages en }\nobligations { audits { certifications art40-code, art42-seal } }\n')
            .then(model => lintModel(model).findings.map(finding => finding.ruleId))).toContain('art28-3-h-audits');
    });

    it('still reports reports only and a processor consent next to the new values', async () => {
        expect(await inspectionRules('notice coordinated reports only')).toEqual(['art28-3-h-inspections']);
        expect(await inspectionRules('unannounced if reportable-incidents processor consent')).toEqual(['art28-3-h-inspections']);
    });
});

describe('diff', () => {
    it('reports narrowed unannounced inspections and a dropped written confirmation as obligation changes', async () => {
        const before = await modelOfText(DPA);
        const after = await modelOfText(DPA.replace('unannounced if reportable-incidents, supervisory-measures', 'unannounced if reportable-incidents').replace('certify deletion in-writing', 'certify deletion'));
        expect(diffModels(before, after)).toEqual([
            expect.objectContaining({ kind: 'obligation-changed', obligationKind: 'end-of-processing', fields: [{ path: 'certificationChannel', before: 'in-writing' }] }),
            expect.objectContaining({ kind: 'obligation-changed', obligationKind: 'audits', fields: [{ path: 'inspections.unannouncedIf', before: ['reportable-incidents', 'supervisory-measures'], after: ['reportable-incidents'] }] })
        ]);
    });
});

describe('hover on the new values', () => {
    const hover = expectHover(editorServices);
    const hoverMatches = (text: string, pattern: RegExp) => hover({ text, index: 0, hover: pattern, disposeAfterCheck: true });

    it('explains an Art. 40 code, unannounced inspections and kept data', async () => {
        await hoverMatches(DPA.replace('art40-code', 'art40-<|>code'), /\*\*Approved code of conduct\*\*\n\nArt\. 40 GDPR · Art\. 40 DSGVO/);
        await hoverMatches(DPA.replace('unannounced if', 'unann<|>ounced if'), /\*\*Unannounced inspections\*\*\n\nArt\. 28\(3\)\(h\) GDPR/);
        await hoverMatches(DPA.replace('kept data', 'ke<|>pt data'), /\*\*Handling of kept data\*\*.*Art\. 18 GDPR/s);
    });
});
