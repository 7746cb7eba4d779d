import { visibleControlCharacters } from '../render/visible-control-characters.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

/** Any text as HTML that prints it literally, in element content or a quoted attribute; hidden characters are shown. */
export function escapeHtml(value: string): string {
    return visibleControlCharacters(value).replace(SPECIAL, character => ENTITIES[character]);
}

/** Element content: like `escapeHtml`, and a line break in the text stays a line break. */
export function escapeHtmlText(value: string): string {
    return escapeHtml(value).replace(/\t/g, ' ').replace(/\r\n|[\r\n]/g, '<br>');
}

/** A quoted attribute value on one line. */
export function escapeHtmlAttribute(value: string): string {
    return escapeHtml(value).replace(/\r\n|[\r\n\t]/g, ' ');
}
