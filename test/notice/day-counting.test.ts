import { describe, expect, it } from 'vitest';
import {
    addBusinessDays, addCalendarDays, addWerktage, easterSunday, germanNationwideHolidays, holidayCalendarFor,
    isIsoCalendarDate, periodEndDate
} from '@dpa-as-code/model';

const germany = holidayCalendarFor('DE');

describe('Easter and the German nationwide holidays', () => {
    it.each([
        [2000, '2000-04-23'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'],
        [2026, '2026-04-05'], [2027, '2027-03-28'], [2038, '2038-04-25'], [2285, '2285-03-22']
    ])('Easter Sunday %i is %s', (year, date) => {
        expect(easterSunday(year)).toBe(date);
    });

    it('lists the nine holidays observed in every Land, with the movable ones from Easter', () => {
        expect(germanNationwideHolidays(2026).map(holiday => `${holiday.date} ${holiday.name.de}`)).toEqual([
            '2026-01-01 Neujahr', '2026-04-03 Karfreitag', '2026-04-06 Ostermontag', '2026-05-01 Tag der Arbeit',
            '2026-05-14 Christi Himmelfahrt', '2026-05-25 Pfingstmontag', '2026-10-03 Tag der Deutschen Einheit',
            '2026-12-25 1. Weihnachtstag', '2026-12-26 2. Weihnachtstag'
        ]);
    });

    it('knows no calendar for other jurisdictions, and none without one', () => {
        expect(holidayCalendarFor('de')?.jurisdiction).toBe('DE');
        expect(holidayCalendarFor('FR')).toBeUndefined();
        expect(holidayCalendarFor(undefined)).toBeUndefined();
    });
});

describe('counting days from a notice date (the date itself not counted)', () => {
    it('adds calendar days, weeks, months (clamped to the month end) and years', () => {
        expect(addCalendarDays('2026-12-01', 30)).toBe('2026-12-31');
        expect(periodEndDate('2026-12-01', { value: 30, unit: 'days' })).toBe('2026-12-31');
        expect(periodEndDate('2026-12-01', { value: 5, unit: 'days' })).toBe('2026-12-06');
        expect(periodEndDate('2026-12-28', { value: 1, unit: 'weeks' })).toBe('2027-01-04');
        expect(periodEndDate('2026-01-31', { value: 1, unit: 'months' })).toBe('2026-02-28');
        expect(periodEndDate('2028-01-31', { value: 1, unit: 'months' })).toBe('2028-02-29');
        expect(periodEndDate('2028-02-29', { value: 1, unit: 'years' })).toBe('2029-02-28');
        expect(periodEndDate('2026-12-01', { value: 24, unit: 'hours' })).toBeUndefined();
    });

    it('counts Werktage Monday to Saturday and business days Monday to Friday, skipping Easter', () => {
        // Thu 2 April 2026; Good Friday 3 April, Easter Monday 6 April.
        expect(addWerktage('2026-04-02', 3, germany)).toBe('2026-04-08');     // Sat 4, Tue 7, Wed 8
        expect(addBusinessDays('2026-04-02', 3, germany)).toBe('2026-04-09'); // Tue 7, Wed 8, Thu 9
        expect(addWerktage('2026-04-02', 3)).toBe('2026-04-06');              // without holidays: Fri 3, Sat 4, Mon 6
        expect(addBusinessDays('2026-04-02', 3)).toBe('2026-04-07');          // Fri 3, Mon 6, Tue 7
    });

    it('skips Christmas only where the calendar holds it', () => {
        expect(addWerktage('2026-12-23', 3, germany)).toBe('2026-12-29');
        expect(addWerktage('2026-12-23', 3)).toBe('2026-12-26');
        expect(periodEndDate('2026-12-01', { value: 14, unit: 'working-days' }, germany)).toBe('2026-12-17');
        expect(periodEndDate('2026-12-01', { value: 10, unit: 'business-days' }, germany)).toBe('2026-12-15');
        expect(periodEndDate('2026-12-20', { value: 5, unit: 'business-days' }, germany)).toBe('2026-12-28'); // Mon 21 to Thu 24, Mon 28
    });

    it('rejects dates that are not on the calendar', () => {
        expect(isIsoCalendarDate('2026-02-29')).toBe(false);
        expect(isIsoCalendarDate('2026-12-01')).toBe(true);
        expect(isIsoCalendarDate('1.12.2026')).toBe(false);
        expect(() => addCalendarDays('2026-13-01', 1)).toThrow(/not a calendar date/);
    });
});
