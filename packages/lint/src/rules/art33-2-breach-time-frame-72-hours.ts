import { defineRule } from '../lint-rule.js';
import { breachClauses, formatPeriod, longestHours } from './art33-2-breach.js';

/** Art. 33(2) with 33(1): an agreed time frame of 72 hours or more uses up the controller's own 72 hours. */
export default defineRule({
    id: 'art33-2-breach-time-frame-72-hours',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 33(2) GDPR',
        de: 'Art. 33 Abs. 2 DSGVO',
        also: ['Art. 33(1) GDPR', 'SCC 2021/915 Clause 9.2']
    },
    description: 'An agreed time frame for notifying the controller of a personal data breach is shorter than 72 hours.',
    check({ model, report }) {
        for (const clause of breachClauses(model)) {
            const deadline = clause.deadline;
            if (!deadline || longestHours(deadline) < 72) continue;
            const period = formatPeriod(deadline);
            const span = deadline.unit === 'hours' ? `of ${period} is`
                : deadline.unit === 'working-days' ? `of ${period} can last ${longestHours(deadline)} hours when a weekend falls within it, and so is`
                : deadline.unit === 'months' || deadline.unit === 'years' ? `of ${period} is far more than 72 hours, and so`
                : `of ${period} (${+longestHours(deadline).toFixed(1)} hours) is`;
            report(clause.source, `The agreed time frame ${span} at least as long as the 72 hours the controller has for notifying the supervisory authority: agree a shorter time frame in calendar hours, e.g. 'within 24 hours'.`);
        }
    }
});
