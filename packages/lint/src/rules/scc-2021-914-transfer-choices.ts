import { CITATIONS, SCC_2021_914_CLAUSE_13A_MODULES, SCC_2021_914_CLAUSE_9A_MODULES } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { effectiveModule, scc2021914Transfers } from './scc-2021-914-transfer-utils.js';

/**
 * The choices of Clauses 9(a) and 13(a) of the SCCs of Decision 2021/914 exist only in some modules: Clause 9(a)
 * (sub-processors, Option 1 or 2) in Modules 2 and 3, Clause 13(a) (the competent supervisory authority) in
 * Modules 1 to 3. Both options of Clause 9(a) ask the parties to specify a time period.
 */
export default defineRule({
    id: 'scc-2021-914-transfer-choices',
    kind: 'requirement',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.scc914_clause9a, also: [CITATIONS.scc914_clause13a.en] },
    description: 'The Clause 9(a) and 13(a) choices of a transfer under the SCCs of Decision 2021/914 exist in its module, and the Clause 9(a) option states its time period.',
    messages: {
        subProcessorsNotInModule: "Transfer '{{transfer}}' states a Clause 9(a) option, but Module {{module}} of the SCCs of Decision 2021/914 has no such clause (it exists in Modules 2 and 3 only).",
        missingPeriod: "Transfer '{{transfer}}' chooses Option {{option}} of Clause 9(a) without its time period: add '{{keyword}} 30 days' or the period agreed ({{meaning}}).",
        authorityNotInModule: "Transfer '{{transfer}}' names a Clause 13(a) supervisory authority, but Module {{module}} of the SCCs of Decision 2021/914 has no Clause 13(a) choice (it exists in Modules 1 to 3)."
    },
    check({ model, report }) {
        for (const transfer of scc2021914Transfers(model)) {
            const module = effectiveModule(model, transfer);
            const base = { transfer: transfer.id, module: module ?? '' };
            const subProcessors = transfer.subProcessorAuthorisation;
            if (subProcessors && module !== undefined && !SCC_2021_914_CLAUSE_9A_MODULES.includes(module)) {
                report({ messageId: 'subProcessorsNotInModule', data: base, at: subProcessors.source });
            } else if (subProcessors && !subProcessors.period) {
                const specific = subProcessors.kind === 'specific';
                report({
                    messageId: 'missingPeriod',
                    data: {
                        transfer: transfer.id, option: subProcessors.option, keyword: specific ? 'period' : 'notice',
                        meaning: specific ? 'how long before engaging a sub-processor the importer asks for authorisation' : 'how far in advance the importer announces a new or replaced sub-processor'
                    },
                    at: subProcessors.source
                });
            }
            const authority = transfer.supervisoryAuthority;
            if (authority && module !== undefined && !SCC_2021_914_CLAUSE_13A_MODULES.includes(module)) {
                report({ messageId: 'authorityNotInModule', data: base, at: authority.source });
            }
        }
    }
});
