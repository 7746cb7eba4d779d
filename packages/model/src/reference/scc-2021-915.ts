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
}

/** The clauses of Decision 2021/915 that offer options, in the order of the Decision. */
export const SCC_2021_915_OPTION_CLAUSES: readonly Scc2021915OptionClause[] = [
    { id: '1(a)', written: ['1', '1(a)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false },
    { id: '7.7(a)', written: ['7.7(a)'], options: 2, required: true, needsPeriod: true },
    { id: '8(c)(4)', written: ['8(c)(4)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false },
    { id: '9.1(a)', written: ['9.1(a)'], options: 2, required: false, needsPeriod: false },
    { id: '9.1(b)', written: ['9.1(b)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false },
    { id: '9.1(c)', written: ['9.1(c)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false },
    // The options in the last paragraph of Clause 9.2, which some agreements cite as 9.2(c).
    { id: '9.2', written: ['9.2', '9.2(c)'], options: 2, required: true, gdprOption: 1, eudprOption: 2, needsPeriod: false }
];

/** The clause with options that `clause …` in a `.dpa` file refers to ("1" → Clause 1(a)), if any. */
export function sccOptionClauseOf(written: string): Scc2021915OptionClause | undefined {
    return SCC_2021_915_OPTION_CLAUSES.find(clause => clause.written.includes(written));
}
