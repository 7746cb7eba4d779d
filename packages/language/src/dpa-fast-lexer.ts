import type { ILexingResult, IToken, Lexer, TokenType } from 'chevrotain';

/*
 * Chevrotain's lexer, as configured for this grammar, with shortcuts for the three commonest things
 * in a .dpa file (about a fifth of the parse was the lexer trying keyword patterns one regular expression
 * at a time, each word against every keyword with its first letter):
 * - a run of ASCII white space is skipped by character codes;
 * - a word is read once, and is a keyword when it is one, else an ID, decided by a table lookup;
 * - a text in double quotes is matched by STRING's own expression, without trying others first.
 * Everything else takes Chevrotain's own steps for that character (its candidate patterns in its order,
 * the first match wins, then its longer alternatives). The table's reasoning holds only for vocabularies
 * of a certain shape, checked when the lexer is made (else `fastTokenizer` returns undefined); and a
 * text Chevrotain would report an error in, or with a character above U+00FF outside texts and comments,
 * is left to Chevrotain (the tokenizer returns undefined). test/language/fast-lexer.test.ts compares
 * both on the examples, the benchmark's input and broken and random inputs.
 */

/** Chevrotain's per-pattern configuration (lexer internals, as its tokenize reads them). */
interface PatternConfig {
    pattern: RegExp | string;
    short: number | false;
    isCustom: boolean;
    longerAlt?: number[];
    group: string | false | undefined;
    tokenTypeIdx: number;
    tokenType: TokenType;
}

interface LexerInternals {
    defaultMode: string;
    hasCustom: boolean;
    canModeBeOptimized: Record<string, boolean>;
    patternIdxToConfig: Partial<Record<string, PatternConfig[]>>;
    charCodeToPatternIdxToConfig: Partial<Record<string, (PatternConfig[] | undefined)[]>>;
    emptyGroups: Record<string, IToken[]>;
    config: { safeMode: boolean; recoveryEnabled: boolean };
    lexerDefinitionErrors: unknown[];
    trackStartLines?: boolean;
    trackEndLines?: boolean;
}

export type FastTokenize = (text: string) => ILexingResult | undefined;

const WORD_START = 1;
const WORD_PART = 2;
const SPACE = 4;

/** ID's characters ([_a-zA-Z][\w-]*) and ASCII white space, by character code. */
const CLASSES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code);
    if (/[_a-zA-Z]/.test(c)) CLASSES[code] |= WORD_START;
    if (/[\w-]/.test(c)) CLASSES[code] |= WORD_PART;
    if (/\s/.test(c)) CLASSES[code] |= SPACE;
}

/**
 * A tokenizer equivalent to `lexer.tokenize` for the texts it accepts, or undefined when this
 * lexer's vocabulary does not have the shape the shortcuts rely on.
 */
export function fastTokenizer(lexer: Lexer): FastTokenize | undefined {
    const internals = lexer as unknown as LexerInternals;
    const mode = internals.defaultMode;
    // Tokens with offsets only (dpa-lexer.ts): a lexer that counts lines and columns is left alone.
    if (internals.trackStartLines !== false || internals.trackEndLines !== false) return undefined;
    // Chevrotain refuses to tokenize with a broken vocabulary: so does this.
    if (internals.lexerDefinitionErrors.length > 0) return undefined;
    if (internals.hasCustom || !internals.canModeBeOptimized[mode] || internals.config.safeMode || Object.keys(internals.patternIdxToConfig).length !== 1) return undefined;
    const byChar = internals.charCodeToPatternIdxToConfig[mode];
    const all = internals.patternIdxToConfig[mode];
    if (!byChar || !all) return undefined;
    const id = all.find(config => config.tokenType.name === 'ID');
    const string = all.find(config => config.tokenType.name === 'STRING');
    const space = all.find(config => config.tokenType.name === 'WS');
    if (!id || !string || !space || id.group !== false || string.group !== false || space.group !== undefined || string.longerAlt !== undefined) return undefined;
    if (String(id.pattern) !== String(/[_a-zA-Z][\w-]*/y) || String(string.pattern) !== String(/"(?:[^"\\]|\\.)*"/y) || String(space.pattern) !== String(/\s+/y)) return undefined;
    // STRING is the first pattern tried at a quote, and WS at white space (then the match is that pattern's).
    if (byChar[34]?.[0] !== string) return undefined;
    for (let code = 0; code < 128; code++) {
        if (CLASSES[code] & SPACE && byChar[code]?.[0] !== space) return undefined;
    }
    const words = wordTables(byChar, all, id);
    if (!words) return undefined;
    return text => tokenize(text, internals, byChar, all, words, id, string);
}

