import { findObligation } from '@dpa-as-code/model';
import { addToClause } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';
import { breachClauses } from './art33-2-breach.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 33(2) with 33(1): a concrete time frame for notifying the controller of a breach. */
export default defineRule({
    id: 'art33-2-breach-time-frame',
    kind: 'recommendation',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art33_2, also: [CITATIONS.art33_1.en, 'SCC 2021/915 Clause 9.2', 'EDPB Guidelines 07/2020 paras 109–110'] },
    description: 'The agreement sets a concrete time frame (within PERIOD) for notifying the controller of a personal data breach.',
    messages: {
        sccNoTimeFrame: "Clause 9.2 of the SCCs requires notification without undue delay but sets no time frame: agree one in a supplement, e.g. 'supplement clause 9.2 breach-notification { without undue delay within 24 hours }'.",
        noTimeFrame: "No concrete time frame is agreed for notifying the controller of a personal data breach: add 'within PERIOD' to 'breach-notification', e.g. 'within 24 hours'."
    },
    check({ model, source, report }) {
        if (breachClauses(model).some(clause => clause.deadline)) return;
        if (builtOnScc2021915(model) && model.scc) {
            report({ messageId: 'sccNoTimeFrame', at: model.scc.source });
            return;
        }
        // Without a clause at all, art33-2-breach-notification reports the agreement.
        const clause = findObligation(model, 'breach-notification');
        if (clause) {
            // The time frame is the parties' choice: offered, never applied by `dpa lint --fix`.
            const within = addToClause(source, clause.source, 'within 24 hours', { after: ['without undue delay'] });
            report({ messageId: 'noTimeFrame', at: clause.source, ...(within ? { suggestions: [{ ...within, preferred: true }] } : {}) });
        }
    }
});
