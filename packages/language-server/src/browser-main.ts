// The language server for a browser (the web playground runs it in a Web Worker): the same services,
// lint and generators as the Node server in main.ts, but Langium's empty file system (the page holds the
// one open document) and a message-port transport instead of stdio. Nothing here touches Node APIs.
import { DocumentState, EmptyFileSystem, URI, UriUtils, type FileSystemNode, type FileSystemProvider } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { setDocsBaseUrl } from '@dpa-as-code/lint';
import { generateOutputs, MissingTranslationError, outputBaseName } from '@dpa-as-code/generators';
import { createDpaLanguageServerServices } from './server-module.js';
import { registerPreviewRequests } from './preview-request.js';
import { compiledDocument } from './document-model.js';
import { OutputRequest, type OutputParams, type OutputResult, type PreviewError } from './preview-protocol.js';

export interface BrowserServerOptions {
    /** Absolute base URL of the documentation site the rule links point at (`rules/<id>.html`). */
    docsBaseUrl: string;
    /**
     * Read-only files of the workspace, by URI (`file:///playground/examples/standard-form/shared/x.dpa`): what an
     * open document may use from other files (a template, a shared sub-processor list). None: an empty file system.
     */
    files?: Record<string, string>;
}

type MessageEndpoint = ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * Starts the DPA language server on a worker's message port (`self` inside a Web Worker). Rule links
 * need an absolute base URL: a browser has no shipped `site/` folder to find, so the page names it.
 */
export function startDpaBrowserLanguageServer(endpoint: MessageEndpoint, options: BrowserServerOptions): LangiumSharedServices {
    const docsProblem = setDocsBaseUrl(options.docsBaseUrl);
    if (docsProblem) throw new Error(docsProblem);
    const connection = createConnection(new BrowserMessageReader(endpoint), new BrowserMessageWriter(endpoint));
    const fileSystem = options.files ? { fileSystemProvider: () => new InMemoryFileSystemProvider(options.files ?? {}) } : EmptyFileSystem;
    const { shared } = createDpaLanguageServerServices({ connection, ...fileSystem });
    forgetClosedUnsavedDocuments(shared);
    registerPreviewRequests(shared);
    connection.onRequest(OutputRequest, params => browserOutput(shared, params));
    publishDiagnosticsWithVersion(shared);
    startLanguageServer(shared);
    return shared;
}

/**
 * A document the page closes that is no file of the workspace (text typed or pasted into the page) is gone:
 * Langium would otherwise keep it and, on the next build, try to read it from the file system.
 */
function forgetClosedUnsavedDocuments(shared: LangiumSharedServices): void {
    shared.workspace.TextDocuments.onDidClose(event => {
        const uri = URI.parse(event.document.uri);
        if (shared.workspace.FileSystemProvider.existsSync(uri)) return;
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([], [uri], token));
    });
}

/**
 * Adds the document version the diagnostics were computed for (LSP's optional `version`, which Langium leaves
 * out), so that the page can tell the findings of the current text from those of a text typed over since.
 * The version is taken when the text is parsed: the document's TextDocument changes in place with each edit.
 */
function publishDiagnosticsWithVersion(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const parsedVersions = new Map<string, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        parsedVersions.set(document.uri.toString(), document.textDocument.version);
    });
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => {
        const version = parsedVersions.get(params.uri);
        return send(params.version === undefined && version !== undefined ? { ...params, version } : params);
    };
}

