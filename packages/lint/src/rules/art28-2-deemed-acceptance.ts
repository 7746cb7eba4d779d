import { CITATIONS } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { authorisationForm, subProcessingClauses } from './art28-2-authorisation.js';

/**
 * Art. 28(2): a change of sub-processors "deemed accepted" when the controller stays silent works under a
 * general written authorisation, where the controller has been told in advance and could object within a
 * period (EDPB Guidelines 07/2020 paras 152–154). Under specific authorisation each sub-processor needs the
 * controller's prior written authorisation, and silence is none. A missing objection period is reported by
 * art28-2-general-authorisation and art28-2-objection-right, so it is not reported twice here.
 */
export default defineRule({
    id: 'art28-2-deemed-acceptance',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154'] },
    description: "'deemed accepted' (silence counts as acceptance) belongs to general authorisation; under specific authorisation silence authorises nothing.",
    messages: {
        specific: "Under specific authorisation ({{where}}) every sub-processor needs the controller's prior written authorisation, and silence is no authorisation: remove 'deemed accepted', or agree on general authorisation with an objection period."
    },
    check({ model, report }) {
        const form = authorisationForm(model);
        if (form?.form !== 'specific') return;
        const where = form.via === 'scc' ? 'Clause 7.7(a) option 1 of the SCCs' : "'authorisation specific'";
        for (const clause of subProcessingClauses(model)) {
            if (clause.deemedAccepted) report({ messageId: 'specific', data: { where }, at: clause.source });
        }
    }
});
