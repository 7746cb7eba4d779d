import { describe, expect, it } from 'vitest';
import { buildEdition, renderHtml } from '@dpa-as-code/generators';
import { createNonce, previewShellHtml, splitContractHtml } from '../../extension/src/preview-html.js';
import { examplePath, modelOf } from '../helpers.js';

// The webview page of the contract preview (extension/src/preview-html.ts), without VS Code.

describe('contract preview webview page', () => {
    const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

    it('has a strict Content-Security-Policy: nothing remote, scripts and styles only with the nonce', () => {
        const nonce = createNonce();
        expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
        expect(createNonce()).not.toBe(nonce);
        const page = previewShellHtml(cspSource, nonce, 'de');
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
        expect(csp?.split('; ')).toEqual([
            "default-src 'none'",
            `style-src ${cspSource} 'nonce-${nonce}'`,
            `script-src 'nonce-${nonce}'`,
            `img-src ${cspSource} data:`,
            `font-src ${cspSource}`
        ]);
        expect(page).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!file\+)/);
        // Every <script> and <style> carries the nonce; no inline event handlers or style attributes.
        for (const tag of page.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
        expect(page).not.toMatch(/\son[a-z]+=|\sstyle=/);
    });

    it('has the language buttons, the chosen one pressed', () => {
        const page = previewShellHtml(cspSource, createNonce(), 'de+en');
        const buttons = [...page.matchAll(/<button type="button" data-language="([^"]+)"[^>]*aria-pressed="(true|false)">([^<]+)<\/button>/g)]
            .map(match => [match[1], match[2], match[3]]);
        expect(buttons).toEqual([['de', 'false', 'DE'], ['en', 'false', 'EN'], ['de+en', 'true', 'DE + EN']]);
    });

    it('takes the stylesheet, body class, language and body of the generated contract', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const html = renderHtml(buildEdition(model, ['de', 'en'], 'side-by-side'));
        const parts = splitContractHtml(html);
        expect(parts.bodyClass).toBe('side-by-side');
        expect(parts.lang).toBe('de');
        expect(parts.css).toContain('.pair {');
        expect(parts.body).toContain('Vertrag über die Auftragsverarbeitung');
        expect(parts.body).not.toMatch(/<\/?(html|head|body|style|meta)\b/);
    });

    it('drops scripts, should a contract ever contain one', () => {
        const parts = splitContractHtml('<html lang="en"><head><style>p{}</style></head><body class="sequential"><p>a</p><script>alert(1)</script><SCRIPT src="x"></SCRIPT ></body></html>');
        expect(parts).toEqual({ css: 'p{}', bodyClass: 'sequential', lang: 'en', body: '<p>a</p>' });
    });
});
