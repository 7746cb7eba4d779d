import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the type of personal data. */
export default defineRule({
    id: 'art28-3-data-types',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement defines at least one category (type) of personal data.',
    check({ model, report }) {
        if (allDataCategories(model).length > 0) return;
        // Empty 'data categories' blocks: point at the first one, where the categories belong.
        const at = model.dataCategoryGroups[0]?.source ?? agreementLocation(model);
        report(at, "No type of personal data is stated: define at least one 'category' in a 'data categories' section.");
    }
});
