import { COUNTRY_ALIASES, LANGUAGE_CODES, REGION_NAMES, countryNameOf, type LanguageCode } from '@dpa-as-code/model';

/** Whether `name` names the country `code` (in German, English or a common alias from the catalogue). */
export function isNameOfCountry(name: string, code: string): boolean {
    const upper = code.toUpperCase();
    const names = [...LANGUAGE_CODES.map(lang => countryName(upper, lang)), ...(COUNTRY_ALIASES[upper] ?? []), upper];
    const wanted = name.trim().toLowerCase();
    return names.some(candidate => candidate.toLowerCase() === wanted);
}

/** The country's (or region's) name in `lang`; an unknown code is returned as written. */
export function countryName(code: string, lang: LanguageCode): string {
    const upper = code.toUpperCase();
    const region = REGION_NAMES[upper] as (typeof REGION_NAMES)[string] | undefined;
    return countryNameOf(upper, lang) ?? region?.[lang] ?? code;
}
