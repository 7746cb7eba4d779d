import { AstUtils, GrammarAST, type Grammar, type LangiumParser, type Lexer, type ParseResult } from 'langium';
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';

/** Typos corrected per parse; each costs a few extra parses, and only files with syntax errors pay it. */
const MAX_CORRECTIONS = 5;
/** Keywords tried per misspelt word, closest first. */
const MAX_CANDIDATES = 4;
/** Extra parses per parse at most, however many errors a (generated, garbled) file has. */
const MAX_EXTRA_PARSES = 6;
/** More errors than this is a garbled file, not a typo: it is left to Chevrotain's recovery. */
const MAX_ERRORS_TO_CORRECT = 20;
/** Shorter words are too close to too many keywords (`in`, `on`, `of`, `at`) to guess from. */
const MIN_WORD_LENGTH = 4;
/** The terminal a word that is no keyword is lexed as (`grammar/dpa.langium`). */
const NAME_TOKEN = 'ID';

/**
 * A misspelt keyword (`obligatons`, `titel`) is reported once, at its position, with the keyword
 * meant, and the rest of the file is parsed as if it had been spelt right, so correct lines get
 * no errors. Chevrotain's own recovery would skip ahead to the next token that can start a
 * section (`measures` inside `security { measures annexed }`) and report errors on lines that are
 * fine.
 *
 * How: when a parse has errors and the first one is at a word close to a keyword (edit distance),
 * the word is read as that keyword and the text parsed again. The keyword counts as valid there
 * only if the new parse gets past the word; among those, the one leaving the fewest errors wins.
 * The text and every token position stay as written; only the token's type changes.
 */
export function withKeywordCorrection(parser: LangiumParser, lexer: Lexer, grammar: Grammar): LangiumParser {
    const keywordTypes = wordKeywordTypes(grammar, lexer);
    if (keywordTypes.length === 0) return parser;
    const parseAsWritten = parser.parse.bind(parser);
    let corrections = new Map<number, TokenType>();
    const tokenize = lexer.tokenize.bind(lexer);
    lexer.tokenize = (text, options) => {
        const result = tokenize(text, options);
        if (corrections.size > 0) {
            for (const token of result.tokens) {
                const keyword = corrections.get(token.startOffset);
                if (keyword) {
                    token.tokenType = keyword;
                    token.tokenTypeIdx = keyword.tokenTypeIdx ?? token.tokenTypeIdx;
                }
            }
        }
        return result;
    };
    const parseWith = <T>(accepted: Map<number, TokenType>, input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        corrections = accepted;
        try {
            return parseAsWritten(input, options) as ParseResult<T>;
        } finally {
            corrections = new Map();
        }
    };

    parser.parse = (<T>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        let result = parseAsWritten(input, options) as ParseResult<T>;
        if (result.parserErrors.length === 0 || result.parserErrors.length > MAX_ERRORS_TO_CORRECT) return result;
        const accepted = new Map<number, TokenType>();
        const reported: IRecognitionException[] = [];
        let searchFrom = -1;
        let extraParses = 0;
        while (accepted.size < MAX_CORRECTIONS && extraParses < MAX_EXTRA_PARSES) {
            const error = firstErrorAfter(result.parserErrors, searchFrom);
            if (!error) break;
            const word = error.token;
            const checkedUpTo = searchFrom;
            searchFrom = word.startOffset;
            // Only a word read as a name can be a misspelt keyword; a keyword out of place is another mistake.
            const candidates = word.tokenType.name === NAME_TOKEN ? closestKeywords(word, keywordTypes) : [];
            let best: { keyword: TokenType; result: ParseResult<T> } | undefined;
            const valid: string[] = [];
            for (const keyword of candidates.slice(0, MAX_EXTRA_PARSES - extraParses)) {
                extraParses++;
                const retry = parseWith<T>(new Map([...accepted, [word.startOffset, keyword]]), input, options);
                // Valid there: the parse now gets past the word without a new error before it.
                const next = firstErrorAfter(retry.parserErrors, checkedUpTo);
                if (next && next.token.startOffset <= word.startOffset) continue;
                // A guess that leaves more errors than the text as written is no correction (and such parses are the slow ones).
                if (retry.parserErrors.length > result.parserErrors.length) continue;
                valid.push(keyword.name);
                if (!best || retry.parserErrors.length < best.result.parserErrors.length) best = { keyword, result: retry };
            }
            if (!best) continue;
            accepted.set(word.startOffset, best.keyword);
            result = best.result;
            reported.push(misspeltKeywordError(word, [best.keyword.name, ...valid.filter(name => name !== best.keyword.name)]));
        }
        if (reported.length === 0) return result;
        // The corrected parse's own errors (later, unrelated mistakes) stay; each typo is reported once.
        const parserErrors = [...reported, ...result.parserErrors]
            .sort((a, b) => a.token.startOffset - b.token.startOffset);
        return { ...result, parserErrors };
    });
    return parser;
}

/** Keywords that are words (`obligations`, `title`, `sub-processor`), with their token types. */
function wordKeywordTypes(grammar: Grammar, lexer: Lexer): TokenType[] {
    const words = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value).filter(value => /^[a-z][a-z0-9-]*$/i.test(value)));
    const definition = lexer.definition as Record<string, TokenType | undefined>;
    return [...words].map(word => definition[word]).filter((type): type is TokenType => type !== undefined);
}

/** The first error at a real token (not one Chevrotain inserted) after `offset`. */
function firstErrorAfter(errors: IRecognitionException[], offset: number): IRecognitionException | undefined {
    return errors.filter(error => !isNaN(error.token.startOffset) && error.token.startOffset > offset)
        .sort((a, b) => a.token.startOffset - b.token.startOffset)[0];
}

/**
 * Keywords within a small edit distance of the word that start with the same letter (typos rarely
 * change the first one), closest first; none for a short word or one that is not a word.
 */
function closestKeywords(word: IToken, keywordTypes: readonly TokenType[]): TokenType[] {
    const image = word.image;
    if (image.length < MIN_WORD_LENGTH || !/^[a-z][a-z0-9-]*$/i.test(image)) return [];
    const limit = image.length <= 5 ? 1 : image.length <= 8 ? 2 : 3;
    const first = image[0].toLowerCase();
    return keywordTypes
        // Lengths further apart than the limit cannot be within it: skips the quadratic distance for long words.
        .filter(type => type.name !== image && type.name.startsWith(first) && Math.abs(type.name.length - image.length) <= limit)
        .map(type => ({ type, distance: editDistance(image.toLowerCase(), type.name) }))
        .filter(candidate => candidate.distance <= limit)
        .sort((a, b) => a.distance - b.distance || a.type.name.localeCompare(b.type.name))
        .slice(0, MAX_CANDIDATES)
        .map(candidate => candidate.type);
}

function misspeltKeywordError(word: IToken, keywords: string[]): IRecognitionException {
    const choices = keywords.map(keyword => `'${keyword}'`);
    const meant = choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
    return {
        name: 'MisspeltKeywordException',
        message: `Unknown word '${word.image}': did you mean ${meant}?`,
        token: word,
        resyncedTokens: [],
        context: { ruleStack: [], ruleOccurrenceStack: [] }
    };
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours (`titel` → `title`) cost 1. */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const columns = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < columns; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
