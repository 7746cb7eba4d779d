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

    constructor(readonly text: string) {
        for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
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
        const text = this.text;
        const tokens: Token[] = [];
        let i = 0;
        while (i < text.length) {
            const c = text[i];
            if (isSpace(text.charCodeAt(i))) { i++; continue; }
            if (c === '/' && text.charCodeAt(i + 1) === SLASH) { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
            if (c === '/' && text.charCodeAt(i + 1) === STAR) { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 2; continue; }
            if (c === '"') {
                let j = i + 1;
                while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
                j = Math.min(j + 1, text.length);
                tokens.push({ kind: 'string', start: i, end: j, text: text.slice(i, j) });
                i = j;
                continue;
            }
            if (c === '{' || c === '}' || c === ',') {
                tokens.push({ kind: c === '{' ? 'open' : c === '}' ? 'close' : 'comma', start: i, end: i + 1, text: c });
                i++;
                continue;
            }
            let j = i;
            while (j < text.length && !endsWord(text, j)) j++;
            tokens.push({ kind: 'word', start: i, end: j, text: text.slice(i, j) });
            i = j;
        }
        this.cachedTokens = tokens;
        return tokens;
    }

    /** The tokens inside a stretch of text. */
    tokensIn(start: number, end: number): Token[] {
        // Tokens are in order and do not overlap: a binary search for the first, then a run up to
        // `end` (a filter over the whole file per finding made lint quadratic at 10,000 sub-processors).
        const tokens = this.tokens();
        const inside: Token[] = [];
        for (let i = this.firstTokenFrom(start); i < tokens.length && tokens[i].end <= end; i++) inside.push(tokens[i]);
        return inside;
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
        for (const line of this.text.split(/\r?\n/)) {
            const match = /^([ \t]+)(\S)/.exec(line);
            if (!match || match[2] === '*') continue; // continuation lines of block comments
            if (match[1].startsWith('\t')) {
                tabs++;
            } else {
                spaced++;
                smallest = Math.min(smallest, match[1].length);
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
