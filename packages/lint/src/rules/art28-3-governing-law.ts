import { CITATIONS, countryNameOf, isEeaCountry, isIsoCountryCode } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';

/**
 * Art. 28(3) first sentence: processing by a processor is governed by "a contract or other legal act under Union or
 * Member State law". Whether those words bind the contract's choice of law, or only the "other legal act", is read
 * both ways, so a third country's law is a recommendation finding: it puts in doubt that the agreement is the
 * contract Art. 28(3) asks for. EEA states count: the GDPR applies there through the EEA Agreement.
 */
export default defineRule({
    id: 'art28-3-governing-law',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_3_first },
    description: "The law the agreement chooses ('governing-law' in 'general-terms') is that of an EU or EEA Member State.",
    messages: {
        thirdCountryLaw: "The agreement is governed by the law of {{country}}, not of an EU or EEA Member State: processing by a processor is to be governed by a contract under Union or Member State law, and a third country's law puts in doubt that this agreement is one. Choose the law of a Member State (e.g. 'governing-law IE')."
    },
    check({ model, report }) {
        const law = model.generalTerms?.governingLaw;
        if (law === undefined || !isIsoCountryCode(law) || isEeaCountry(law)) return;
        const at = model.generalTerms?.governingLawSource ?? model.generalTerms?.source ?? model.source;
        report({ messageId: 'thirdCountryLaw', data: { country: `${countryNameOf(law, 'en') ?? law} (${law})` }, at });
    }
});
