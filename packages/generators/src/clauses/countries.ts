import type { LanguageCode } from '@dpa-as-code/model';

/**
 * Short country names per ISO 3166-1 alpha-2 code, as a contract prints them. Covers the
 * EU and EEA states, CH, GB, US, the states with an EU adequacy decision and a few common
 * hosting locations; any other code prints as written.
 */
export const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<LanguageCode, string>>>> = {
    // EU member states (Greece is GR in ISO 3166-1; the EU's own "EL" is not a country code)
    AT: { de: 'Österreich', en: 'Austria' },
    BE: { de: 'Belgien', en: 'Belgium' },
    BG: { de: 'Bulgarien', en: 'Bulgaria' },
    HR: { de: 'Kroatien', en: 'Croatia' },
    CY: { de: 'Zypern', en: 'Cyprus' },
    CZ: { de: 'Tschechien', en: 'Czechia' },
    DK: { de: 'Dänemark', en: 'Denmark' },
    EE: { de: 'Estland', en: 'Estonia' },
    FI: { de: 'Finnland', en: 'Finland' },
    FR: { de: 'Frankreich', en: 'France' },
    DE: { de: 'Deutschland', en: 'Germany' },
    GR: { de: 'Griechenland', en: 'Greece' },
    HU: { de: 'Ungarn', en: 'Hungary' },
    IE: { de: 'Irland', en: 'Ireland' },
    IT: { de: 'Italien', en: 'Italy' },
    LV: { de: 'Lettland', en: 'Latvia' },
    LT: { de: 'Litauen', en: 'Lithuania' },
    LU: { de: 'Luxemburg', en: 'Luxembourg' },
    MT: { de: 'Malta', en: 'Malta' },
    NL: { de: 'Niederlande', en: 'Netherlands' },
    PL: { de: 'Polen', en: 'Poland' },
    PT: { de: 'Portugal', en: 'Portugal' },
    RO: { de: 'Rumänien', en: 'Romania' },
    SK: { de: 'Slowakei', en: 'Slovakia' },
    SI: { de: 'Slowenien', en: 'Slovenia' },
    ES: { de: 'Spanien', en: 'Spain' },
    SE: { de: 'Schweden', en: 'Sweden' },
    // further EEA states
    IS: { de: 'Island', en: 'Iceland' },
    LI: { de: 'Liechtenstein', en: 'Liechtenstein' },
    NO: { de: 'Norwegen', en: 'Norway' },
    // adequacy decisions (Art. 45 GDPR) and other frequent locations
    AD: { de: 'Andorra', en: 'Andorra' },
    AR: { de: 'Argentinien', en: 'Argentina' },
    BR: { de: 'Brasilien', en: 'Brazil' },
    CA: { de: 'Kanada', en: 'Canada' },
    CH: { de: 'Schweiz', en: 'Switzerland' },
    FO: { de: 'Färöer', en: 'Faroe Islands' },
    GB: { de: 'Vereinigtes Königreich', en: 'United Kingdom' },
    GG: { de: 'Guernsey', en: 'Guernsey' },
    IL: { de: 'Israel', en: 'Israel' },
    IM: { de: 'Isle of Man', en: 'Isle of Man' },
    JE: { de: 'Jersey', en: 'Jersey' },
    JP: { de: 'Japan', en: 'Japan' },
    KR: { de: 'Republik Korea', en: 'Republic of Korea' },
    NZ: { de: 'Neuseeland', en: 'New Zealand' },
    US: { de: 'Vereinigte Staaten', en: 'United States' },
    UY: { de: 'Uruguay', en: 'Uruguay' },
    AU: { de: 'Australien', en: 'Australia' },
    IN: { de: 'Indien', en: 'India' },
    SG: { de: 'Singapur', en: 'Singapore' },
    // Server locations may name a region instead of a country (EU is exceptionally reserved in ISO 3166-1).
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
    const names = [...Object.values(COUNTRY_NAMES[upper] ?? {}), ...(ALIASES[upper] ?? []), upper];
    const wanted = name.trim().toLowerCase();
    return names.some(candidate => candidate.toLowerCase() === wanted);
}

/** The country's name in `lang`; an unknown code is returned as written. */
export function countryName(code: string, lang: LanguageCode): string {
    return COUNTRY_NAMES[code.toUpperCase()]?.[lang] ?? code;
}
