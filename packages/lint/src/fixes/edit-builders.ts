import type { SourceLocation } from '@dpa-as-code/model';
import type { LintFix, RuleSource, TextEdit } from '../lint-rule.js';
import { asSourceText, type SourceText, type TextLayout, type Token } from './source-text.js';

/*
 * Builders for the text edits of fixes: a property inserted into a `{ … }` block with the file's own
 * indentation and line ends (so it looks typed), a clause added to `obligations`, one token replaced.
 * Every edit only inserts text or replaces the token it corrects, so comments and formatting stay.
 */

/** One property of a block at nesting depth 1: its first word and its last token. */
interface Member {
    word: string;
    first: Token;
    last: Token;
}

interface Block {
    open: Token;
    close: Token;
    /** Properties of a block written over several lines (each starts a line); empty for a one-line block. */
    members: Member[];
    multiline: boolean;
}

/** Properties that close a block's content (its wording, supplements, notes): new flags go before them. */
const TRAILING_WORDS = new Set(['text', 'supplement', 'notes']);

/** The first `{ … }` that starts within `at` (the construct's own braces) and the properties between them. */
export function blockAt(source: SourceText, at: SourceLocation): Block | undefined {
    const { start, end } = source.span(at);
    const tokens = source.blockTokensFrom(start, end);
    return tokens ? blockFrom(source, tokens, 0) : undefined;
}

function blockFrom(source: SourceText, tokens: Token[], openIndex: number): Block | undefined {
    let depth = 1;
    let closeIndex = -1;
    const members: Member[] = [];
    for (let i = openIndex + 1; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind === 'close') {
            depth--;
            if (depth === 0) { closeIndex = i; break; }
            if (members.length > 0) members[members.length - 1].last = token;
            continue;
        }
        if ((depth === 1 && source.startsLine(token.start) && !continuesProperty(tokens, i)) || members.length === 0) {
            members.push({ word: token.text, first: token, last: token });
        } else {
            members[members.length - 1].last = token;
        }
        if (token.kind === 'open') depth++;
    }
    if (closeIndex < 0) return undefined;
    const open = tokens[openIndex];
    const close = tokens[closeIndex];
    const multiline = source.lineOf(open.start) !== source.lineOf(close.start);
    return { open, close, members: multiline ? members : [], multiline };
}

/**
 * A line that goes on with the property above it rather than starting one: another translation of a
 * text (`en "…"` under `text de "…"`), a string, or the rest of a list (`, art34`).
 */
function continuesProperty(tokens: Token[], index: number): boolean {
    const token = tokens[index];
    if (token.kind === 'string' || token.kind === 'comma' || tokens[index - 1]?.kind === 'comma') return true;
    return (token.text === 'de' || token.text === 'en') && tokens[index + 1]?.kind === 'string' && tokens[index - 1]?.kind === 'string';
}

export interface InsertOptions {
    /**
     * Properties the new one follows, as phrases (`'action *'` for `at controller choice`, `*` for one
     * value): in a block over several lines it goes after the last property that starts with a
     * phrase's first word, or first in the block if there is none; in a one-line block after the last
     * complete phrase (single words are ignored there). An empty list puts it first. Without this list
     * it goes last, before the block's closing `text`/`supplement`/`notes`.
     */
    after?: readonly string[];
}

/**
 * Inserts one or more properties (a template: one per line, nested blocks indented by four spaces)
 * into the braces of the construct at `at`. A block over several lines gets them on lines of their
 * own, indented like its other properties; a block on one line stays on one line.
 */
export function insertIntoBlock(source: RuleSource, at: SourceLocation, template: string, description: string, options: InsertOptions = {}): LintFix | undefined {
    const text = asSourceText(source);
    const block = blockAt(text, at);
    if (!block) return undefined;
    return { description, edits: [insertionEdit(text, block, template, options)] };
}

function insertionEdit(source: SourceText, block: Block, template: string, options: InsertOptions): TextEdit {
    const layout = source.layout();
    if (!block.multiline) {
        // Before the first trailing property (`text …`), else before the closing brace.
        const inside = source.tokensIn(block.open.end, block.close.start);
        if (options.after?.length === 0) return insertAt(source, block.open.end, ` ${flattenTemplate(template)}`);
        const afterPhrase = options.after ? lastPhrase(inside, options.after) : undefined;
        if (afterPhrase) return insertAt(source, afterPhrase.end, ` ${flattenTemplate(template)}`);
        let depth = 0;
        let before = block.close;
        for (const token of inside) {
            if (depth === 0 && token.kind === 'word' && TRAILING_WORDS.has(token.text)) { before = token; break; }
            if (token.kind === 'open') depth++;
            if (token.kind === 'close') depth--;
        }
        const previous = inside.filter(token => token.end <= before.start).pop() ?? block.open;
        const gap = source.text.slice(previous.end, before.start);
        const trailingSpace = gap.length === 0 ? ' ' : '';
        return insertAt(source, previous.end, ` ${flattenTemplate(template)}${trailingSpace}`);
    }
    const anchor = anchorOf(block, options);
    const lined = block.members.at(0);
    const indent = lined ? source.indentAt(lined.first.start) : source.indentAt(block.open.start) + layout.unit;
    // After the anchor's line if only a comment follows it there; else right after the anchor.
    const lineEnd = source.endOfLine(anchor.end);
    const rest = source.text.slice(anchor.end, lineEnd);
    const offset = /^[ \t]*(\/\/.*)?$/.test(rest) ? lineEnd : anchor.end;
    return insertAt(source, offset, layout.eol + indent + indentTemplate(template, indent, layout));
}

