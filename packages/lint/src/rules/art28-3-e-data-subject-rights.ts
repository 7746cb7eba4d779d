import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(e): assistance with data subjects' requests under Chapter III. */
export default defineRule({
    id: 'art28-3-e-data-subject-rights',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(e) GDPR', de: 'Art. 28 Abs. 3 lit. e DSGVO', also: ['EDPB Guidelines 07/2020 paras 127–129', 'SCC 2021/915 Clause 8(a) and (b)'] },
    description: "The processor assists the controller in responding to requests for exercising the data subject's rights (Chapter III).",
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        if (!findObligation(model, 'data-subject-rights')) {
            report(agreementLocation(model),
                "No data-subject-rights clause: add 'data-subject-rights { within statutory deadlines }' to 'obligations' so that the processor assists the controller in responding to requests from data subjects exercising their rights under Chapter III.");
        }
    }
});
