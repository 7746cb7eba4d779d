import { defineRule } from '../lint-rule.js';
import { sccOptionClause } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Decision 2021/915 Clause 7.7(a): both options contain a time period the parties must specify. */
export default defineRule({
    id: 'scc-2021-915-option-values',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc915_clause7_7a, also: [CITATIONS.art28_2.en, 'EDPB Guidelines 07/2020 (time frame to object under a general authorisation)'] },
    description: 'The chosen option of SCC Clause 7.7(a) states its time period.',
    messages: {
        noPeriod: "Option {{option}} of Clause {{clause}} leaves its time period open ({{what}}): add 'period N days' to this line."
    },
    check({ model, report }) {
        for (const option of model.scc?.options ?? []) {
            const clause = sccOptionClause(option);
            if (!clause?.needsPeriod || option.period || option.option < 1 || option.option > clause.options) continue;
            const what = option.option === 1
                ? 'how long before engaging a sub-processor the processor requests the specific authorisation'
                : 'how long in advance the processor informs the controller of intended changes to the list';
            report({ messageId: 'noPeriod', data: { option: option.option, clause: clause.id, what }, at: option.source });
        }
    }
});
