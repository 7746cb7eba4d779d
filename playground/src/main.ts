// The playground page: a CodeMirror 6 editor talking LSP (through @codemirror/lsp-client) to the DPA
// language server in a Web Worker, a live bilingual contract preview from the server's `dpa/preview`
// request, an outline, examples, downloads and a share link. See docs/playground.md.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, foldGutter, indentOnInput, indentUnit } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import {
    findReferencesKeymap, formatDocument, hoverTooltips, jumpToDefinitionKeymap, LSPClient, LSPPlugin,
    renameKeymap, serverCompletion, serverDiagnostics
} from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Text } from '@codemirror/state';
import {
    crosshairCursor, drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter,
    highlightSpecialChars, keymap, lineNumbers, rectangularSelection
} from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';
import type { OutputFormatChoice, OutputParams, OutputResult, PreviewParams, PreviewResult } from '@dpa-as-code/language-server/protocol';
import examples, { workspaceFiles } from 'virtual:examples';
import { dpaHighlighting } from './dpa-language.js';
import { sanitizeHtml } from './sanitize-html.js';
import { decodeShareFragment, encodeShareFragment, type SharedText } from './share-link.js';
import { startLanguageServerWorker } from './worker-transport.js';

/** The folder the editor's files live in for the server; an example keeps its repository path below it. */
const WORKSPACE_URI = 'file:///playground/';
const SHARED_TEXT_URI = `${WORKSPACE_URI}agreement.dpa`;
const PREVIEW_DELAY_MS = 250;
type Layout = 'de' | 'en' | 'side-by-side';
type PaneLanguage = 'de' | 'en';

// The page's elements are in index.html; a missing one is a build error worth failing loudly on.
function element<T extends HTMLElement>(id: string, type: new () => T): T {
    const found = document.getElementById(id);
    if (!(found instanceof type)) throw new Error(`index.html has no ${type.name} #${id}`);
    return found;
}
const statusElement = element('status', HTMLSpanElement);
const picker = element('example-picker', HTMLSelectElement);
const outlineElement = element('outline', HTMLUListElement);
const previewElement = element('preview', HTMLDivElement);
const panes: Record<PaneLanguage, HTMLElement> = { de: element('preview-de', HTMLElement), en: element('preview-en', HTMLElement) };
const shareInput = element('share-link', HTMLInputElement);

let layout: Layout = 'de';
let documentName = 'contract';
/** The open document's URI: an example's path, or agreement.dpa for a share link's text ('' before the first). */
let documentUri = '';
const lspCompartment = new Compartment();
let diagnosticsShown: { line: number; column: number; severity: string; message: string; code?: string; href?: string; fixes: string[] }[] = [];
/** The last didChange/didOpen version sent, and the one the latest diagnostics came after. */
let sentVersion = -1;
let diagnosedVersion = -1;
let pendingTasks = 0;
let previewTimer: ReturnType<typeof setTimeout> | undefined;
let firstDiagnostics = true;
/** Said together with the first "Ready" status (it would be overwritten before anyone could read it). */
let startNotice = '';

// ---------------------------------------------------------------- language server

const transport = startLanguageServerWorker({
    workspaceFolder: WORKSPACE_URI,
    files: Object.fromEntries(Object.entries(workspaceFiles).map(([path, text]) => [WORKSPACE_URI + path, text])),
    onError: message => { setStatus('error', message); }
});
transport.observe((message, direction) => {
    if (direction !== 'out') return;
    const params = message.params as { textDocument?: { uri?: string; version?: number } } | undefined;
    if ((message.method === 'textDocument/didChange' || message.method === 'textDocument/didOpen')
        && params?.textDocument?.uri === documentUri && params.textDocument.version !== undefined) {
        sentVersion = params.textDocument.version;
    }
});

