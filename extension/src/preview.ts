import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isPreviewLanguage, PreviewRequest, type PreviewLanguage, type PreviewResult } from './protocol';
import { createNonce, previewShellHtml, splitContractHtml, type PreviewMessage } from './preview-html';
import { dpaDocumentFor, fileName } from './documents';

/** How long the preview waits after the last keystroke before it asks for a new contract. */
export const PREVIEW_DEBOUNCE_MS = 300;

/** The preview follows the editor's scrolling at most this often. */
const SCROLL_SYNC_MS = 50;

interface PreviewState {
    uri?: string;
    language?: string;
}

/**
 * The contract previews, one per `.dpa` document: a webview beside the editor that shows the
 * generated contract (or the file's errors) and follows every change of the text, saved or not.
 * Also restores open previews after a window reload (webview panel serializer).
 */
export class ContractPreviewManager implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {
    static readonly viewType = 'dpa.preview';
    private readonly previews = new Map<string, ContractPreview>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.contentChanges.length > 0) this.previews.get(event.document.uri.toString())?.scheduleRefresh();
            }),
            vscode.workspace.onDidOpenTextDocument(document => this.previews.get(document.uri.toString())?.scheduleRefresh()),
            vscode.window.onDidChangeActiveTextEditor(editor => { this.followActiveEditor(editor); })
        );
    }

    /** The preview shown or moved last: the one that follows the active editor. */
    private following: ContractPreview | undefined;

    /**
     * Another .dpa file became the active editor: the following preview shows it, unless that
     * file has a preview of its own. Other editors (and focus on a webview) change nothing.
     */
    private followActiveEditor(editor: vscode.TextEditor | undefined): void {
        const document = editor?.document;
        if (document?.languageId !== 'dpa') return;
        const key = document.uri.toString();
        const preview = this.following;
        if (!preview || this.previews.has(key) || this.previews.get(preview.uri.toString()) !== preview) return;
        this.previews.delete(preview.uri.toString());
        this.previews.set(key, preview);
        preview.showFile(document.uri);
    }

    /** `dpa.openPreview`: for the given file (editor title, explorer), the active editor's, or a visible one's. */
    async open(resource?: vscode.Uri): Promise<void> {
        const document = await dpaDocumentFor(resource, true);
        if (!document) {
            void vscode.window.showWarningMessage('DPA: open a .dpa file to preview its contract.');
            return;
        }
        const existing = this.previews.get(document.uri.toString());
        if (existing) {
            this.following = existing;
            existing.panel.reveal(undefined, true);
            existing.refresh();
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            ContractPreviewManager.viewType,
            previewTitle(document.uri),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, enableFindWidget: true, localResourceRoots: [] }
        );
        this.track(new ContractPreview(panel, document.uri, 'de', this.client));
    }

    /** Brings a preview back after VS Code restarts, with the language it had. */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
        if (!state?.uri) {
            panel.dispose();
            return;
        }
        const uri = vscode.Uri.parse(state.uri);
        try {
            await vscode.workspace.openTextDocument(uri); // so the language server has it
        } catch {
            panel.dispose();
            return;
        }
        panel.webview.options = { enableScripts: true, localResourceRoots: [] };
        panel.title = previewTitle(uri);
        this.track(new ContractPreview(panel, uri, isPreviewLanguage(state.language) ? state.language : 'de', this.client));
    }

    /** Stops the previews' timers; the panels stay for VS Code to restore after a reload. */
    dispose(): void {
        for (const preview of this.previews.values()) preview.dispose();
        this.previews.clear();
        for (const subscription of this.subscriptions) subscription.dispose();
    }

    private track(preview: ContractPreview): void {
        this.previews.set(preview.uri.toString(), preview);
        this.following = preview;
        this.context.subscriptions.push(preview.panel.onDidDispose(() => {
            preview.dispose();
            // The key at disposal: a preview that followed the editor is filed under its current file.
            const key = preview.uri.toString();
            if (this.previews.get(key) === preview) this.previews.delete(key);
            if (this.following === preview) this.following = undefined;
        }));
    }
}

function previewTitle(uri: vscode.Uri): string {
    return `Preview ${fileName(uri)}`;
}

