import { defineRule } from '../lint-rule.js';
import { sccOptionClause, suggestedOptionLine } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Decision 2021/915: option 2 of Clauses 1(a), 8(c)(4), 9.1(b), 9.1(c) and 9.2 is for EU institutions (Regulation 2018/1725). */
export default defineRule({
    id: 'scc-2021-915-eudpr-option',
    kind: 'requirement',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.scc915_clause1a, also: [CITATIONS.eudpr29_3_4.en, CITATIONS.art28_3_4.en] },
    description: 'A DPA under the GDPR chooses option 1 (GDPR) where the SCCs offer option 2 for Regulation (EU) 2018/1725.',
    messages: {
        eudprOption: 'Option {{option}} of Clause {{clause}} refers to Regulation (EU) 2018/1725, which applies to EU institutions and bodies, not to a controller under the GDPR: check the choice and write {{suggestion}} unless the controller is an EU institution or body.'
    },
    check({ model, report }) {
        for (const option of model.scc?.options ?? []) {
            const clause = sccOptionClause(option);
            if (clause?.eudprOption === undefined || option.option !== clause.eudprOption) continue;
            report({ messageId: 'eudprOption', data: { option: option.option, clause: clause.id, suggestion: suggestedOptionLine(clause) }, at: option.source });
        }
    }
});