const client = new LSPClient({
    rootUri: WORKSPACE_URI,
    timeout: 20000,
    // The server's Markdown (hovers, completion details) may quote the document: cut down to plain formatting.
    sanitizeHTML: sanitizeHtml,
    notificationHandlers: {
        'textDocument/publishDiagnostics': (_client, params: lsp.PublishDiagnosticsParams) => {
            // Findings of the workspace's other files (a template the cover uses) are not shown.
            if (params.uri !== documentUri) return true;
            // The worker adds the version of the text the findings are for; those of an older text are dropped
            // (the current text's follow).
            if (params.version != null && params.version !== sentVersion) return true;
            void track(showDiagnostics(params.diagnostics, params.version ?? sentVersion));
            return true;
        }
    },
    extensions: [
        serverCompletion(),
        hoverTooltips(),
        keymap.of([{ key: 'Shift-Alt-f', run: () => { void track(formatWhenBuilt()); return true; }, preventDefault: true }]),
        keymap.of([...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap]),
        serverDiagnostics()
    ]
}).connect(transport);

// ---------------------------------------------------------------- editor

const view = new EditorView({
    parent: element('editor', HTMLElement),
    state: EditorState.create({
        doc: '',
        extensions: [
            lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), foldGutter(), drawSelection(),
            dropCursor(), EditorState.allowMultipleSelections.of(true), indentOnInput(), bracketMatching(), closeBrackets(),
            autocompletion(), rectangularSelection(), crosshairCursor(), highlightActiveLine(), highlightSelectionMatches(),
            indentUnit.of('    '), lintGutter(),
            // Matches the style-src nonce of index.html's Content-Security-Policy.
            EditorView.cspNonce.of('dpa-playground-editor'),
            keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
            dpaHighlighting,
            // The language server plugin comes with the first document (openDocument).
            lspCompartment.of([]),
            EditorView.updateListener.of(update => { if (update.docChanged) schedulePreview(); })
        ]
    })
});

function plugin(): LSPPlugin {
    const found = LSPPlugin.get(view);
    if (!found) throw new Error('the editor has no language server plugin');
    return found;
}

function getText(): string {
    return view.state.doc.toString();
}

function setText(text: string): void {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}

/**
 * Shows `text` as the document `uri`. Another URI closes the open document and opens the new one in the same
 * transaction (the plugin opens it with the new text), so relative paths in it (a cover's template) resolve.
 */
function openDocument(uri: string, text: string): void {
    if (uri === documentUri) {
        setText(text);
        return;
    }
    documentUri = uri;
    sentVersion = -1;
    diagnosedVersion = -1;
    for (const pane of Object.values(panes)) pane.dataset.version = '-1';
    outlineElement.replaceChildren();
    view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        scrollIntoView: true,
        effects: lspCompartment.reconfigure(client.plugin(uri, 'dpa'))
    });
    schedulePreview();
}

/** Moves the cursor to a 1-based line (and column), scrolls it to the middle and focuses the editor. */
function setCursor(line: number, column = 1): void {
    const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    const position = Math.min(target.from + Math.max(0, column - 1), target.to);
    view.dispatch({ selection: { anchor: position }, effects: EditorView.scrollIntoView(position, { y: 'center' }) });
    view.focus();
}

function getCursor(): { line: number; column: number } {
    const head = view.state.selection.main.head;
    const line = view.state.doc.lineAt(head);
    return { line: line.number, column: head - line.from + 1 };
}

// ---------------------------------------------------------------- diagnostics, quick fixes, outline

/**
 * Shows the server's diagnostics with their rule links and quick fixes. @codemirror/lsp-client shows
 * only the message, so this handler replaces its own: it asks once for the code actions of all
 * diagnostics (the server ties each action to its diagnostic) and adds them as lint actions.
 */
