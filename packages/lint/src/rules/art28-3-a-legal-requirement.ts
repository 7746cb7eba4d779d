import { CITATIONS, findObligation } from '@dpa-as-code/model';
import { insertIntoBlock } from '../fixes/edit-builders.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';

/**
 * Art. 28(3)(a): the stipulation on instructions includes its exception. Where Union or Member State law
 * requires the processor to process, it informs the controller of that legal requirement before processing,
 * unless that law prohibits this on important grounds of public interest. The SCCs of Decision 2021/915 say
 * so in Clause 7.1(a), so agreements built on them are not checked here.
 */
export default defineRule({
    id: 'art28-3-a-legal-requirement',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_3_a, also: ['SCC 2021/915 Clause 7.1(a)'] },
    description: 'The instructions clause has the processor inform the controller of a legal requirement to process before processing, unless that law prohibits it.',
    messages: {
        noLegalRequirementNotice: "The instructions clause does not say what happens when Union or Member State law requires the processor to process the data: the processor must inform the controller of that legal requirement before processing, unless that law prohibits this on important grounds of public interest. Add 'inform of legal requirement' to 'instructions'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const instructions = findObligation(model, 'instructions');
        // Without a clause art28-3-a-instructions reports the whole of Art. 28(3)(a).
        if (!instructions || instructions.informsOfLegalRequirement) return;
        const fix = source && insertIntoBlock(source, instructions.source, 'inform of legal requirement', "Add 'inform of legal requirement'");
        report({ messageId: 'noLegalRequirementNotice', at: instructions.source, ...(fix ? { fix } : {}) });
    }
});
