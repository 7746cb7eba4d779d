import { findObligation } from '@dpa-as-code/model';
import { missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(e): assistance with data subjects' requests under Chapter III. */
export default defineRule({
    id: 'art28-3-e-data-subject-rights',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_e, also: ['EDPB Guidelines 07/2020 paras 127–129', 'SCC 2021/915 Clause 8(a) and (b)'] },
    description: "The processor assists the controller in responding to requests for exercising the data subject's rights (Chapter III).",
    messages: {
        missingClause: "No data-subject-rights clause: add 'data-subject-rights { within statutory deadlines }' to 'obligations' so that the processor assists the controller in responding to requests from data subjects exercising their rights under Chapter III."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        if (!findObligation(model, 'data-subject-rights')) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'data-subject-rights', this.citation.en) });
        }
    }
});
