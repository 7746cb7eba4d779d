import { allDataCategories } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';

/** The data categories and the sub-processors' data lists describe the same processing. */
export default defineRule({
    id: 'hygiene-unused-data-category',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 28(2) GDPR',
        de: 'Art. 28 Abs. 2 DSGVO',
        also: ['Art. 28(3) GDPR, first sentence (type of personal data)', 'EDPB Opinion 22/2024', 'SCC 2021/915 Annex IV']
    },
    description: 'Where services list their data, every data category is processed by at least one sub-processor service.',
    check({ model, report }) {
        const services = model.subProcessors.flatMap(subProcessor => subProcessor.services);
        if (services.some(service => service.allData)) return;
        const used = new Set(services.flatMap(service => service.data));
        if (used.size === 0) return;
        for (const category of allDataCategories(model)) {
            if (used.has(category.id)) continue;
            report(category.source, `No sub-processor service lists data category '${category.id}': if a sub-processor processes it, add it to that service's 'data' list; if none does, this is fine.`);
        }
    }
});
