import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { hasText } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Arts. 9 and 10 with SCC 2021/915 Clause 7.5: sensitive data needs stated restrictions or safeguards. */
export default defineRule({
    id: 'art9-special-categories-safeguards',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art9_10, also: ['SCC 2021/915 Clause 7.5 and Annex II', CITATIONS.art32_1.en] },
    description: 'If special categories of personal data (Art. 9) or criminal-offence data (Art. 10) are processed, the agreement states the specific restrictions or additional safeguards that apply.',
    messages: {
        noSafeguards: "Category '{{category}}' is {{special}}, but the agreement states no specific restrictions or additional safeguards for it: add 'special-categories safeguards TEXT' to the 'processing' section."
    },
    check({ model, report }) {
        const first = allDataCategories(model).find(category => category.special);
        if (!first || hasText(model.processing?.sensitiveDataSafeguards)) return;
        const kind = first.special === 'art9' ? 'a special category of personal data (Art. 9)' : 'personal data relating to criminal convictions and offences (Art. 10)';
        report({ messageId: 'noSafeguards', data: { category: first.id, special: kind }, at: first.source });
    }
});
