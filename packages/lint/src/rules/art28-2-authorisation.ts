import type { DpaModel, SccOption, SourceLocation, SubProcessingClause } from '@dpa-as-code/model';
import { clausesOfKind } from '../rule-utils.js';

/**
 * Shared reading of Art. 28(2) for the art28-2-* rules: which sub-processing clauses the agreement
 * has, and which form of prior written authorisation (general or specific) it states.
 */

/** Clause 7.7(a) of the 2021/915 SCCs ("7.7" alone is accepted as well). */
export function isClause77a(clause: string | undefined): boolean {
    return clause === '7.7(a)' || clause === '7.7';
}

/** The option chosen in Clause 7.7(a) of the 2021/915 SCCs, if the agreement records one. */
export function sccSubProcessorOption(model: DpaModel): SccOption | undefined {
    return model.scc?.options.find(option => isClause77a(option.clause));
}

/**
 * Every `sub-processing` clause of the agreement: the one in `obligations`, then the bodies of SCC
 * supplements that are `sub-processing` clauses (whatever clause they name), in file order.
 */
export function subProcessingClauses(model: DpaModel): SubProcessingClause[] {
    return clausesOfKind(model, 'sub-processing');
}

export type AuthorisationForm =
    /** Clause 7.7(a) of the SCCs, option 1 (specific) or 2 (general). */
    | { form: 'specific' | 'general'; via: 'scc'; option: SccOption; at: SourceLocation }
    /** `authorisation specific` / `authorisation general` in a `sub-processing` clause. */
    | { form: 'specific' | 'general'; via: 'clause'; clause: SubProcessingClause; at: SourceLocation };

/**
 * The form of authorisation the agreement states. The SCC option comes first (the SCCs prevail over
 * any supplement, Clause 4); otherwise the first `sub-processing` clause that says general or specific.
 * Undefined when neither states it (no clause, `authorisation required`, or no `authorisation`).
 */
export function authorisationForm(model: DpaModel): AuthorisationForm | undefined {
    const option = sccSubProcessorOption(model);
    if (option && (option.option === 1 || option.option === 2)) {
        return { form: option.option === 1 ? 'specific' : 'general', via: 'scc', option, at: option.source };
    }
    for (const clause of subProcessingClauses(model)) {
        if (clause.authorisation === 'general' || clause.authorisation === 'specific') {
            return { form: clause.authorisation, via: 'clause', clause, at: clause.source };
        }
    }
    return undefined;
}
