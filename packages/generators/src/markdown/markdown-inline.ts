import type { Inline } from '../contract/document.js';
import { escapeMarkdown } from './markdown-escape.js';

/** Runs of text as escaped Markdown; emphasis becomes `*…*` around its trimmed words. */
export function renderInline(content: Inline[]): string {
    return content.map(run => {
        if (run.kind === 'text') return textWithLinks(run.text);
        const emphasised = run.text.trim();
        return emphasised === '' ? escapeMarkdown(run.text) : `*${escapeMarkdown(emphasised)}*`;
    }).join('');
}

/**
 * A web address in a text, without the punctuation that ends the sentence around it. Only
 * characters an autolink may hold (no blanks, angle brackets or control characters) and none
 * that would end a table cell or open code.
 */
// eslint-disable-next-line no-control-regex -- control characters end a web address
const WEB_ADDRESS = /https?:\/\/[^\s<>|`\\\u0000-\u001F\u007F]+?(?=[.,;:!?)\]]*(?:\s|$))/g;

/**
 * Escaped text whose web addresses become CommonMark autolinks (`<https://…>`): inside one,
 * `&` and `_` stay as written, so the link goes where the text says (escaped, `&amp;` would
 * end up in the address GFM links a bare URL to).
 */
function textWithLinks(value: string): string {
    let result = '';
    let position = 0;
    for (const match of value.matchAll(WEB_ADDRESS)) {
        result += escapeMarkdown(value.slice(position, match.index)) + `<${match[0]}>`;
        position = match.index + match[0].length;
    }
    return result + escapeMarkdown(value.slice(position));
}
