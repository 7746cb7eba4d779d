import { defineRule } from '../lint-rule.js';
import { hasText, listOf } from '../rule-utils.js';

/** Art. 28(2) and EDPB Opinion 22/2024: the controller has the identity of every sub-processor at hand. */
export default defineRule({
    id: 'art28-2-sub-processor-identity',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 28(2) GDPR',
        de: 'Art. 28 Abs. 2 DSGVO',
        also: ['EDPB Opinion 22/2024 paras 25, 28, 31–32', 'SCC 2021/915 Annex IV']
    },
    description: 'Every sub-processor entry identifies the company by legal name, address and country.',
    check({ model, report }) {
        for (const subProcessor of model.subProcessors) {
            const missing: string[] = [];
            if (!subProcessor.legalName?.trim()) missing.push('name');
            if (!hasText(subProcessor.address)) missing.push('address');
            if (!subProcessor.country) missing.push('country');
            if (missing.length === 0) continue;
            const fields = missing.map(field => `'${field}'`);
            report(subProcessor.source, `Sub-processor '${subProcessor.id}' is not fully identified: add ${listOf(fields)} so the controller has the identity of every sub-processor at hand.`);
        }
    }
});
