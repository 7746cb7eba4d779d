import { basisFix, SCC_MODULE_3 } from '../fixes/transfer-fixes.js';
import { defineRule } from '../lint-rule.js';
import { COVERS_ANY_COUNTRY } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Chapter V GDPR: the controller must be able to tell whether a service transfers data to a third country. */
export default defineRule({
    id: 'chapter5-region-dependent-location',
    kind: 'recommendation',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art44, also: [`${CITATIONS.art28_3_a.en} (transfers only on documented instructions)`, 'EDPB Opinion 22/2024 (information on sub-processors)'] },
    description: 'A service whose server location depends on the chosen region names the regions or a transfer basis that covers all of them.',
    messages: {
        regionDependent: "The server location of this service of sub-processor '{{subProcessor}}' depends on the region chosen, so the controller cannot tell whether personal data leave the EEA: list the possible locations ('located DE, US') or state a transfer basis that covers all of them ('transfer scc-2021/914 module 3', 'transfer bcr' or 'transfer art49')."
    },
    check({ model, source, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (!service.location?.regionDependent || service.noPersonalData) continue;
                const kind = service.transfer?.kind;
                if (kind && COVERS_ANY_COUNTRY.includes(kind)) continue;
                // The locations or the basis are the parties' to state: a basis that covers every country is offered.
                const suggestions = () => source
                    ? [SCC_MODULE_3, 'bcr', 'art49'].flatMap((target, index) => {
                        const fix = basisFix(source, service, target);
                        return fix ? [{ ...fix, preferred: index === 0 }] : [];
                    })
                    : [];
                report({ messageId: 'regionDependent', data: { subProcessor: subProcessor.id }, at: service.source, suggestions });
            }
        }
    }
});
