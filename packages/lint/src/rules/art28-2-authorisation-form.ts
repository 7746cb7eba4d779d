import { defineRule } from '../lint-rule.js';
import { agreementLocation } from '../rule-utils.js';
import { authorisationForm, sccSubProcessorOption, subProcessingClauses } from './art28-2-authorisation.js';

/** Art. 28(2), first sentence: prior specific or general written authorisation, and which of the two. */
export default defineRule({
    id: 'art28-2-authorisation-form',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 28(2) GDPR',
        de: 'Art. 28 Abs. 2 DSGVO',
        also: ['EDPB Guidelines 07/2020 paras 152–154', 'SCC 2021/915 Clause 7.7(a)']
    },
    description: 'Where sub-processors may be engaged, the agreement states whether the prior written authorisation is general or specific.',
    check({ model, report }) {
        const clauses = subProcessingClauses(model);
        if (clauses.length === 0 && model.subProcessors.length === 0) return;
        // Any recorded Clause 7.7(a) choice states the form; wrong option numbers are the SCC option rule's concern.
        if (authorisationForm(model) || sccSubProcessorOption(model)) return;
        if (model.scc) {
            report(model.scc.source, "The agreement engages sub-processors but does not say which option of Clause 7.7(a) of the SCCs applies: add 'clause 7.7(a) option 1' (specific authorisation) or 'clause 7.7(a) option 2 period PERIOD' (general written authorisation) to 'scc'.");
            return;
        }
        const clause = clauses[0];
        if (clause) {
            report(clause.source, "The form of the controller's prior written authorisation of sub-processors is not stated: write 'authorisation general' or 'authorisation specific' in 'sub-processing'.");
        } else {
            report(agreementLocation(model), "Sub-processors are listed but the agreement has no 'sub-processing' clause: add 'sub-processing { authorisation general … }' or 'sub-processing { authorisation specific }' to 'obligations'.");
        }
    }
});
