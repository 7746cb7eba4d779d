import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(a): processing only on documented instructions, including with regard to transfers. */
export default defineRule({
    id: 'art28-3-a-instructions',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(a) GDPR', de: 'Art. 28 Abs. 3 lit. a DSGVO', also: ['EDPB Guidelines 07/2020 paras 113–115', 'SCC 2021/915 Clauses 7.1(a) and 7.8(a)'] },
    description: 'The processor processes personal data only on documented instructions from the controller, including with regard to transfers to third countries.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const instructions = findObligation(model, 'instructions');
        if (!instructions) {
            report(agreementLocation(model),
                "No instructions clause: add 'instructions { documented only including transfers inform if infringing }' to 'obligations' so that the processor processes personal data only on documented instructions from the controller.");
            return;
        }
        if (!instructions.documentedOnly) {
            report(instructions.source, instructions.onlyOnInstructions
                ? "The instructions clause binds the processor to the controller's instructions but does not require them to be documented: add 'documented only' to 'instructions'."
                : "The instructions clause does not bind the processor to documented instructions from the controller: add 'documented only' to 'instructions'.");
        }
        if (!instructions.coversTransfers) {
            report(instructions.source,
                "The instructions clause does not extend the documented instructions to transfers of personal data to a third country or an international organisation: add 'including transfers' to 'instructions'.");
        }
    }
});
