import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS, type DpaModel } from '@dpa-as-code/model';

/** Art. 28(3)(a): processing only on documented instructions, including with regard to transfers. */
export default defineRule({
    id: 'art28-3-a-instructions',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_a, also: ['EDPB Guidelines 07/2020 paras 113–115', 'SCC 2021/915 Clauses 7.1(a) and 7.8(a)'] },
    description: 'The processor processes personal data only on documented instructions from the controller, including with regard to transfers to third countries.',
    messages: {
        notDocumented: "The instructions clause binds the processor to the controller's instructions but does not require them to be documented: add 'documented only' to 'instructions'.",
        notBound: "The instructions clause does not bind the processor to documented instructions from the controller: add 'only on instructions' and 'documented only' to 'instructions'.",
        missingClause: "No instructions clause: add 'instructions { only on instructions documented only including transfers inform if infringing inform of legal requirement }' to 'obligations' so that the processor processes personal data only on documented instructions from the controller.",
        noTransfers: "The instructions clause does not extend the documented instructions to transfers of personal data to a third country or an international organisation: add 'including transfers' to 'instructions' (or, where every transfer needs the controller's prior consent, 'outside only with prior consent' to 'location')."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const instructions = findObligation(model, 'instructions');
        if (!instructions) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'instructions', this.citation.en) });
            return;
        }
        if (!instructions.documentedOnly) {
            // Not bound at all: both flags, so the fix does not leave art28-3-a-only-on-instructions to report.
            report({ messageId: instructions.onlyOnInstructions ? 'notDocumented' : 'notBound', at: instructions.source, fix: addToClause(source, instructions.source, instructions.onlyOnInstructions ? 'documented only' : 'only on instructions\ndocumented only') });
        }
        if (!instructions.coversTransfers && !transfersNeedDocumentedConsent(model, instructions.documentedOnly)) {
            report({ messageId: 'noTransfers', at: instructions.source, fix: addToClause(source, instructions.source, 'including transfers') });
        }
    }
});

/**
 * `location { outside only with prior consent }` puts every transfer to a third country or an international
 * organisation under the controller's prior consent: that consent is its instruction on transfers. It is a
 * documented instruction when given in a stated form (`in-writing`, `text-form`, `electronic`) or when all
 * instructions must be documented (`documented only`).
 */
function transfersNeedDocumentedConsent(model: DpaModel, instructionsDocumented: boolean): boolean {
    const location = findObligation(model, 'processing-location');
    return location?.outsideOnlyWithPriorConsent === true && (location.priorConsentChannel !== undefined || instructionsDocumented);
}
