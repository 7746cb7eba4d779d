import { findObligation } from '@dpa-as-code/model';
import { addToClause } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) second subparagraph: the processor immediately informs the controller of an infringing instruction. */
export default defineRule({
    id: 'art28-3-second-subparagraph-infringing-instructions',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_second, also: ['SCC 2021/915 Clause 7.1(b)'] },
    description: 'The processor immediately informs the controller if, in its opinion, an instruction infringes data protection law.',
    messages: {
        noInformIfInfringing: "The instructions clause does not oblige the processor to inform the controller immediately if, in its opinion, an instruction infringes data protection law: add 'inform if infringing' to 'instructions'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        // A missing instructions clause is reported by art28-3-a-instructions, whose fix includes 'inform if infringing'.
        const instructions = findObligation(model, 'instructions');
        if (instructions && !instructions.informsOfInfringement) {
            report({ messageId: 'noInformIfInfringing', at: instructions.source, fix: addToClause(source, instructions.source, 'inform if infringing') });
        }
    }
});
