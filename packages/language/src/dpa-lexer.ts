import { AstUtils, DefaultLexer, DefaultTokenBuilder, GrammarAST, type Grammar, type LangiumCoreServices, type LexerResult, type TokenBuilderOptions } from 'langium';
import { createToken, type ILexerErrorMessageProvider, type ILexingError, type ILexingResult, type IToken, type Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';
import type { DpaLexerErrorMessageProvider } from './dpa-error-messages.js';
import { fastTokenizer, type FastTokenize } from './dpa-fast-lexer.js';
import { lineStartsOfText, rangeIn } from './dpa-parser-memory.js';

/** The messages the lexer builds (DpaLexerErrorMessageProvider is registered for them in dpa-module.ts). */
type DpaLexerMessages = ILexerErrorMessageProvider & Pick<DpaLexerErrorMessageProvider, 'buildUnterminatedTextMessage'>;

/**
 * Two token types the parser never sees, so that bad input is lexed in linear time:
 * Chevrotain's own error recovery retries every pattern at every following character, which
 * made a long unterminated text quadratic (each `"` in it starts a new scan to the end of the
 * file) and cost a few hundred pattern tests per unexpected character.
 */
const INVALID_GROUP = 'invalid';

/** What remains of a text whose closing quote is missing: the same body as STRING without the quote. */
export const UNTERMINATED_STRING = createToken({ name: 'UNTERMINATED_STRING', pattern: /"(?:[^"\\]|\\.)*/, group: INVALID_GROUP });

/** Characters that start no token at all (`@`, `§`, `€`, control characters …), taken as one run. */
function unexpectedCharacters(tokenStarts: string): TokenType {
    const escaped = tokenStarts.replace(/[\\\]^-]/g, c => `\\${c}`);
    const starts = new Set(Array.from(tokenStarts, c => c.charCodeAt(0)));
    // Chevrotain cannot derive the first characters of a negated class, so they are listed: every
    // Latin-1 code that starts no other token, and one code per block of 256 above it.
    const hint: number[] = [];
    for (let code = 0; code < 256; code++) {
        if (!starts.has(code) && !/[\s\w]/.test(String.fromCharCode(code))) hint.push(code);
    }
    for (let code = 256; code < 0x10000; code += 256) hint.push(code);
    return createToken({
        name: 'UNEXPECTED_CHARACTERS', pattern: new RegExp(`[^\\s\\w${escaped}]+`), group: INVALID_GROUP, start_chars_hint: hint
    });
}

export class DpaTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const stringIndex = tokens.findIndex(token => token.name === 'STRING');
        // Right after STRING, so it only applies where STRING found no closing quote.
        tokens.splice(stringIndex + 1, 0, UNTERMINATED_STRING);
        const keywordStarts = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value.charAt(0)).filter(c => !/[\s\w]/.test(c)).toArray();
        // '"' opens a text, '/' a comment; everything else that starts a token is a letter, digit, '_' or a keyword.
        tokens.push(unexpectedCharacters([...new Set(['"', '/', ...keywordStarts])].join('')));
        return tokens;
    }
}

export class DpaLexer extends DefaultLexer {
    /** Chevrotain's tokenize with shortcuts for spaces, words and texts (dpa-fast-lexer.ts), for the lexer it was made for. */
    private fastTokenize: FastTokenize | undefined;
    private fastTokenizeFor: Lexer | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        withOffsetsOnly(this.chevrotainLexer);
    }

    override tokenize(text: string): LexerResult {
        if (this.fastTokenizeFor !== this.chevrotainLexer) {
            this.fastTokenizeFor = this.chevrotainLexer;
            this.fastTokenize = fastTokenizer(this.chevrotainLexer);
        }
        const result = this.fastTokenize?.(text) ?? this.chevrotainLexer.tokenize(text);
        const invalid = tokensOfGroup(result, INVALID_GROUP);
        const messages = this.errorMessageProvider as DpaLexerMessages;
        if (invalid.length === 0) {
            withLineAndColumn(text, result.errors);
            return { tokens: result.tokens, errors: result.errors, hidden: tokensOfGroup(result, 'hidden'), report: this.tokenBuilder.flushLexingReport?.(text) };
        }
        const unterminated = invalid.filter(token => token.tokenType === UNTERMINATED_STRING).map(token => unterminatedTextError(text, token, messages));
        const unexpected = [
            ...result.errors,
            ...invalid.filter(token => token.tokenType !== UNTERMINATED_STRING).map(token => unexpectedCharactersError(text, token, messages))
        ];
        const merged = mergeAdjacent(unexpected, text, messages);
        // mergeAdjacent returns them by offset; texts without closing quote are few and go in between.
        const errors = withLineAndColumn(text, unterminated.length === 0 ? merged : [...unterminated, ...merged].sort((a, b) => a.offset - b.offset));
        return { tokens: result.tokens, errors, hidden: tokensOfGroup(result, 'hidden'), report: this.tokenBuilder.flushLexingReport?.(text) };
    }
}

