import { CITATIONS } from '@dpa-as-code/model';
import { AUDIT_VALUE_EXPLANATIONS } from './audit-explanations.js';
import { keywordHoverMarkdown, type KeywordExplanation } from './obligation-explanations.js';

/**
 * Hover texts for the values that type facts real DPAs state (issue 9): measures adapted to technical progress,
 * the handling of their material changes, processing outside the region only with the controller's prior consent,
 * and the kind of a sub-processor's URL. Keyed by the grammar rule holding the keyword, then the keyword
 * (`*`: every keyword of that rule). Summaries for orientation, not legal advice.
 */
const adaptable: KeywordExplanation = {
    title: 'Measures adapted to technical progress',
    explanation: `\`adapt to progress\`: the processor may adapt the technical and organisational measures to technical progress and replace them with other adequate measures, provided the agreed level of protection does not fall. Agreed in advance with that floor, it is not a unilateral amendment of the agreement (unlike \`updates by processor\`). The measures take account of the state of the art (${CITATIONS.art32_1.en}).`,
    citation: CITATIONS.art32_1
};

const priorConsent: KeywordExplanation = {
    title: 'Outside the region only with prior consent',
    explanation: `\`outside only with prior consent [in-writing | text-form | electronic]\`: processing outside the region, and any transfer to a third country or an international organisation, needs the controller's prior consent. Given in a stated form, or with \`documented only\` instructions, that consent is the documented instruction on transfers that ${CITATIONS.art28_3_a.en} asks for.`,
    citation: CITATIONS.art28_3_a
};

