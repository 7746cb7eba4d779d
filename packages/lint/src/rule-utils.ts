import type { DpaModel, LocalizedText, Obligation, ObligationKind, SourceLocation } from '@dpa-as-code/model';
import { findObligation } from '@dpa-as-code/model';

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

/**
 * Where a finding about a missing obligation clause points: the `obligations` keyword, where the
 * clause belongs, or the header when the file has no obligations block.
 */
export function missingClauseLocation(model: DpaModel): SourceLocation {
    return model.obligationsSource ?? agreementLocation(model);
}

/** Where a finding about the first sentence of Art. 28(3) points: the `processing` section, or the header if there is none. */
export function processingLocation(model: DpaModel): SourceLocation {
    return model.processing?.source ?? agreementLocation(model);
}

/**
 * Every clause of one kind: the one in `obligations`, then the bodies of SCC supplements of
 * that kind (whatever clause they name), in file order.
 */
export function clausesOfKind<K extends ObligationKind>(model: DpaModel, kind: K): Extract<Obligation, { kind: K }>[] {
    const clauses: Extract<Obligation, { kind: K }>[] = [];
    const obligation = findObligation(model, kind);
    if (obligation) clauses.push(obligation);
    for (const supplement of model.scc?.supplements ?? []) {
        if (supplement.body.kind === kind) clauses.push(supplement.body as Extract<Obligation, { kind: K }>);
    }
    return clauses;
}

/** The text says something in at least one language. */
export function hasText(text: LocalizedText | undefined): boolean {
    return !!text && [text.neutral, text.de, text.en].some(value => !!value?.trim());
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
