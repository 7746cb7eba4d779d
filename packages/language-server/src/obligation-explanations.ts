/*
 * The legal texts the editor shows in completion and hover: what each obligation clause, SCC
 * option, transfer mechanism and SCC module means, with its citation in GDPR and DSGVO form.
 *
 * Written in the project's own words, using the official terms of the GDPR / DSGVO and of
 * Decisions (EU) 2021/915 and 2021/914 as collected in /work/shared/legal-reference.md (§1, §3,
 * §4, §5, §7). Summaries for orientation, not legal advice; keep every legal text in this file
 * so that a lawyer can review and update them in one place.
 */

import { SCC_2021_915_OPTION_CLAUSES, sccOptionClauseOf } from '@dpa-as-code/model';

/** Shown under explanations that summarise the law. */
export const NOT_LEGAL_ADVICE = 'Summary for orientation, not legal advice.';

export interface Citation {
    /** English form: "Art. 28(3)(h) GDPR". */
    gdpr: string;
    /** German form: "Art. 28 Abs. 3 lit. h DSGVO". */
    dsgvo: string;
}

export interface ObligationExplanation extends Citation {
    /** Short English title of the obligation. */
    title: string;
    /** The German term used in practice. */
    titleDe: string;
    /** What the law requires, in one or two sentences. */
    requirement: string;
}

