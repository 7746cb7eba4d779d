import { defineRule } from '../lint-rule.js';
import { sccOptionClause, suggestedOptionLine } from './transfer-scc-hygiene-utils.js';

/** Decision 2021/915: option 2 of Clauses 1(a), 8(c)(4), 9.1(b), 9.1(c) and 9.2 is for EU institutions (Regulation 2018/1725). */
export default defineRule({
    id: 'scc-2021-915-eudpr-option',
    defaultSeverity: 'warning',
    citation: {
        en: 'SCC 2021/915 Clause 1(a)',
        de: 'SCC 2021/915 Klausel 1 Buchst. a',
        also: ['Regulation (EU) 2018/1725, Art. 29(3) and (4)', 'Art. 28(3) and (4) GDPR']
    },
    description: 'A DPA under the GDPR chooses option 1 (GDPR) where the SCCs offer option 2 for Regulation (EU) 2018/1725.',
    check({ model, report }) {
        for (const option of model.scc?.options ?? []) {
            const clause = sccOptionClause(option);
            if (clause?.eudprOption === undefined || option.option !== clause.eudprOption) continue;
            report(option.source, `Option ${option.option} of Clause ${clause.id} refers to Regulation (EU) 2018/1725, which applies to EU institutions and bodies, not to a controller under the GDPR: check the choice and write ${suggestedOptionLine(clause)} unless the controller is an EU institution or body.`);
        }
    }
});
