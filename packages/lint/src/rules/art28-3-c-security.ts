import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(c): the processor takes all measures required under Art. 32. */
export default defineRule({
    id: 'art28-3-c-security',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_c_32, also: ['EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4(a) and Annex III'] },
    description: "The processor takes all measures required under Art. 32, and the agreement sets them out in a 'measures' section.",
    messages: {
        missingClause: "No security clause: add 'security { measures annexed }' to 'obligations' so that the processor takes the measures required under Art. 32 that the 'measures' section describes.",
        missingClauseAndMeasures: "No security clause and no 'measures' section: add 'security { measures annexed }' to 'obligations' and describe the technical and organisational measures under Art. 32 in a 'measures' section.",
        noMeasuresAnnexed: "The security clause does not oblige the processor to take the technical and organisational measures under Art. 32: add 'measures annexed' to 'security'.",
        noMeasuresAnnexedNoSection: "The security clause does not oblige the processor to take the technical and organisational measures under Art. 32: add 'measures annexed' to 'security' and describe the measures in a 'measures' section.",
        noMeasuresSection: "The security clause refers to annexed measures but the agreement has none: describe the technical and organisational measures in a 'measures' section."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const security = findObligation(model, 'security');
        if (!security) {
            report({ messageId: model.measures ? 'missingClause' : 'missingClauseAndMeasures', at: missingClauseLocation(model), ...missingClauseFixes(source, 'security', this.citation.en) });
            return;
        }
        if (!security.referencesMeasures) {
            report({ messageId: model.measures ? 'noMeasuresAnnexed' : 'noMeasuresAnnexedNoSection', at: security.source, fix: addToClause(source, security.source, 'measures annexed') });
        } else if (!model.measures) {
            report({ messageId: 'noMeasuresSection', at: security.source });
        }
    }
});
