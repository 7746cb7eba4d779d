/**
 * A small, explainable guess at the language of a text: the share of very common German and
 * English function words. Content words are ignored, so names, product terms and loanwords
 * ("Cloud", "Support-Chat") do not sway it; only sentence glue does.
 */

import { memoizeByText } from './text-memo.js';

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

function countLanguageEvidence(text: string): LanguageEvidence {
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
