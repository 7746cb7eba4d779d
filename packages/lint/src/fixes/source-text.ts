import type { SourceLocation } from '@dpa-as-code/model';
import type { RuleSource, SourcePosition } from '../lint-rule.js';

/*
 * The linted file's text as rules see it when they build fixes: positions ↔ offsets and the tokens
 * outside comments and strings (lint never parses with Langium; braces, words and strings are enough
 * to place an edit inside a block).
 */

export type TokenKind = 'word' | 'string' | 'open' | 'close' | 'comma';

export interface Token {
    kind: TokenKind;
    start: number;
    end: number;
    text: string;
}

/** How the file writes line ends and one level of indentation. */
export interface TextLayout {
    eol: string;
    unit: string;
}

const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;

/** `/\s/` without a regular expression for the common (ASCII) characters. */
function isSpace(code: number): boolean {
    if (code < 128) return code === 32 || (code >= 9 && code <= 13);
    return /\s/.test(String.fromCharCode(code));
}

/** A word ends before whitespace, a brace, a quote, a comma or the start of a comment. */
function endsWord(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (code === 0x7b || code === 0x7d || code === 0x22 || code === 0x2c) return true;
    if (code === SLASH) {
        const next = text.charCodeAt(at + 1);
        return next === SLASH || next === STAR;
    }
    return isSpace(code);
}

export class SourceText implements RuleSource {
    private readonly lineStarts: number[] = [0];
    private cachedTokens: Token[] | undefined;
    /** Start and end offsets of every string and comment, in order (see `stringsAndComments`). */
    private cachedSkeleton: number[] | undefined;

