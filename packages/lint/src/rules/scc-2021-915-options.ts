import { SCC_2021_915_OPTION_CLAUSES, type SccOption } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { listOf } from '../rule-utils.js';
import { sccOptionClause, suggestedOptionLine } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Where a clause without options was probably meant as one with options. */
const MEANT: Record<string, string> = {
    '7.7': "'clause 7.7(a)'",
    '8': "'clause 8(c)(4)'",
    '8(c)': "'clause 8(c)(4)'",
    '9.1': "'clause 9.1(a)', '9.1(b)' or '9.1(c)'",
    '9.2(a)': "'clause 9.2'",
    '9.2(b)': "'clause 9.2'"
};

/** Decision 2021/915: the parties choose one option in every clause that offers them. */
export default defineRule({
    id: 'scc-2021-915-options',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc915_options, also: [CITATIONS.art28_7.en, 'Commission Implementing Decision (EU) 2021/915, Annex'] },
    description: 'An agreement built on the SCCs of Decision 2021/915 chooses exactly one existing option in every clause that offers options.',
    messages: {
        noOptions: 'Clause {{clause}} of Decision 2021/915 offers no options: correct the clause number or remove the line.',
        noOptionsMeant: 'Clause {{clause}} of Decision 2021/915 offers no options; the options are in {{meant}}: correct the clause number or remove the line.',
        dockingClauseOption: "Clause 5 (the docking clause) has no numbered options: write 'docking clause' to include it, and remove this line.",
        optionTwice: 'An option for Clause {{clause}} is already chosen on line {{earlierLine}}: keep one option per clause.',
        noSuchOption: 'Clause {{clause}} has options 1 and {{options}} only, not {{option}}: choose one of them.',
        noOptionChosen: "No option is chosen for {{clauseWord}} {{clauses}} of the SCCs: add {{lines}} to the 'scc' section."
    },
    check({ model, report }) {
        const scc = model.scc;
        if (!scc) return;
        const first = new Map<string, SccOption>();
        for (const option of scc.options) {
            const clause = sccOptionClause(option);
            if (!clause) {
                if (option.clause === '5') {
                    report({ messageId: 'dockingClauseOption', at: option.source });
                } else {
                    const meant = MEANT[option.clause];
                    report(meant
                        ? { messageId: 'noOptionsMeant', data: { clause: option.clause, meant }, at: option.source }
                        : { messageId: 'noOptions', data: { clause: option.clause }, at: option.source });
                }
                continue;
            }
            const earlier = first.get(clause.id);
            if (earlier) {
                report({ messageId: 'optionTwice', data: { clause: clause.id, earlierLine: earlier.source.line }, at: option.source });
                continue;
            }
            first.set(clause.id, option);
            if (option.option < 1 || option.option > clause.options) {
                report({ messageId: 'noSuchOption', data: { clause: clause.id, options: clause.options, option: option.option }, at: option.source });
            }
        }
        const missing = SCC_2021_915_OPTION_CLAUSES.filter(clause => clause.required && !first.has(clause.id));
        if (missing.length > 0) {
            const clauses = missing.map(clause => clause.id);
            report({ messageId: 'noOptionChosen', data: { clauseWord: missing.length === 1 ? 'Clause' : 'Clauses', clauses: listOf(clauses), lines: listOf(missing.map(suggestedOptionLine)) }, at: scc.source });
        }
    }
});
