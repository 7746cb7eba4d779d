import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915 } from '../rule-utils.js';
import { breachClauses } from './art33-2-breach.js';

/** Art. 33(2) with 33(1): a concrete time frame for notifying the controller of a breach. */
export default defineRule({
    id: 'art33-2-breach-time-frame',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 33(2) GDPR',
        de: 'Art. 33 Abs. 2 DSGVO',
        also: ['Art. 33(1) GDPR', 'SCC 2021/915 Clause 9.2', 'EDPB Guidelines 07/2020 paras 109–110']
    },
    description: 'The agreement sets a concrete time frame (within PERIOD) for notifying the controller of a personal data breach.',
    check({ model, report }) {
        if (breachClauses(model).some(clause => clause.deadline)) return;
        if (builtOnScc2021915(model) && model.scc) {
            report(model.scc.source, "Clause 9.2 of the SCCs requires notification without undue delay but sets no time frame: agree one in a supplement, e.g. 'supplement clause 9.2 breach-notification { without undue delay within 24 hours }'.");
            return;
        }
        // Without a clause at all, art33-2-breach-notification reports the agreement.
        const clause = findObligation(model, 'breach-notification');
        if (clause) {
            report(clause.source, "No concrete time frame is agreed for notifying the controller of a personal data breach: add 'within PERIOD' to 'breach-notification', e.g. 'within 24 hours'.");
        }
    }
});
