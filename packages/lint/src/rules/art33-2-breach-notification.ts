import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 33(2): the processor notifies the controller of a personal data breach without undue delay. */
export default defineRule({
    id: 'art33-2-breach-notification',
    defaultSeverity: 'error',
    citation: {
        en: 'Art. 33(2) GDPR',
        de: 'Art. 33 Abs. 2 DSGVO',
        also: ['Art. 28(3)(f) GDPR', 'SCC 2021/915 Clause 9.2']
    },
    description: 'The processor notifies the controller of a personal data breach without undue delay after becoming aware of it.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const clause = findObligation(model, 'breach-notification');
        if (!clause) {
            report(agreementLocation(model), "No breach-notification clause: add 'breach-notification { without undue delay }' to 'obligations' so the processor notifies the controller of a personal data breach without undue delay after becoming aware of it.");
            return;
        }
        if (!clause.withoutUndueDelay) {
            report(clause.source, "The breach-notification clause does not oblige the processor to notify the controller without undue delay: add 'without undue delay' to 'breach-notification'.");
        }
    }
});
