import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the duration of the processing. */
export default defineRule({
    id: 'art28-3-duration',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the duration of the processing.',
    check({ model, report }) {
        if (!model.processing?.duration) {
            report(processingLocation(model),
                "The duration of the processing is not stated: add 'duration' to the 'processing' section (for example 'duration as main contract' or 'duration 2 years').");
        }
    }
});
