import { defineRule } from '../lint-rule.js';
import { processingLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the subject-matter of the processing. */
export default defineRule({
    id: 'art28-3-subject-matter',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement states the subject-matter of the processing.',
    messages: {
        noSubjectMatter: "The subject-matter of the processing is not stated: add 'subject-matter' to the 'processing' section."
    },
    check({ model, report }) {
        if (!model.processing?.subjectMatter) {
            report({ messageId: 'noSubjectMatter', at: processingLocation(model) });
        }
    }
});
