import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3) second subparagraph: the processor immediately informs the controller of an infringing instruction. */
export default defineRule({
    id: 'art28-3-second-subparagraph-infringing-instructions',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, second subparagraph', de: 'Art. 28 Abs. 3 Unterabsatz 2 DSGVO', also: ['SCC 2021/915 Clause 7.1(b)'] },
    description: 'The processor immediately informs the controller if, in its opinion, an instruction infringes data protection law.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        // A missing instructions clause is reported by art28-3-a-instructions, whose fix includes 'inform if infringing'.
        const instructions = findObligation(model, 'instructions');
        if (instructions && !instructions.informsOfInfringement) {
            report(instructions.source,
                "The instructions clause does not oblige the processor to inform the controller immediately if, in its opinion, an instruction infringes data protection law: add 'inform if infringing' to 'instructions'.");
        }
    }
});
