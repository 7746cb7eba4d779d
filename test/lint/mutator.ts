import type { SourceLocation } from '@dpa-as-code/model';

/*
 * A small mutator for `.dpa` texts: it removes, replaces or adds one property inside one construct,
 * found by its keywords outside strings and comments, and maps positions of the original text to the
 * mutated one, so findings before and after a mutation can be compared by rule id and location.
 */

/** One text edit: the characters from `start` to `end` (offsets) become `text`. */
export interface Edit {
    start: number;
    end: number;
    text: string;
}

/** The text with strings and comments blanked out (same length, newlines kept), so keywords are found only as keywords. */
export function maskStringsAndComments(text: string): string {
    const out = text.split('');
    let i = 0;
    const blank = (from: number, to: number, keepEnds: boolean) => {
        for (let k = from; k < to; k++) if (out[k] !== '\n' && !(keepEnds && (k === from || k === to - 1))) out[k] = ' ';
    };
    while (i < text.length) {
        if (text[i] === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
            blank(i, Math.min(j + 1, text.length), true);
            i = j + 1;
        } else if (text.startsWith('//', i)) {
            const j = text.indexOf('\n', i);
            blank(i, j < 0 ? text.length : j, false);
            i = j < 0 ? text.length : j;
        } else if (text.startsWith('/*', i)) {
            const j = text.indexOf('*/', i + 2);
            const end = j < 0 ? text.length : j + 2;
            blank(i, end, false);
            i = end;
        } else {
            i++;
        }
    }
    return out.join('');
}

export function offsetOf(text: string, line: number, column: number): number {
    let offset = 0;
    for (let current = 1; current < line; current++) {
        const next = text.indexOf('\n', offset);
        if (next < 0) return text.length;
        offset = next + 1;
    }
    return offset + column - 1;
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The offsets a model location spans in `text`. */
export function spanOf(text: string, at: SourceLocation): { start: number; end: number } {
    return { start: offsetOf(text, at.line, at.column), end: offsetOf(text, at.endLine, at.endColumn) };
}

/**
 * Where a property starting with `keywords` (each a word, or a regular expression source such as
 * `\\d+`) is written inside `within`, not nested in a deeper block than `depth` (1: directly in the
 * construct's braces). The match ends after the keywords and, with `withText`, after the text
 * (`de "…" en "…"` or `"…"`) that follows them.
 */
export function findProperty(text: string, within: SourceLocation, keywords: readonly string[], options: { withText?: boolean; value?: RegExp; depth?: number } = {}): { start: number; end: number } | undefined {
    const masked = maskStringsAndComments(text);
    const { start, end } = spanOf(text, within);
    const pattern = new RegExp(`(?<![\\w-])${keywords.join('\\s+')}(?![\\w-])`, 'g');
    pattern.lastIndex = start;
    for (let match = pattern.exec(masked); match && match.index < end; match = pattern.exec(masked)) {
        if (depthAt(masked, start, match.index) !== (options.depth ?? 1)) continue;
        // `notice` is also the end of `emergency notice`: only a keyword that starts a property counts.
        if (/emergency\s+$/.test(masked.slice(Math.max(0, match.index - 20), match.index))) continue;
        let stop = match.index + match[0].length;
        const value = options.value?.exec(masked.slice(stop));
        if (value) stop += value[0].length;
        else if (options.withText) stop = textEnd(masked, stop);
        return { start: match.index, end: stop };
    }
    return undefined;
}

function depthAt(masked: string, from: number, offset: number): number {
    let depth = 0;
    for (let i = from; i < offset; i++) {
        if (masked[i] === '{') depth++;
        else if (masked[i] === '}') depth--;
    }
    return depth;
}

/** The end of a Text value after `offset`: one string, or `de "…"`/`en "…"` pairs. */
function textEnd(masked: string, offset: number): number {
    const single = /^\s*"[^"]*"/.exec(masked.slice(offset));
    if (single) return offset + single[0].length;
    let end = offset;
    for (;;) {
        const pair = /^\s*(?:de|en)\s+"[^"]*"/.exec(masked.slice(end));
        if (!pair) return end;
        end += pair[0].length;
    }
}

/** An edit that deletes `span` with the blanks before it, or its whole line when nothing else is on it. */
export function deletion(text: string, span: { start: number; end: number }): Edit {
    let start = span.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = span.end;
    const lineStart = start === 0 || text[start - 1] === '\n';
    let after = end;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++;
    const lineEnd = after >= text.length || text[after] === '\n';
    if (lineStart && lineEnd) end = Math.min(after + 1, text.length);
    else if (lineStart) start = span.start;
    return { start, end, text: '' };
}

/** An edit that replaces `span` by `replacement`. */
export function replacement(span: { start: number; end: number }, replacementText: string): Edit {
    return { start: span.start, end: span.end, text: replacementText };
}

/** An edit that inserts `words` right after the opening brace of the construct at `within`. */
export function insertionIntoBlock(text: string, within: SourceLocation, words: string): Edit | undefined {
    const masked = maskStringsAndComments(text);
    const { start, end } = spanOf(text, within);
    const open = masked.indexOf('{', start);
    if (open < 0 || open >= end) return undefined;
    return { start: open + 1, end: open + 1, text: ` ${words} ` };
}

export function applyEdit(text: string, edit: Edit): string {
    return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * Where a position of the original text is after the edit: unchanged before it, shifted after it;
 * a position inside the replaced characters has no counterpart (undefined).
 */
export function mapPosition(before: string, after: string, edit: Edit, line: number, column: number): { line: number; column: number } | undefined {
    const offset = offsetOf(before, line, column);
    if (offset < edit.start) return { line, column };
    if (offset < edit.end) return undefined;
    return positionOf(after, offset + edit.text.length - (edit.end - edit.start));
}
