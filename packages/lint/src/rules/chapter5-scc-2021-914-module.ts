import { CITATIONS, type Service, type SubProcessor } from '@dpa-as-code/model';
import { insertAfterToken, valuesAfter } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { listOf } from '../rule-utils.js';
import { adequacyDecisionFor, isEeaCountry, isIsoCountryCode } from '../transfer-reference.js';
import { countryLabel } from './transfer-scc-hygiene-utils.js';

/**
 * Art. 46(2)(c) GDPR: the transfer SCCs of Decision 2021/914 apply through one of their four modules.
 * They are made for importers whose processing is not subject to the GDPR (Article 1(1) of the Decision),
 * so the module is asked for only where the service is a transfer: the recipient or a server outside
 * the EEA, in a country without an adequacy decision that covers every recipient there.
 */
export default defineRule({
    id: 'chapter5-scc-2021-914-module',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art46_2_c, also: [`${CITATIONS.scc914_art1_1.en} (scope: importers whose processing is not subject to the GDPR)`, 'Commission Implementing Decision (EU) 2021/914, Annex, Section I (Modules 1 to 4)'] },
    description: "A transfer to a third country under the SCCs of Decision 2021/914 names the module ('module 3' for a processor engaging a sub-processor).",
    messages: {
        missingModule: "This service of sub-processor '{{subProcessor}}' transfers personal data to {{countries}} under the SCCs of Decision 2021/914 without naming the module, which decides which clauses apply: add 'module 3' (processor to processor, as when a processor engages a sub-processor) or the module that fits."
    },
    check({ model, source, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.transfer?.kind !== 'scc-2021/914' || service.transfer.module !== undefined) continue;
                const countries = transferCountries(subProcessor, service);
                if (countries.length === 0) continue;
                report({
                    messageId: 'missingModule',
                    data: { subProcessor: subProcessor.id, countries: listOf(countries.map(countryLabel)) },
                    at: service.source,
                    // Which module fits is the parties' judgement: offered, never applied by `dpa lint --fix`.
                    suggestions: source ? addModuleSuggestion(source, service) : []
                });
            }
        }
    }
});

/**
 * The third countries the service's data reaches: where the recipient is established and where its
 * servers are, outside the EEA and without an adequacy decision that covers the recipient on its own
 * (the US decision covers certified recipients only, so it does not count).
 */
function transferCountries(subProcessor: SubProcessor, service: Service): string[] {
    const codes = [
        ...(subProcessor.country ? [subProcessor.country] : []),
        ...(service.location && !service.location.regionDependent ? service.location.countries : [])
    ];
    const third = codes.filter(code => code !== 'EU' && code !== 'EEA' && isIsoCountryCode(code) && !isEeaCountry(code) && !adequate(code));
    return [...new Set(third)];
}

function adequate(country: string): boolean {
    const decision = adequacyDecisionFor(country);
    return decision !== undefined && decision.requiresCertification === undefined;
}

/** `transfer scc-2021/914` becomes `transfer scc-2021/914 module 3` (processor to processor). */
function addModuleSuggestion(source: RuleSource, service: Service): LintFix[] {
    const kindToken = valuesAfter(source, service.source, 'transfer').at(0);
    return kindToken ? [{ ...insertAfterToken(source, kindToken, ' module 3', "Add 'module 3'"), preferred: true }] : [];
}
