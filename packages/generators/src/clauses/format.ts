import type { LanguageCode, Period, TimeUnit } from '@dpa-as-code/model';

/**
 * Numbers, periods, dates and enumerations as each language writes them in a contract.
 * Hand-written instead of `Intl` so the output does not depend on the ICU data of the
 * Node build (generated contracts must be byte-identical everywhere).
 */

/** German needs the dative plural after "innerhalb von" / "binnen" ("innerhalb von 30 Tagen"). */
export type GrammaticalCase = 'nominative' | 'dative';

interface UnitWords {
    singular: string;
    plural: string;
    /** German dative plural; English has none. */
    dativePlural?: string;
}

const unitWords: Record<LanguageCode, Record<TimeUnit, UnitWords>> = {
    de: {
        'minutes': { singular: 'Minute', plural: 'Minuten', dativePlural: 'Minuten' },
        'hours': { singular: 'Stunde', plural: 'Stunden', dativePlural: 'Stunden' },
        'days': { singular: 'Tag', plural: 'Tage', dativePlural: 'Tagen' },
        'working-days': { singular: 'Werktag', plural: 'Werktage', dativePlural: 'Werktagen' },
        'business-days': { singular: 'Arbeitstag', plural: 'Arbeitstage', dativePlural: 'Arbeitstagen' },
        'weeks': { singular: 'Woche', plural: 'Wochen', dativePlural: 'Wochen' },
        'months': { singular: 'Monat', plural: 'Monate', dativePlural: 'Monaten' },
        'years': { singular: 'Jahr', plural: 'Jahre', dativePlural: 'Jahren' }
    },
    en: {
        'minutes': { singular: 'minute', plural: 'minutes' },
        'hours': { singular: 'hour', plural: 'hours' },
        'days': { singular: 'day', plural: 'days' },
        'working-days': { singular: 'working day', plural: 'working days' },
        'business-days': { singular: 'business day', plural: 'business days' },
        'weeks': { singular: 'week', plural: 'weeks' },
        'months': { singular: 'month', plural: 'months' },
        'years': { singular: 'year', plural: 'years' }
    }
};

/** An integer with thousands separators from five digits on ("2048", "10.000" / "10,000"). */
export function formatInteger(value: number, lang: LanguageCode): string {
    const digits = String(Math.abs(Math.trunc(value)));
    const sign = value < 0 ? '-' : '';
    if (digits.length < 5) return sign + digits;
    const separator = lang === 'de' ? '.' : ',';
    return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "30 Tage" / "30 days", "1 Tag" / "1 day"; with `dative`, "30 Tagen" (German only). */
export function formatPeriod(period: Period, lang: LanguageCode, grammaticalCase: GrammaticalCase = 'nominative'): string {
    const words = unitWords[lang][period.unit];
    const word = period.value === 1
        ? words.singular
        : (grammaticalCase === 'dative' ? words.dativePlural ?? words.plural : words.plural);
    return `${formatInteger(period.value, lang)} ${word}`;
}

const monthNames: Record<LanguageCode, readonly string[]> = {
    de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

/** An ISO date as "4. Juni 2021" / "4 June 2021"; anything else is returned unchanged. */
export function formatDate(isoDate: string, lang: LanguageCode): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return isoDate;
    const [, year, month, day] = match;
    const monthName = monthNames[lang][Number(month) - 1];
    if (!monthName || Number(day) < 1 || Number(day) > 31) return isoDate;
    return lang === 'de' ? `${Number(day)}. ${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

const conjunctions: Record<LanguageCode, Record<'and' | 'or', string>> = {
    de: { and: 'und', or: 'oder' },
    en: { and: 'and', or: 'or' }
};

/** "A, B und C" / "A, B and C" (no serial comma), or with "oder" / "or". */
export function formatList(items: readonly string[], lang: LanguageCode, conjunction: 'and' | 'or' = 'and'): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunctions[lang][conjunction]} ${items[items.length - 1]}`;
}

/** A text from the file that closes a library sentence gets a full stop unless it has one. */
export function endSentence(value: string): string {
    const trimmed = value.trimEnd();
    return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
