import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the nature of the processing. */
export default defineRule({
    id: 'art28-3-nature',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the nature of the processing.',
    messages: {
        noNature: "The nature of the processing is not stated: add 'nature' to the 'processing' section, saying which operations the processor performs (for example storage, hosting, analysis)."
    },
    check({ model, report }) {
        if (!model.processing?.nature) {
            report({ messageId: 'noNature', at: processingLocation(model) });
        }
    }
});