/** One preview panel: asks the server for the contract and posts it to the webview. */
class ContractPreview {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private scrollTimer: ReturnType<typeof setTimeout> | undefined;
    private requestCount = 0;
    private latest: PreviewMessage | undefined;
    private disposed = false;
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(
        readonly panel: vscode.WebviewPanel,
        public uri: vscode.Uri,
        private language: PreviewLanguage,
        private readonly client: LanguageClient
    ) {
        panel.webview.html = previewShellHtml(panel.webview.cspSource, createNonce(), language);
        this.subscriptions.push(
            panel.webview.onDidReceiveMessage(message => { this.onMessage(message); }),
            // Scroll sync: the block built from the construct at the editor's top line comes to the preview's top.
            vscode.window.onDidChangeTextEditorVisibleRanges(event => {
                if (event.textEditor.document.uri.toString() === this.uri.toString()) this.scheduleScroll(event.textEditor);
            })
        );
        this.refresh();
    }

    private scheduleScroll(editor: vscode.TextEditor): void {
        if (this.scrollTimer) clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => {
            this.scrollTimer = undefined;
            const top = editor.visibleRanges.at(0)?.start.line;
            if (top !== undefined && !this.disposed) void this.panel.webview.postMessage({ type: 'scroll', line: top + 1 } satisfies PreviewMessage);
        }, SCROLL_SYNC_MS);
    }

    /** Shows another file's contract in this panel (the preview follows the active editor). */
    showFile(uri: vscode.Uri): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
        this.uri = uri;
        this.latest = undefined;
        this.panel.title = previewTitle(uri);
        this.refresh();
    }

    /** Refreshes once the text has not changed for PREVIEW_DEBOUNCE_MS. */
    scheduleRefresh(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.refresh();
        }, PREVIEW_DEBOUNCE_MS);
    }

    /** Asks for the contract now; an answer that a newer request overtook is dropped. */
    refresh(): void {
        if (this.disposed) return;
        const request = ++this.requestCount;
        const file = fileName(this.uri);
        this.client.sendRequest(PreviewRequest, { uri: this.uri.toString(), language: this.language }).then(
            result => {
                if (request === this.requestCount && !this.disposed) this.show(this.toMessage(result, file));
            },
            (error: unknown) => {
                if (request !== this.requestCount || this.disposed) return;
                const text = `${file}: the language server could not generate the preview (${error instanceof Error ? error.message : String(error)})`;
                this.show({ type: 'errors', uri: this.uri.toString(), file, language: this.language, languages: [], errors: [{ line: 1, column: 1, message: text }], text });
            }
        );
    }

    dispose(): void {
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        if (this.scrollTimer) clearTimeout(this.scrollTimer);
        for (const subscription of this.subscriptions) subscription.dispose();
    }

    private toMessage(result: PreviewResult, file: string): PreviewMessage {
        const uri = this.uri.toString();
        if ('html' in result) {
            return { type: 'contract', uri, file, language: result.language, languages: result.languages, ...splitContractHtml(result.html) };
        }
        return { type: 'errors', uri, file, language: this.language, languages: result.languages ?? [], errors: result.errors, text: result.error };
    }

    private show(message: PreviewMessage): void {
        this.latest = message;
        void this.panel.webview.postMessage(message);
    }

    private onMessage(message: unknown): void {
        if (typeof message !== 'object' || message === null) return;
        const { type } = message as { type?: unknown };
        if (type === 'ready') {
            // A fresh page (first load, or shown again after being hidden): give it the last contract.
            if (this.latest) void this.panel.webview.postMessage(this.latest);
        } else if (type === 'language') {
            const { language } = message as { language?: unknown };
            if (isPreviewLanguage(language) && language !== this.language) {
                this.language = language;
                this.refresh();
            }
        } else if (type === 'reveal') {
            const { line, column } = message as { line?: unknown; column?: unknown };
            if (typeof line === 'number' && typeof column === 'number') void this.reveal(line, column);
        }
    }

    private async reveal(line: number, column: number): Promise<void> {
        const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
        const column_ = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === this.uri.toString())?.viewColumn;
        await vscode.window.showTextDocument(this.uri, {
            viewColumn: column_ ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position)
        });
    }
}