async function showDiagnostics(diagnostics: lsp.Diagnostic[], version: number): Promise<void> {
    const lspPlugin = plugin();
    client.sync();
    const serverDoc = lspPlugin.syncedDoc;
    const actions = diagnostics.length > 0 ? await codeActions(diagnostics) : [];
    // A newer text has been sent meanwhile: its own diagnostics follow.
    if (version !== sentVersion || lspPlugin.syncedDoc !== serverDoc) return;
    const byDiagnostic = new Map<string, lsp.CodeAction[]>();
    for (const action of actions) for (const diagnostic of action.diagnostics ?? []) {
        const key = diagnosticKey(diagnostic);
        byDiagnostic.set(key, [...(byDiagnostic.get(key) ?? []), action]);
    }
    const unsynced = lspPlugin.unsyncedChanges;
    const shown: Diagnostic[] = diagnostics.map(item => {
        const from = unsynced.mapPos(lspPlugin.fromPosition(item.range.start, serverDoc));
        const to = unsynced.mapPos(lspPlugin.fromPosition(item.range.end, serverDoc));
        const fixes = byDiagnostic.get(diagnosticKey(item)) ?? [];
        return {
            from, to: Math.max(from, to),
            severity: severityName(item.severity),
            message: item.message,
            renderMessage: () => renderDiagnosticMessage(item),
            actions: fixes.map(fix => quickFixAction(fix, serverDoc))
        };
    });
    diagnosticsShown = diagnostics.map(item => ({
        line: item.range.start.line + 1, column: item.range.start.character + 1, severity: severityName(item.severity), message: item.message,
        ...(item.code !== undefined ? { code: String(item.code) } : {}),
        ...(item.codeDescription ? { href: item.codeDescription.href } : {}),
        fixes: (byDiagnostic.get(diagnosticKey(item)) ?? []).map(fix => fix.title)
    }));
    view.dispatch(setDiagnostics(view.state, shown));
    diagnosedVersion = version;
    const errors = diagnostics.filter(item => item.severity === 1).length;
    statusElement.dataset.diagnostics = String(diagnostics.length);
    setStatus('ready', diagnostics.length === 0 ? 'Ready — no findings' : `Ready — ${errors} error${errors === 1 ? '' : 's'}, ${diagnostics.length - errors} other finding${diagnostics.length - errors === 1 ? '' : 's'}`);
    if (firstDiagnostics) {
        firstDiagnostics = false;
        performance.mark('dpa-first-diagnostics');
        if (startNotice) statusElement.textContent += ` — ${startNotice}`;
    }
    void track(refreshOutline());
}

async function codeActions(diagnostics: lsp.Diagnostic[]): Promise<lsp.CodeAction[]> {
    const doc = plugin().syncedDoc;
    const params: lsp.CodeActionParams = {
        textDocument: { uri: documentUri },
        range: { start: { line: 0, character: 0 }, end: plugin().toPosition(doc.length, doc) },
        context: { diagnostics, only: ['quickfix'] }
    };
    try {
        const result = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', params);
        return (result ?? []).filter((item): item is lsp.CodeAction => 'edit' in item && item.edit !== undefined);
    } catch {
        return [];
    }
}

function diagnosticKey(diagnostic: lsp.Diagnostic): string {
    const { start, end } = diagnostic.range;
    return `${start.line}:${start.character}-${end.line}:${end.character}|${String(diagnostic.code ?? '')}|${diagnostic.message}`;
}

function severityName(severity: lsp.DiagnosticSeverity | undefined): 'error' | 'warning' | 'info' | 'hint' {
    return severity === 2 ? 'warning' : severity === 3 ? 'info' : severity === 4 ? 'hint' : 'error';
}

/** The message and, for a lint finding, a link to its rule page (`rules/<rule-id>.html`). */
function renderDiagnosticMessage(diagnostic: lsp.Diagnostic): Node {
    const container = document.createElement('span');
    container.className = 'dpa-diagnostic';
    container.append(diagnostic.message);
    if (diagnostic.codeDescription?.href) {
        const link = document.createElement('a');
        link.href = diagnostic.codeDescription.href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.dataset.testid = 'rule-link';
        link.textContent = String(diagnostic.code ?? 'rule');
        container.append(' ', link);
    }
    return container;
}

