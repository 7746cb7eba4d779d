import type { SubProcessor } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** One entry per sub-processor, so the list the controller authorises is unambiguous. */
export default defineRule({
    id: 'hygiene-duplicate-sub-processor',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 28(2) GDPR',
        de: 'Art. 28 Abs. 2 DSGVO',
        also: ['EDPB Opinion 22/2024 (identity of all sub-processors)', 'SCC 2021/915 Annex IV']
    },
    description: 'No two sub-processor entries have the same legal name.',
    check({ model, report }) {
        const first = new Map<string, SubProcessor>();
        for (const subProcessor of model.subProcessors) {
            if (!subProcessor.legalName) continue;
            const key = normalise(subProcessor.legalName);
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, subProcessor);
                continue;
            }
            report(subProcessor.source, `Sub-processor '${subProcessor.id}' has the same legal name ("${earlier.legalName!.trim()}") as sub-processor '${earlier.id}' on line ${earlier.source.line}: list all services of the company in one entry.`);
        }
    }
});
