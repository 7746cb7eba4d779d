import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(b): persons authorised to process are committed to confidentiality. */
export default defineRule({
    id: 'art28-3-b-confidentiality',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_b, also: ['SCC 2021/915 Clause 7.4(b)'] },
    description: 'Persons authorised to process the personal data have committed themselves to confidentiality or are under a statutory obligation of confidentiality.',
    messages: {
        missingClause: "No confidentiality clause: add 'confidentiality { staff committed }' to 'obligations' so that persons authorised to process the personal data are committed to confidentiality or under a statutory obligation of confidentiality.",
        noStaffCommitted: "The confidentiality clause does not commit the persons authorised to process the personal data to confidentiality: add 'staff committed' to 'confidentiality'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const confidentiality = findObligation(model, 'confidentiality');
        if (!confidentiality) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'confidentiality', this.citation.en) });
            return;
        }
        if (!confidentiality.staffCommitted) {
            report({ messageId: 'noStaffCommitted', at: confidentiality.source, fix: addToClause(source, confidentiality.source, 'staff committed') });
        }
    }
});
