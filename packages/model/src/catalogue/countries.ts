/*
 * Countries: the officially assigned ISO 3166-1 alpha-2 codes with their English and German short names
 * (country-names.json, from Unicode CLDR 48, adjusted), EU and EEA membership, the regions a server
 * location may name, and the other spellings people write for a country or its code.
 */

import data from './country-names.json' with { type: 'json' };

/** The languages country names are kept in (the languages a DPA can be written in). */
export type CountryNameLanguage = 'en' | 'de';

const names = data.names as Record<string, Record<CountryNameLanguage, string>>;
const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);

/** All officially assigned ISO 3166-1 alpha-2 codes (249), in alphabetical order. */
export const ISO_COUNTRY_CODES: readonly string[] = Object.keys(names).sort();

export function isIsoCountryCode(code: string): boolean {
    return has(names, code);
}

/**
 * The short name of an ISO 3166-1 alpha-2 country in English or German ("DE" → "Germany" /
 * "Deutschland"); undefined for anything that is not an assigned code (codes are upper case).
 * For display next to a code, never instead of it.
 */
export function countryNameOf(code: string, lang: CountryNameLanguage = 'en'): string | undefined {
    return has(names, code) ? names[code][lang] : undefined;
}

/** The 27 EU Member States (legal-reference.md §5; Greece is GR in ISO 3166-1, EL in the EU's protocol). */
export const EU_MEMBER_STATES: readonly string[] = [
    'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT',
    'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'
];

/** The EEA states outside the EU: the EEA is the EU plus these three. */
export const EEA_NON_EU_STATES: readonly string[] = ['IS', 'LI', 'NO'];

const eu = new Set(EU_MEMBER_STATES);
const eea = new Set([...EU_MEMBER_STATES, ...EEA_NON_EU_STATES]);

export const isEuMemberState = (code: string): boolean => eu.has(code);
/** Inside the EEA: processing there is no transfer to a third country. */
export const isEeaCountry = (code: string): boolean => eea.has(code);

/** Regions a server location may name instead of a country (`located EU`); EU is only "exceptionally reserved" in ISO 3166-1. */
export const REGION_NAMES: Readonly<Record<string, Readonly<Record<CountryNameLanguage, string>>>> = {
    EU: { de: 'Europäische Union', en: 'European Union' },
    EEA: { de: 'Europäischer Wirtschaftsraum', en: 'European Economic Area' }
};

/** Other names addresses commonly end with, so an address is not followed by its country twice. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
    US: ['USA', 'U.S.A.', 'U.S.', 'United States of America', 'Vereinigte Staaten von Amerika'],
    GB: ['UK', 'U.K.', 'Great Britain', 'Großbritannien'],
    NL: ['The Netherlands'],
    CZ: ['Czech Republic', 'Tschechische Republik'],
    KR: ['South Korea', 'Südkorea']
};

/** Codes people write for a country whose ISO 3166-1 alpha-2 code is another. */
export const LIKELY_MEANT_COUNTRY_CODES: Readonly<Record<string, string>> = {
    UK: 'GB', // United Kingdom (UK is only "exceptionally reserved")
    EL: 'GR', // Greece, as the EU's own protocol writes it
    SP: 'ES' // Spain
};

/** Three-letter codes (ISO 3166-1 alpha-3 and the usual abbreviations) of countries DPAs often name. */
export const THREE_LETTER_COUNTRY_CODES: Readonly<Record<string, string>> = {
    USA: 'US', GBR: 'GB', DEU: 'DE', GER: 'DE', FRA: 'FR', IRL: 'IE', NLD: 'NL', BEL: 'BE', LUX: 'LU', AUT: 'AT', CHE: 'CH',
    ITA: 'IT', ESP: 'ES', POL: 'PL', SWE: 'SE', DNK: 'DK', FIN: 'FI', NOR: 'NO', CAN: 'CA', IND: 'IN', JPN: 'JP', AUS: 'AU',
    SGP: 'SG', CHN: 'CN', ISR: 'IL', BRA: 'BR', KOR: 'KR', ZAF: 'ZA'
};
