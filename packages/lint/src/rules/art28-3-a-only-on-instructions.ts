import { CITATIONS, findObligation } from '@dpa-as-code/model';
import { insertIntoBlock } from '../fixes/edit-builders.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';

/**
 * Art. 28(3)(a): the processor processes personal data only on documented instructions. `documented only`
 * says the instructions are documented; `only on instructions` binds the processor to them. Without it
 * the clause requires documentation of whatever instructions there are, not processing only on them.
 */
export default defineRule({
    id: 'art28-3-a-only-on-instructions',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_a, also: ['SCC 2021/915 Clause 7.1(a)'] },
    description: "An instructions clause that requires documented instructions also binds the processor to process only on them ('only on instructions').",
    messages: {
        notOnlyOnInstructions: "The instructions clause requires the controller's instructions to be documented ('documented only') but does not bind the processor to process personal data only on them: add 'only on instructions' to 'instructions'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const instructions = findObligation(model, 'instructions');
        // Without 'documented only' the clause misses more than this: art28-3-a-instructions reports it.
        if (!instructions || !instructions.documentedOnly || instructions.onlyOnInstructions) return;
        const fix = source && insertIntoBlock(source, instructions.source, 'only on instructions', "Add 'only on instructions'", { after: [] });
        report({ messageId: 'notOnlyOnInstructions', at: instructions.source, ...(fix ? { fix } : {}) });
    }
});
