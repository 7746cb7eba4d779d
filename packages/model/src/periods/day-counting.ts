import type { Period } from '../dpa-model.js';

/**
 * Counting agreed periods from a start date, as a DPA's notice and objection periods are counted.
 * Dates are ISO strings (YYYY-MM-DD) handled in UTC, so the result never depends on the machine's
 * time zone. The start day itself is not counted (the period begins on the following day, as
 * § 187(1) BGB does for a period that starts with an event such as receipt of a notice).
 */

/** A public holiday of a jurisdiction's calendar. */
export interface PublicHoliday {
    /** ISO date. */
    date: string;
    name: { de: string; en: string };
}

/** The public holidays observed throughout one jurisdiction, per year (regional holidays are not included). */
export interface HolidayCalendar {
    /** ISO 3166-1 alpha-2 code of the jurisdiction. */
    jurisdiction: string;
    holidaysIn: (year: number) => PublicHoliday[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parseIsoDate(isoDate: string): Date {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!date || toIsoDate(date) !== isoDate) throw new RangeError(`not a calendar date in the form YYYY-MM-DD: '${isoDate}'`);
    return date;
}

function toIsoDate(date: Date): string {
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoCalendarDate(text: string): boolean {
    try {
        parseIsoDate(text);
        return true;
    } catch {
        return false;
    }
}

/** The date `days` calendar days after `isoDate` (negative: before). */
export function addCalendarDays(isoDate: string, days: number): string {
    return toIsoDate(new Date(parseIsoDate(isoDate).getTime() + days * DAY_MS));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
    return parseIsoDate(isoDate).getUTCDay();
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The public holidays observed in every German Land (regional holidays are not included). */
export function germanNationwideHolidays(year: number): PublicHoliday[] {
    const easter = easterSunday(year);
    const fixed = (month: number, day: number) => toIsoDate(new Date(Date.UTC(year, month - 1, day)));
    const holidays: PublicHoliday[] = [
        { date: fixed(1, 1), name: { de: 'Neujahr', en: 'New Year’s Day' } },
        { date: addCalendarDays(easter, -2), name: { de: 'Karfreitag', en: 'Good Friday' } },
        { date: addCalendarDays(easter, 1), name: { de: 'Ostermontag', en: 'Easter Monday' } },
        { date: fixed(5, 1), name: { de: 'Tag der Arbeit', en: 'Labour Day' } },
        { date: addCalendarDays(easter, 39), name: { de: 'Christi Himmelfahrt', en: 'Ascension Day' } },
        { date: addCalendarDays(easter, 50), name: { de: 'Pfingstmontag', en: 'Whit Monday' } },
        { date: fixed(10, 3), name: { de: 'Tag der Deutschen Einheit', en: 'Day of German Unity' } },
        { date: fixed(12, 25), name: { de: '1. Weihnachtstag', en: 'Christmas Day' } },
        { date: fixed(12, 26), name: { de: '2. Weihnachtstag', en: 'Second Day of Christmas' } }
    ];
    return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

const GERMAN_CALENDAR: HolidayCalendar = {
    jurisdiction: 'DE',
    holidaysIn: germanNationwideHolidays
};

/** The holiday calendar of a jurisdiction, when the catalogue has one (today: Germany only). */
export function holidayCalendarFor(jurisdiction: string | undefined): HolidayCalendar | undefined {
    return jurisdiction?.toUpperCase() === 'DE' ? GERMAN_CALENDAR : undefined;
}

function isHoliday(isoDate: string, calendar: HolidayCalendar | undefined): boolean {
    if (!calendar) return false;
    return calendar.holidaysIn(Number(isoDate.slice(0, 4))).some(holiday => holiday.date === isoDate);
}

/** German "Werktage": Monday to Saturday, public holidays of the calendar excluded. */
export function isWerktag(isoDate: string, calendar?: HolidayCalendar): boolean {
    return weekdayOf(isoDate) !== 0 && !isHoliday(isoDate, calendar);
}

/** Business days: Monday to Friday, public holidays of the calendar excluded. */
export function isBusinessDay(isoDate: string, calendar?: HolidayCalendar): boolean {
    const weekday = weekdayOf(isoDate);
    return weekday !== 0 && weekday !== 6 && !isHoliday(isoDate, calendar);
}

function addCountedDays(isoDate: string, days: number, counts: (date: string) => boolean): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError(`a number of days must be a whole number from 0: ${String(days)}`);
    let date = isoDate;
    for (let counted = 0; counted < days;) {
        date = addCalendarDays(date, 1);
        if (counts(date)) counted++;
    }
    return date;
}

/** The day on which N Werktage (Monday to Saturday, holidays excluded) after `isoDate` have passed. */
export function addWerktage(isoDate: string, days: number, calendar?: HolidayCalendar): string {
    return addCountedDays(isoDate, days, date => isWerktag(date, calendar));
}

/** The day on which N business days (Monday to Friday, holidays excluded) after `isoDate` have passed. */
export function addBusinessDays(isoDate: string, days: number, calendar?: HolidayCalendar): string {
    return addCountedDays(isoDate, days, date => isBusinessDay(date, calendar));
}

/** The date N months later; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(isoDate: string, months: number): string {
    const start = parseIsoDate(isoDate);
    const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
    return toIsoDate(target);
}

/**
 * The last day of a period that starts after `isoDate`: calendar days, weeks, months and years as the
 * calendar runs; `working-days` as German Werktage; `business-days` Monday to Friday; both without the
 * holidays of `calendar`. Undefined for periods in hours or minutes, which have no day to end on.
 */
export function periodEndDate(isoDate: string, period: Period, calendar?: HolidayCalendar): string | undefined {
    switch (period.unit) {
        case 'days': return addCalendarDays(isoDate, period.value);
        case 'weeks': return addCalendarDays(isoDate, period.value * 7);
        case 'months': return addMonths(isoDate, period.value);
        case 'years': return addMonths(isoDate, period.value * 12);
        case 'working-days': return addWerktage(isoDate, period.value, calendar);
        case 'business-days': return addBusinessDays(isoDate, period.value, calendar);
        case 'minutes':
        case 'hours': return undefined;
    }
}
