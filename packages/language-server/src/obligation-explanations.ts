/*
 * The legal texts the editor shows in completion and hover: what each obligation clause, SCC
 * option, transfer mechanism and SCC module means, with its citation in GDPR and DSGVO form.
 *
 * Written in the project's own words, using the official terms of the GDPR / DSGVO and of
 * Decisions (EU) 2021/915 and 2021/914 as collected in /work/shared/legal-reference.md (§1, §3,
 * §4, §5, §7). Summaries for orientation, not legal advice. Titles, citations, clause headings and
 * module roles come from the model's legal catalogue; this file adds only the editor's explanations.
 */

import {
    CITATIONS, OBLIGATIONS, adequacyDecisionFor, SCC_2021_914_DATES, SCC_2021_915_CLAUSE_HEADINGS, SCC_2021_915_OPTION_CLAUSES,
    formatDecisionDate, scc2021914Module, scc2021915ClauseHeading, sccOptionClauseOf, type Citation as CatalogueCitation
} from '@dpa-as-code/model';

/** Shown under explanations that summarise the law. */
export const NOT_LEGAL_ADVICE = 'Summary for orientation, not legal advice.';

/** What a hover says about one keyword: its title, what it means, and the provision behind it (absent where the law says nothing). */
export interface KeywordExplanation {
    title: string;
    explanation: string;
    citation?: CatalogueCitation;
}

const citationText = (citation: CatalogueCitation | undefined): string => citation ? `${citation.en} · ${citation.de}` : '';

/**
 * Every hover that explains a keyword or a value (`certifications iso-27001`, `governing-law`, `uk-addendum`)
 * reads the same way as the obligation hovers: title, the citation line (left out where the law says
 * nothing about it), then the explanation.
 */
export function keywordHoverMarkdown(info: KeywordExplanation): string {
    const citation = info.citation ? `\n\n${citationText(info.citation)}` : '';
    return `**${info.title}**${citation}\n\n${info.explanation}\n\n_${NOT_LEGAL_ADVICE}_`;
}

export interface Citation {
    /** English form: "Art. 28(3)(h) GDPR". */
    gdpr: string;
    /** German form: "Art. 28 Abs. 3 lit. h DSGVO". */
    dsgvo: string;
}

const citationOf = (citation: CatalogueCitation): Citation => ({ gdpr: citation.en, dsgvo: citation.de });

export interface ObligationExplanation extends Citation {
    /** Short English title of the obligation. */
    title: string;
    /** The German term used in practice. */
    titleDe: string;
    /** Further provisions the clause draws on, shown after the main citation. */
    related: readonly Citation[];
    /** What the law requires, in one or two sentences. */
    requirement: string;
}

