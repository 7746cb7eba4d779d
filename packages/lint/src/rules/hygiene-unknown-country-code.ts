import type { SourceLocation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { isIsoCountryCode } from '../transfer-reference.js';
import { countryName } from './transfer-scc-hygiene-utils.js';

/** Codes people write for a country whose ISO 3166-1 alpha-2 code is another. */
const LIKELY_MEANT: Record<string, string> = {
    UK: 'GB', // United Kingdom (UK is only "exceptionally reserved")
    EL: 'GR', // Greece, as the EU's own protocol writes it
    SP: 'ES' // Spain
};

/** Country codes must be assigned ISO 3166-1 alpha-2 codes; the validator checks only their shape. */
export default defineRule({
    id: 'hygiene-unknown-country-code',
    defaultSeverity: 'error',
    citation: {
        en: 'EDPB Opinion 22/2024',
        de: 'EDPB-Stellungnahme 22/2024',
        also: ['ISO 3166-1 alpha-2', 'Chapter V GDPR (whether a transfer takes place depends on the country)']
    },
    description: 'Every country code (parties, DPO, sub-processors, partners, server locations) is an assigned ISO 3166-1 alpha-2 code.',
    check({ model, report }) {
        const check = (code: string | undefined, at: SourceLocation, field: string, location = false) => {
            if (code === undefined || isIsoCountryCode(code)) return;
            if (location && (code === 'EU' || code === 'EEA')) return;
            const meant = LIKELY_MEANT[code];
            if (meant) {
                report(at, `'${code}', ${field}, is not an ISO 3166-1 alpha-2 code: write '${meant}' (${countryName(meant)}) instead.`);
            } else if (code === 'EU') {
                report(at, `'EU', ${field}, is not a country: write the ISO 3166-1 alpha-2 code of the country (e.g. DE, IE).`);
            } else {
                report(at, `'${code}', ${field}, is not an assigned ISO 3166-1 alpha-2 code: write the two-letter code of the country (e.g. DE, IE, US).`);
            }
        };
        for (const party of model.parties) {
            check(party.country, party.source, `the country of party '${party.id}'`);
            if (party.dpo) check(party.dpo.country, party.dpo.source, `the country of the DPO of party '${party.id}'`);
        }
        for (const subProcessor of model.subProcessors) {
            check(subProcessor.country, subProcessor.source, `the country of sub-processor '${subProcessor.id}'`);
            for (const service of subProcessor.services) {
                if (service.location?.regionDependent !== false) continue;
                for (const code of service.location.countries) {
                    check(code, service.source, `a server location of this service of sub-processor '${subProcessor.id}'`, true);
                }
            }
        }
        for (const partner of model.partners?.interfaces.flatMap(i => i.partners) ?? []) {
            check(partner.country, partner.source, `the country of partner '${partner.legalName}'`);
        }
    }
});