/** The 1-based line and column of each error's offset (the lexer records offsets only). */
function withLineAndColumn(text: string, errors: ILexingError[]): ILexingError[] {
    if (errors.length === 0) return errors;
    const lines = lineStartsOfText(text);
    for (const error of errors) {
        const start = rangeIn(lines, error.offset, 1).start;
        error.line = start.line + 1;
        error.column = start.character + 1;
    }
    return errors;
}

/** Chevrotain's lexer internals that decide how much of a token's position it records. */
interface PositionTracking {
    trackStartLines: boolean;
    trackEndLines: boolean;
    createTokenInstance(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken;
    computeNewColumn(column: number, imageLength: number): number;
    updateTokenEndLineColumnLocation(...args: unknown[]): void;
}

/**
 * Tokens with offsets only, no line and column: Chevrotain's full tracking tests every token for
 * line breaks and stores four numbers more per token (a quarter of the lexer's time, 20 MB at
 * 10,000 sub-processors), and the syntax tree computes ranges from offsets (dpa-parser-memory.ts), which
 * also gives line and column to the tokens errors name. Chevrotain's own offset-only tokens lack
 * `endOffset`, which Langium needs, so this keeps it (Chevrotain's 'onlyOffset' tracking otherwise).
 */
function withOffsetsOnly(lexer: Lexer): void {
    const tracking = lexer as unknown as PositionTracking;
    tracking.trackStartLines = false;
    tracking.trackEndLines = false;
    tracking.createTokenInstance = (image, startOffset, tokenTypeIdx, tokenType) =>
        ({ image, startOffset, endOffset: startOffset + image.length - 1, tokenTypeIdx, tokenType });
    tracking.computeNewColumn = column => column;
    tracking.updateTokenEndLineColumnLocation = () => undefined;
}

/** The tokens of a lexer group; a group that matched nothing may be missing. */
function tokensOfGroup(result: ILexingResult, group: string): IToken[] {
    return (result.groups as Partial<Record<string, IToken[]>>)[group] ?? [];
}

/** One error at the opening quote, however long the rest of the file is. */
function unterminatedTextError(text: string, token: IToken, messages: DpaLexerMessages): ILexingError {
    // STRING stops short either at the end of the file or at a backslash before a line break.
    const stoppedAtBackslash = text.charAt(token.startOffset + token.image.length) === '\\';
    return {
        offset: token.startOffset, length: 1, line: 0, column: 0, // set by withLineAndColumn
        message: messages.buildUnterminatedTextMessage(stoppedAtBackslash)
    };
}

function unexpectedCharactersError(text: string, token: IToken, messages: DpaLexerMessages): ILexingError {
    const length = token.image.length;
    return {
        offset: token.startOffset, length, line: 0, column: 0, // set by withLineAndColumn
        message: messages.buildUnexpectedCharactersMessage(text, token.startOffset, length)
    };
}

/**
 * Unexpected characters found by different means but side by side are reported as one run, as Chevrotain does.
 * The errors are this tokenize call's own objects, so a run grows in its first error; its message is built
 * once, when the run is complete (rebuilding it per merged piece was quadratic in the run's length).
 */
function mergeAdjacent(errors: ILexingError[], text: string, messages: DpaLexerMessages): ILexingError[] {
    errors.sort((a, b) => a.offset - b.offset);
    const merged: ILexingError[] = [];
    let previous: ILexingError | undefined;
    let grown = false;
    for (const error of errors) {
        if (previous && previous.offset + previous.length === error.offset) {
            previous.length += error.length;
            grown = true;
            continue;
        }
        if (previous && grown) previous.message = messages.buildUnexpectedCharactersMessage(text, previous.offset, previous.length);
        merged.push(error);
        previous = error;
        grown = false;
    }
    if (previous && grown) previous.message = messages.buildUnexpectedCharactersMessage(text, previous.offset, previous.length);
    return merged;
}
