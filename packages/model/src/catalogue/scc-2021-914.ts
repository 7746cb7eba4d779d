/*
 * Commission Implementing Decision (EU) 2021/914: standard contractual clauses for transfers to third
 * countries (Art. 46(2)(c) GDPR). Facts from legal-reference.md §4, read from the English EUR-Lex text
 * only (the German text of 2021/914 was not read, so German names here are practice terms).
 */

export type TransferRole = 'controller' | 'processor';

export interface Scc2021914Module {
    readonly module: 1 | 2 | 3 | 4;
    readonly exporter: TransferRole;
    readonly importer: TransferRole;
    readonly titleEn: string;
    /** Practice term: the German text of the Decision was not read. */
    readonly titleDe: string;
    /** Modules 2 and 3 also serve as Art. 28(7) clauses (Art. 1(2) and Clause 2(a) of the Decision). */
    readonly art28Clauses: boolean;
}

export const SCC_2021_914_MODULES: readonly Scc2021914Module[] = [
    { module: 1, exporter: 'controller', importer: 'controller', titleEn: 'Module 1: controller to controller', titleDe: 'Modul 1: Verantwortlicher an Verantwortlichen', art28Clauses: false },
    { module: 2, exporter: 'controller', importer: 'processor', titleEn: 'Module 2: controller to processor', titleDe: 'Modul 2: Verantwortlicher an Auftragsverarbeiter', art28Clauses: true },
    { module: 3, exporter: 'processor', importer: 'processor', titleEn: 'Module 3: processor to processor', titleDe: 'Modul 3: Auftragsverarbeiter an Auftragsverarbeiter', art28Clauses: true },
    { module: 4, exporter: 'processor', importer: 'controller', titleEn: 'Module 4: processor to controller', titleDe: 'Modul 4: Auftragsverarbeiter an Verantwortlichen', art28Clauses: false }
];

/** The module for a transfer between these roles (processor → processor: module 3). */
export function scc2021914ModuleFor(exporter: TransferRole, importer: TransferRole): Scc2021914Module {
    const found = SCC_2021_914_MODULES.find(entry => entry.exporter === exporter && entry.importer === importer);
    if (!found) throw new Error(`no module for ${exporter} → ${importer}`);
    return found;
}

/** The module with this number, if it exists (1 to 4). */
export function scc2021914Module(module: number): Scc2021914Module | undefined {
    return SCC_2021_914_MODULES.find(entry => entry.module === module);
}

/** A clause of 2021/914 that leaves a choice to the parties. */
export interface Scc2021914OptionClause {
    /** As the Decision numbers it ("9(a)"). */
    readonly id: string;
    /** The modules whose text contains the choice. */
    readonly modules: readonly (1 | 2 | 3 | 4)[];
    /** The alternatives, in the Decision's order. */
    readonly choices: readonly string[];
    /** A choice contains `[Specify time period]`. */
    readonly needsPeriod: boolean;
}

export const SCC_2021_914_OPTION_CLAUSES: readonly Scc2021914OptionClause[] = [
    { id: '7', modules: [1, 2, 3, 4], choices: ['docking clause included', 'docking clause left out'], needsPeriod: false },
    {
        id: '9(a)', modules: [2, 3], needsPeriod: true,
        // In Module 3 the controller gives the authorisation.
        choices: ['Option 1: specific prior authorisation of each sub-processor, listed in Annex III', 'Option 2: general written authorisation with advance notice of intended changes']
    },
    { id: '11(a)', modules: [1, 2, 3, 4], choices: ['optional: independent dispute resolution body at no cost to the data subject'], needsPeriod: false },
    {
        id: '13(a)', modules: [1, 2, 3], needsPeriod: false,
        choices: [
            'exporter established in an EU Member State: its supervisory authority',
            'exporter under Art. 3(2) GDPR with a representative (Art. 27): the authority of the representative\'s Member State',
            'exporter under Art. 3(2) GDPR without a representative: the authority where the data subjects are'
        ]
    },
    {
        id: '17', modules: [1, 2, 3, 4], needsPeriod: false,
        choices: [
            'Option 1 (Modules 1–3): law of an EU Member State that allows third-party beneficiary rights',
            'Option 2 (Modules 2 and 3 only): law of the exporter\'s Member State, with a fallback',
            'Module 4: law of a country that allows third-party beneficiary rights'
        ]
    },
    {
        id: '18(b)', modules: [1, 2, 3, 4], needsPeriod: false,
        choices: ['Modules 1–3: courts of an EU Member State (specify); data subjects may also sue where they habitually reside', 'Module 4: courts of a specified country']
    }
];

/** 2021/914 covers transfers to importers whose processing is not subject to the GDPR (Art. 1(1)). */
export const SCC_2021_914_SCOPE = 'transfers to an importer whose processing of the data is not subject to the GDPR (Art. 1(1) of the Decision)';

/** The old SCCs were repealed from 27 Sep 2021; contracts concluded before stayed valid until 27 Dec 2022 (Art. 4). */
export const SCC_2021_914_DATES = { oldClausesRepealed: '2021-09-27', transitionEnded: '2022-12-27' } as const;

/*
 * The choices a transfer under 2021/914 states (docs/legal/transfers.md §1, read from the English EUR-Lex text).
 */

/** Clause 9(a) exists only in Modules 2 and 3; Annex III lists the sub-processors under its Option 1. */
export const SCC_2021_914_CLAUSE_9A_MODULES: readonly number[] = [2, 3];
/** Clause 13(a)'s three alternatives exist in Modules 1 to 3; Module 4 has none. */
export const SCC_2021_914_CLAUSE_13A_MODULES: readonly number[] = [1, 2, 3];
/** Clause 17 Option 2 (the exporter's Member State, with a fallback) exists in Modules 2 and 3 only. */
export const SCC_2021_914_CLAUSE_17_OPTION_2_MODULES: readonly number[] = [2, 3];
/** In Modules 1 to 3, Clause 17 needs a Member State's law and Clause 18(b) a Member State's courts; Module 4 lets the parties name any country. */
export const SCC_2021_914_MEMBER_STATE_LAW_AND_COURTS_MODULES: readonly number[] = [1, 2, 3];

/** The module a transfer between these roles needs, or undefined when a role is unknown. */
export function scc2021914ModuleForRoles(exporter: TransferRole | undefined, importer: TransferRole | undefined): Scc2021914Module | undefined {
    return exporter && importer ? scc2021914ModuleFor(exporter, importer) : undefined;
}
