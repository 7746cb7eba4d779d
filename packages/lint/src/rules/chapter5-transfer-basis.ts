import type { Service, SubProcessor, TransferKind } from '@dpa-as-code/model';
import { basisFix, SCC_MODULE_3 } from '../fixes/transfer-fixes.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { adequacyDecisionFor, adequacyDecisionLabel, describeAdequacy, isEeaCountry, isIsoCountryCode } from '../transfer-reference.js';
import { listOf } from '../rule-utils.js';
import { countryLabel, COVERS_ANY_COUNTRY } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

const SAFEGUARDS = "'transfer scc-2021/914 module 3', 'transfer bcr' or 'transfer art49'";

/** An adequacy decision applies on its own (the US decision only to certified recipients). */
const adequate = (country: string) => {
    const decision = adequacyDecisionFor(country);
    return decision !== undefined && decision.requiresCertification === undefined;
};

/**
 * An adequacy decision that covers only part of the recipients (Canada: commercial organisations under
 * PIPEDA) or whose data is still to verify (Brazil): relying on it needs 'transfer adequacy' stated, so
 * the parties confirm the recipient is within it; a decision covering every recipient needs nothing stated.
 */
const conditionallyAdequate = (country: string) => {
    const decision = adequacyDecisionFor(country);
    return decision !== undefined && decision.requiresCertification === undefined && (decision.scope !== undefined || decision.certainty === 'to verify');
};

/** "the adequacy decision (EU) 2023/1795 of 10 Jul 2023" (number and date from the catalogue). */
const usDecision = () => {
    const decision = adequacyDecisionFor('US');
    return decision ? `the adequacy decision ${adequacyDecisionLabel(decision)}` : 'the adequacy decision';
};

/** "for CA: adequacy decision 2002/2/EC of 20 Dec 2001; scope: …; data confirmed". */
const adequacyFacts = (country: string) => {
    const decision = adequacyDecisionFor(country);
    return decision ? `for ${country}: ${describeAdequacy(decision)}` : `for ${country}: no adequacy decision`;
};

/** The third countries a service's data goes to: its server locations, else its sub-processor's country. */
function thirdCountries(subProcessor: SubProcessor, service: Service): { countries: string[]; where: string } | undefined {
    if (service.location?.regionDependent) return undefined; // chapter5-region-dependent-location
    const fromLocation = service.location !== undefined;
    const codes = service.location ? service.location.countries : subProcessor.country ? [subProcessor.country] : [];
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
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.chapter5, also: [`${CITATIONS.art45.en} (adequacy decisions)`, 'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', CITATIONS.art46_2_b_c.en, CITATIONS.art49.en] },
    description: 'Every sub-processor service outside the EEA has a transfer basis that covers its country.',
    messages: {
        dpfOutsideUs: "This service of sub-processor '{{subProcessor}}' {{where}}, but 'transfer dpf' (the EU-US Data Privacy Framework) covers only certified recipients in the United States, not {{uncovered}}: {{fix}}.",
        conditionalAdequacy: "This service of sub-processor '{{subProcessor}}' {{where}} ({{facts}}), but {{stated}}: write 'transfer adequacy' once the recipient is confirmed to be within the decision, otherwise {{safeguards}}.",
        adequacyWrong: "This service of sub-processor '{{subProcessor}}' {{where}}{{reason}} so 'transfer adequacy' is wrong: write {{fix}} instead.",
        noneStated: "This service of sub-processor '{{subProcessor}}' {{where}}{{reason}} but 'transfer none' is stated: write {{fix}} instead.",
        noBasis: "This service of sub-processor '{{subProcessor}}' {{where}}{{reason}} and no transfer basis is stated: add {{fix}}."
    },
    check({ model, source, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.noPersonalData) continue; // no personal data, no transfer of it
                const third = thirdCountries(subProcessor, service);
                if (!third) continue;
                const kind = service.transfer?.kind;
                if (kind && COVERS_ANY_COUNTRY.includes(kind)) continue;
                const found = problem(kind, third.countries);
                if (!found) continue;
                // Which basis applies is a legal judgement: every fix is a suggestion, the SCCs offered first.
                // Built only when asked for (the editor lints on every keystroke).
                const suggestions = () => source ? basisSuggestions(source, service, third.countries) : [];
                report({ messageId: found.messageId, data: { subProcessor: subProcessor.id, where: third.where, ...found.data }, at: service.source, suggestions });
            }
        }
    }
});

