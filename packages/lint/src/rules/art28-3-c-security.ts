import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(c): the processor takes all measures required under Art. 32. */
export default defineRule({
    id: 'art28-3-c-security',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(c) GDPR', de: 'Art. 28 Abs. 3 lit. c DSGVO', also: ['Art. 32 GDPR', 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4(a) and Annex III'] },
    description: "The processor takes all measures required under Art. 32, and the agreement sets them out in a 'measures' section.",
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const security = findObligation(model, 'security');
        if (!security) {
            report(agreementLocation(model), model.measures
                ? "No security clause: add 'security { measures annexed }' to 'obligations' so that the processor takes the measures required under Art. 32 that the 'measures' section describes."
                : "No security clause and no 'measures' section: add 'security { measures annexed }' to 'obligations' and describe the technical and organisational measures under Art. 32 in a 'measures' section.");
            return;
        }
        if (!security.referencesMeasures) {
            report(security.source, model.measures
                ? "The security clause does not oblige the processor to take the technical and organisational measures under Art. 32: add 'measures annexed' to 'security'."
                : "The security clause does not oblige the processor to take the technical and organisational measures under Art. 32: add 'measures annexed' to 'security' and describe the measures in a 'measures' section.");
        } else if (!model.measures) {
            report(security.source,
                "The security clause refers to annexed measures but the agreement has none: describe the technical and organisational measures in a 'measures' section.");
        }
    }
});
