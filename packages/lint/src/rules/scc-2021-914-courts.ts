import { CITATIONS, SCC_2021_914_MEMBER_STATE_LAW_AND_COURTS_MODULES, isEeaCountry } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { effectiveModule, scc2021914Transfers } from './scc-2021-914-transfer-utils.js';
import { countryLabel } from './transfer-scc-hygiene-utils.js';

/**
 * Clause 18 of the SCCs of Decision 2021/914, Modules 1 to 3: disputes go to the courts of an EU Member State,
 * which the parties name in Clause 18(b); Module 4 lets them name any country. EEA states are accepted as
 * Member States (docs/legal/transfers.md §1: the reading is marked unverified).
 */
export default defineRule({
    id: 'scc-2021-914-courts',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc914_clause18b },
    description: 'In Modules 1 to 3 of the SCCs of Decision 2021/914, the courts chosen under Clause 18(b) are those of an EU/EEA Member State.',
    messages: {
        notMemberState: "Transfer '{{transfer}}' (Module {{module}}) names the courts of {{country}} under Clause 18(b), which is not an EU/EEA Member State: in Modules 1 to 3 of the SCCs of Decision 2021/914 disputes go to the courts of a Member State."
    },
    check({ model, report }) {
        for (const transfer of scc2021914Transfers(model)) {
            const courts = transfer.courts;
            const module = effectiveModule(model, transfer);
            if (!courts || module === undefined || !SCC_2021_914_MEMBER_STATE_LAW_AND_COURTS_MODULES.includes(module)) continue;
            if (isEeaCountry(courts.country)) continue;
            report({ messageId: 'notMemberState', data: { transfer: transfer.id, module, country: countryLabel(courts.country) }, at: courts.source });
        }
    }
});
