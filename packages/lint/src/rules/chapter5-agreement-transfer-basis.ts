import { CITATIONS, adequacyDecisionFor, isEeaCountry, isIsoCountryCode, type DpaModel, type Transfer } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { countryLabel } from './transfer-scc-hygiene-utils.js';

/**
 * Chapter V GDPR for the transfers the agreement itself governs (`transfers { transfer … }`): a transfer to an
 * importer in a third country rests on an adequacy decision that covers it (Art. 45), an appropriate safeguard
 * (Art. 46, such as the SCCs of Decision 2021/914 or binding corporate rules) or a derogation (Art. 49). The
 * importer's country is the transfer's `country`, else the country of the party or sub-processor that imports.
 */
export default defineRule({
    id: 'chapter5-agreement-transfer-basis',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.chapter5, also: [`${CITATIONS.art45.en} (adequacy decisions)`, CITATIONS.art46_2_b_c.en, CITATIONS.art49.en] },
    description: 'Every agreement-level transfer to an importer outside the EEA states a transfer basis that covers the importer\'s country.',
    messages: {
        missingBasis: "Transfer '{{transfer}}' goes to {{country}}, outside the EEA and without an adequacy decision that covers every recipient there, but states no mechanism: add 'mechanism scc-2021/914 module N', 'mechanism bcr', 'mechanism art49' or, for a certified US importer, 'mechanism dpf'.",
        noneToThirdCountry: "Transfer '{{transfer}}' states 'mechanism none' although the importer is in {{country}}, outside the EEA: name the basis of the transfer.",
        noAdequacy: "Transfer '{{transfer}}' relies on an adequacy decision, but the Commission has adopted none that covers every recipient in {{country}}: use another basis (such as 'mechanism scc-2021/914 module N').",
        dpfOutsideUs: "Transfer '{{transfer}}' relies on the EU-US Data Privacy Framework, which covers certified organisations in the United States only, but the importer is in {{country}}."
    },
    check({ model, report }) {
        for (const transfer of model.transfers ?? []) {
            const country = importerCountry(model, transfer);
            if (country === undefined || !isIsoCountryCode(country) || isEeaCountry(country)) continue;
            const decision = adequacyDecisionFor(country);
            const adequate = decision !== undefined && decision.requiresCertification === undefined;
            const at = transfer.mechanismSource ?? transfer.source;
            const data = { transfer: transfer.id, country: countryLabel(country) };
            const kind = transfer.mechanism?.kind;
            if (kind === undefined) {
                if (!adequate) report({ messageId: 'missingBasis', data, at });
            } else if (kind === 'none') {
                report({ messageId: 'noneToThirdCountry', data, at });
            } else if (kind === 'adequacy' && !adequate) {
                report({ messageId: 'noAdequacy', data, at });
            } else if (kind === 'dpf' && decision?.requiresCertification !== 'dpf') {
                report({ messageId: 'dpfOutsideUs', data, at });
            }
        }
    }
});

/** The transfer's `country`, else the importing party's or sub-processor's country. */
function importerCountry(model: DpaModel, transfer: Transfer): string | undefined {
    if (transfer.importerCountry !== undefined) return transfer.importerCountry;
    const importer = transfer.importer;
    if (!importer) return undefined;
    return importer.kind === 'party'
        ? model.parties.find(party => party.id === importer.id)?.country
        : model.subProcessors.find(subProcessor => subProcessor.id === importer.id)?.country;
}
