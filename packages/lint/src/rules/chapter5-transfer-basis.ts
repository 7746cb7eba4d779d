import type { Service, SubProcessor, TransferKind } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { adequacyDecisionFor, isEeaCountry, isIsoCountryCode } from '../transfer-reference.js';
import { listOf } from '../rule-utils.js';
import { countryLabel, COVERS_ANY_COUNTRY } from './transfer-scc-hygiene-utils.js';

const SAFEGUARDS = "'transfer scc-2021/914 module 3', 'transfer bcr' or 'transfer art49'";

/** An adequacy decision applies on its own (the US decision only to certified recipients). */
const adequate = (country: string) => {
    const decision = adequacyDecisionFor(country);
    return decision !== undefined && decision.requiresCertification === undefined;
};

/** The third countries a service's data goes to: its server locations, else its sub-processor's country. */
function thirdCountries(subProcessor: SubProcessor, service: Service): { countries: string[]; where: string } | undefined {
    if (service.location?.regionDependent) return undefined; // chapter5-region-dependent-location
    const fromLocation = service.location !== undefined;
    const codes = fromLocation ? service.location!.countries : subProcessor.country ? [subProcessor.country] : [];
    // EU and EEA are inside; codes that are not ISO codes are hygiene-unknown-country-code's finding.
    const countries = [...new Set(codes.filter(c => c !== 'EU' && c !== 'EEA' && isIsoCountryCode(c) && !isEeaCountry(c)))];
    if (countries.length === 0) return undefined;
    const where = fromLocation
        ? `is located in ${listOf(countries.map(countryLabel))}`
        : `has no server location and its sub-processor is established in ${listOf(countries.map(countryLabel))}`;
    return { countries, where };
}

/** Chapter V GDPR: a transfer to a third country needs adequacy, an Art. 46 safeguard or an Art. 49 derogation. */
export default defineRule({
    id: 'chapter5-transfer-basis',
    defaultSeverity: 'error',
    citation: {
        en: 'Chapter V GDPR (Arts. 44–49)',
        de: 'Kapitel V DSGVO (Art. 44–49)',
        also: ['Art. 45 GDPR (adequacy decisions)', 'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', 'Art. 46(2)(b), (c) GDPR', 'Art. 49 GDPR']
    },
    description: 'Every sub-processor service outside the EEA has a transfer basis that covers its country.',
    check({ model, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.noPersonalData) continue; // no personal data, no transfer of it
                const third = thirdCountries(subProcessor, service);
                if (!third) continue;
                const kind = service.transfer?.kind;
                if (kind && COVERS_ANY_COUNTRY.includes(kind)) continue;
                const subject = `This service of sub-processor '${subProcessor.id}' ${third.where}`;
                const message = problem(kind, third.countries, subject);
                if (message) report(service.source, message);
            }
        }
    }
});

function problem(kind: TransferKind | undefined, countries: string[], subject: string): string | undefined {
    const us = countries.includes('US');
    if (kind === 'dpf') {
        // The DPF covers certified US recipients only; a country with its own adequacy decision is
        // covered next to a US location, but 'transfer dpf' for a service with no US location is wrong.
        const uncovered = countries.filter(c => c !== 'US' && (!us || !adequate(c)));
        if (uncovered.length === 0) return undefined;
        const fix = uncovered.every(adequate) ? "write 'transfer adequacy'" : `write ${SAFEGUARDS}`;
        return `${subject}, but 'transfer dpf' (the EU-US Data Privacy Framework) covers only certified recipients in the United States, not ${listOf(uncovered.map(countryLabel))}: ${fix}.`;
    }
    const uncovered = countries.filter(c => !adequate(c));
    if (uncovered.length === 0) return undefined;
    const onlyUs = uncovered.length === 1 && uncovered[0] === 'US';
    let reason: string;
    if (onlyUs) {
        reason = countries.length === 1
            ? ', where the adequacy decision covers only recipients certified under the EU-US Data Privacy Framework,'
            : '; the adequacy decision for the US covers only recipients certified under the EU-US Data Privacy Framework,';
    } else if (uncovered.length === countries.length) {
        reason = us ? ', where no adequacy decision covers the transfer,'
            : countries.length === 1 ? ', a third country without an adequacy decision,' : ', third countries without an adequacy decision,';
    } else {
        reason = `; ${listOf(uncovered.map(countryLabel))} ${uncovered.length === 1 ? 'has' : 'have'} no adequacy decision that covers the transfer,`;
    }
    const fix = onlyUs
        ? `'transfer dpf' if the recipient is certified, otherwise ${SAFEGUARDS}`
        : SAFEGUARDS;
    if (kind === 'adequacy') return `${subject}${reason} so 'transfer adequacy' is wrong: write ${fix} instead.`;
    if (kind === 'none') return `${subject}${reason} but 'transfer none' is stated: write ${fix} instead.`;
    return `${subject}${reason} and no transfer basis is stated: add ${fix}.`;
}
