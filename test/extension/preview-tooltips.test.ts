import { describe, expect, it } from 'vitest';
import { previewShellHtml } from '../../extension/src/preview-html.js';

/*
 * Issue 12: the German half of the side-by-side button's tooltip said "English". Every tooltip
 * of the language buttons is checked word by word: German words in the German half, English
 * words in the English half.
 */

function buttonTitles(): Record<string, string> {
    const page = previewShellHtml('vscode-resource:', 'n'.repeat(32), 'de');
    return Object.fromEntries([...page.matchAll(/<button type="button" data-language="([^"]+)" title="([^"]+)"/g)].map(match => [match[1], match[2]]));
}

describe('tooltips of the preview\'s language buttons', () => {
    it('names the languages in German in the German half and in English in the English half', () => {
        expect(buttonTitles()).toEqual({
            'de': 'Deutsch / German',
            'en': 'Englisch / English',
            'de+en': 'Deutsch und Englisch nebeneinander / German and English side by side'
        });
    });

    it('uses no English word in a German half', () => {
        for (const title of Object.values(buttonTitles())) {
            const german = title.split(' / ')[0];
            expect(german).not.toMatch(/\b(English|German|and|side)\b/);
        }
    });
});
