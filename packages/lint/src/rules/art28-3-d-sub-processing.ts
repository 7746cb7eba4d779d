import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(d): the processor respects the conditions of Art. 28(2) and (4) for engaging another processor. */
export default defineRule({
    id: 'art28-3-d-sub-processing',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(d) GDPR', de: 'Art. 28 Abs. 3 lit. d DSGVO', also: ['SCC 2021/915 Clause 7.7'] },
    description: 'The agreement has a sub-processing clause on the conditions for engaging another processor (Art. 28(2) and (4)).',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        if (!findObligation(model, 'sub-processing')) {
            report(agreementLocation(model),
                "No sub-processing clause: add a 'sub-processing' clause to 'obligations' stating the conditions under which the processor may engage a sub-processor (authorisation, notice and objection, flow-down, liability).");
        }
    }
});
