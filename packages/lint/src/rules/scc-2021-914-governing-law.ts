import { CITATIONS, SCC_2021_914_CLAUSE_17_OPTION_2_MODULES, SCC_2021_914_MEMBER_STATE_LAW_AND_COURTS_MODULES, isEeaCountry } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { effectiveModule, scc2021914Transfers } from './scc-2021-914-transfer-utils.js';
import { countryLabel } from './transfer-scc-hygiene-utils.js';

/**
 * Clause 17 of the SCCs of Decision 2021/914: in Modules 1 to 3 the clauses are governed by the law of an EU
 * Member State that allows third-party beneficiary rights, chosen outright (Option 1) or as the fallback to the
 * exporter's Member State (Option 2, Modules 2 and 3 only); in Module 4 by the law of a country the parties
 * name. EEA states count as Member States here (docs/legal/transfers.md §1: the reading is marked unverified).
 */
export default defineRule({
    id: 'scc-2021-914-governing-law',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc914_clause17 },
    description: 'The governing law chosen under Clause 17 of the SCCs of Decision 2021/914 is an existing option for the module and, in Modules 1 to 3, the law of an EU/EEA Member State.',
    messages: {
        notMemberState: "Transfer '{{transfer}}' (Module {{module}}) chooses the law of {{country}} under Clause 17, which is not an EU/EEA Member State: Modules 1 to 3 of the SCCs of Decision 2021/914 must be governed by the law of a Member State that allows third-party beneficiary rights.",
        optionNotInModule: "Transfer '{{transfer}}' chooses Option {{option}} of Clause 17, which Module {{module}} of the SCCs of Decision 2021/914 does not offer ({{offered}}).",
        missingCountry: "Transfer '{{transfer}}' chooses Option {{option}} of Clause 17 without naming the Member State whose law applies ('governing-law option {{option}} IE', for instance)."
    },
    check({ model, report }) {
        for (const transfer of scc2021914Transfers(model)) {
            const law = transfer.governingLaw;
            const module = effectiveModule(model, transfer);
            if (!law || module === undefined) continue;
            const memberStateModule = SCC_2021_914_MEMBER_STATE_LAW_AND_COURTS_MODULES.includes(module);
            const base = { transfer: transfer.id, module };
            if (law.option !== undefined) {
                const offered = !memberStateModule ? [] : SCC_2021_914_CLAUSE_17_OPTION_2_MODULES.includes(module) ? [1, 2] : [1];
                if (!offered.includes(law.option)) {
                    report({
                        messageId: 'optionNotInModule',
                        data: { ...base, option: law.option, offered: offered.length === 0 ? 'it names a country without options' : `options: ${offered.join(', ')}` },
                        at: law.source
                    });
                    continue;
                }
                if (law.country === undefined) {
                    report({ messageId: 'missingCountry', data: { transfer: transfer.id, option: law.option }, at: law.source });
                    continue;
                }
            }
            if (memberStateModule && law.country !== undefined && !isEeaCountry(law.country)) {
                report({ messageId: 'notMemberState', data: { ...base, country: countryLabel(law.country) }, at: law.source });
            }
        }
    }
});
