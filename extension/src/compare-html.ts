import type { CompareResult } from './protocol';

const STYLES = `
body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-editor-foreground, #222);
  background: var(--vscode-editor-background, #fff); margin: 0; padding: 0 1rem 2rem; line-height: 1.5; }
nav { position: sticky; top: 0; padding: 6px 0; background: var(--vscode-editor-background, #fff);
  border-bottom: 1px solid var(--vscode-panel-border, #ccc); }
nav a { margin-right: 1rem; color: var(--vscode-textLink-foreground, #0066bf); }
section { margin-top: 1rem; }
.note { color: var(--vscode-descriptionForeground, #666); }
pre { white-space: pre-wrap; }
`;

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${String(character.charCodeAt(0))};`);
}

/**
 * The comparison page: the typed changes, then the change notice. Static HTML without scripts;
 * Content-Security-Policy: nothing remote, nothing inline but the one nonce-carrying stylesheet.
 * The fragments come from the language server, which escapes every text taken from the file.
 */
export function comparePageHtml(nonce: string, file: string, result: CompareResult | { error: string }): string {
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'`;
    const head = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compare ${escapeHtml(file)}</title>
<style nonce="${nonce}">${STYLES}</style>
</head>
<body>
`;
    if ('error' in result) {
        return `${head}<h2>${escapeHtml(file)}: no comparison</h2>\n<pre>${escapeHtml(result.error)}</pre>\n</body>\n</html>\n`;
    }
    const notice = result.noticeHtml !== undefined
        ? `<div lang="${escapeHtml(result.noticeLanguage ?? 'en')}">${result.noticeHtml}</div>`
        : `<p class="note">${escapeHtml(result.noticeNote ?? '')}</p>`;
    return `${head}<nav><a href="#changes">Changes (${String(result.changes.length)})</a><a href="#notice">Change notice</a></nav>
<section id="changes">
<h2>Changes since the previous version</h2>
${result.html}
</section>
<section id="notice">
<h2>Change notice, dated ${escapeHtml(result.date)}</h2>
<p class="note">A draft generated from the file; not legal advice.</p>
${notice}
</section>
</body>
</html>
`;
}
