import { CITATIONS, type DpaModel } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';

/**
 * SCC 2021/915 Clause 4 and SCC 2021/914 Clause 5: where the agreement incorporates standard contractual clauses,
 * they prevail over any conflicting provision of related agreements. An order of precedence that ranks another
 * document above them contradicts the clauses, which the parties may not change (Clause 2).
 */
export default defineRule({
    id: 'scc-precedence',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc915_clause4, also: [CITATIONS.scc914_clause5.en, CITATIONS.scc915_clause2.en] },
    description: "Where the agreement incorporates standard contractual clauses, its order of precedence ranks them first ('precedence scc over …').",
    messages: {
        sccNotFirst: "The order of precedence puts {{above}} above the standard contractual clauses this agreement incorporates ({{incorporated}}): the SCCs prevail over any conflicting provision of related agreements ({{clause}}). Name 'scc' first."
    },
    check({ model, report }) {
        const precedence = model.generalTerms?.precedence;
        if (!precedence) return;
        const position = precedence.order.indexOf('scc');
        const incorporated = incorporatedSccs(model);
        if (position <= 0 || incorporated.length === 0) return;
        const names: Record<string, string> = { 'dpa': 'this agreement', 'annexes': 'its annexes', 'main-contract': 'the main contract' };
        const above = precedence.order.slice(0, position).map(document => `'${document}' (${names[document] ?? document})`).join(' and ');
        const clause = incorporated.map(decision => decision === '2021/915' ? CITATIONS.scc915_clause4.en : CITATIONS.scc914_clause5.en).join('; ');
        report({ messageId: 'sccNotFirst', data: { above, incorporated: incorporated.map(decision => `Decision (EU) ${decision}`).join(', '), clause }, at: precedence.source });
    }
});

/** The SCC decisions this agreement itself incorporates: the Art. 28(7) clauses, and transfer clauses it governs. */
function incorporatedSccs(model: DpaModel): ('2021/915' | '2021/914')[] {
    const decisions: ('2021/915' | '2021/914')[] = [];
    if (model.scc) decisions.push('2021/915');
    if ((model.transfers ?? []).some(transfer => transfer.mechanism?.kind === 'scc-2021/914')) decisions.push('2021/914');
    return decisions;
}
