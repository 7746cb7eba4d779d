import type { BreachNotificationClause, DpaModel, Period } from '@dpa-as-code/model';
import { clausesOfKind } from '../rule-utils.js';

/**
 * Shared reading of Art. 33(2) for the art33-2-* rules: the `breach-notification` clause in
 * `obligations`, then the bodies of SCC supplements that are `breach-notification` clauses (a
 * supplement to Clause 9.2 is where an SCC-based DPA agrees a concrete time frame), in file order.
 */
export function breachClauses(model: DpaModel): BreachNotificationClause[] {
    return clausesOfKind(model, 'breach-notification');
}

/**
 * The longest the period can last in calendar hours. Working days may span a weekend, so
 * N working days can last N × 24 + 48 hours; months and years count at their longest.
 */
export function longestHours(period: Period): number {
    switch (period.unit) {
        case 'minutes': return period.value / 60;
        case 'hours': return period.value;
        case 'days': return period.value * 24;
        case 'working-days':
        case 'business-days': return period.value * 24 + 48;
        case 'weeks': return period.value * 7 * 24;
        case 'months': return period.value * 31 * 24;
        case 'years': return period.value * 366 * 24;
    }
}

/** "24 hours", "1 working day". */
export function formatPeriod(period: Period): string {
    const singular: Record<Period['unit'], string> = {
        minutes: 'minute', hours: 'hour', days: 'day', 'working-days': 'working day', 'business-days': 'business day', weeks: 'week', months: 'month', years: 'year'
    };
    const unit = singular[period.unit];
    return `${period.value} ${period.value === 1 ? unit : unit === 'working day' ? 'working days' : `${unit}s`}`;
}
