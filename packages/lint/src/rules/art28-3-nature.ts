import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the nature of the processing. */
export default defineRule({
    id: 'art28-3-nature',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the nature of the processing.',
    check({ model, report }) {
        if (!model.processing?.nature) {
            report(processingLocation(model),
                "The nature of the processing is not stated: add 'nature' to the 'processing' section, saying which operations the processor performs (for example storage, hosting, analysis).");
        }
    }
});
