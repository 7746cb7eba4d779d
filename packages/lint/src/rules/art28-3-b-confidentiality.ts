import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(b): persons authorised to process are committed to confidentiality. */
export default defineRule({
    id: 'art28-3-b-confidentiality',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(b) GDPR', de: 'Art. 28 Abs. 3 lit. b DSGVO', also: ['SCC 2021/915 Clause 7.4(b)'] },
    description: 'Persons authorised to process the personal data have committed themselves to confidentiality or are under a statutory obligation of confidentiality.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const confidentiality = findObligation(model, 'confidentiality');
        if (!confidentiality) {
            report(agreementLocation(model),
                "No confidentiality clause: add 'confidentiality { staff committed }' to 'obligations' so that persons authorised to process the personal data are committed to confidentiality or under a statutory obligation of confidentiality.");
            return;
        }
        if (!confidentiality.staffCommitted) {
            report(confidentiality.source,
                "The confidentiality clause does not commit the persons authorised to process the personal data to confidentiality: add 'staff committed' to 'confidentiality'.");
        }
    }
});
