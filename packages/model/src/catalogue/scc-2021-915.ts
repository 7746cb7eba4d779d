import { CITATIONS, type Citation } from './citations.js';

/*
 * The structure of the options in the standard contractual clauses of Commission Implementing
 * Decision (EU) 2021/915 (controllers and processors, Art. 28(7) GDPR): which clauses offer
 * options, how a `.dpa` file may write them, how many options there are, whether the parties
 * must choose one, which option refers to the GDPR and which to Regulation (EU) 2018/1725, and
 * whether an option contains the Decision's `[SPECIFY TIME PERIOD]`.
 *
 * Facts only: the texts that explain or render the options stay with their users (the contract
 * texts in the generators' clause library, the editor's explanations in the language server,
 * the lint messages in the rules).
 */

/** A clause of Decision 2021/915 that offers options. */
export interface Scc2021915OptionClause {
    /** The clause as the Decision numbers it ("1(a)", "9.2"): the key to look it up by. */
    readonly id: string;
    /** How a `.dpa` file may write it after `clause`: `clause 1` and `clause 1(a)` both mean Clause 1(a). */
    readonly written: readonly string[];
    /** How many options the clause offers (numbered from 1). */
    readonly options: number;
    /** The parties must choose an option (Clause 9.1(a) offers two wordings but no numbered "OPTION"). */
    readonly required: boolean;
    /** The option that refers to the GDPR (Regulation (EU) 2016/679), where the choice is between regulations. */
    readonly gdprOption?: number;
    /** The option that refers to Regulation (EU) 2018/1725 (EU institutions and bodies), where there is one. */
    readonly eudprOption?: number;
    /** The options contain `[SPECIFY TIME PERIOD]`: the chosen option needs a period. */
    readonly needsPeriod: boolean;
    /** The GDPR provisions the clause implements (Clause 7.7(a) → Art. 28(2) and (4)). */
    readonly serves: readonly Citation[];
}

/** The clauses of Decision 2021/915 that offer options, in the order of the Decision. */
export const SCC_2021_915_OPTION_CLAUSES: readonly Scc2021915OptionClause[] = [
    { id: '1(a)', written: ['1', '1(a)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false, serves: [CITATIONS.art28_3_4] },
    { id: '7.7(a)', written: ['7.7(a)'], options: 2, required: true, needsPeriod: true, serves: [CITATIONS.art28_2_4] },
    { id: '8(c)(4)', written: ['8(c)(4)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false, serves: [CITATIONS.art28_3_f_32] },
    { id: '9.1(a)', written: ['9.1(a)'], options: 2, required: false, needsPeriod: false, serves: [CITATIONS.art28_3_f, CITATIONS.art33] },
    { id: '9.1(b)', written: ['9.1(b)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false, serves: [CITATIONS.art28_3_f, CITATIONS.art33_3] },
    { id: '9.1(c)', written: ['9.1(c)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false, serves: [CITATIONS.art28_3_f, CITATIONS.art34] },
    // The options in the last paragraph of Clause 9.2, which some agreements cite as 9.2(c).
    { id: '9.2', written: ['9.2', '9.2(c)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false, serves: [CITATIONS.art33_2, CITATIONS.art28_3_f] }
];

/** The clause with options that `clause …` in a `.dpa` file refers to ("1" → Clause 1(a)), if any. */
export function sccOptionClauseOf(written: string): Scc2021915OptionClause | undefined {
    return SCC_2021_915_OPTION_CLAUSES.find(clause => clause.written.includes(written));
}

/** What each option of a clause refers to, where the options name a regulation (option number → citation). */
export const SCC_2021_915_OPTION_REFERENCES: Readonly<Record<string, Readonly<Record<number, Citation>>>> = {
    '1(a)': { 1: CITATIONS.art28_3_4, 2: CITATIONS.eudpr29_3_4 },
    '8(c)(4)': { 1: CITATIONS.art32, 2: CITATIONS.eudpr33_36_38 },
    '9.1(b)': { 1: CITATIONS.art33_3, 2: CITATIONS.eudpr34_3 },
    '9.1(c)': { 1: CITATIONS.art34, 2: CITATIONS.eudpr35 },
    '9.2': { 1: CITATIONS.art33_34, 2: CITATIONS.eudpr34_35 }
};

/** English headings of the clauses of Decision 2021/915 (legal-reference.md §3), in the order of the Decision. */
export const SCC_2021_915_CLAUSE_HEADINGS: readonly (readonly [clause: string, heading: string])[] = [
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

const headingByClause = new Map<string, string>(SCC_2021_915_CLAUSE_HEADINGS);

/** The heading of a clause of Decision 2021/915, trying the parent clause for "7.6(c)". */
export function scc2021915ClauseHeading(clause: string): string | undefined {
    let key = clause;
    while (key) {
        const heading = headingByClause.get(key);
        if (heading) return heading;
        const shorter = key.replace(/\([a-z0-9]+\)$/, '');
        key = shorter !== key ? shorter : key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    }
    return undefined;
}