/**
 * In a one-line block, where properties cannot be told apart by lines: the last token of the last
 * complete property written as one of the phrases (`at controller choice`, `action *` with `*` for one
 * value). Single words are not used: what follows them (a list, a period) is unknown.
 */
function lastPhrase(inside: Token[], after: readonly string[]): Token | undefined {
    let found: Token | undefined;
    for (const phrase of after.filter(entry => entry.includes(' ')).map(entry => entry.split(' '))) {
        let depth = 0;
        inside.forEach((token, index) => {
            if (token.kind === 'open') depth++;
            else if (token.kind === 'close') depth--;
            if (depth !== 0 || token.text !== phrase[0]) return;
            const words = inside.slice(index, index + phrase.length);
            const matches = words.length === phrase.length && words.every((word, k) => word.kind === 'word' && (phrase[k] === '*' || word.text === phrase[k]));
            if (matches && (!found || words[words.length - 1].end > found.end)) found = words[words.length - 1];
        });
    }
    return found;
}

function anchorOf(block: Block, options: InsertOptions): Token {
    const members = block.members;
    if (options.after) {
        for (let i = members.length - 1; i >= 0; i--) {
            if (options.after.some(phrase => phrase.split(' ')[0] === members[i].word)) return members[i].last;
        }
        return block.open;
    }
    let last = members.length - 1;
    while (last >= 0 && TRAILING_WORDS.has(members[last].word)) last--;
    return last >= 0 ? members[last].last : block.open;
}

/** Adds a clause to the `obligations` section (at its end), or a new `obligations` section at the end of the file. */
export function addObligationClause(source: RuleSource, template: string, description: string): LintFix {
    const text = asSourceText(source);
    const tokens = text.tokens();
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (depth === 0 && token.kind === 'word' && token.text === 'obligations' && tokens[i + 1]?.kind === 'open') {
            const block = blockFrom(text, tokens, i + 1);
            if (block) return { description, edits: [insertionEdit(text, block, template, {})] };
        }
        if (token.kind === 'open') depth++;
        if (token.kind === 'close') depth = Math.max(0, depth - 1);
    }
    const layout = text.layout();
    const end = text.text.replace(/\s+$/, '').length;
    const section = `obligations {\n${template.split('\n').map(line => `    ${line}`).join('\n')}\n}`;
    return { description, edits: [insertAt(text, end, layout.eol + layout.eol + indentTemplate(section, '', layout))] };
}

/** The word tokens of the construct at `at` that sit directly in its own block (not in nested blocks). */
export function ownWords(source: RuleSource, at: SourceLocation): Token[] {
    const text = asSourceText(source);
    const { start, end } = text.span(at);
    const words: Token[] = [];
    let depth = 0;
    for (const token of text.tokensIn(start, end)) {
        if (token.kind === 'open') depth++;
        else if (token.kind === 'close') depth--;
        else if (depth <= 1) words.push(token);
    }
    return words;
}

/** Replaces one token (by offsets) with new text. */
export function replaceToken(source: RuleSource, token: { start: number; end: number }, newText: string, description: string): LintFix {
    return { description, edits: [{ range: { start: source.positionAt(token.start), end: source.positionAt(token.end) }, text: newText }] };
}

function insertAt(source: SourceText, offset: number, text: string): TextEdit {
    const position = source.positionAt(offset);
    return { range: { start: position, end: position }, text };
}

/**
 * Templates are written with four spaces per level and `\n`: every line after the first is
 * re-indented with the file's unit below `indent`.
 */
export function indentTemplate(template: string, indent: string, layout: TextLayout): string {
    return template.split('\n').map((line, index) => {
        const leading = /^(?: {4})*/.exec(line)?.[0] ?? '';
        return index === 0 ? line : indent + layout.unit.repeat(leading.length / 4) + line.slice(leading.length);
    }).join(layout.eol);
}

/** A multi-line template on one line, for blocks written on one line (`audits { information on request }`). */
export function flattenTemplate(template: string): string {
    return template.split('\n').map(line => line.trim()).filter(line => line.length > 0).join(' ');
}

/** "Add 'inspections { notice 30 days … }'": a template's description, nested lines shown on one line. */
export function addDescription(template: string): string {
    return `Add '${flattenTemplate(template)}'`;
}

/** Inserts text right after a token (`, art34` after the last article of a list). */
export function insertAfterToken(source: RuleSource, token: { end: number }, text: string, description: string): LintFix {
    const position = source.positionAt(token.end);
    return { description, edits: [{ range: { start: position, end: position }, text }] };
}

/** The word right after `keyword` among the construct's own words (`country` → `DE`), with its token. */
export function valuesAfter(source: RuleSource, at: SourceLocation, keyword: string): Token[] {
    const words = ownWords(source, at);
    const values: Token[] = [];
    words.forEach((token, index) => {
        if (token.kind !== 'word' || token.text !== keyword) return;
        // A list of values separated by commas: `located US, DE`, `articles art32, art33`.
        for (let i = index + 1; i < words.length; i += 2) {
            if (words[i]?.kind !== 'word') break;
            values.push(words[i]);
            if (words[i + 1]?.kind !== 'comma') break;
        }
    });
    return values;
}
