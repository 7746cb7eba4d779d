import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { CITATIONS } from '@dpa-as-code/model';

/** The data categories and the sub-processors' data lists describe the same processing. */
export default defineRule({
    id: 'hygiene-unused-data-category',
    kind: 'hygiene',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_3_first, also: ['EDPB Opinion 22/2024', 'SCC 2021/915 Annexes II and IV'] },
    description: 'Where services list their data, every data category is processed by at least one sub-processor service.',
    messages: {
        unusedCategory: "No sub-processor service lists data category '{{category}}': if a sub-processor processes it, add it to that service's 'data' list; if none does, this is fine."
    },
    check({ model, report }) {
        // Plain loops: `flatMap` over every service of a large agreement was most of this rule's time.
        const used = new Set<string>();
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.allData) return;
                for (const category of service.data) used.add(category);
            }
        }
        if (used.size === 0) return;
        for (const category of allDataCategories(model)) {
            if (used.has(category.id)) continue;
            report({ messageId: 'unusedCategory', data: { category: category.id }, at: category.source });
        }
    }
});
