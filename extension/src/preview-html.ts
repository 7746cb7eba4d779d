import type { PreviewError, PreviewLanguage } from './protocol';

/** What the webview shows: the contract, or the errors that keep it from being generated. */
export type PreviewMessage =
    | { type: 'contract'; uri: string; file: string; language: PreviewLanguage; languages: string[]; css: string; bodyClass: string; lang: string; body: string }
    | { type: 'errors'; uri: string; file: string; language: PreviewLanguage; languages: string[]; errors: PreviewError[]; text: string }
    | { type: 'status'; text: string }
    /** The editor shows `line` (1-based) at its top: scroll to the block built from the nearest construct at or above it. */
    | { type: 'scroll'; line: number };

/** The parts of the generator's self-contained HTML document the webview needs. */
export function splitContractHtml(html: string): { css: string; bodyClass: string; lang: string; body: string } {
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(match => match[1]).join('\n');
    const body = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
    const bodyClass = /\bclass="([^"]*)"/.exec(body?.[1] ?? '')?.[1] ?? '';
    const lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? 'de';
    // The generator writes no scripts; the webview's Content-Security-Policy would block them anyway.
    const content = (body ? body[2] : html).replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    return { css, bodyClass, lang, body: content };
}

/** 32 characters from [A-Za-z0-9], fresh for every page. */
export function createNonce(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let nonce = '';
    for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
    return nonce;
}

const LANGUAGE_BUTTONS: { language: PreviewLanguage; label: string; title: string }[] = [
    { language: 'de', label: 'DE', title: 'Deutsch / German' },
    { language: 'en', label: 'EN', title: 'Englisch / English' },
    { language: 'de+en', label: 'DE + EN', title: 'Deutsch und Englisch nebeneinander / German and English side by side' }
];

/**
 * The webview page: a toolbar with the language buttons and an empty content area that the
 * script fills from the extension's messages. Content-Security-Policy: nothing remote, no
 * inline code or styles without this page's nonce (styles may also come from the webview's own
 * resource origin); the contract's stylesheet is put into a nonce-carrying <style> element.
 */
