import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(4): the same obligations flow down to the sub-processor; the initial processor remains fully liable. */
export default defineRule({
    id: 'art28-4-flow-down',
    kind: 'requirement',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_4, also: ['SCC 2021/915 Clause 7.7(b) and (d)'] },
    description: 'Where sub-processors are engaged, the same data protection obligations are imposed on them and the initial processor remains fully liable.',
    messages: {
        noFlowDown: "The agreement does not impose the same data protection obligations on sub-processors as on the processor: add 'flow-down' to 'sub-processing'.",
        noProcessorLiable: "The agreement does not keep the initial processor fully liable to the controller for a sub-processor's obligations: add 'processor liable' to 'sub-processing'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const clause = findObligation(model, 'sub-processing');
        if (!clause && model.subProcessors.length === 0) return;
        const at = clause?.source ?? missingClauseLocation(model);
        // Without a clause, the whole sub-processing clause is offered (as Art. 28(3)(d) does).
        const missing = clause ? {} : missingClauseFixes(source, 'sub-processing', CITATIONS.art28_3_d.en);
        if (!clause?.flowDown) {
            report({ messageId: 'noFlowDown', at, ...(clause ? { fix: addToClause(source, clause.source, 'flow-down') } : missing) });
        }
        if (!clause?.processorLiable) {
            report({ messageId: 'noProcessorLiable', at, ...(clause ? { fix: addToClause(source, clause.source, 'processor liable') } : missing) });
        }
    }
});