/** A lint action that applies the code action's edits, if the text is still the one the server saw. */
function quickFixAction(action: lsp.CodeAction, serverDoc: Text): Action {
    return {
        name: action.title,
        markClass: 'dpa-quick-fix',
        apply: (editorView: EditorView) => {
            const edits = action.edit?.changes?.[documentUri]
                ?? action.edit?.documentChanges?.flatMap(change => 'edits' in change && change.textDocument.uri === documentUri ? change.edits.filter((edit): edit is lsp.TextEdit => 'range' in edit) : [])
                ?? [];
            const lspPlugin = plugin();
            const changes = edits.map(edit => ({
                from: lspPlugin.fromPosition(edit.range.start, serverDoc),
                to: lspPlugin.fromPosition(edit.range.end, serverDoc),
                insert: edit.newText
            }));
            if (editorView.state.doc !== serverDoc && !editorView.state.doc.eq(serverDoc)) {
                // Edits since the fix was computed could make it land in the wrong place; fresh fixes follow the next check.
                setStatus('ready', 'The text changed since this fix was offered; try again in a moment.');
                return;
            }
            editorView.dispatch({ changes, userEvent: 'quickfix' });
        }
    };
}

/** CodeMirror renders the action buttons; they get the test id of the page's DOM contract when they appear. */
new MutationObserver(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button.dpa-quick-fix:not([data-testid])')) button.dataset.testid = 'quick-fix';
}).observe(document.body, { childList: true, subtree: true });

async function refreshOutline(): Promise<void> {
    let symbols: lsp.DocumentSymbol[] | null;
    try {
        symbols = await client.request<lsp.DocumentSymbolParams, lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri: documentUri } });
    } catch {
        return;
    }
    outlineElement.replaceChildren(...(symbols ?? []).map(outlineItem));
}

function outlineItem(symbol: lsp.DocumentSymbol): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = 'outline-item';
    button.dataset.line = String(symbol.selectionRange.start.line + 1);
    button.textContent = symbol.name;
    if (symbol.detail) button.title = symbol.detail;
    button.addEventListener('click', () => { setCursor(symbol.selectionRange.start.line + 1, symbol.selectionRange.start.character + 1); });
    item.append(button);
    if (symbol.children && symbol.children.length > 0) {
        const children = document.createElement('ul');
        children.append(...symbol.children.map(outlineItem));
        item.append(children);
    }
    return item;
}

// ---------------------------------------------------------------- preview

function schedulePreview(): void {
    if (previewTimer !== undefined) clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
        previewTimer = undefined;
        void track(updatePreview());
    }, PREVIEW_DELAY_MS);
}

function visiblePanes(): PaneLanguage[] {
    return layout === 'side-by-side' ? ['de', 'en'] : [layout];
}

async function updatePreview(): Promise<void> {
    client.sync();
    await Promise.all(visiblePanes().map(language => updatePane(language)));
}

async function updatePane(language: PaneLanguage): Promise<void> {
    const pane = panes[language];
    const uri = documentUri;
    let result: PreviewResult;
    try {
        result = await client.request<PreviewParams, PreviewResult>('dpa/preview', { uri, language });
    } catch (error) {
        showPaneError(pane, [String(error instanceof Error ? error.message : error)]);
        return;
    }
    // An answer for another document or for an older text than one already shown is dropped.
    if (uri !== documentUri) return;
    const version = result.version ?? 0;
    if (version < Number(pane.dataset.version ?? 0)) return;
    pane.dataset.version = String(version);
    if ('error' in result) {
        if (result.errors.length === 0) {
            // No error and no model: a template, which becomes a contract only through a cover filling in its parameters.
            showPaneError(pane, ['This file gives no contract by itself. A template becomes a contract through a cover that fills in its parameters (see the example "Standard form: Acme Retail cover").'], false);
        } else {
            showPaneError(pane, result.error.split('\n'));
        }
        return;
    }
    if (result.language !== language) {
        const declared = result.languages.join(', ') || 'none';
        showPaneError(pane, [`This agreement is not written in ${language === 'de' ? 'German' : 'English'} (it declares: ${declared}).`], false);
        return;
    }
    // Only the body: the head's inline <style> would be refused by the page's policy (app.css styles the contract).
    const bodyStart = result.html.indexOf('<body');
    const parsed = new DOMParser().parseFromString(bodyStart >= 0 ? result.html.slice(bodyStart) : result.html, 'text/html');
    const body = parsed.body;
    const content = document.createElement('div');
    content.className = `contract-document ${body.className}`;
    content.append(...Array.from(body.childNodes, node => document.importNode(node, true)));
    const scroll = pane.scrollTop;
    pane.replaceChildren(content);
    pane.scrollTop = scroll;
    pane.dataset.state = 'ready';
}

