import { CITATIONS, countryNameOf, isEeaCountry, isIsoCountryCode } from '@dpa-as-code/model';
import { valuesAfter } from '../fixes/edit-builders.js';
import { defineRule } from '../lint-rule.js';

/**
 * Art. 27(3): the representative of a party not established in the Union is established in a Member State
 * (one where data subjects are). EEA states count: the GDPR applies there through the EEA Agreement.
 */
export default defineRule({
    id: 'art27-representative-in-union',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art27_3 },
    description: "A party's representative in the Union ('eu-representative') is established in an EU or EEA Member State.",
    messages: {
        outsideUnion: "The representative in the Union of party '{{party}}' is in {{country}}, which is not an EU or EEA Member State: such a representative must be established in a Member State where data subjects are. Name a representative there."
    },
    check({ model, source, report }) {
        for (const party of model.parties) {
            const representative = party.euRepresentative;
            const country = representative?.country;
            if (!representative || country === undefined || !isIsoCountryCode(country) || isEeaCountry(country)) continue;
            // The country code itself, where the block writes it; the block when the text is not at hand.
            const token = source ? valuesAfter(source, representative.source, 'country').find(candidate => candidate.text === country) : undefined;
            const start = token && source ? source.positionAt(token.start) : undefined;
            const end = token && source ? source.positionAt(token.end) : undefined;
            const at = start && end ? { line: start.line, column: start.column, endLine: end.line, endColumn: end.column } : representative.source;
            report({ messageId: 'outsideUnion', data: { party: party.id, country: `${countryNameOf(country, 'en') ?? country} (${country})` }, at });
        }
    }
});
