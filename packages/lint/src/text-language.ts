/**
 * A small, explainable guess at the language of a text: the share of very common German and
 * English function words. Content words are ignored, so names, product terms and loanwords
 * ("Cloud", "Support-Chat") do not sway it; only sentence glue does.
 */

import { memoizeByText } from '@dpa-as-code/model';

const GERMAN_FUNCTION_WORDS = new Set([
    'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'nicht', 'mit', 'ist', 'sind', 'wird', 'werden', 'ein', 'eine',
    'einer', 'eines', 'einem', 'zu', 'zur', 'zum', 'im', 'auf', 'für', 'von', 'vom', 'bei', 'nach', 'sowie', 'durch', 'sich',
    'auch', 'dass', 'wenn', 'über', 'unter', 'kann', 'können', 'muss', 'diese', 'dieser', 'dieses', 'hat', 'haben', 'wie'
]);
const ENGLISH_FUNCTION_WORDS = new Set([
    'the', 'and', 'or', 'not', 'with', 'is', 'are', 'will', 'be', 'a', 'an', 'to', 'of', 'on', 'for', 'by', 'from', 'at',
    'as', 'that', 'this', 'these', 'which', 'shall', 'may', 'must', 'has', 'have', 'its', 'their', 'it', 'if', 'when', 'into',
    'than', 'any', 'such', 'other', 'where'
]);

export interface LanguageEvidence {
    words: number;
    german: number;
    english: number;
}

export function languageEvidence(text: string): LanguageEvidence {
    return { ...rememberedEvidence(text) };
}

const rememberedEvidence = memoizeByText(countLanguageEvidence);

export function countLanguageEvidence(text: string): LanguageEvidence {
    return countLatinEvidence(text) ?? countEvidenceOfAnyScript(text);
}

/** The longest function word: longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...GERMAN_FUNCTION_WORDS, ...ENGLISH_FUNCTION_WORDS].map(word => word.length));

/**
 * `countEvidenceOfAnyScript` without a regular expression or a lower-cased copy of the text, for texts
 * in Latin-1 with general punctuation and currency signs (German and English prose): there every
 * letter's lower case is one letter, so words fall where they fall in the lower-cased text. Undefined
 * for any other character.
 */
function countLatinEvidence(text: string): LanguageEvidence | undefined {
    let words = 0;
    let german = 0;
    let english = 0;
    let wordStart = -1;
    for (let i = 0; i <= text.length; i++) {
        const code = i < text.length ? text.charCodeAt(i) : 0x20;
        let letter: boolean;
        if (code < 0x80) letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
        else if (code < 0x100) letter = code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
        else if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf)) letter = false;
        else return undefined;
        if (letter) {
            if (wordStart < 0) wordStart = i;
        } else if (wordStart >= 0) {
            words++;
            if (i - wordStart <= LONGEST_FUNCTION_WORD) {
                const word = text.slice(wordStart, i).toLowerCase();
                if (GERMAN_FUNCTION_WORDS.has(word)) german++;
                if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
            }
            wordStart = -1;
        }
    }
    return { words, german, english };
}

/** Words are runs of letters of the lower-cased text. */
export function countEvidenceOfAnyScript(text: string): LanguageEvidence {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    return {
        words: words.length,
        german: words.filter(word => GERMAN_FUNCTION_WORDS.has(word)).length,
        english: words.filter(word => ENGLISH_FUNCTION_WORDS.has(word)).length
    };
}

/** Fewest words before a text is judged at all; short labels carry too little glue to tell. */
export const MIN_WORDS_TO_JUDGE = 6;

/**
 * The language the text clearly reads as: at least three function words of one language and
 * at least three times as many as of the other. Undefined when short or mixed.
 */
export function clearLanguageOf(text: string): 'de' | 'en' | undefined {
    const { words, german, english } = languageEvidence(text);
    if (words < MIN_WORDS_TO_JUDGE) return undefined;
    if (english >= 3 && english >= 3 * german) return 'en';
    if (german >= 3 && german >= 3 * english) return 'de';
    return undefined;
}

/** Prose rather than a name or term: long enough and held together by function words. */
export function isProse(text: string): boolean {
    const { words, german, english } = languageEvidence(text);
    return words >= 8 && german + english >= 3;
}