function showPaneError(pane: HTMLElement, lines: string[], isError = true): void {
    const box = document.createElement('div');
    box.className = 'preview-error';
    box.dataset.testid = 'preview-error';
    const heading = document.createElement('p');
    heading.textContent = isError ? 'The contract cannot be generated until these are fixed:' : 'No contract to preview.';
    const list = document.createElement('ul');
    for (const line of lines) {
        const item = document.createElement('li');
        item.textContent = line;
        const position = /:(\d+):(\d+): /.exec(line);
        if (position) item.addEventListener('click', () => { setCursor(Number(position[1]), Number(position[2])); });
        list.append(item);
    }
    box.append(heading, list);
    pane.replaceChildren(box);
    pane.dataset.state = 'error';
}

// Provenance: each block of the contract carries data-dpa-line, the source line it came from.
for (const pane of Object.values(panes)) {
    pane.addEventListener('click', event => {
        const target = event.target as HTMLElement;
        const anchor = target.closest('a');
        const href = anchor?.getAttribute('href');
        if (href?.startsWith('#')) {
            // Table-of-contents links stay inside the pane (the page's fragment holds the share link).
            event.preventDefault();
            pane.querySelector(`[id="${CSS.escape(href.slice(1))}"]`)?.scrollIntoView({ block: 'start' });
            return;
        }
        const block = target.closest('[data-dpa-line]');
        if (block) setCursor(Number(block.getAttribute('data-dpa-line')));
    });
}

function setLayout(next: Layout): void {
    layout = next;
    previewElement.dataset.layout = next;
    for (const button of document.querySelectorAll<HTMLButtonElement>('.preview-controls button[data-layout]')) {
        button.setAttribute('aria-pressed', String(button.dataset.layout === next));
    }
    panes.de.hidden = next === 'en';
    panes.en.hidden = next === 'de';
    void track(updatePreview());
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.preview-controls button[data-layout]')) {
    button.addEventListener('click', () => { setLayout(button.dataset.layout as Layout); });
}

// ---------------------------------------------------------------- examples, format, downloads, share

for (const example of examples) {
    const option = document.createElement('option');
    option.value = example.id;
    option.textContent = example.label;
    picker.append(option);
}
picker.addEventListener('change', () => { loadExample(picker.value); });

function loadExample(id: string): void {
    const example = examples.find(candidate => candidate.id === id);
    if (!example) return;
    documentName = example.path.split('/').pop()?.replace(/\.dpa$/, '') ?? example.id;
    picker.value = example.id;
    openDocument(WORKSPACE_URI + example.path, example.text);
}

element('format', HTMLElement).addEventListener('click', () => {
    void track(formatWhenBuilt());
    view.focus();
});

/**
 * Formats once the server has built the current text: Langium answers a formatting request from the last
 * build, so edits computed from an older text would land in the wrong places.
 */
async function formatWhenBuilt(): Promise<void> {
    client.sync();
    const deadline = Date.now() + 10_000;
    while (diagnosedVersion < sentVersion && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 30));
    formatDocument(view);
}

const MIME_TYPES: Record<string, string> = {
    markdown: 'text/markdown;charset=utf-8', html: 'text/html;charset=utf-8', json: 'application/json;charset=utf-8',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    button.addEventListener('click', () => void track(download(button.dataset.format as OutputFormatChoice)));
}