/** For each letter: the keywords made of word characters only, and the others, tried as Chevrotain would. */
interface WordTable {
    /**
     * Keyword text → its configuration and text (every keyword here has ID as the only longer alternative that
     * can match at its letter). A keyword's token takes the one copy of its text: while the parse runs, a
     * million tokens at 10,000 sub-processors each held a piece of the file of their own.
     */
    keywords: Map<string, { config: PatternConfig; literal: string }>;
    /** Keywords with other characters ('scc-2021/914'): when one matches, Chevrotain's own steps decide. */
    others: string[];
    /** Chevrotain's candidate patterns at this letter, in its order. */
    candidates: PatternConfig[];
}

/**
 * At a letter Chevrotain tries that letter's keywords, then ID (which always matches). The first keyword
 * that matches is then replaced by ID's match when that is longer. With the keywords tried longest first,
 * a keyword of word characters only therefore wins exactly when it is the whole word there (a shorter one
 * that is a prefix loses to ID, a longer one cannot match); only a keyword with other characters can
 * match beyond the word, and there the shortcut steps aside.
 */
function wordTables(byChar: (PatternConfig[] | undefined)[], all: PatternConfig[], id: PatternConfig): (WordTable | undefined)[] | undefined {
    const tables: (WordTable | undefined)[] = [];
    const idIndex = all.indexOf(id);
    for (let code = 0; code < 128; code++) {
        if (!(CLASSES[code] & WORD_START)) continue;
        const candidates = byChar[code];
        if (!candidates) return undefined;
        const idAt = candidates.indexOf(id);
        if (idAt < 0) return undefined;
        const keywords = new Map<string, { config: PatternConfig; literal: string }>();
        const others: string[] = [];
        let previousLength = Infinity;
        for (const candidate of candidates.slice(0, idAt)) {
            const literal = keywordLiteral(candidate);
            if (literal === undefined || candidate.group !== false || candidate.short !== false || candidate.isCustom) return undefined;
            if (literal.length > previousLength) return undefined;
            previousLength = literal.length;
            if (/^[_a-zA-Z][\w-]*$/.test(literal)) {
                // ID among its longer alternatives, and no other that could match at this letter (INT, SECTION_NUMBER …).
                const alternatives = candidate.longerAlt ?? [];
                if (!alternatives.includes(idIndex) || alternatives.some(index => index !== idIndex && candidates.includes(all[index]))) return undefined;
                keywords.set(literal, { config: candidate, literal });
            } else {
                others.push(literal);
            }
        }
        tables[code] = { keywords, others, candidates };
    }
    return tables;
}

/** The text a keyword pattern matches (Chevrotain turns a string pattern into an escaped sticky expression). */
function keywordLiteral(config: PatternConfig): string | undefined {
    const source = config.tokenType.PATTERN;
    return typeof source === 'string' && source.length > 0 ? source : undefined;
}

