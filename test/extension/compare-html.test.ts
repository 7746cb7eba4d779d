import { describe, expect, it } from 'vitest';
import { comparePageHtml } from '../../extension/src/compare-html.js';

// The comparison webview page: static, strict Content-Security-Policy, texts escaped.

const NONCE = 'abcdefghijklmnopqrstuvwxyz012345';

describe('comparePageHtml', () => {
    it('shows the changes and the notice under a policy that allows nothing remote and no scripts', () => {
        const html = comparePageHtml(NONCE, 'userlike.dpa', {
            html: '<ul><li>sub-processor DeepL (DeepL GmbH, DE) added</li></ul>',
            changes: [{ area: 'sub-processors', kind: 'sub-processor-added', headline: 'sub-processor DeepL (DeepL GmbH, DE) added', details: [] }],
            noticeHtml: '<section lang="de"><p>Die Änderungen werden am 31.12.2026 wirksam</p></section>',
            noticeLanguage: 'de',
            date: '2026-12-01'
        });
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}'">`);
        expect(html).toContain(`<style nonce="${NONCE}">`);
        expect(html).not.toMatch(/<script|https?:\/\//i);
        expect(html).toContain('<a href="#changes">Changes (1)</a>');
        expect(html).toContain('<h2>Change notice, dated 2026-12-01</h2>');
        expect(html).toContain('<div lang="de"><section lang="de"><p>Die Änderungen werden am 31.12.2026 wirksam</p></section></div>');
    });

    it('says why there is no notice, and escapes an error taken from the file', () => {
        expect(comparePageHtml(NONCE, 'a.dpa', { html: '<p>no changes</p>', changes: [], noticeNote: 'No sub-processor changed, so no notice to the controller is needed.', date: '2026-12-01' }))
            .toContain('<p class="note">No sub-processor changed, so no notice to the controller is needed.</p>');
        const failed = comparePageHtml(NONCE, 'a.dpa', { error: 'HEAD:a.dpa:3:5: unexpected "<b>"' });
        expect(failed).toContain('<pre>HEAD:a.dpa:3:5: unexpected &#34;&#60;b&#62;&#34;</pre>');
        expect(failed).not.toContain('<b>');
    });
});
