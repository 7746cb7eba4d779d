import { defineRule } from '../lint-rule.js';
import { COVERS_ANY_COUNTRY } from './transfer-scc-hygiene-utils.js';

/** Chapter V GDPR: the controller must be able to tell whether a service transfers data to a third country. */
export default defineRule({
    id: 'chapter5-region-dependent-location',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 44 GDPR',
        de: 'Art. 44 DSGVO',
        also: ['Art. 28(3)(a) GDPR (transfers only on documented instructions)', 'EDPB Opinion 22/2024 (information on sub-processors)']
    },
    description: 'A service whose server location depends on the chosen region names the regions or a transfer basis that covers all of them.',
    check({ model, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (!service.location?.regionDependent || service.noPersonalData) continue;
                const kind = service.transfer?.kind;
                if (kind && COVERS_ANY_COUNTRY.includes(kind)) continue;
                report(service.source, `The server location of this service of sub-processor '${subProcessor.id}' depends on the region chosen, so the controller cannot tell whether personal data leave the EEA: list the possible locations ('located DE, US') or state a transfer basis that covers all of them ('transfer scc-2021/914 module 3', 'transfer bcr' or 'transfer art49').`);
            }
        }
    }
});