/** The obligation clauses of an `obligations` block (and of SCC supplements), by keyword. */
export const OBLIGATION_EXPLANATIONS: Readonly<Record<string, ObligationExplanation>> = {
    'instructions': {
        title: 'Documented instructions',
        titleDe: 'Weisungsgebundenheit',
        gdpr: 'Art. 28(3)(a) and second subparagraph GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. a und UAbs. 2 DSGVO',
        requirement: 'The processor processes the personal data only on documented instructions from the controller, including with regard to transfers to a third country or an international organisation, unless Union or Member State law requires otherwise (it then informs the controller first, unless that law forbids it). It immediately informs the controller if, in its opinion, an instruction infringes data protection law.'
    },
    'confidentiality': {
        title: 'Confidentiality',
        titleDe: 'Vertraulichkeit',
        gdpr: 'Art. 28(3)(b) GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. b DSGVO',
        requirement: 'Persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.'
    },
    'security': {
        title: 'Security of processing',
        titleDe: 'Sicherheit der Verarbeitung',
        gdpr: 'Art. 28(3)(c), Art. 32 GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. c, Art. 32 DSGVO',
        requirement: 'The processor takes all measures required pursuant to Article 32: appropriate technical and organisational measures for a level of security appropriate to the risk, such as pseudonymisation and encryption, ongoing confidentiality, integrity, availability and resilience, timely restoration after an incident, and regular testing and evaluation.'
    },
    'sub-processing': {
        title: 'Engaging sub-processors',
        titleDe: 'Unterauftragsverarbeitung',
        gdpr: 'Art. 28(2), (3)(d) and (4) GDPR',
        dsgvo: 'Art. 28 Abs. 2, Abs. 3 lit. d und Abs. 4 DSGVO',
        requirement: 'The processor engages another processor only with the prior specific or general written authorisation of the controller; under a general authorisation it informs the controller of any intended addition or replacement, giving the controller the opportunity to object. The sub-processor is bound by the same data protection obligations, and the initial processor remains fully liable to the controller.'
    },
    'data-subject-rights': {
        title: 'Assistance with data subject requests',
        titleDe: 'Unterstützung bei Betroffenenrechten',
        gdpr: 'Art. 28(3)(e) GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. e DSGVO',
        requirement: 'Taking into account the nature of the processing, the processor assists the controller by appropriate technical and organisational measures, insofar as this is possible, in responding to requests of data subjects exercising their rights under Chapter III (access, rectification, erasure, restriction, portability, objection).'
    },
    'compliance-assistance': {
        title: 'Assistance with Articles 32 to 36',
        titleDe: 'Unterstützung nach Art. 32 bis 36',
        gdpr: 'Art. 28(3)(f) GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. f DSGVO',
        requirement: 'Taking into account the nature of processing and the information available to it, the processor assists the controller in ensuring compliance with Articles 32 to 36: security, notification and communication of personal data breaches, data protection impact assessment and prior consultation of the supervisory authority.'
    },
    'breach-notification': {
        title: 'Personal data breach notification',
        titleDe: 'Meldung von Verletzungen des Schutzes personenbezogener Daten',
        gdpr: 'Art. 33(2) GDPR',
        dsgvo: 'Art. 33 Abs. 2 DSGVO',
        requirement: 'The processor notifies the controller of a personal data breach without undue delay after becoming aware of it. The controller itself must notify the supervisory authority within 72 hours where feasible (Art. 33(1)), so agreements often fix a concrete time frame for the processor.'
    },
    'end-of-processing': {
        title: 'Deletion or return at the end',
        titleDe: 'Löschung oder Rückgabe nach Ende der Verarbeitung',
        gdpr: 'Art. 28(3)(g) GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. g DSGVO',
        requirement: 'After the end of the provision of services, the processor, at the choice of the controller, deletes or returns all the personal data and deletes existing copies, unless Union or Member State law requires storage of the personal data.'
    },
    'audits': {
        title: 'Information and audits, including inspections',
        titleDe: 'Nachweise und Überprüfungen einschließlich Inspektionen',
        gdpr: 'Art. 28(3)(h) GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. h DSGVO',
        requirement: 'The processor makes available to the controller all information necessary to demonstrate compliance with Article 28, and allows for and contributes to audits, including inspections, conducted by the controller or another auditor mandated by the controller.'
    },
    'location': {
        title: 'Place of processing and third-country transfers',
        titleDe: 'Ort der Verarbeitung und Drittlandübermittlungen',
        gdpr: 'Art. 28(3)(a), Arts. 44–49 GDPR',
        dsgvo: 'Art. 28 Abs. 3 lit. a, Art. 44–49 DSGVO',
        requirement: 'The GDPR does not require processing inside the EU or EEA, but a transfer to a third country or an international organisation needs the controller\'s documented instructions and a basis under Chapter V: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Arts. 46, 47), or a derogation for a specific situation (Art. 49).'
    },
    'anonymisation': {
        title: 'Anonymisation by the processor',
        titleDe: 'Anonymisierung durch den Auftragsverarbeiter',
        gdpr: 'Art. 28(3)(a) and (10) GDPR, Recital 26',
        dsgvo: 'Art. 28 Abs. 3 lit. a und Abs. 10 DSGVO, Erwägungsgrund 26',
        requirement: 'Anonymising personal data is itself processing, so the processor may do it only as the controller instructs. Truly anonymous data is outside the GDPR (Recital 26); a processor that determines the purposes and means of processing itself is a controller for that processing (Art. 28(10)).'
    },
    'controller-responsibility': {
        title: 'Responsibility of the controller',
        titleDe: 'Verantwortung des Verantwortlichen',
        gdpr: 'Art. 24, Art. 28(3) GDPR',
        dsgvo: 'Art. 24, Art. 28 Abs. 3 DSGVO',
        requirement: 'The controller remains responsible for the lawfulness of the processing and must be able to demonstrate compliance (Art. 24); the agreement sets out the obligations and rights of the controller (Art. 28(3), first sentence). Such a clause does not reduce the processor\'s own obligations.'
    }
};

/** The obligation keywords in the order of Art. 28(3) (then the clauses beyond it). */
export const OBLIGATION_KEYWORDS: readonly string[] = Object.keys(OBLIGATION_EXPLANATIONS);

// ---------------------------------------------------------------- Decision (EU) 2021/915

/** How the Decision is cited. */
export const SCC_915 = {
    title: 'Commission Implementing Decision (EU) 2021/915',
    citation: 'Decision (EU) 2021/915',
    summary: 'Standard contractual clauses between controllers and processors under Art. 28(7) GDPR (Art. 28 Abs. 7 DSGVO). The Clauses may not be modified (Clause 2, Invariability); the parties choose one option wherever a clause offers them and may add clauses that do not contradict them.'
} as const;

