import type { SourceLocation } from '@dpa-as-code/model';
import { ownWords } from '../fixes/edit-builders.js';
import type { Token } from '../fixes/source-text.js';
import type { LintFix, RuleSource } from '../lint-rule.js';

/*
 * Removing a flag the rules object to (`processor consent`, `reports only`, `updates by processor …`):
 * the words go with the blanks before them, or with their whole line when they stand alone on it,
 * so the rest of the file (comments included) keeps its layout.
 */

/** The tokens of the flag `words` written directly in the construct at `at`, if it is there. */
export function findFlag(source: RuleSource, at: SourceLocation, words: readonly string[]): Token[] | undefined {
    const own = ownWords(source, at);
    for (let i = 0; i + words.length <= own.length; i++) {
        if (words.every((word, k) => own[i + k].kind === 'word' && own[i + k].text === word)) return own.slice(i, i + words.length);
    }
    return undefined;
}

/** The comments written between `start` and `end` (outside strings), in order. */
function commentsIn(text: string, start: number, end: number): string[] {
    const comments: string[] = [];
    let i = start;
    while (i < end) {
        if (text[i] === '"') {
            i++;
            while (i < end && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
            i++;
        } else if (text.startsWith('//', i)) {
            const stop = text.indexOf('\n', i);
            const last = stop < 0 || stop > end ? end : stop;
            comments.push(text.slice(i, last).trimEnd());
            i = last;
        } else if (text.startsWith('/*', i)) {
            const stop = text.indexOf('*/', i + 2);
            const last = stop < 0 ? end : Math.min(stop + 2, end);
            comments.push(text.slice(i, last));
            i = last;
        } else {
            i++;
        }
    }
    return comments;
}

/**
 * A fix that deletes the text from offset `start` to `end` (a flag, or a property with its value).
 * Comments written inside it stay where the property was: nothing the user wrote besides it is lost.
 */
export function removeSpan(source: RuleSource, start: number, end: number, description: string): LintFix {
    const text = source.text;
    const comments = commentsIn(text, start, end);
    if (comments.length > 0) {
        let kept = comments.join(' ');
        const restOfLine = text.slice(end, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
        // A line comment would swallow whatever follows on its line: end the line after it.
        if (comments[comments.length - 1].startsWith('//') && restOfLine.trim() !== '') kept += '\n';
        return { description, edits: [{ range: { start: source.positionAt(start), end: source.positionAt(end) }, text: kept }] };
    }
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    let to = end;
    const lineStartsHere = from === 0 || text[from - 1] === '\n';
    if (lineStartsHere) {
        // Alone on its line (perhaps with a trailing comment of its own? then keep the line): drop the whole line.
        let after = to;
        while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++;
        if (after >= text.length || text[after] === '\n') to = Math.min(after + 1, text.length);
        else from = start; // something follows on the line: remove only the flag and the blanks after it
        if (from === start) while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
    }
    return { description, edits: [{ range: { start: source.positionAt(from), end: source.positionAt(to) }, text: '' }] };
}

/** A fix that deletes the flag `words` from the construct at `at`; undefined if it is not written there. */
export function removeFlag(source: RuleSource, at: SourceLocation, words: readonly string[], description: string): LintFix | undefined {
    const tokens = findFlag(source, at, words);
    if (!tokens) return undefined;
    return removeSpan(source, tokens[0].start, tokens[tokens.length - 1].end, description);
}
