import type { Inline } from '../contract/document.js';
import { escapeMarkdown } from './markdown-escape.js';

/** Runs of text as escaped Markdown; emphasis becomes `*…*` around its trimmed words. */
export function renderInline(content: Inline[]): string {
    return content.map(run => {
        if (run.kind === 'text') return escapeMarkdown(run.text);
        const emphasised = run.text.trim();
        return emphasised === '' ? escapeMarkdown(run.text) : `*${escapeMarkdown(emphasised)}*`;
    }).join('');
}
