import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * Issue 12: the contract preview kept showing the file it was opened for when the writer
 * switched to another .dpa file. Now the preview follows the active editor: switching to
 * another .dpa file shows that file's contract in the same panel (unless that file has a
 * preview of its own); other editors (not .dpa, or the preview itself) change nothing.
 * VS Code is replaced by a small fake of the API the preview uses; the manager is the real one.
 */

type Listener<T> = (event: T) => void;
class FakeEvent<T> {
    private listeners: Listener<T>[] = [];
    readonly event = (listener: Listener<T>) => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter(other => other !== listener); } };
    };
    fire(event: T): void {
        for (const listener of [...this.listeners]) listener(event);
    }
}

class FakeUri {
    constructor(readonly path: string) {}
    static parse(value: string): FakeUri { return new FakeUri(value.replace(/^file:\/\//, '')); }
    static file(path: string): FakeUri { return new FakeUri(path); }
    toString(): string { return `file://${this.path}`; }
}

interface FakePanel {
    title: string;
    messages: unknown[];
    webview: { html: string; cspSource: string; options: unknown; postMessage(message: unknown): Promise<boolean>; onDidReceiveMessage: FakeEvent<unknown>['event'] };
    reveal(): void;
    onDidDispose: FakeEvent<void>['event'];
    dispose(): void;
}

const fake = vi.hoisted(() => ({ state: { activeTextEditor: undefined as unknown, visibleTextEditors: [] as unknown[] } }));

const activeEditorChanged = new FakeEvent<unknown>();
const panels: FakePanel[] = [];

vi.mock('vscode', () => ({
    Uri: FakeUri,
    ViewColumn: { One: 1, Beside: -2 },
    Position: class { constructor(readonly line: number, readonly character: number) {} },
    Range: class { constructor(readonly start: unknown, readonly end: unknown) {} },
    workspace: {
        onDidChangeTextDocument: new FakeEvent<unknown>().event,
        onDidOpenTextDocument: new FakeEvent<unknown>().event,
        openTextDocument: async (uri: FakeUri) => ({ uri, languageId: uri.path.endsWith('.dpa') ? 'dpa' : 'plaintext' })
    },
    window: {
        get activeTextEditor() { return fake.state.activeTextEditor; },
        get visibleTextEditors() { return fake.state.visibleTextEditors; },
        onDidChangeActiveTextEditor: activeEditorChanged.event,
        onDidChangeTextEditorVisibleRanges: new FakeEvent<unknown>().event,
        showWarningMessage: async () => undefined,
        showTextDocument: async () => undefined,
        createWebviewPanel: (_viewType: string, title: string) => {
            const disposed = new FakeEvent<void>();
            const panel: FakePanel = {
                title,
                messages: [],
                webview: {
                    html: '', cspSource: 'vscode-resource:', options: {},
                    postMessage: async (message: unknown) => { panel.messages.push(message); return true; },
                    onDidReceiveMessage: new FakeEvent<unknown>().event
                },
                reveal: () => undefined,
                onDidDispose: disposed.event,
                dispose: () => disposed.fire()
            };
            panels.push(panel);
            return panel;
        }
    }
}));

const { ContractPreviewManager } = await import('../../extension/src/preview.js');

/** A language client that answers `dpa/preview` with a contract naming the file. */
const requests: string[] = [];
const client = {
    sendRequest: async (_type: unknown, params: { uri: string }) => {
        requests.push(params.uri);
        return { html: `<html lang="de"><body><h1>${params.uri}</h1></body></html>`, language: 'de', languages: ['de', 'en'] };
    }
};

function editorFor(path: string) {
    const uri = FakeUri.file(path);
    return { document: { uri, languageId: path.endsWith('.dpa') ? 'dpa' : 'plaintext' }, visibleRanges: [] };
}

async function switchTo(editor: unknown): Promise<void> {
    fake.state.activeTextEditor = editor;
    activeEditorChanged.fire(editor);
    await new Promise(resolve => setTimeout(resolve, 0));
}

const lastContract = (panel: FakePanel) => (panel.messages.filter(m => (m as { type: string }).type === 'contract').at(-1) as { uri: string; body: string } | undefined);

describe('the contract preview follows the active editor', () => {
    let manager: InstanceType<typeof ContractPreviewManager>;

    beforeEach(async () => {
        panels.length = 0;
        requests.length = 0;
        manager = new ContractPreviewManager({ subscriptions: [] } as never, client as never);
        await switchTo(editorFor('/work/a.dpa'));
        await manager.open();
        await new Promise(resolve => setTimeout(resolve, 0));
    });

    it('shows the contract of another .dpa file when that file becomes the active editor', async () => {
        expect(panels).toHaveLength(1);
        expect(panels[0].title).toBe('Preview a.dpa');
        expect(lastContract(panels[0])?.uri).toBe('file:///work/a.dpa');

        await switchTo(editorFor('/work/b.dpa'));
        expect(panels).toHaveLength(1);
        expect(panels[0].title).toBe('Preview b.dpa');
        expect(requests.at(-1)).toBe('file:///work/b.dpa');
        expect(lastContract(panels[0])).toMatchObject({ uri: 'file:///work/b.dpa', body: '<h1>file:///work/b.dpa</h1>' });

        // Back again: the same panel shows a.dpa once more.
        await switchTo(editorFor('/work/a.dpa'));
        expect(panels[0].title).toBe('Preview a.dpa');
        expect(lastContract(panels[0])?.uri).toBe('file:///work/a.dpa');
        manager.dispose();
    });

    it('ignores editors that are not .dpa files and focus moving to the preview itself', async () => {
        const before = requests.length;
        await switchTo(editorFor('/work/notes.md'));
        await switchTo(undefined);
        expect(panels[0].title).toBe('Preview a.dpa');
        expect(requests.length).toBe(before);
        manager.dispose();
    });

    it('leaves a file with a preview of its own to that preview; the preview opened last follows', async () => {
        await manager.open(FakeUri.file('/work/b.dpa') as never);
        await new Promise(resolve => setTimeout(resolve, 0));
        expect(panels.map(panel => panel.title)).toEqual(['Preview a.dpa', 'Preview b.dpa']);

        await switchTo(editorFor('/work/b.dpa'));
        expect(panels.map(panel => panel.title)).toEqual(['Preview a.dpa', 'Preview b.dpa']);

        await switchTo(editorFor('/work/c.dpa'));
        expect(panels.map(panel => panel.title)).toEqual(['Preview a.dpa', 'Preview c.dpa']);
        expect(lastContract(panels[1])?.uri).toBe('file:///work/c.dpa');

        // Opening the preview for c.dpa now finds the panel that followed, instead of a third one.
        await manager.open();
        expect(panels).toHaveLength(2);
        manager.dispose();
    });

    it('forgets a closed preview: nothing follows any more', async () => {
        panels[0].dispose();
        const before = requests.length;
        await switchTo(editorFor('/work/b.dpa'));
        expect(requests.length).toBe(before);
        manager.dispose();
    });
});