async function download(format: OutputFormatChoice): Promise<void> {
    client.sync();
    const language = layout === 'side-by-side' ? 'de+en' : layout;
    let result: OutputResult | { error: string };
    try {
        result = await client.request<OutputParams, OutputResult>('dpa/output', { uri: documentUri, format, language, name: documentName });
    } catch (error) {
        result = { error: String(error instanceof Error ? error.message : error) };
    }
    if ('error' in result) {
        setStatus('ready', `Download failed: ${result.error.split('\n')[0]}`);
        return;
    }
    const content = result.encoding === 'base64' ? Uint8Array.from(atob(result.content), c => c.charCodeAt(0)) : result.content;
    const url = URL.createObjectURL(new Blob([content], { type: MIME_TYPES[format] ?? 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
}

element('share', HTMLElement).addEventListener('click', () => void track(share()));

async function share(): Promise<void> {
    const path = documentUri.startsWith(WORKSPACE_URI) && documentUri !== SHARED_TEXT_URI ? documentUri.slice(WORKSPACE_URI.length) : undefined;
    const fragment = await encodeShareFragment(getText(), path);
    window.history.replaceState(null, '', fragment);
    shareInput.value = location.href;
    shareInput.select();
    try {
        await navigator.clipboard.writeText(location.href);
        setStatus(statusElement.dataset.state ?? 'ready', 'Share link copied; the text is inside the link, nothing was uploaded.');
    } catch {
        // Clipboard access may be refused (file:// or no permission); the link is in the field.
    }
}

async function textFromFragment(): Promise<SharedText | undefined> {
    try {
        return await decodeShareFragment(location.hash);
    } catch {
        startNotice = 'The share link was damaged; showing an example instead.';
        return undefined;
    }
}

window.addEventListener('hashchange', () => void textFromFragment().then(shared => {
    if (shared !== undefined && shared.text !== getText()) openShared(shared);
}));

/** A share link's text, as the example it came from when it names one (so that its template resolves). */
function openShared(shared: SharedText): void {
    const example = shared.path === undefined ? undefined : examples.find(candidate => candidate.path === shared.path);
    documentName = example ? example.path.split('/').pop()?.replace(/\.dpa$/, '') ?? 'contract' : 'contract';
    if (example) picker.value = example.id;
    else picker.selectedIndex = -1;
    openDocument(example ? WORKSPACE_URI + example.path : SHARED_TEXT_URI, shared.text);
}

// ---------------------------------------------------------------- status and test hooks

function setStatus(state: string, text: string): void {
    statusElement.dataset.state = state === 'error' ? 'error' : state;
    statusElement.textContent = text;
}

async function track<T>(work: Promise<T>): Promise<T> {
    pendingTasks++;
    try {
        return await work;
    } finally {
        pendingTasks--;
    }
}

/** Resolves once the server has answered diagnostics and preview for the current text. */
async function whenIdle(): Promise<void> {
    for (;;) {
        const lspPlugin = LSPPlugin.get(view);
        const panesCurrent = visiblePanes().every(language => Number(panes[language].dataset.version) >= sentVersion);
        if (previewTimer === undefined && lspPlugin?.unsyncedChanges.empty && pendingTasks === 0 && diagnosedVersion >= sentVersion && panesCurrent && sentVersion >= 0) return;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

Object.assign(window, {
    playground: {
        getText, setText, setCursor, getCursor, whenIdle,
        getDiagnostics: () => diagnosticsShown.map(item => ({ ...item, fixes: [...item.fixes] })),
        view
    }
});

// ---------------------------------------------------------------- start

void (async () => {
    const shared = await textFromFragment();
    if (shared !== undefined) {
        openShared(shared);
    } else {
        loadExample(examples.find(example => example.id === 'userlike')?.id ?? examples.at(0)?.id ?? '');
    }
    await client.initializing.catch((error: unknown) => { setStatus('error', `The language server did not start: ${String(error)}`); });
    schedulePreview();
})();
