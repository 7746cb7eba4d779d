import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the purpose of the processing. */
export default defineRule({
    id: 'art28-3-purpose',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states at least one purpose of the processing.',
    check({ model, report }) {
        if (!model.processing || model.processing.purposes.length === 0) {
            report(processingLocation(model),
                "The purpose of the processing is not stated: add at least one 'purpose' to the 'processing' section.");
        }
    }
});
