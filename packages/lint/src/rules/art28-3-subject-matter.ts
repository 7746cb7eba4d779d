import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the subject-matter of the processing. */
export default defineRule({
    id: 'art28-3-subject-matter',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the subject-matter of the processing.',
    check({ model, report }) {
        if (!model.processing?.subjectMatter) {
            report(processingLocation(model), "The subject-matter of the processing is not stated: add 'subject-matter' to the 'processing' section.");
        }
    }
});
