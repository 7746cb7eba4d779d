import { defineRule } from '../lint-rule.js';
import { authorisationForm, subProcessingClauses } from './art28-2-authorisation.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(2), first sentence: under specific authorisation, the authorised sub-processors are listed. */
export default defineRule({
    id: 'art28-2-specific-authorisation',
    kind: 'requirement',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154', 'SCC 2021/915 Clause 7.7(a), option 1, and Annex IV', 'EDPB Opinion 22/2024'] },
    description: 'Under specific authorisation, the agreement lists the sub-processors the controller has authorised.',
    messages: {
        noSubProcessorListed: "Under specific authorisation ({{where}}) the controller approves each sub-processor by name, but no sub-processor is listed: add a 'sub-processor NAME { … }' entry for each authorised sub-processor."
    },
    check({ model, report }) {
        const authorisation = authorisationForm(model);
        if (authorisation?.form !== 'specific') return;
        // 'no sub-processors' states that the empty list is deliberate.
        if (model.subProcessors.length === 0 && !subProcessingClauses(model).some(clause => clause.noSubProcessors)) {
            const where = authorisation.via === 'scc' ? 'Clause 7.7(a) option 1 of the SCCs' : "'authorisation specific'";
            report({ messageId: 'noSubProcessorListed', data: { where }, at: authorisation.at });
        }
    }
});
