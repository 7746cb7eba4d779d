import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the duration of the processing. */
export default defineRule({
    id: 'art28-3-duration',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the duration of the processing.',
    messages: {
        noDuration: "The duration of the processing is not stated: add 'duration' to the 'processing' section (for example 'duration as main contract' or 'duration 2 years')."
    },
    check({ model, report }) {
        if (!model.processing?.duration) {
            report({ messageId: 'noDuration', at: processingLocation(model) });
        }
    }
});
