import { defineRule } from '../lint-rule.js';
import { hasText, listOf } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(2) and EDPB Opinion 22/2024: the controller has the identity of every sub-processor at hand. */
export default defineRule({
    id: 'art28-2-sub-processor-identity',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Opinion 22/2024 paras 25, 28, 31–32', 'SCC 2021/915 Annex IV'] },
    description: 'Every sub-processor entry identifies the company by legal name, address and country.',
    messages: {
        notIdentified: "Sub-processor '{{subProcessor}}' is not fully identified: add {{fields}} so the controller has the identity of every sub-processor at hand."
    },
    check({ model, report }) {
        for (const subProcessor of model.subProcessors) {
            const missing: string[] = [];
            if (!subProcessor.legalName?.trim()) missing.push('name');
            if (!hasText(subProcessor.address)) missing.push('address');
            if (!subProcessor.country) missing.push('country');
            if (missing.length === 0) continue;
            const fields = missing.map(field => `'${field}'`);
            report({ messageId: 'notIdentified', data: { subProcessor: subProcessor.id, fields: listOf(fields) }, at: subProcessor.source });
        }
    }
});