/** What the law requires, by obligation keyword (the catalogue holds titles and citations). */
const REQUIREMENTS: Readonly<Record<string, string>> = {
    'instructions': 'The processor processes the personal data only on documented instructions from the controller, including with regard to transfers to a third country or an international organisation, unless Union or Member State law requires otherwise (it then informs the controller first, unless that law forbids it). It immediately informs the controller if, in its opinion, an instruction infringes data protection law.',
    'confidentiality': 'Persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.',
    'security': 'The processor takes all measures required pursuant to Article 32: appropriate technical and organisational measures for a level of security appropriate to the risk, such as pseudonymisation and encryption, ongoing confidentiality, integrity, availability and resilience, timely restoration after an incident, and regular testing and evaluation.',
    'sub-processing': 'The processor engages another processor only with the prior specific or general written authorisation of the controller; under a general authorisation it informs the controller of any intended addition or replacement, giving the controller the opportunity to object. The sub-processor is bound by the same data protection obligations, and the initial processor remains fully liable to the controller.',
    'data-subject-rights': 'Taking into account the nature of the processing, the processor assists the controller by appropriate technical and organisational measures, insofar as this is possible, in responding to requests of data subjects exercising their rights under Chapter III (access, rectification, erasure, restriction, portability, objection).',
    'compliance-assistance': 'Taking into account the nature of processing and the information available to it, the processor assists the controller in ensuring compliance with Articles 32 to 36: security, notification and communication of personal data breaches, data protection impact assessment and prior consultation of the supervisory authority.',
    'breach-notification': `The processor notifies the controller of a personal data breach without undue delay after becoming aware of it. The controller itself must notify the supervisory authority within 72 hours where feasible (${CITATIONS.art33_1.en}), so agreements often fix a concrete time frame for the processor.`,
    'end-of-processing': 'After the end of the provision of services, the processor, at the choice of the controller, deletes or returns all the personal data and deletes existing copies, unless Union or Member State law requires storage of the personal data.',
    'audits': 'The processor makes available to the controller all information necessary to demonstrate compliance with Article 28, and allows for and contributes to audits, including inspections, conducted by the controller or another auditor mandated by the controller.',
    'location': 'The GDPR does not require processing inside the EU or EEA, but a transfer to a third country or an international organisation needs the controller\'s documented instructions and a basis under Chapter V: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Arts. 46, 47), or a derogation for a specific situation (Art. 49).',
    'anonymisation': `Anonymising personal data is itself processing, so the processor may do it only as the controller instructs. Truly anonymous data is outside the GDPR (Recital 26); a processor that determines the purposes and means of processing itself is a controller for that processing (${CITATIONS.art28_10.en}).`,
    'controller-responsibility': `The controller remains responsible for the lawfulness of the processing and must be able to demonstrate compliance (Art. 24); the agreement sets out the obligations and rights of the controller (${CITATIONS.art28_3_first.en}). Such a clause does not reduce the processor's own obligations.`
};

/** The obligation clauses of an `obligations` block (and of SCC supplements), by keyword. */
export const OBLIGATION_EXPLANATIONS: Readonly<Partial<Record<string, ObligationExplanation>>> = Object.fromEntries(OBLIGATIONS.map(duty => [duty.id, {
    title: duty.titleEn,
    titleDe: duty.titleDe,
    ...citationOf(duty.citation),
    related: (duty.related ?? []).map(citationOf),
    requirement: REQUIREMENTS[duty.id] ?? ''
}]));

/** The obligation keywords in the order of Art. 28(3) (then the clauses beyond it). */
export const OBLIGATION_KEYWORDS: readonly string[] = OBLIGATIONS.map(duty => duty.id);

/** "Art. 28(3)(a) GDPR · Art. 28 Abs. 3 lit. a DSGVO", then the related provisions after "See also". */
export function citationLine(explanation: Citation & { related?: readonly Citation[] }): string {
    const main = `${explanation.gdpr} · ${explanation.dsgvo}`;
    const related = explanation.related ?? [];
    return related.length === 0 ? main : `${main}; see also ${related.map(c => `${c.gdpr} · ${c.dsgvo}`).join('; ')}`;
}

// ---------------------------------------------------------------- Decision (EU) 2021/915

