import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(h): information for compliance, and audits that include inspections. */
export default defineRule({
    id: 'art28-3-h-audits',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(h) GDPR', de: 'Art. 28 Abs. 3 lit. h DSGVO', also: ['EDPB Guidelines 07/2020', 'SCC 2021/915 Clause 7.6'] },
    description: 'The processor makes compliance information available and allows audits, including inspections.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const audits = findObligation(model, 'audits');
        if (!audits) {
            report(agreementLocation(model), 'No audits clause: the processor must make compliance information available and allow for and contribute to audits, including inspections.');
            return;
        }
        if (!audits.inspections) {
            report(audits.source, 'The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates.');
        }
        if (!audits.informationOnRequest) {
            report(audits.source, 'The audits clause does not oblige the processor to make available the information needed to demonstrate compliance.');
        }
    }
});