function problem(kind: TransferKind | undefined, countries: string[]): { messageId: string; data: Record<string, string> } | undefined {
    const us = countries.includes('US');
    if (kind === 'dpf') {
        // The DPF covers certified US recipients only; a country with its own adequacy decision is
        // covered next to a US location, but 'transfer dpf' for a service with no US location is wrong.
        const uncovered = countries.filter(c => c !== 'US' && (!us || !adequate(c)));
        if (uncovered.length === 0) return undefined;
        const fix = uncovered.every(adequate) ? `write 'transfer adequacy' (${uncovered.map(adequacyFacts).join('; ')})` : `write ${SAFEGUARDS}`;
        return { messageId: 'dpfOutsideUs', data: { uncovered: listOf(uncovered.map(countryLabel)), fix } };
    }
    const uncovered = countries.filter(c => !adequate(c));
    if (uncovered.length === 0) {
        const conditional = kind === 'adequacy' ? [] : countries.filter(conditionallyAdequate);
        if (conditional.length === 0) return undefined;
        const stated = kind === 'none' ? "'transfer none' is stated" : 'no transfer basis is stated';
        return { messageId: 'conditionalAdequacy', data: { facts: conditional.map(adequacyFacts).join('; '), stated, safeguards: SAFEGUARDS } };
    }
    const onlyUs = uncovered.length === 1 && uncovered[0] === 'US';
    let reason: string;
    if (onlyUs) {
        reason = countries.length === 1
            ? `, where ${usDecision()} covers only recipients certified under the EU-US Data Privacy Framework,`
            : `; ${usDecision()} for the US covers only recipients certified under the EU-US Data Privacy Framework,`;
    } else if (uncovered.length === countries.length) {
        reason = us ? ', where no adequacy decision covers the transfer,'
            : countries.length === 1 ? ', a third country without an adequacy decision,' : ', third countries without an adequacy decision,';
    } else {
        reason = `; ${listOf(uncovered.map(countryLabel))} ${uncovered.length === 1 ? 'has' : 'have'} no adequacy decision that covers the transfer,`;
    }
    const fix = onlyUs
        ? `'transfer dpf' if the recipient is certified, otherwise ${SAFEGUARDS}`
        : SAFEGUARDS;
    const messageId = kind === 'adequacy' ? 'adequacyWrong' : kind === 'none' ? 'noneStated' : 'noBasis';
    return { messageId, data: { reason, fix } };
}

/** 'transfer scc-2021/914 module 3' (preferred), 'transfer dpf' for the US, 'transfer adequacy' where it fits, 'transfer bcr'. */
function basisSuggestions(source: RuleSource, service: Service, countries: string[]): LintFix[] {
    const kind = service.transfer?.kind;
    const uncovered = countries.filter(country => !adequate(country));
    const adequacyInstead = kind === 'dpf' && !countries.includes('US') && countries.length > 0 && countries.every(adequate);
    const targets: { target: string; preferred: boolean }[] = [
        ...(adequacyInstead ? [{ target: 'adequacy', preferred: true }] : []),
        { target: SCC_MODULE_3, preferred: !adequacyInstead },
        ...(uncovered.length === 1 && uncovered[0] === 'US' && kind !== 'dpf' ? [{ target: 'dpf', preferred: false }] : []),
        { target: 'bcr', preferred: false }
    ];
    const suggestions: LintFix[] = [];
    for (const { target, preferred } of targets) {
        const fix = basisFix(source, service, target);
        if (fix) suggestions.push({ ...fix, preferred });
    }
    return suggestions;
}