    constructor(readonly text: string) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }

    offsetAt(position: SourcePosition): number {
        const lineStart = this.lineStarts[Math.min(Math.max(position.line - 1, 0), this.lineStarts.length - 1)];
        return Math.min(lineStart + position.column - 1, this.text.length);
    }

    positionAt(offset: number): SourcePosition {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset) low = middle; else high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }

    /** The offsets a model location spans. */
    span(at: SourceLocation): { start: number; end: number } {
        return { start: this.offsetAt(at), end: this.offsetAt({ line: at.endLine, column: at.endColumn }) };
    }

    /** Every token outside comments, in order: words, strings, braces and commas. */
    tokens(): Token[] {
        if (this.cachedTokens) return this.cachedTokens;
        const tokens: Token[] = [];
        this.scan(0, token => { tokens.push(token); return true; });
        this.cachedTokens = tokens;
        return tokens;
    }

    /**
     * Reads tokens from `from`, which must be a place the reading of the whole file passes through
     * (see `resumeAt`), handing each to `take` until it returns false or the text ends.
     */
    private scan(from: number, take: (token: Token) => boolean): void {
        const text = this.text;
        let i = from;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            if (isSpace(code)) { i++; continue; }
            if (code === SLASH && text.charCodeAt(i + 1) === SLASH) { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
            if (code === SLASH && text.charCodeAt(i + 1) === STAR) { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 2; continue; }
            let token: Token;
            if (code === QUOTE) {
                let j = i + 1;
                while (j < text.length && text.charCodeAt(j) !== QUOTE) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
                j = Math.min(j + 1, text.length);
                token = { kind: 'string', start: i, end: j, text: text.slice(i, j) };
            } else if (code === OPEN || code === CLOSE || code === COMMA) {
                token = { kind: code === OPEN ? 'open' : code === CLOSE ? 'close' : 'comma', start: i, end: i + 1, text: text[i] };
            } else {
                let j = i;
                while (j < text.length && !endsWord(text, j)) j++;
                token = { kind: 'word', start: i, end: j, text: text.slice(i, j) };
            }
            i = token.end;
            if (!take(token)) return;
        }
    }

    /**
     * Where strings and comments start and end, as pairs of offsets in order: what the reading of the
     * whole file skips or takes as one token. Found by jumping from quote to quote and slash to slash,
     * far cheaper than reading every token, so a stretch of the file can be read on its own.
     */
    private stringsAndComments(): number[] {
        if (this.cachedSkeleton) return this.cachedSkeleton;
        const text = this.text;
        const bounds: number[] = [];
        let quote = text.indexOf('"');
        let slash = text.indexOf('/');
        while (quote >= 0 || slash >= 0) {
            let end: number;
            if (slash >= 0 && (quote < 0 || slash < quote)) {
                const next = text.charCodeAt(slash + 1);
                if (next === SLASH) {
                    const newline = text.indexOf('\n', slash);
                    end = newline < 0 ? text.length : newline;
                    bounds.push(slash, end);
                } else if (next === STAR) {
                    const close = text.indexOf('*/', slash + 2);
                    end = close < 0 ? text.length : close + 2;
                    bounds.push(slash, end);
                } else {
                    end = slash + 1; // a slash inside a word (`scc-2021/914`)
                }
            } else {
                // The closing quote is the first one after an even number of backslashes (each escapes one character).
                let close = text.indexOf('"', quote + 1);
                while (close >= 0) {
                    let backslashes = 0;
                    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
                    if (backslashes % 2 === 0) break;
                    close = text.indexOf('"', close + 1);
                }
                end = close < 0 ? text.length : close + 1;
                bounds.push(quote, end);
            }
            if (quote >= 0 && quote < end) quote = text.indexOf('"', end);
            if (slash >= 0 && slash < end) slash = text.indexOf('/', end);
        }
        this.cachedSkeleton = bounds;
        return bounds;
    }

    /**
     * The first place at or after `offset` that the reading of the whole file passes through: from
     * there on, reading gives exactly the whole file's tokens that start at or after `offset`. Inside
     * a string or comment that is its end, inside a word the word's end.
     */
    private resumeAt(offset: number): number {
        const text = this.text;
        if (offset <= 0) return 0;
        if (offset >= text.length) return text.length;
        const bounds = this.stringsAndComments();
        // The last string or comment that starts at or before `offset`.
        let low = 0;
        let high = bounds.length / 2;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (bounds[2 * middle] <= offset) low = middle + 1; else high = middle;
        }
        const enclosing = low - 1;
        if (enclosing >= 0 && offset < bounds[2 * enclosing + 1]) return offset === bounds[2 * enclosing] ? offset : bounds[2 * enclosing + 1];
        // Outside strings and comments: the character before is part of a word unless it is a space,
        // a brace or a comma, or the end of a string or comment.
        const before = offset - 1;
        const code = text.charCodeAt(before);
        const endsStringOrComment = enclosing >= 0 && bounds[2 * enclosing + 1] === offset;
        if (endsStringOrComment || isSpace(code) || code === OPEN || code === CLOSE || code === COMMA) return offset;
        let j = offset;
        while (j < text.length && !endsWord(text, j)) j++;
        return j;
    }

    /** The tokens inside a stretch of text. */
    tokensIn(start: number, end: number): Token[] {
        const inside: Token[] = [];
        if (this.cachedTokens) {
            // Tokens are in order and do not overlap: a binary search for the first, then a run up to `end`.
            const tokens = this.cachedTokens;
            for (let i = this.firstTokenFrom(start); i < tokens.length && tokens[i].end <= end; i++) inside.push(tokens[i]);
            return inside;
        }
        // Only the stretch is read (reading the whole file for each finding's fix was most of lint's time).
        this.scan(this.resumeAt(start), token => {
            if (token.end > end) return false;
            inside.push(token);
            return true;
        });
        return inside;
    }

    /**
     * The first `{` that starts at or after `start` and ends by `end`, and the tokens after it up to
     * its matching `}` (or the end of the file); undefined if another token ending after `end` comes first.
     */
    blockTokensFrom(start: number, end: number): Token[] | undefined {
        const block: Token[] = [];
        let depth = 0;
        const outcome = { found: true };
        const take = (token: Token) => {
            if (depth === 0) {
                if (token.end > end) { outcome.found = false; return false; }
                if (token.kind !== 'open') return true;
            }
            block.push(token);
            if (token.kind === 'open') depth++;
            else if (token.kind === 'close') depth--;
            return depth > 0;
        };
        if (this.cachedTokens) {
            const tokens = this.cachedTokens;
            for (let i = this.firstTokenFrom(start); i < tokens.length && take(tokens[i]); i++);
        } else {
            this.scan(this.resumeAt(start), take);
        }
        return outcome.found && block.length > 0 ? block : undefined;
    }

    /** The index of the first token that starts at or after `offset` (the token count if none does). */
    firstTokenFrom(offset: number): number {
        const tokens = this.tokens();
        let low = 0;
        let high = tokens.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (tokens[middle].start < offset) low = middle + 1; else high = middle;
        }
        return low;
    }

    /** The file's line end and indentation unit (tabs, or the smallest indentation in spaces; four spaces if nothing is indented). */
    layout(): TextLayout {
        // Asked once per fix: the file is read for it once.
        this.cachedLayout ??= this.readLayout();
        return this.cachedLayout;
    }

    private cachedLayout: TextLayout | undefined;

    private readLayout(): TextLayout {
        const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
        let tabs = 0;
        let spaced = 0;
        let smallest = Infinity;
        // Each line's indentation (a run of spaces and tabs) and the character after it, read in place.
        const text = this.text;
        for (const lineStart of this.lineStarts) {
            let after = lineStart;
            while (text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB) after++;
            if (after === lineStart || after >= text.length) continue;
            const next = text.charCodeAt(after);
            if (isSpace(next) || next === STAR) continue; // no text on the line; continuation lines of block comments
            if (text.charCodeAt(lineStart) === TAB) {
                tabs++;
            } else {
                spaced++;
                smallest = Math.min(smallest, after - lineStart);
            }
        }
        if (tabs > spaced) return { eol, unit: '\t' };
        return { eol, unit: spaced > 0 && smallest >= 2 && smallest <= 8 ? ' '.repeat(smallest) : '    ' };
    }

    /** The leading whitespace of the line that contains `offset`. */
    indentAt(offset: number): string {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        return /^[ \t]*/.exec(this.text.slice(lineStart))?.[0] ?? '';
    }

    /** Whether only whitespace precedes `offset` on its line. */
    startsLine(offset: number): boolean {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        return /^[ \t]*$/.test(this.text.slice(lineStart, offset));
    }

    /** The offset of the end of the line at `offset` (before `\r\n` or `\n`). */
    endOfLine(offset: number): number {
        const newline = this.text.indexOf('\n', offset);
        if (newline < 0) return this.text.length;
        return this.text[newline - 1] === '\r' ? newline - 1 : newline;
    }

    lineOf(offset: number): number {
        return this.positionAt(offset).line;
    }

    get lineCount(): number {
        return this.lineStarts.length;
    }

    /** Line `index` (0-based) without its line break: the lines `text.split(/\r?\n/)` gives. */
    lineText(index: number): string {
        const start = this.lineStarts[index];
        return this.text.slice(start, this.endOfLine(start));
    }
}

/** The rule's view of the source as the full helper (the runner always passes a SourceText). */
export function asSourceText(source: RuleSource): SourceText {
    return source instanceof SourceText ? source : new SourceText(source.text);
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** The value of a string token as the model holds it (quotes removed, escapes resolved). */
export function stringValue(token: Token): string {
    return token.text.slice(1, -1).replace(/\\(.)/gs, (_whole, c: string) => ESCAPES[c] ?? c);
}