/** How the Decision is cited. */
export const SCC_915 = {
    title: 'Commission Implementing Decision (EU) 2021/915',
    citation: CITATIONS.scc915.en,
    summary: `Standard contractual clauses between controllers and processors under ${CITATIONS.art28_7.en} (${CITATIONS.art28_7.de}). The Clauses may not be modified (Clause 2, Invariability); the parties choose one option wherever a clause offers them and may add clauses that do not contradict them.`
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
export const SCC_915_OPTION_EXPLANATIONS: Readonly<Partial<Record<string, SccOptionClauseExplanation>>> = {
    '1(a)': {
        offer: '1', clause: '1(a)', heading: 'Purpose and scope',
        about: 'which regulation the Clauses implement',
        options: {
            1: `the Clauses ensure compliance with ${CITATIONS.art28_3_4.en} (Regulation (EU) 2016/679)`,
            2: `the Clauses ensure compliance with ${CITATIONS.eudpr29_3_4.en} (EU institutions and bodies)`
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
            1: `the obligations in ${CITATIONS.art32.en}`,
            2: 'the corresponding obligations of Regulation (EU) 2018/1725 (EU institutions and bodies)'
        }
    },
    '9.1(b)': {
        offer: '9.1(b)', clause: '9.1(b)', heading: 'Breach concerning data processed by the controller: content of the notification',
        about: 'which rule lists the information the controller\'s notification to the supervisory authority must contain',
        options: {
            1: CITATIONS.art33_3.en,
            2: 'the corresponding provision of Regulation (EU) 2018/1725'
        }
    },
    '9.1(c)': {
        offer: '9.1(c)', clause: '9.1(c)', heading: 'Breach concerning data processed by the controller: communication to data subjects',
        about: 'which rule governs the communication of a high-risk breach to the data subjects',
        options: {
            1: CITATIONS.art34.en,
            2: 'the corresponding provision of Regulation (EU) 2018/1725'
        }
    },
    '9.2': {
        offer: '9.2(c)', clause: '9.2 (last paragraph)', heading: 'Breach concerning data processed by the processor',
        about: 'under which articles Annex III sets out the further elements the processor provides when assisting the controller',
        options: {
            1: CITATIONS.art33_34.en,
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
    /** The GDPR provisions the clause implements (Clause 7.7(a) → Art. 28(2) and (4) GDPR). */
    serves: readonly Citation[];
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
        needsPeriod: clause.needsPeriod,
        serves: clause.serves.map(citationOf)
    };
    return [[clause.id, info] as const];
}));

/** The clauses of Decision 2021/915 that carry options and have an explanation, in the order of the Decision. */
export const SCC_915_OPTION_CLAUSES: readonly SccOptionClauseInfo[] = [...optionClauseInfo.values()];

/** Headings of the clauses of Decision 2021/915 (for `supplement clause …`), in the order of the Decision. */
export const SCC_915_CLAUSE_HEADINGS = SCC_2021_915_CLAUSE_HEADINGS;

/** The option clause an SCC option line refers to (`clause 1` and `clause 1(a)` are the same). */
export function sccOptionClauseInfo(written: string): SccOptionClauseInfo | undefined {
    const clause = sccOptionClauseOf(written);
    return clause ? optionClauseInfo.get(clause.id) : undefined;
}

/** The heading of a clause of Decision 2021/915, trying the parent clause for "7.6(c)". */
export const sccClauseHeading = scc2021915ClauseHeading;

// ---------------------------------------------------------------- transfers (Chapter V GDPR)

export interface TransferMechanismInfo extends Citation {
    title: string;
    explanation: string;
}

/** The number of the US adequacy decision (the Data Privacy Framework), from the catalogue. */
const US_DECISION = adequacyDecisionFor('US')?.decision ?? '';

/** The transfer mechanisms a service can name after `transfer`. */
export const TRANSFER_MECHANISMS: Readonly<Partial<Record<string, TransferMechanismInfo>>> = {
    'none': {
        title: 'No third-country transfer',
        explanation: 'No transfer to a third country or an international organisation takes place, so Chapter V does not apply.',
        ...citationOf(CITATIONS.art44)
    },
    'adequacy': {
        title: 'Adequacy decision',
        explanation: 'The Commission has decided that the third country ensures an adequate level of protection (Angemessenheitsbeschluss); no further safeguards are needed.',
        ...citationOf(CITATIONS.art45)
    },
    'dpf': {
        title: 'EU-US Data Privacy Framework',
        explanation: `Adequacy decision ${US_DECISION} for the United States; it covers only recipients certified under the Data Privacy Framework, so check the certification.`,
        gdpr: `${CITATIONS.art45.en}, Decision ${US_DECISION}`,
        dsgvo: `${CITATIONS.art45.de}, Beschluss ${US_DECISION}`
    },
    'scc-2021/914': {
        title: 'Standard contractual clauses (Decision (EU) 2021/914)',
        explanation: 'Appropriate safeguards by the Commission\'s standard contractual clauses for transfers; name the module (usually `module 3`, processor to processor).',
        ...citationOf(CITATIONS.art46_2_c)
    },
    'scc-2010/87': {
        title: 'Old standard contractual clauses (Decision 2010/87/EU), repealed',
        explanation: `Repealed with effect from ${formatDecisionDate(SCC_2021_914_DATES.oldClausesRepealed)}; contracts concluded before then counted as appropriate safeguards only until ${formatDecisionDate(SCC_2021_914_DATES.transitionEnded)}. Use \`scc-2021/914\` with its module.`,
        gdpr: `${CITATIONS.scc914_art4.en}; ${CITATIONS.art46_2_c.en}`,
        dsgvo: `${CITATIONS.scc914_art4.de}; ${CITATIONS.art46_2_c.de}`
    },
    'bcr': {
        title: 'Binding corporate rules',
        explanation: 'Appropriate safeguards by binding corporate rules (verbindliche interne Datenschutzvorschriften) approved by the competent supervisory authority.',
        ...citationOf(CITATIONS.art46_2_b_47)
    },
    'art49': {
        title: 'Derogation for a specific situation',
        explanation: 'A derogation such as explicit consent or the performance of a contract (Ausnahmen für bestimmte Fälle); available only where there is neither an adequacy decision nor appropriate safeguards.',
        ...citationOf(CITATIONS.art49)
    }
};