/** Generates one file for the open document's current text, or says why it cannot be generated. */
export async function browserOutput(shared: LangiumSharedServices, params: OutputParams): Promise<OutputResult> {
    const uri = URI.parse(params.uri);
    const file = UriUtils.basename(uri);
    await shared.workspace.WorkspaceManager.ready;
    const model = await shared.workspace.WorkspaceLock.read(async () => {
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return fail(file, [{ line: 1, column: 1, message: 'the language server does not know this file' }]);
        if (document.state < DocumentState.Validated) await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const compiled = compiledDocument(document);
        if (compiled.blocking.length > 0 || !compiled.model) {
            return fail(file, compiled.blocking.map(d => ({ line: d.line, column: d.column, message: d.message })));
        }
        return compiled.model;
    });
    if ('error' in model) return model;
    const language = params.format === 'json' ? undefined : params.language;
    const request = {
        format: params.format,
        ...(language ? { lang: language } : {}),
        ...(language === 'de+en' ? { layout: 'side-by-side' as const } : {})
    };
    try {
        const outputs = await generateOutputs(model, params.name ?? outputBaseName(file), request);
        if (!Array.isArray(outputs)) return fail(file, [{ line: 1, column: 1, message: outputs.problem }]);
        const output = outputs.at(0);
        if (!output) return fail(file, [{ line: 1, column: 1, message: `no ${params.format} output for this agreement` }]);
        return typeof output.content === 'string'
            ? { fileName: output.fileName, content: output.content, encoding: 'utf8' }
            : { fileName: output.fileName, content: base64(output.content), encoding: 'base64' };
    } catch (error) {
        if (!(error instanceof MissingTranslationError)) throw error;
        return fail(file, [{ line: error.line, column: error.column, message: error.message }]);
    }
}

function fail(file: string, errors: PreviewError[]): { error: string; errors: PreviewError[] } {
    return { error: errors.map(e => `${file}:${e.line}:${e.column}: ${e.message}`).join('\n'), errors };
}

/** Base64 without Node's Buffer (btoa exists in browsers, workers and Node 16+). */
function base64(bytes: Uint8Array): string {
    let binary = '';
    const chunk = 0x8000;
    for (let index = 0; index < bytes.length; index += chunk) {
        binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
    }
    return btoa(binary);
}

/** A read-only file system of the given files; folders are the paths above them. */
export class InMemoryFileSystemProvider implements FileSystemProvider {
    private readonly files = new Map<string, string>();
    private readonly folders = new Map<string, Set<string>>();

    constructor(files: Record<string, string>) {
        for (const [uri, text] of Object.entries(files)) {
            const normal = URI.parse(uri);
            this.files.set(keyOf(normal), text);
            let child = normal;
            for (let parent = UriUtils.dirname(child); parent.toString() !== child.toString(); child = parent, parent = UriUtils.dirname(parent)) {
                const entries = this.folders.get(keyOf(parent)) ?? new Set<string>();
                entries.add(keyOf(child));
                this.folders.set(keyOf(parent), entries);
            }
        }
    }

    statSync(uri: URI): FileSystemNode {
        const key = keyOf(uri);
        if (this.files.has(key)) return { isFile: true, isDirectory: false, uri };
        if (this.folders.has(key)) return { isFile: false, isDirectory: true, uri };
        throw new Error(`no such file: ${key}`);
    }
    stat(uri: URI): Promise<FileSystemNode> { return Promise.resolve().then(() => this.statSync(uri)); }
    existsSync(uri: URI): boolean { return this.files.has(keyOf(uri)) || this.folders.has(keyOf(uri)); }
    exists(uri: URI): Promise<boolean> { return Promise.resolve(this.existsSync(uri)); }
    readFileSync(uri: URI): string {
        const text = this.files.get(keyOf(uri));
        if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
        return text;
    }
    readFile(uri: URI): Promise<string> { return Promise.resolve().then(() => this.readFileSync(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    readBinary(uri: URI): Promise<Uint8Array> { return Promise.resolve().then(() => this.readBinarySync(uri)); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        return [...(this.folders.get(keyOf(uri)) ?? [])].map(entry => this.statSync(URI.parse(entry)));
    }
    readDirectory(uri: URI): Promise<FileSystemNode[]> { return Promise.resolve().then(() => this.readDirectorySync(uri)); }
}

/** A URI as a map key: `file:///playground/` and `file:///playground` are the same folder. */
function keyOf(uri: URI): string {
    const text = uri.toString();
    return text.endsWith('/') && uri.path !== '/' ? text.slice(0, -1) : text;
}
