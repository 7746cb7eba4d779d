import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 33(2): the processor notifies the controller of a personal data breach without undue delay. */
export default defineRule({
    id: 'art33-2-breach-notification',
    kind: 'requirement',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art33_2, also: [CITATIONS.art28_3_f.en, 'SCC 2021/915 Clause 9.2'] },
    description: 'The processor notifies the controller of a personal data breach without undue delay after becoming aware of it.',
    messages: {
        missingClause: "No breach-notification clause: add 'breach-notification { without undue delay }' to 'obligations' so the processor notifies the controller of a personal data breach without undue delay after becoming aware of it.",
        noUndueDelay: "The breach-notification clause does not oblige the processor to notify the controller without undue delay: add 'without undue delay' to 'breach-notification'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const clause = findObligation(model, 'breach-notification');
        if (!clause) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'breach-notification', this.citation.en) });
            return;
        }
        if (!clause.withoutUndueDelay) {
            report({ messageId: 'noUndueDelay', at: clause.source, fix: addToClause(source, clause.source, 'without undue delay', { after: [] }) });
        }
    }
});
