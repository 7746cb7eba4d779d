import type { DpaModel, SourceLocation } from '@dpa-as-code/model';

/**
 * A DPA built on the SCCs of Decision 2021/915 contains the Art. 28(3) and (4) clauses
 * through the SCCs themselves (Clauses 7 to 10), so rules for those clauses accept it.
 */
export function builtOnScc2021915(model: DpaModel): boolean {
    return model.scc?.decision === '2021/915';
}

/** Where a finding about something missing from the whole agreement points: its header. */
export function agreementLocation(model: DpaModel): SourceLocation {
    return model.source;
}
