import { findObligation } from '@dpa-as-code/model';
import { missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(d): the processor respects the conditions of Art. 28(2) and (4) for engaging another processor. */
export default defineRule({
    id: 'art28-3-d-sub-processing',
    kind: 'requirement',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_d, also: ['SCC 2021/915 Clause 7.7'] },
    description: `The agreement has a sub-processing clause on the conditions for engaging another processor (${CITATIONS.art28_2_4.en}).`,
    messages: {
        missingClause: "No sub-processing clause: add a 'sub-processing' clause to 'obligations' stating the conditions under which the processor may engage a sub-processor (authorisation, notice and objection, flow-down, liability)."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        if (!findObligation(model, 'sub-processing')) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'sub-processing', this.citation.en) });
        }
    }
});
