import { defineRule } from '../lint-rule.js';
import { sccOptionClause } from './transfer-scc-hygiene-utils.js';

/** Decision 2021/915 Clause 7.7(a): both options contain a time period the parties must specify. */
export default defineRule({
    id: 'scc-2021-915-option-values',
    defaultSeverity: 'error',
    citation: {
        en: 'SCC 2021/915 Clause 7.7(a)',
        de: 'SCC 2021/915 Klausel 7.7 Buchst. a',
        also: ['Art. 28(2) GDPR', 'EDPB Guidelines 07/2020 (time frame to object under a general authorisation)']
    },
    description: 'The chosen option of SCC Clause 7.7(a) states its time period.',
    check({ model, report }) {
        for (const option of model.scc?.options ?? []) {
            const clause = sccOptionClause(option);
            if (!clause?.needsPeriod || option.period || option.option < 1 || option.option > clause.options) continue;
            const what = option.option === 1
                ? 'how long before engaging a sub-processor the processor requests the specific authorisation'
                : 'how long in advance the processor informs the controller of intended changes to the list';
            report(option.source, `Option ${option.option} of Clause ${clause.id} leaves its time period open (${what}): add 'period N days' to this line.`);
        }
    }
});
