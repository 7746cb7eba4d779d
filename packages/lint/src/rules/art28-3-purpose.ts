import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the purpose of the processing. */
export default defineRule({
    id: 'art28-3-purpose',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states at least one purpose of the processing.',
    messages: {
        noPurpose: "The purpose of the processing is not stated: add at least one 'purpose' to the 'processing' section."
    },
    check({ model, report }) {
        if (!model.processing || model.processing.purposes.length === 0) {
            report({ messageId: 'noPurpose', at: processingLocation(model) });
        }
    }
});
