import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { hasText } from '../rule-utils.js';

/** Arts. 9 and 10 with SCC 2021/915 Clause 7.5: sensitive data needs stated restrictions or safeguards. */
export default defineRule({
    id: 'art9-special-categories-safeguards',
    defaultSeverity: 'error',
    citation: {
        en: 'Arts. 9 and 10 GDPR',
        de: 'Art. 9 und 10 DSGVO',
        also: ['SCC 2021/915 Clause 7.5 and Annex II', 'Art. 32(1) GDPR']
    },
    description: 'If special categories of personal data (Art. 9) or criminal-offence data (Art. 10) are processed, the agreement states the specific restrictions or additional safeguards that apply.',
    check({ model, report }) {
        const first = allDataCategories(model).find(category => category.special);
        if (!first || hasText(model.processing?.sensitiveDataSafeguards)) return;
        const kind = first.special === 'art9' ? 'a special category of personal data (Art. 9)' : 'personal data relating to criminal convictions and offences (Art. 10)';
        report(first.source, `Category '${first.id}' is ${kind}, but the agreement states no specific restrictions or additional safeguards for it: add 'special-categories safeguards TEXT' to the 'processing' section.`);
    }
});
