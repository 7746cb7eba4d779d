import { defineRule } from '../lint-rule.js';
import { authorisationForm, isClause77a } from './art28-2-authorisation.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(2), second sentence: under general written authorisation, notice of intended changes and a right to object. */
export default defineRule({
    id: 'art28-2-general-authorisation',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154', 'SCC 2021/915 Clause 7.7(a), option 2'] },
    description: 'Under general written authorisation, the controller is informed in advance of intended changes of sub-processors and may object within a stated period.',
    messages: {
        sccNoPeriod: "Clause 7.7(a) option 2 leaves open how far in advance the processor informs the controller of intended changes of sub-processors: add 'period PERIOD' to the option, or 'notice PERIOD' to a 'supplement clause 7.7(a) sub-processing { … }'.",
        noNotice: "Under general written authorisation the controller must be informed in advance of intended additions or replacements of sub-processors: add 'notice PERIOD' to 'sub-processing'.",
        noObjection: "Under general written authorisation the controller must have the opportunity to object to intended changes: add 'objection within PERIOD' to 'sub-processing'."
    },
    check({ model, report }) {
        const authorisation = authorisationForm(model);
        if (authorisation?.form !== 'general') return;
        if (authorisation.via === 'scc') {
            // Clause 7.7(a) option 2 gives the right to object itself; the parties must fill in the notice period.
            const supplementNotice = model.scc?.supplements.some(supplement =>
                (supplement.clause === undefined || isClause77a(supplement.clause))
                && supplement.body.kind === 'sub-processing' && supplement.body.notice !== undefined);
            if (!authorisation.option.period && !supplementNotice) {
                report({ messageId: 'sccNoPeriod', at: authorisation.at });
            }
            return;
        }
        const clause = authorisation.clause;
        if (!clause.notice) {
            report({ messageId: 'noNotice', at: clause.source });
        }
        if (!clause.objectionPeriod) {
            report({ messageId: 'noObjection', at: clause.source });
        }
    }
});
