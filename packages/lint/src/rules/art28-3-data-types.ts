import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the type of personal data. */
export default defineRule({
    id: 'art28-3-data-types',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement defines at least one category (type) of personal data.',
    messages: {
        noDataTypes: "No type of personal data is stated: define at least one 'category' in a 'data categories' section."
    },
    check({ model, report }) {
        if (allDataCategories(model).length > 0) return;
        // Empty 'data categories' blocks: point at the first one, where the categories belong.
        const at = model.dataCategoryGroups[0]?.source ?? agreementLocation(model);
        report({ messageId: 'noDataTypes', at: at });
    }
});
