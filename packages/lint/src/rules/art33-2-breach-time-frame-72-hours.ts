import type { SourceLocation } from '@dpa-as-code/model';
import { ownWords } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { breachClauses, formatPeriod, longestHours } from './art33-2-breach.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 33(2) with 33(1): an agreed time frame of 72 hours or more uses up the controller's own 72 hours. */
export default defineRule({
    id: 'art33-2-breach-time-frame-72-hours',
    kind: 'recommendation',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art33_2, also: [CITATIONS.art33_1.en, 'SCC 2021/915 Clause 9.2'] },
    description: 'An agreed time frame for notifying the controller of a personal data breach is shorter than 72 hours.',
    messages: {
        hoursNotShorter: "The agreed time frame of {{period}} is at least as long as the 72 hours the controller has for notifying the supervisory authority: agree a shorter time frame in calendar hours, e.g. 'within 24 hours'.",
        workingDaysNotShorter: "The agreed time frame of {{period}} can last {{hours}} hours when a weekend falls within it, and so is at least as long as the 72 hours the controller has for notifying the supervisory authority: agree a shorter time frame in calendar hours, e.g. 'within 24 hours'.",
        farLonger: "The agreed time frame of {{period}} is far more than 72 hours, and so at least as long as the 72 hours the controller has for notifying the supervisory authority: agree a shorter time frame in calendar hours, e.g. 'within 24 hours'.",
        notShorter: "The agreed time frame of {{period}} ({{hours}} hours) is at least as long as the 72 hours the controller has for notifying the supervisory authority: agree a shorter time frame in calendar hours, e.g. 'within 24 hours'."
    },
    check({ model, source, report }) {
        for (const clause of breachClauses(model)) {
            const deadline = clause.deadline;
            if (!deadline || longestHours(deadline) < 72) continue;
            const period = formatPeriod(deadline);
            const hours = +longestHours(deadline).toFixed(1);
            const messageId = deadline.unit === 'hours' ? 'hoursNotShorter'
                : deadline.unit === 'working-days' ? 'workingDaysNotShorter'
                : deadline.unit === 'months' || deadline.unit === 'years' ? 'farLonger'
                : 'notShorter';
            // The time frame is the parties' choice: offered, never applied by `dpa lint --fix`.
            const shorter = source && shorterTimeFrame(source, clause.source);
            report({ messageId, data: messageId === 'hoursNotShorter' || messageId === 'farLonger' ? { period } : { period, hours }, at: clause.source, ...(shorter ? { suggestions: [shorter] } : {}) });
        }
    }
});

/** `within 5 days` becomes `within 24 hours` (the period after `within` in the clause's own block). */
function shorterTimeFrame(source: RuleSource, clause: SourceLocation): LintFix | undefined {
    const words = ownWords(source, clause);
    const within = words.findIndex((word, index) => word.text === 'within' && words[index + 1]?.kind === 'word' && words[index + 2]?.kind === 'word');
    if (within < 0) return undefined;
    const value = words[within + 1];
    const unit = words[within + 2];
    return {
        description: `Change 'within ${value.text} ${unit.text}' to 'within 24 hours'`,
        edits: [{ range: { start: source.positionAt(value.start), end: source.positionAt(unit.end) }, text: '24 hours' }],
        preferred: true
    };
}