export function previewShellHtml(cspSource: string, nonce: string, language: PreviewLanguage): string {
    const csp = [
        "default-src 'none'",
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`
    ].join('; ');
    const buttons = LANGUAGE_BUTTONS.map(button =>
        `<button type="button" data-language="${button.language}" title="${button.title}" aria-pressed="${String(button.language === language)}">${button.label}</button>`
    ).join('');
    return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contract Preview</title>
<style nonce="${nonce}" id="contract-styles"></style>
<style nonce="${nonce}">${SHELL_STYLES}</style>
</head>
<body>
<div class="dpa-toolbar" role="toolbar" aria-label="Language">
<span class="dpa-buttons">${buttons}</span>
<span class="dpa-status" id="dpa-status" aria-live="polite">Generating…</span>
</div>
<div id="dpa-content"></div>
<script nonce="${nonce}">${SHELL_SCRIPT}</script>
</body>
</html>`;
}

// After the contract's stylesheet, so these win: the toolbar in the editor's colours, the
// contract as a white page below it.
const SHELL_STYLES = `
html { background: #fff; }
body, body.side-by-side { margin: 0; padding: 0; max-width: none; }
#dpa-content { max-width: 50rem; margin: 1.5rem auto 3rem; padding: 0 1.5rem; }
body.side-by-side #dpa-content { max-width: none; }
[id] { scroll-margin-top: 3rem; }
#dpa-content [data-dpa-line] { cursor: pointer; }
.dpa-toolbar { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: 1rem; padding: 6px 12px;
  font-family: var(--vscode-font-family, sans-serif); font-size: var(--vscode-font-size, 13px); line-height: 1.4;
  color: var(--vscode-editor-foreground, #333); background: var(--vscode-editor-background, #f3f3f3);
  border-bottom: 1px solid var(--vscode-panel-border, #ccc); }
.dpa-buttons { display: inline-flex; gap: 2px; }
.dpa-toolbar button { font: inherit; padding: 2px 10px; cursor: pointer; border: 1px solid var(--vscode-button-border, transparent);
  color: var(--vscode-button-secondaryForeground, #222); background: var(--vscode-button-secondaryBackground, #ddd); border-radius: 2px; }
.dpa-toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, #ccc); }
.dpa-toolbar button[aria-pressed="true"] { color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0e639c); }
.dpa-toolbar button:disabled { opacity: 0.4; cursor: default; }
.dpa-toolbar button:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 1px; }
.dpa-status { opacity: 0.8; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.dpa-errors { font-family: var(--vscode-font-family, sans-serif); color: #111; }
.dpa-errors h1 { font-size: 1.3em; color: #a1260d; }
.dpa-errors ul { list-style: none; padding: 0; }
.dpa-errors li { margin: 0 0 0.5em; }
.dpa-errors a { font-family: var(--vscode-editor-font-family, monospace); color: #a1260d; text-decoration: none; cursor: pointer; white-space: pre-wrap; }
.dpa-errors a:hover { text-decoration: underline; }
`;

// Runs in the webview: renders the extension's messages, sends the language choice back.
const SHELL_SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('dpa-content');
  const contractStyles = document.getElementById('contract-styles');
  const status = document.getElementById('dpa-status');
  const buttons = Array.from(document.querySelectorAll('button[data-language]'));
  let restoreScroll = (vscode.getState() || {}).scrollY;

  function saveState(patch) { vscode.setState(Object.assign({}, vscode.getState() || {}, patch)); }
  function markLanguage(language, languages) {
    for (const button of buttons) {
      const choice = button.getAttribute('data-language');
      button.setAttribute('aria-pressed', String(choice === language));
      if (languages && languages.length > 0) {
        button.disabled = choice === 'de+en' ? !(languages.includes('de') && languages.includes('en')) : !languages.includes(choice);
      }
    }
  }
  for (const button of buttons) {
    button.addEventListener('click', function () {
      const language = button.getAttribute('data-language');
      saveState({ language: language });
      markLanguage(language);
      status.textContent = 'Generating…';
      vscode.postMessage({ type: 'language', language: language });
    });
  }
  function showErrors(message) {
    const box = document.createElement('section');
    box.className = 'dpa-errors';
    const title = document.createElement('h1');
    title.textContent = message.errors.length === 1
      ? 'The contract cannot be generated: 1 error'
      : 'The contract cannot be generated: ' + message.errors.length + ' errors';
    const hint = document.createElement('p');
    hint.textContent = 'Fix the file; the preview updates as you type.';
    const list = document.createElement('ul');
    const lines = message.text.split('\\n');
    message.errors.forEach(function (error, index) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.textContent = lines[index] || (message.file + ':' + error.line + ':' + error.column + ': ' + error.message);
      link.title = 'Go to line ' + error.line;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        vscode.postMessage({ type: 'reveal', line: error.line, column: error.column });
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    box.append(title, hint, list);
    document.body.className = '';
    contractStyles.textContent = '';
    content.replaceChildren(box);
  }
  // Provenance: every block of the contract carries data-dpa-line, the line of the construct it came from.
  function scrollToLine(line) {
    let best;
    let bestLine = -1;
    for (const element of content.querySelectorAll('[data-dpa-line]')) {
      const value = Number(element.getAttribute('data-dpa-line'));
      // The first block (in reading order) of the nearest construct at or above the line.
      if (value <= line && value > bestLine) { best = element; bestLine = value; }
    }
    if (!best) { window.scrollTo(0, 0); return; }
    const toolbar = document.querySelector('.dpa-toolbar');
    const top = best.getBoundingClientRect().top + window.scrollY - (toolbar ? toolbar.offsetHeight : 0);
    window.scrollTo(0, Math.max(0, top));
  }
  content.addEventListener('click', function (event) {
    const target = event.target;
    if (!(target instanceof Element) || target.closest('a[href], .dpa-errors')) return;
    // Selecting text is not a request to jump.
    const selection = window.getSelection();
    if (selection && selection.toString() !== '') return;
    const block = target.closest('[data-dpa-line]');
    if (!block) return;
    vscode.postMessage({ type: 'reveal', line: Number(block.getAttribute('data-dpa-line')), column: 1 });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'status') { status.textContent = message.text; return; }
    if (message.type === 'scroll') { if (typeof message.line === 'number') scrollToLine(message.line); return; }
    if (message.type === 'contract') {
      contractStyles.textContent = message.css;
      document.body.className = message.bodyClass;
      document.documentElement.lang = message.lang;
      content.innerHTML = message.body;
      status.textContent = message.file + ' · ' + new Date().toLocaleTimeString();
      if (typeof restoreScroll === 'number') { window.scrollTo(0, restoreScroll); restoreScroll = undefined; }
    } else if (message.type === 'errors') {
      showErrors(message);
      status.textContent = message.file + ' · ' + (message.errors.length === 1 ? '1 error' : message.errors.length + ' errors');
    } else {
      return;
    }
    saveState({ uri: message.uri, language: message.language });
    markLanguage(message.language, message.languages);
  });
  let scrollTimer;
  window.addEventListener('scroll', function () {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(function () { saveState({ scrollY: window.scrollY }); }, 200);
  });
  vscode.postMessage({ type: 'ready' });
})();
`;