function tokenize(
    text: string, internals: LexerInternals, byChar: (PatternConfig[] | undefined)[], all: PatternConfig[], words: (WordTable | undefined)[],
    id: PatternConfig, string: PatternConfig
): ILexingResult | undefined {
    const tokens = new TokenList(text.length);
    const groups: Record<string, IToken[]> = {};
    for (const name of Object.keys(internals.emptyGroups)) groups[name] = [];
    const length = text.length;
    const stringPattern = string.pattern as RegExp;
    let offset = 0;
    while (offset < length) {
        const code = text.charCodeAt(offset);
        if (code < 128) {
            const kind = CLASSES[code];
            if (kind & SPACE) {
                let end = offset + 1;
                while (end < length) {
                    const next = text.charCodeAt(end);
                    if (next >= 128 || !(CLASSES[next] & SPACE)) break;
                    end++;
                }
                // A space beyond ASCII would continue WS's match; Chevrotain's steps take it from there (WS is skipped either way).
                offset = end;
                continue;
            }
            if (kind & WORD_START) {
                const table = words[code];
                if (!table) return undefined;
                let end = offset + 1;
                while (end < length) {
                    const next = text.charCodeAt(end);
                    if (next >= 128 || !(CLASSES[next] & WORD_PART)) break;
                    end++;
                }
                if (table.others.some(literal => text.startsWith(literal, offset))) {
                    const next = chevrotainStep(text, offset, table.candidates, all, tokens, groups);
                    if (next < 0) return undefined;
                    offset = next;
                    continue;
                }
                const word = text.substring(offset, end);
                const keyword = table.keywords.get(word);
                const config = keyword ? keyword.config : id;
                tokens.add({ image: keyword ? keyword.literal : word, startOffset: offset, endOffset: end - 1, tokenTypeIdx: config.tokenTypeIdx, tokenType: config.tokenType });
                offset = end;
                continue;
            }
            if (code === 34) {
                stringPattern.lastIndex = offset;
                if (stringPattern.test(text)) {
                    const end = stringPattern.lastIndex;
                    tokens.add({ image: text.substring(offset, end), startOffset: offset, endOffset: end - 1, tokenTypeIdx: string.tokenTypeIdx, tokenType: string.tokenType });
                    offset = end;
                    continue;
                }
            }
        } else if (code > 255) {
            return undefined;
        }
        const candidates = byChar[code];
        if (!candidates) return undefined;
        const next = chevrotainStep(text, offset, candidates, all, tokens, groups);
        if (next < 0) return undefined;
        offset = next;
    }
    return { tokens: tokens.done(), groups, errors: [] };
}

/**
 * The token list as Chevrotain makes it: room for one token per ten characters from the start, cut to
 * length at the end (a list grown by appending copies itself again and again, garbage the size of the
 * file's tokens).
 */
class TokenList {
    private readonly items: IToken[];
    private count = 0;
    constructor(textLength: number) {
        this.items = new Array<IToken>(Math.floor(textLength / 10));
    }
    add(token: IToken): void {
        this.items[this.count++] = token;
    }
    done(): IToken[] {
        this.items.length = this.count;
        return this.items;
    }
}

/**
 * One step of Chevrotain's tokenizeInternal at `offset` (optimized mode, no custom patterns, no modes, no
 * line tracking): the candidates in order, the first match wins, then its longer alternatives in order,
 * the first longer one replacing it. Returns the next offset, or -1 where Chevrotain would report an error.
 */
function chevrotainStep(text: string, offset: number, candidates: PatternConfig[], all: PatternConfig[], tokens: TokenList, groups: Record<string, IToken[]>): number {
    const code = text.charCodeAt(offset);
    for (const candidate of candidates) {
        let config = candidate;
        let imageLength = -1;
        if (config.short !== false) {
            if (code === config.short) imageLength = 1;
        } else {
            const pattern = config.pattern as RegExp;
            pattern.lastIndex = offset;
            if (pattern.test(text)) imageLength = pattern.lastIndex - offset;
        }
        if (imageLength === -1) continue;
        const longerAlt = config.longerAlt;
        if (longerAlt !== undefined) {
            for (const index of longerAlt) {
                const alternative = all[index];
                const pattern = alternative.pattern as RegExp;
                pattern.lastIndex = offset;
                if (pattern.test(text) && pattern.lastIndex - offset > imageLength) {
                    imageLength = pattern.lastIndex - offset;
                    config = alternative;
                    break;
                }
            }
        }
        const group = config.group;
        if (group !== undefined) {
            const token: IToken = { image: text.substring(offset, offset + imageLength), startOffset: offset, endOffset: offset + imageLength - 1, tokenTypeIdx: config.tokenTypeIdx, tokenType: config.tokenType };
            if (group === false) tokens.add(token);
            else groups[group].push(token);
        }
        return offset + imageLength;
    }
    return -1;
}