/** The editor's words for a clause with options; the structure (written forms, number of options, period) is the model's catalogue. */
export interface SccOptionClauseExplanation {
    /** The written form completion offers after `clause` (one of the catalogue's `written` forms). */
    offer: string;
    /** The clause as the editor names it. */
    clause: string;
    heading: string;
    /** What the choice is about. */
    about: string;
    /** Meaning of option 1 and option 2. */
    options: Readonly<Record<number, string>>;
    /** The option a private-sector DPA chooses, where it is not the catalogue's GDPR option. */
    usual?: number;
}

/** What the options mean, by the clause id of the model's catalogue (`SCC_2021_915_OPTION_CLAUSES`). */
export const SCC_915_OPTION_EXPLANATIONS: Readonly<Record<string, SccOptionClauseExplanation>> = {
    '1(a)': {
        offer: '1', clause: '1(a)', heading: 'Purpose and scope',
        about: 'which regulation the Clauses implement',
        options: {
            1: 'the Clauses ensure compliance with Art. 28(3) and (4) GDPR (Regulation (EU) 2016/679)',
            2: 'the Clauses ensure compliance with Art. 29(3) and (4) of Regulation (EU) 2018/1725 (EU institutions and bodies)'
        }
    },
    '7.7(a)': {
        offer: '7.7(a)', clause: '7.7(a)', heading: 'Use of sub-processors',
        about: 'how sub-processors are authorised; both options need a time period (`period …`)',
        options: {
            1: 'prior specific authorisation: the processor asks for the controller\'s authorisation of each sub-processor at least the agreed period in advance; authorised sub-processors are listed in Annex IV',
            2: 'general written authorisation for sub-processors from an agreed list: the processor informs the controller of intended additions or replacements at least the agreed period in advance, giving it sufficient time to be able to object'
        },
        usual: 2
    },
    '8(c)(4)': {
        offer: '8(c)(4)', clause: '8(c)(4)', heading: 'Assistance to the controller: security of processing',
        about: 'whose security obligations the processor assists with',
        options: {
            1: 'the obligations in Art. 32 GDPR',
            2: 'the corresponding obligations of Regulation (EU) 2018/1725 (EU institutions and bodies)'
        }
    },
    '9.1(b)': {
        offer: '9.1(b)', clause: '9.1(b)', heading: 'Breach concerning data processed by the controller: content of the notification',
        about: 'which rule lists the information the controller\'s notification to the supervisory authority must contain',
        options: {
            1: 'Art. 33(3) GDPR',
            2: 'the corresponding provision of Regulation (EU) 2018/1725'
        }
    },
    '9.1(c)': {
        offer: '9.1(c)', clause: '9.1(c)', heading: 'Breach concerning data processed by the controller: communication to data subjects',
        about: 'which rule governs the communication of a high-risk breach to the data subjects',
        options: {
            1: 'Art. 34 GDPR',
            2: 'the corresponding provision of Regulation (EU) 2018/1725'
        }
    },
    '9.2': {
        offer: '9.2(c)', clause: '9.2 (last paragraph)', heading: 'Breach concerning data processed by the processor',
        about: 'under which articles Annex III sets out the further elements the processor provides when assisting the controller',
        options: {
            1: 'Arts. 33 and 34 GDPR',
            2: 'the corresponding provisions of Regulation (EU) 2018/1725'
        }
    }
};

/** A clause with options as completion and hover show it: the catalogue's facts with the editor's words. */
export interface SccOptionClauseInfo {
    /** As completion offers it after `clause` in a .dpa file. */
    written: string;
    /** The clause as the editor names it. */
    clause: string;
    heading: string;
    /** What the choice is about. */
    about: string;
    /** Meaning of option 1 and option 2. */
    options: Readonly<Record<number, string>>;
    /** The option a private-sector DPA under the GDPR chooses. */
    usual: number;
    /** The option needs `period …` (the Decision's `[SPECIFY TIME PERIOD]`). */
    needsPeriod: boolean;
}

