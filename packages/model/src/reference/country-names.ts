import data from './country-names.json' with { type: 'json' };

/** The languages country names are kept in (the languages a DPA can be written in). */
export type CountryNameLanguage = 'en' | 'de';

const names = data.names as Record<string, Record<CountryNameLanguage, string>>;

/**
 * The short name of an ISO 3166-1 alpha-2 country in English or German ("DE" → "Germany" /
 * "Deutschland"); undefined for anything that is not an assigned code (codes are upper case).
 * For display next to a code (editor completion and hover, generated text), never instead of it.
 */
export function countryNameOf(code: string, lang: CountryNameLanguage = 'en'): string | undefined {
    return Object.prototype.hasOwnProperty.call(names, code) ? names[code][lang] : undefined;
}
