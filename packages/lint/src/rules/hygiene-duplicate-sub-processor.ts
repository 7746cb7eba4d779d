import type { SubProcessor } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { CITATIONS } from '@dpa-as-code/model';

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** One entry per sub-processor, so the list the controller authorises is unambiguous. */
export default defineRule({
    id: 'hygiene-duplicate-sub-processor',
    kind: 'hygiene',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Opinion 22/2024 (identity of all sub-processors)', 'SCC 2021/915 Annex IV'] },
    description: 'No two sub-processor entries have the same legal name.',
    messages: {
        duplicateLegalName: `Sub-processor '{{subProcessor}}' has the same legal name ("{{legalName}}") as sub-processor '{{earlier}}' on line {{earlierLine}}: list all services of the company in one entry.`
    },
    check({ model, report }) {
        const first = new Map<string, { subProcessor: SubProcessor; legalName: string }>();
        for (const subProcessor of model.subProcessors) {
            const legalName = subProcessor.legalName;
            if (!legalName) continue;
            const key = normalise(legalName);
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, { subProcessor, legalName });
                continue;
            }
            report({ messageId: 'duplicateLegalName', data: { subProcessor: subProcessor.id, legalName: earlier.legalName.trim(), earlier: earlier.subProcessor.id, earlierLine: earlier.subProcessor.source.line }, at: subProcessor.source });
        }
    }
});
