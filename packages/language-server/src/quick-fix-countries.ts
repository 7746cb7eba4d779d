import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import { ast } from '@dpa-as-code/language';
import { allIsoCountryCodes, countryNameOf, isIsoCountryCode } from '@dpa-as-code/lint';
import { nodeAtDiagnostic, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fixes for country codes: `hygiene-unknown-country-code` (a code that is not an assigned
 * ISO 3166-1 alpha-2 code), the validator's `country-code-format` (not two capital letters:
 * `germany`, `fr`), and the syntax error of `country de` / `located en` (`de` and `en` are
 * language keywords, so the code does not even parse). The written code is replaced by the code it
 * most likely means: a known mistake, the code in capitals, a country name in English or German,
 * a common three-letter code; failing those, up to three assigned codes one typing slip away.
 */

/** Codes people write for a country whose ISO code is another (as the lint rule lists them). */
const LIKELY_MEANT: Record<string, string> = { UK: 'GB', EL: 'GR', SP: 'ES' };

/** Three-letter codes (ISO 3166-1 alpha-3 and the usual abbreviations) of countries DPAs often name. */
const THREE_LETTER: Record<string, string> = {
    USA: 'US', GBR: 'GB', DEU: 'DE', GER: 'DE', FRA: 'FR', IRL: 'IE', NLD: 'NL', BEL: 'BE', LUX: 'LU', AUT: 'AT', CHE: 'CH',
    ITA: 'IT', ESP: 'ES', POL: 'PL', SWE: 'SE', DNK: 'DK', FIN: 'FI', NOR: 'NO', CAN: 'CA', IND: 'IN', JPN: 'JP', AUS: 'AU',
    SGP: 'SG', CHN: 'CN', ISR: 'IL', BRA: 'BR', KOR: 'KR', ZAF: 'ZA'
};

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
        if (candidate[0] === first) return (adjacent(candidate[1], second) ? 1 : 2) + alphabet(candidate[1], second);
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

// ---------------------------------------------------------------- the fixes

/** The constructs the lint rule reports a country code at. */
const COUNTRY_HOLDERS = new Set<string>([ast.Party.$type, ast.DataProtectionOfficer.$type, ast.SubProcessor.$type, ast.Service.$type, ast.PartnerEntry.$type]);

export function countryFixes(context: QuickFixContext): QuickFix[] {
    const located: (TokenSpan[] & { syntaxError?: boolean }) | undefined = context.code === 'hygiene-unknown-country-code' ? lintedCodeTokens(context)
        : context.code === 'country-code-format' ? [diagnosticToken(context)]
        : keywordAsCountryToken(context);
    if (!located || located.length === 0) return [];
    const written = context.text.slice(located[0].start, located[0].end);
    // A syntax error is only fixed when the keyword is clearly a code in lower case (`de`, not `en`).
    const suggestions = suggestCountryCodes(written).filter(suggestion => located.syntaxError !== true || suggestion.certain);
    return suggestions.map((suggestion, index) => ({
        title: `Change '${written}' to '${suggestion.code}' (${countryNameOf(suggestion.code, 'en') ?? suggestion.code})`,
        edits: located.map(token => ({ start: token.start, end: token.end, newText: suggestion.code })),
        preferred: index === 0 && suggestion.certain
    }));
}

interface TokenSpan { start: number; end: number }

const spanOf = (node: CstNode): TokenSpan => ({ start: node.offset, end: node.end });

/** The lint finding names the code and points at its construct: the construct's tokens with that code. */
function lintedCodeTokens(context: QuickFixContext): TokenSpan[] | undefined {
    const written = /^'([^']+)'/.exec(context.diagnostic.message)?.[1];
    const at = nodeAtDiagnostic(context);
    const holder = at ? AstUtils.getContainerOfType(at, (node): node is AstNode => COUNTRY_HOLDERS.has(node.$type)) : undefined;
    if (!written || !holder) return undefined;
    const nodes = ast.isService(holder)
        ? GrammarUtils.findNodesForProperty(holder.location?.$cstNode, 'countries')
        : GrammarUtils.findNodesForProperty(holder.$cstNode, 'country');
    return nodes.filter(node => node.text === written).map(spanOf);
}

/** The validator's diagnostic covers the code itself. */
function diagnosticToken(context: QuickFixContext): TokenSpan {
    const textDocument = context.document.textDocument;
    return { start: textDocument.offsetAt(context.diagnostic.range.start), end: textDocument.offsetAt(context.diagnostic.range.end) };
}

/** `country de`: a syntax error at a language keyword written where a country code belongs. */
function keywordAsCountryToken(context: QuickFixContext): (TokenSpan[] & { syntaxError?: boolean }) | undefined {
    if (context.code !== undefined && context.code !== 'parsing-error') return undefined;
    const token = diagnosticToken(context);
    const written = context.text.slice(token.start, token.end);
    if (written !== 'de' && written !== 'en') return undefined;
    const before = context.text.slice(Math.max(0, token.start - 200), token.start);
    return /\b(country|located)\s+(?:[A-Za-z_][\w-]*\s*,\s*)*$/.test(before) ? Object.assign([token], { syntaxError: true }) : undefined;
}