const optionClauseInfo = new Map<string, SccOptionClauseInfo>(SCC_2021_915_OPTION_CLAUSES.flatMap(clause => {
    const explanation = SCC_915_OPTION_EXPLANATIONS[clause.id];
    if (!explanation) return [];
    const info: SccOptionClauseInfo = {
        written: explanation.offer,
        clause: explanation.clause,
        heading: explanation.heading,
        about: explanation.about,
        options: explanation.options,
        usual: explanation.usual ?? clause.gdprOption ?? 1,
        needsPeriod: clause.needsPeriod
    };
    return [[clause.id, info] as const];
}));

/** The clauses of Decision 2021/915 that carry options and have an explanation, in the order of the Decision. */
export const SCC_915_OPTION_CLAUSES: readonly SccOptionClauseInfo[] = [...optionClauseInfo.values()];

/** Headings of the clauses of Decision 2021/915 (for `supplement clause …`), in the order of the Decision. */
export const SCC_915_CLAUSE_HEADINGS: readonly (readonly [clause: string, heading: string])[] = [
    ['1', 'Purpose and scope'],
    ['2', 'Invariability of the Clauses'],
    ['3', 'Interpretation'],
    ['4', 'Hierarchy'],
    ['5', 'Docking clause (optional)'],
    ['6', 'Description of processing (Annex II)'],
    ['7.1', 'Instructions'],
    ['7.2', 'Purpose limitation'],
    ['7.3', 'Duration of the processing'],
    ['7.4', 'Security of processing'],
    ['7.5', 'Sensitive data'],
    ['7.6', 'Documentation and compliance (audits and inspections)'],
    ['7.7', 'Use of sub-processors'],
    ['7.8', 'International transfers'],
    ['8', 'Assistance to the controller'],
    ['9.1', 'Data breach concerning data processed by the controller'],
    ['9.2', 'Data breach concerning data processed by the processor'],
    ['10', 'Non-compliance with the Clauses and termination']
];

const headingByClause = new Map<string, string>(SCC_915_CLAUSE_HEADINGS);

/** The option clause an SCC option line refers to (`clause 1` and `clause 1(a)` are the same). */
export function sccOptionClauseInfo(written: string): SccOptionClauseInfo | undefined {
    const clause = sccOptionClauseOf(written);
    return clause ? optionClauseInfo.get(clause.id) : undefined;
}

/** The heading of a clause of Decision 2021/915, trying the parent clause for "7.6(c)". */
export function sccClauseHeading(clause: string): string | undefined {
    let key = clause;
    while (key) {
        const heading = headingByClause.get(key);
        if (heading) return heading;
        const shorter = key.replace(/\([a-z0-9]+\)$/, '');
        key = shorter !== key ? shorter : key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    }
    return undefined;
}

// ---------------------------------------------------------------- transfers (Chapter V GDPR)

export interface TransferMechanismInfo extends Citation {
    title: string;
    explanation: string;
}

