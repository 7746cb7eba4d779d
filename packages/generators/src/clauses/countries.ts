import { countryNameOf, LANGUAGE_CODES, type LanguageCode } from '@dpa-as-code/model';

/** Server locations may name a region instead of a country (EU is exceptionally reserved in ISO 3166-1). */
const REGION_NAMES: Readonly<Record<string, Readonly<Record<LanguageCode, string>>>> = {
    EU: { de: 'Europäische Union', en: 'European Union' },
    EEA: { de: 'Europäischer Wirtschaftsraum', en: 'European Economic Area' }
};

/** Other names addresses commonly end with, so an address is not followed by its country twice. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
    US: ['USA', 'U.S.A.', 'U.S.', 'United States of America', 'Vereinigte Staaten von Amerika'],
    GB: ['UK', 'U.K.', 'Great Britain', 'Großbritannien'],
    NL: ['The Netherlands'],
    CZ: ['Czech Republic', 'Tschechische Republik'],
    KR: ['South Korea', 'Südkorea']
};

/** Whether `name` names the country `code` (in German, English or a common alias). */
export function isNameOfCountry(name: string, code: string): boolean {
    const upper = code.toUpperCase();
    const names = [...LANGUAGE_CODES.map(lang => countryName(upper, lang)), ...(ALIASES[upper] ?? []), upper];
    const wanted = name.trim().toLowerCase();
    return names.some(candidate => candidate.toLowerCase() === wanted);
}

/** The country's (or region's) name in `lang`; an unknown code is returned as written. */
export function countryName(code: string, lang: LanguageCode): string {
    const upper = code.toUpperCase();
    return countryNameOf(upper, lang) ?? REGION_NAMES[upper]?.[lang] ?? code;
}
