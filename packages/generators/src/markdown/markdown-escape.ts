import { visibleControlCharacters } from '../render/visible-control-characters.js';

/**
 * Makes any text print literally in Markdown (CommonMark / GFM): characters that start
 * emphasis, links, HTML, headings, code, tables, strikethrough or math are backslash-escaped,
 * an `&` that would start an entity (`&amp;`, `&#38;`) becomes `&amp;` so it stays text (a lone
 * `&`, as in "R&D", prints as it is), and line breaks become `<br>` so a text never
 * starts a new Markdown line (where `- ` or `1. ` would begin a list). One pass, so nothing
 * is escaped twice.
 */
const SPECIAL = /\r\n|[\r\n]|\t|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)|[\\`*_[\]<>#|~$]/g;

export function escapeMarkdown(value: string): string {
    return visibleControlCharacters(value).replace(SPECIAL, match => {
        if (match === '&') return '&amp;';
        if (match === '\t') return ' ';
        if (match === '\n' || match === '\r' || match === '\r\n') return '<br>';
        return '\\' + match;
    });
}

/**
 * For escaped text at the start of a paragraph or list item: drops leading blanks (four would
 * make a code block) and escapes what would open a list or a thematic break there.
 */
export function guardLineStart(escaped: string): string {
    return escaped
        .replace(/^[ ]+/, '')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=[ ]|$)/, '$1\\$2');
}