/** What each module of the transfer SCCs means in a DPA; titles and roles come from the catalogue. */
const MODULE_EXPLANATIONS: Readonly<Record<number, string>> = {
    1: 'The importer uses the data as a controller of its own.',
    2: `The controller transfers directly to a processor outside the EEA; also serves as clauses under ${CITATIONS.art28_7.en}.`,
    3: `A processor transfers to its sub-processor outside the EEA: the usual module in a DPA's sub-processor list; also serves as clauses under ${CITATIONS.art28_7.en}.`,
    4: 'A processor returns data to its controller outside the EEA.'
};

/** The modules of the transfer SCCs (Decision (EU) 2021/914), written `module N`. */
export const SCC_914_MODULES: Readonly<Partial<Record<number, { title: string; explanation: string }>>> = Object.fromEntries([1, 2, 3, 4].map(module => {
    const entry = scc2021914Module(module);
    return [module, { title: entry?.titleEn ?? `Module ${module}`, explanation: MODULE_EXPLANATIONS[module] ?? '' }];
}));

// ---------------------------------------------------------------- languages and countries

export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
    de: 'German (Deutsch)',
    en: 'English'
};

/** The transfer status of a server location or seat, as completion and hover show it. */
export const COUNTRY_STATUS = {
    eea: 'EEA',
    eeaExplanation: `Inside the EEA: processing there is no transfer to a third country (${CITATIONS.chapter5.en} does not apply).`,
    /** `label` is the catalogue's "(EU) 2019/419 of 23 Jan 2019". */
    adequacy: (label: string) => `adequacy decision ${label}`,
    adequacyExplanation: `The Commission has found the level of protection adequate (${CITATIONS.art45.en}): transfers within the decision's scope need no further safeguards.`,
    dpf: 'adequacy only for DPF-certified organisations',
    dpfExplanation: (label: string) => `EU-US Data Privacy Framework (Decision ${label}, ${CITATIONS.art45.en}): adequate only for recipients certified under the DPF; others need a transfer basis such as the SCCs of Decision 2021/914 (${CITATIONS.art46_2_c.en}).`,
    thirdCountry: 'third country: needs a transfer basis',
    thirdCountryExplanation: `No adequacy decision: a transfer needs appropriate safeguards such as the SCCs of Decision 2021/914 or binding corporate rules (${CITATIONS.art46.en}, ${CITATIONS.art47.en}), or a derogation (${CITATIONS.art49.en}).`,
    eu: 'all EU Member States',
    euExplanation: 'Server location somewhere in the European Union: no third-country transfer.',
    eeaRegion: 'EU Member States, Iceland, Liechtenstein and Norway',
    eeaRegionExplanation: 'Server location somewhere in the European Economic Area: no third-country transfer.',
    regionDependent: 'depends on the region the controller chooses',
    regionDependentExplanation: 'The location depends on a region chosen in the service; say which regions are possible and the transfer basis for those outside the EEA.'
} as const;
