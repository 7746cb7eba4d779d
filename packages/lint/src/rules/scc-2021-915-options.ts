import { SCC_2021_915_OPTION_CLAUSES, type SccOption } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { listOf } from '../rule-utils.js';
import { sccOptionClause, suggestedOptionLine } from './transfer-scc-hygiene-utils.js';

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
    defaultSeverity: 'error',
    citation: {
        en: 'SCC 2021/915 Clauses 1(a), 7.7(a), 8(c)(4), 9.1 and 9.2',
        de: 'SCC 2021/915 Klauseln 1 Buchst. a, 7.7 Buchst. a, 8 Buchst. c Nr. 4, 9.1 und 9.2',
        also: ['Art. 28(7) GDPR', 'Commission Implementing Decision (EU) 2021/915, Annex']
    },
    description: 'An agreement built on the SCCs of Decision 2021/915 chooses exactly one existing option in every clause that offers options.',
    check({ model, report }) {
        const scc = model.scc;
        if (!scc) return;
        const first = new Map<string, SccOption>();
        for (const option of scc.options) {
            const clause = sccOptionClause(option);
            if (!clause) {
                if (option.clause === '5') {
                    report(option.source, "Clause 5 (the docking clause) has no numbered options: write 'docking clause' to include it, and remove this line.");
                } else {
                    const meant = MEANT[option.clause];
                    report(option.source, `Clause ${option.clause} of Decision 2021/915 offers no options${meant ? `; the options are in ${meant}` : ''}: correct the clause number or remove the line.`);
                }
                continue;
            }
            const earlier = first.get(clause.id);
            if (earlier) {
                report(option.source, `An option for Clause ${clause.id} is already chosen on line ${earlier.source.line}: keep one option per clause.`);
                continue;
            }
            first.set(clause.id, option);
            if (option.option < 1 || option.option > clause.options) {
                report(option.source, `Clause ${clause.id} has options 1 and ${clause.options} only, not ${option.option}: choose one of them.`);
            }
        }
        const missing = SCC_2021_915_OPTION_CLAUSES.filter(clause => clause.required && !first.has(clause.id));
        if (missing.length > 0) {
            const clauses = missing.map(clause => clause.id);
            report(scc.source, `No option is chosen for ${missing.length === 1 ? 'Clause' : 'Clauses'} ${listOf(clauses)} of the SCCs: add ${listOf(missing.map(suggestedOptionLine))} to the 'scc' section.`);
        }
    }
});
