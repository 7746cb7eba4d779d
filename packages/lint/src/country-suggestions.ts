import { countryNameOf, ISO_COUNTRY_CODES, isIsoCountryCode, LIKELY_MEANT_COUNTRY_CODES, THREE_LETTER_COUNTRY_CODES } from '@dpa-as-code/model';

/*
 * The country code a written code most likely means: a known mistake (UK, EL), the code in capitals,
 * a country name in English or German, a common three-letter code; failing those, up to three
 * assigned codes one typing slip away. Used by the fixes of hygiene-unknown-country-code and by the
 * editor's quick fixes for codes the validator or parser rejects.
 */

const allIsoCountryCodes = (): readonly string[] => ISO_COUNTRY_CODES;

/** Codes people write for a country whose ISO code is another, and three-letter codes: from the model's catalogue. */
const LIKELY_MEANT = LIKELY_MEANT_COUNTRY_CODES;
const THREE_LETTER = THREE_LETTER_COUNTRY_CODES;

export interface CountrySuggestion {
    code: string;
    /** The written text clearly means this code (not a guess from spelling). */
    certain: boolean;
}

/** Up to three codes the written text may mean, the likeliest first. */
export function suggestCountryCodes(written: string): CountrySuggestion[] {
    const result: CountrySuggestion[] = [];
    const add = (code: string | undefined, certain: boolean) => {
        if (code && code !== written && isIsoCountryCode(code) && !result.some(suggestion => suggestion.code === code)) result.push({ code, certain });
    };
    const upper = written.toUpperCase();
    // `EU` and `EEA` are regions: which country is meant cannot be guessed.
    if (upper === 'EU' || upper === 'EEA') return [];
    add(LIKELY_MEANT[upper], true);
    add(upper, true);
    add(codeForName(written), true);
    add(THREE_LETTER[upper], true);
    if (result.length === 0 && normalise(written).length >= 3) {
        const prefixed = codesByNamePrefix(written);
        for (const code of prefixed) add(code, prefixed.length === 1);
    }
    if (result.length === 0 && /^[A-Za-z]{2}$/.test(written)) {
        for (const code of nearbyCodes(upper)) add(code, false);
    }
    return result.slice(0, 3);
}

const normalise = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

let namesByCode: Map<string, string[]> | undefined;

/** Every assigned code with its English and German names, normalised (`unitedkingdom`, `vereinigteskonigreich`). */
function countryNames(): Map<string, string[]> {
    if (!namesByCode) {
        namesByCode = new Map();
        for (const code of allIsoCountryCodes()) {
            const written = [countryNameOf(code, 'en'), countryNameOf(code, 'de')].filter((name): name is string => name !== undefined);
            // German names also as written without umlauts (`Oesterreich`, `Daenemark`).
            const transliterated = written.map(name => name.replace(/[ÄäÖöÜü]/g, umlaut => `${umlaut.normalize('NFD')[0]}e`).replace(/ß/g, 'ss'));
            const names = [...written, ...transliterated].map(normalise);
            namesByCode.set(code, [...new Set(names)]);
        }
    }
    return namesByCode;
}

/** The code whose English or German name is the written text (`germany`, `Deutschland`, `united-kingdom`). */
function codeForName(written: string): string | undefined {
    const wanted = normalise(written);
    if (wanted.length < 3) return undefined;
    for (const [code, names] of countryNames()) {
        if (names.includes(wanted)) return code;
    }
    return undefined;
}

/** Codes whose name starts with the written text (`ger`, `switz`). */
function codesByNamePrefix(written: string): string[] {
    const wanted = normalise(written);
    return [...countryNames()].filter(([, names]) => names.some(name => name.startsWith(wanted))).map(([code]) => code).slice(0, 3);
}

const KEYBOARD_ROWS = ['QWERTYUIOP', 'ASDFGHJKL', 'ZXCVBNM'];

/** Letters next to each other on a QWERTY keyboard (the same row or the row above or below). */
function adjacent(a: string, b: string): boolean {
    const position = (letter: string) => {
        const row = KEYBOARD_ROWS.findIndex(keys => keys.includes(letter));
        return { row, column: KEYBOARD_ROWS[row]?.indexOf(letter) ?? -1 };
    };
    const p = position(a);
    const q = position(b);
    if (p.row < 0 || q.row < 0) return false;
    if (p.row === q.row) return Math.abs(p.column - q.column) === 1;
    // Rows are staggered: a key touches the keys at the same and the next column of the row below.
    if (Math.abs(p.row - q.row) !== 1) return false;
    const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
    return lower.column === upper.column || lower.column === upper.column - 1;
}

/**
 * Assigned codes one slip away from a two-letter code: the letters swapped, then the second letter
 * replaced (a neighbouring key first), then the first; among equals the nearer letter in the alphabet.
 */
function nearbyCodes(code: string): string[] {
    const [first, second] = code;
    const score = (candidate: string): number | undefined => {
        if (candidate === code) return undefined;
        if (candidate === second + first) return 0;
        const alphabet = (a: string, b: string) => Math.abs(a.charCodeAt(0) - b.charCodeAt(0)) / 100;
        if (candidate.startsWith(first)) return (adjacent(candidate[1], second) ? 1 : 2) + alphabet(candidate[1], second);
        if (candidate[1] === second) return (adjacent(candidate[0], first) ? 3 : 4) + alphabet(candidate[0], first);
        return undefined;
    };
    return allIsoCountryCodes()
        .map(candidate => ({ candidate, score: score(candidate) }))
        .filter((entry): entry is { candidate: string; score: number } => entry.score !== undefined)
        .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
        .slice(0, 3)
        .map(entry => entry.candidate);
}
