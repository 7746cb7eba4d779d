// Starts the language server's worker and wraps its message port as the transport @codemirror/lsp-client
// expects (JSON strings). The worker's code is embedded in the page script and started from a Blob URL:
// that works for a hosted page and for one opened from a folder, where Chromium refuses `new Worker(file)`.
import type { Transport } from '@codemirror/lsp-client';
import workerSource from 'virtual:worker-source';

export interface WorkerTransport extends Transport {
    worker: Worker;
    /** Called with every parsed message in each direction, before the client sees it. */
    observe(listener: (message: LspMessage, direction: 'in' | 'out') => void): void;
}

export interface LspMessage { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: unknown }

export interface WorkerOptions {
    /** The workspace folder the server is told about (@codemirror/lsp-client sends only a root URI). */
    workspaceFolder: string;
    /** Files of that workspace the server may read, by URI. */
    files: Record<string, string>;
    onError(message: string): void;
}

export function startLanguageServerWorker(options: WorkerOptions): WorkerTransport {
    // The rule pages are copied beside index.html; the worker needs an absolute base URL for the links.
    const docsBaseUrl = new URL('./', location.href).href;
    const settings = `self.dpaDocsBaseUrl = ${JSON.stringify(docsBaseUrl)};\nself.dpaWorkspaceFiles = ${JSON.stringify(options.files)};\n`;
    const blob = new Blob([settings, workerSource], { type: 'text/javascript' });
    const url = URL.createObjectURL(blob);
    const worker = new Worker(url, { name: 'dpa-language-server' });
    const handlers = new Set<(value: string) => void>();
    const observers: ((message: LspMessage, direction: 'in' | 'out') => void)[] = [];
    // Ids of definition-like requests: their LocationLink answers are turned into Locations on the way back.
    const locationRequests = new Set<number | string>();
    worker.addEventListener('message', event => {
        const message = event.data as LspMessage;
        if (message.id !== undefined && locationRequests.delete(message.id) && Array.isArray(message.result)) {
            message.result = (message.result as unknown[]).map(asLocation);
        }
        for (const observer of observers) observer(message, 'in');
        const text = JSON.stringify(message);
        for (const handler of handlers) handler(text);
    });
    worker.addEventListener('error', event => {
        options.onError(`The language server stopped: ${event.message || 'unknown error'}`);
    });
    return {
        worker,
        send(text: string) {
            const message = JSON.parse(text) as LspMessage;
            if (message.method === 'initialize' && typeof message.params === 'object' && message.params !== null) {
                // Langium loads the workspace (the files other files use) from the workspace folders only.
                message.params = { ...message.params, workspaceFolders: [{ uri: options.workspaceFolder, name: 'playground' }] };
            }
            if (message.id !== undefined && message.method !== undefined && LOCATION_METHODS.has(message.method)) locationRequests.add(message.id);
            for (const observer of observers) observer(message, 'out');
            worker.postMessage(message);
        },
        subscribe(handler) { handlers.add(handler); },
        unsubscribe(handler) { handlers.delete(handler); },
        observe(listener) { observers.push(listener); }
    };
}

/** Requests answered with Location or LocationLink lists; @codemirror/lsp-client reads only Locations. */
const LOCATION_METHODS = new Set(['textDocument/definition', 'textDocument/declaration', 'textDocument/typeDefinition', 'textDocument/implementation']);

interface LocationLinkLike { targetUri?: string; targetSelectionRange?: unknown; targetRange?: unknown }

/** A LocationLink (what Langium answers) as the Location it points at; a Location stays as it is. */
function asLocation(item: unknown): unknown {
    const link = item as LocationLinkLike;
    if (typeof link.targetUri !== 'string') return item;
    return { uri: link.targetUri, range: link.targetSelectionRange ?? link.targetRange };
}