const EXPLANATIONS: Readonly<Partial<Record<string, Readonly<Partial<Record<string, KeywordExplanation>>>>>> = {
    MeasuresAdaptable: { '*': adaptable },
    Security: {
        material: {
            title: 'Material changes of the measures',
            explanation: '`material changes documented`: the processor records every material change of the measures; `material changes notified`: it informs the controller of them. Both may be given.',
            citation: CITATIONS.art28_3_c_32
        },
        duties: { title: 'Further security duties', explanation: '`duties malware-checked-media, security-decisions-agreed`: only software, data and media reliably checked for malware; decisions on organising the processing that matter for security are agreed with the controller.', citation: CITATIONS.art28_3_c_32 },
        'remote-work': { title: 'Processing outside the premises', explanation: '`remote-work controller-informed, same-security, deviation-needs-written-consent`: processing in private homes or at other places is told to the controller, has the same confidentiality and security as on the premises, and departs from that only with the controller\'s separate written consent.', citation: CITATIONS.art28_3_c_32 }
    },
    // Coverage CV2: sub-processing, breach, end-of-processing and inspection details.
    SubProcessing: {
        consent: { title: 'Consent revocable for good cause', explanation: '`consent revocable for good cause`: the controller may withdraw its consent to a sub-processor for good cause; the sub-processing then ends without delay.', citation: CITATIONS.art28_2_3d_4 },
        data: { title: 'Data only after the contract', explanation: '`data only after contract`: data go to a sub-processor only once the sub-processing contract exists.', citation: CITATIONS.art28_2_3d_4 },
        compliance: { title: 'Compliance checked regularly', explanation: '`compliance checked regularly`: the processor regularly checks that its sub-processors comply.', citation: CITATIONS.art28_2_3d_4 },
        ancillary: { title: 'Ancillary services', explanation: '`ancillary services excluded telecommunications, maintenance, user-service, cleaning, auditors, media-disposal [with checks]`: these third-party services are not sub-processing; `with checks`: the processor still makes contractual arrangements and checks for them.', citation: CITATIONS.art28_2_3d_4 }
    },
    BreachNotification: {
        secure: { title: 'Data secured at once', explanation: '`secure data at once`: on a breach or disruption the processor at once takes suitable steps to secure the data and limit harm.', citation: CITATIONS.art33_2 },
        also: { title: 'Further events reported', explanation: '`also report law-violations, contract-violations, serious-disruptions, suspected-breaches, irregularities`: events the processor reports besides personal data breaches.', citation: CITATIONS.art33_2 },
        incidents: { title: 'What counts as a breach', explanation: '`incidents destruction, loss, alteration, unauthorised-disclosure, unauthorised-access, loss-of-confidentiality`: printed as "any accidental or unlawful … of personal data", after the definition of a personal data breach.', citation: CITATIONS.art4_12 },
        support: { title: 'Support after the end', explanation: '`support survives termination`: the support with breaches continues after the agreement ends.', citation: CITATIONS.art33_2 },
        no: { title: 'No admission of fault', explanation: '`no admission of fault`: a breach notice is no acknowledgement of fault or liability.', citation: CITATIONS.art33_2 }
    },
    EndOfProcessing: {
        including: { title: 'Also covered', explanation: '`including copies` / `including sub-processors` / `including test material`: copies are deleted too; the sub-processors are bound the same way; test and waste material is destroyed or handed over without delay.', citation: CITATIONS.art28_3_g },
        keep: { title: 'Data kept after all', explanation: '`keep disproportionate-effort, proof-of-processing, liability-claims, backups`: data kept despite the end of processing, besides storage required by law.', citation: CITATIONS.art28_3_g },
        kept: { title: 'Handling of kept data', explanation: `\`kept data restricted, isolated, deleted-after-retention, controller-informed, may-be-handed-over\`: \`restricted\` is the restriction of processing under ${CITATIONS.art18.en}.`, citation: CITATIONS.art28_3_g }
    },
    Inspections: {
        always: { title: 'Inspections always allowed', explanation: '`always allowed`: certificates and reports never replace inspections (not with `reports only` or `reports first`).', citation: CITATIONS.art28_3_h },
        before: { title: 'Before processing starts', explanation: '`before processing starts`: the controller may inspect before processing begins.', citation: CITATIONS.art28_3_h },
        repeatedly: { title: 'Repeated inspections', explanation: '`repeatedly`: inspections may be repeated at the controller\'s discretion.', citation: CITATIONS.art28_3_h },
        scope: { title: 'Scope of inspections', explanation: '`scope information, evidence, premises, documents, logs, systems, stored-data, policies, dpo-evidence, confidentiality-commitments, sub-processor-contracts`: what the controller may ask for, enter or inspect.', citation: CITATIONS.art28_3_h },
        unannounced: { title: 'Unannounced inspections', explanation: '`unannounced if processing-problems, reportable-incidents, supervisory-measures`: cases in which an inspection needs no announcement.', citation: CITATIONS.art28_3_h },
        until: { title: 'Audit rights until claims are time-barred', explanation: '`until claims time-barred [and while data stored]`: the audit rights last for the term and until claims under the agreement are time-barred, and at least as long as the controller stores data from the processing.', citation: CITATIONS.art28_3_h }
    },
    MaterialChangeHandling: {
        documented: { title: 'Material changes documented', explanation: 'The processor records every material change of the technical and organisational measures in its documentation.', citation: CITATIONS.art28_3_c_32 },
        notified: { title: 'Material changes notified', explanation: 'The processor informs the controller of every material change of the technical and organisational measures.', citation: CITATIONS.art28_3_c_32 }
    },
    PriorConsentOutside: { '*': priorConsent },
    // Coverage CV3: applicable laws, stated absences, controller duties, termination for cause, statutory liability.
    Agreement: {
        laws: { title: 'Laws the agreement applies under', explanation: '`laws gdpr, uk-gdpr, uk-dpa-2018, bdsg, fadp, ccpa`: the data protection laws under which the agreement applies to personal data. Printed as a sentence of the subject section unless the agreement words its own `scope`.' }
    },
    SccClarifications: {
        clarifications: { title: 'Clarifications of the standard contractual clauses', explanation: '`clarifications { disclosable to authorities  clauses confidential  suspend only affected services after cure  audits as in dpa  sub-processor copies confidential  liability as main contract except data subjects  onward sub-processing consented }`: commercial clarifications the parties add to the clauses, as many DPAs on the clauses of Decision 2010/87/EU did in an Appendix 3; printed as a list after the transfer. They may not contradict the clauses.' }
    },
    RegionDefinition: {
        region: { title: 'A region the agreement defines', explanation: '`region europe en "Europe" { eea  countries GB, CH }`: a term of the agreement for a group of countries, the EEA and/or further countries; printed as a definition in the subject section.' }
    },
    ApplicableLaw: {
        'gdpr': { title: CITATIONS.gdpr.en, explanation: 'The General Data Protection Regulation of the EU.' },
        'uk-gdpr': { title: CITATIONS.ukGdpr.en, explanation: 'The GDPR as retained in the law of the United Kingdom.' },
        'uk-dpa-2018': { title: CITATIONS.ukDpa2018.en, explanation: 'The UK statute that supplements the UK GDPR.' },
        'bdsg': { title: CITATIONS.bdsg.en, explanation: 'The German statute that supplements the GDPR.' },
        'fadp': { title: CITATIONS.fadp.en, explanation: 'The Swiss data protection statute.' },
        'ccpa': { title: CITATIONS.ccpa.en, explanation: 'The Californian privacy statute; it speaks of a "business" and a "service provider" rather than a controller and a processor.' }
    },
    Processing: {
        no: { title: 'No special categories', explanation: `\`no special categories\`: the agreement states that no special categories of personal data (${CITATIONS.art9.en}) are processed, which is not the same as saying nothing. A category marked \`special art9\` contradicts it (validation error).`, citation: CITATIONS.art9 }
    },
    Party: {
        inserted: { title: 'Name to be inserted', explanation: '`name to be inserted`: the published form leaves the name blank, to be written in when signing; printed as a blank line. A cover that fills in the name replaces the blank.' }
    },
    ControllerResponsibility: {
        duties: { title: "The controller's own duties", explanation: '`duties notices, lawful-basis, right-to-transfer, secure-use, credentials, backups`: what the agreement leaves to the controller itself (information of data subjects, lawful basis and consents, the right to pass the data on, secure use of the service, credentials and devices, its own backups).', citation: CITATIONS.art24 }
    },
    ControllerDuty: {
        '*': { title: "The controller's own duty", explanation: 'One of the duties the agreement names as the controller\'s own; printed in the controller-responsibility clause.', citation: CITATIONS.art24 }
    },
    AgreementTerm: {
        terminable: { title: 'Termination for cause by the controller', explanation: '`terminable by controller for serious-breach, refused-instruction, evaded-control`: the controller may terminate the agreement without notice on these grounds.' },
        termination: { title: 'Form of termination', explanation: '`termination in-writing | text-form | electronic`: the form any termination of the agreement must take.' }
    },
    TerminationGround: {
        'serious-breach': { title: 'Serious breach', explanation: 'The processor, itself or through a sub-processor, seriously breaches data protection law or the agreement.' },
        'refused-instruction': { title: 'Instruction not carried out', explanation: "The processor does not carry out one of the controller's instructions.", citation: CITATIONS.art28_3_a },
        'evaded-control': { title: 'Check evaded', explanation: "The processor evades the controller's checks (audits and inspections).", citation: CITATIONS.art28_3_h }
    },
    Liability: {
        under: { title: 'Statutory liability', explanation: `\`under art82\`: the parties' liability follows ${CITATIONS.art82.en} (liability towards data subjects and recourse between controller and processor).`, citation: CITATIONS.art82 },
        indemnifies: { title: 'Indemnity for unlawful instructions', explanation: '`controller indemnifies for unlawful instructions`: the controller answers for its unlawful instructions and holds the processor harmless from claims arising from them.', citation: CITATIONS.art82 }
    },
    GeneralTerms: {
        excluding: { title: 'CISG excluded', explanation: `\`governing-law DE excluding cisg\`: the ${CITATIONS.cisg.en} does not apply.` },
        conflict: { title: 'Conflicting data protection laws', explanation: '`conflict stricter applies [decided by processor]`: where the laws the agreement applies under (`laws …`) conflict, the stricter requirement applies; optionally the processor decides which one that is.' },
        otherwise: { title: 'Main contract otherwise unchanged', explanation: '`main contract otherwise unchanged`: except as this agreement amends it, the main contract remains in force unchanged.' },
        consideration: { title: 'Data access no consideration', explanation: "`data access no consideration`: the processor's access to the personal data is no part of the consideration under the main contract (so it is not paid for with the data, as the CCPA's ban on selling asks)." }
    },
    CcpaTerms: {
        ccpa: { title: 'CCPA roles', explanation: '`ccpa { no selling  business purpose only  certifies understanding }`: for personal information under the CCPA the controller is the "business" and the processor the "service provider"; the service provider does not sell it, keeps, uses and discloses it only to provide the services, and certifies that it understands these restrictions.', citation: CITATIONS.ccpa }
    },
    Jurisdiction: {
        statutory: { title: 'Statutory venues unaffected', explanation: '`statutory venues unaffected`: exclusive places of jurisdiction the law prescribes still apply besides the agreed courts.' }
    },
    // Coverage CV1: instructions, confidentiality, data subjects' requests, notices to the controller and the DPO.
    Instructions: {
        no: { title: 'Purpose limitation and no disclosure', explanation: '`no other purposes`: the data is used only for the instructed processing; `no third-party disclosure`: it is passed on to no third party.', citation: CITATIONS.art28_3_a },
        copies: { title: 'Copies only where needed', explanation: '`copies only where needed`: copies only where the order or a retention duty needs them, deleted or handed over once processing is complete.', citation: CITATIONS.art28_3_a },
        channels: { title: 'Form of instructions', explanation: '`channels in-writing, text-form, electronic`: the forms in which instructions are given.', citation: CITATIONS.art28_3_a },
        oral: { title: 'Oral instructions confirmed', explanation: '`oral confirmed`: oral instructions are confirmed without undue delay in one of the `channels` (without `channels`: in documented form).', citation: CITATIONS.art28_3_a },
        retained: { title: 'Instructions kept', explanation: '`retained`: instructions are kept for the term of the engagement, at least while they are in force.', citation: CITATIONS.art28_3_a },
        may: { title: 'Unlawful instruction suspended', explanation: '`may suspend if infringing`: the processor may put an instruction it considers unlawful on hold until the controller confirms it.', citation: CITATIONS.art28_3_second },
        given: { title: 'Entitled to give instructions', explanation: '`given by "NAME"` / `given by blank`: the persons entitled to give instructions on the controller\'s side; `blank` prints a line to fill in.' },
        received: { title: 'Recipient of instructions', explanation: '`received by "NAME"` / `received by blank`: the persons who receive instructions on the processor\'s side.' },
        changes: { title: 'Changes of persons or procedures', explanation: '`changes notified`: a change of the persons giving or receiving instructions is told without undue delay; `changes agreed jointly`: changes to the subject matter and procedures are agreed and documented together.' }
    },
    Confidentiality: {
        own: { title: 'Own staff only', explanation: '`own staff only`: the processor uses only its own employees.', citation: CITATIONS.art28_3_b },
        regular: { title: 'Regular training', explanation: '`regular training`: the staff involved are trained in data protection at regular intervals.', citation: CITATIONS.art28_3_b },
        other: { title: 'Other secrets', explanation: `\`other secrets social-security, telecommunications, professional\`: further secrets the processor observes and binds its staff to; \`professional\` is ${CITATIONS.stgb203.en}.`, citation: CITATIONS.art28_3_b },
        access: { title: 'Access data kept secret', explanation: '`access data secret`: the controller\'s administrative access data is kept secret; access rights are used only as far as the processing needs.', citation: CITATIONS.art28_3_b }
    },
    DataSubjectRights: {
        reasonable: { title: 'Reasonable assistance', explanation: '`reasonable`: the assistance with data subjects\' requests is limited to what is reasonable.', citation: CITATIONS.art28_3_e },
        costs: { title: 'Cost of the assistance', explanation: '`costs controller | processor | shared`: who bears the cost of the assistance.', citation: CITATIONS.art28_3_e },
        forward: { title: 'Requests forwarded', explanation: '`forward requests [if identifiable]`: a request made to the processor directly is passed on to the controller without undue delay (where the processor can tell which controller is concerned).', citation: CITATIONS.art28_3_e },
        staff: { title: 'Staff informed via contacts', explanation: '`staff information via contacts`: the controller\'s employees get information only through the agreed contact persons, not directly.', citation: CITATIONS.art28_3_e },
        information: { title: 'Information only on instructions', explanation: '`information only on instructions`: information to third parties or data subjects only on the controller\'s instructions.', citation: CITATIONS.art28_3_e }
    },
    ComplianceAssistance: {
        'access-requests': { title: 'Requests for access by authorities or third parties', explanation: '`access-requests electronic, forwarded, joint-disclosure, documented`: such requests are taken in electronic form, forwarded to the controller, answered with data only together with the controller as far as the law allows, and documented.', citation: CITATIONS.art28_3_f },
        costs: { title: 'Cost of the assistance', explanation: '`costs controller | processor | shared`: who bears the cost of the assistance.', citation: CITATIONS.art28_3_f }
    },
    NotifyDuty: {
        '*': { title: 'Events told to the controller', explanation: '`notify [without delay] supervisory-inspection, access-request, certificate-change, code-of-conduct-measure`: one sentence per line; `without delay` means without undue delay.', citation: CITATIONS.art28_3_f }
    },
    NotifyTrigger: {
        'supervisory-inspection': { title: 'Supervisory inspections and measures', explanation: 'Inspections and measures of the supervisory authority.', citation: CITATIONS.art58 },
        'access-request': { title: 'Requests for access', explanation: 'An authority, a prosecutor or a private party seeks access to the controller\'s data.' },
        'certificate-change': { title: 'Certification changed or lapsed', explanation: 'A certification the processor relies on changes, expires or is withdrawn.', citation: CITATIONS.art42 },
        'code-of-conduct-measure': { title: 'Code of conduct measure', explanation: 'The monitoring body of an approved code of conduct takes action against the processor, such as suspension or exclusion.', citation: CITATIONS.art41_4 }
    },
    DataProtectionOfficer: {
        details: { title: 'DPO details notified', explanation: '`details notified`: the party gives the other the name and contact details of its data protection officer.' },
        appointed: { title: 'Grounds of the appointment', explanation: `\`appointed under art37-1-a, art37-1-b, art37-1-c, bdsg-38\`: the DPO is appointed under ${CITATIONS.art37_1_a.en}, ${CITATIONS.art37_1_b.en}, ${CITATIONS.art37_1_c.en} or ${CITATIONS.bdsg38.en}.` }
    },
    SubProcessorUrlKind: {
        privacy: { title: 'Privacy notice', explanation: '`url privacy "…"`: the page is the sub-processor\'s privacy notice; printed as "Datenschutzinformationen" / "Privacy information". A `url` without a kind is printed as its website.' },
        dpa: { title: 'Data processing terms', explanation: '`url dpa "…"`: the page holds the sub-processor\'s data processing terms; printed as "Auftragsverarbeitungsbedingungen" / "Data processing terms". A `url` without a kind is printed as its website.' }
    }
};

/** The hover for a value keyword of a clause (these and the audit values), or undefined. */
export function clauseValueHover(rule: string, keyword: string): string | undefined {
    const audit = AUDIT_VALUE_EXPLANATIONS[rule]?.[keyword];
    const byKeyword = EXPLANATIONS[rule];
    const info = audit ?? byKeyword?.[keyword] ?? byKeyword?.['*'];
    return info ? keywordHoverMarkdown(info) : undefined;
}