/** The transfer mechanisms a service can name after `transfer`. */
export const TRANSFER_MECHANISMS: Readonly<Record<string, TransferMechanismInfo>> = {
    'none': {
        title: 'No third-country transfer',
        explanation: 'No transfer to a third country or an international organisation takes place, so Chapter V does not apply.',
        gdpr: 'Art. 44 GDPR',
        dsgvo: 'Art. 44 DSGVO'
    },
    'adequacy': {
        title: 'Adequacy decision',
        explanation: 'The Commission has decided that the third country ensures an adequate level of protection (Angemessenheitsbeschluss); no further safeguards are needed.',
        gdpr: 'Art. 45 GDPR',
        dsgvo: 'Art. 45 DSGVO'
    },
    'dpf': {
        title: 'EU-US Data Privacy Framework',
        explanation: 'Adequacy decision (EU) 2023/1795 for the United States; it covers only recipients certified under the Data Privacy Framework, so check the certification.',
        gdpr: 'Art. 45 GDPR, Decision (EU) 2023/1795',
        dsgvo: 'Art. 45 DSGVO, Beschluss (EU) 2023/1795'
    },
    'scc-2021/914': {
        title: 'Standard contractual clauses (Decision (EU) 2021/914)',
        explanation: 'Appropriate safeguards by the Commission\'s standard contractual clauses for transfers; name the module (usually `module 3`, processor to processor).',
        gdpr: 'Art. 46(2)(c) GDPR',
        dsgvo: 'Art. 46 Abs. 2 lit. c DSGVO'
    },
    'bcr': {
        title: 'Binding corporate rules',
        explanation: 'Appropriate safeguards by binding corporate rules (verbindliche interne Datenschutzvorschriften) approved by the competent supervisory authority.',
        gdpr: 'Art. 46(2)(b), Art. 47 GDPR',
        dsgvo: 'Art. 46 Abs. 2 lit. b, Art. 47 DSGVO'
    },
    'art49': {
        title: 'Derogation for a specific situation',
        explanation: 'A derogation such as explicit consent or the performance of a contract (Ausnahmen für bestimmte Fälle); available only where there is neither an adequacy decision nor appropriate safeguards.',
        gdpr: 'Art. 49 GDPR',
        dsgvo: 'Art. 49 DSGVO'
    }
};

/** The modules of the transfer SCCs (Decision (EU) 2021/914), written `module N`. */
export const SCC_914_MODULES: Readonly<Record<number, { title: string; explanation: string }>> = {
    1: { title: 'Module 1: controller to controller', explanation: 'The importer uses the data as a controller of its own.' },
    2: { title: 'Module 2: controller to processor', explanation: 'The controller transfers directly to a processor outside the EEA; also serves as Art. 28(7) clauses.' },
    3: { title: 'Module 3: processor to processor', explanation: 'A processor transfers to its sub-processor outside the EEA: the usual module in a DPA\'s sub-processor list; also serves as Art. 28(7) clauses.' },
    4: { title: 'Module 4: processor to controller', explanation: 'A processor returns data to its controller outside the EEA.' }
};

// ---------------------------------------------------------------- languages and countries

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
    de: 'German (Deutsch)',
    en: 'English'
};

/** The transfer status of a server location or seat, as completion and hover show it. */
export const COUNTRY_STATUS = {
    eea: 'EEA',
    eeaExplanation: 'Inside the EEA: processing there is no transfer to a third country (Chapter V GDPR does not apply).',
    adequacy: (decision: string, date: string) => `adequacy decision ${decision} of ${date}`,
    adequacyUnnumbered: (date: string) => `adequacy decision adopted ${date} (number to be checked)`,
    adequacyExplanation: 'The Commission has found the level of protection adequate (Art. 45 GDPR): transfers need no further safeguards.',
    dpf: 'adequacy only for DPF-certified organisations',
    dpfExplanation: (decision: string, date: string) => `EU-US Data Privacy Framework (Decision ${decision} of ${date}, Art. 45 GDPR): adequate only for recipients certified under the DPF; others need a transfer basis such as the SCCs of Decision 2021/914 (Art. 46(2)(c) GDPR).`,
    thirdCountry: 'third country: needs a transfer basis',
    thirdCountryExplanation: 'No adequacy decision: a transfer needs appropriate safeguards such as the SCCs of Decision 2021/914 or binding corporate rules (Arts. 46, 47 GDPR), or a derogation (Art. 49 GDPR).',
    eu: 'all EU Member States',
    euExplanation: 'Server location somewhere in the European Union: no third-country transfer.',
    eeaRegion: 'EU Member States, Iceland, Liechtenstein and Norway',
    eeaRegionExplanation: 'Server location somewhere in the European Economic Area: no third-country transfer.',
    regionDependent: 'depends on the region the controller chooses',
    regionDependentExplanation: 'The location depends on a region chosen in the service; say which regions are possible and the transfer basis for those outside the EEA.'
} as const;
