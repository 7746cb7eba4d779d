import { spawn, type ChildProcess } from 'node:child_process';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js';

/**
 * A minimal LSP client for tests: spawns `node SERVER --stdio`, answers the requests a server
 * sends to its client (configuration, capability registration, progress), and collects
 * published diagnostics so a test can wait for the ones of a given document version.
 */
export class TestLspClient {
    readonly connection: ProtocolConnection;
    readonly diagnostics: PublishDiagnosticsParams[] = [];
    readonly stderr: string[] = [];
    private readonly waiters: { accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
    private readonly process: ChildProcess;

    /** `nodeOptions` go to the server's Node before the module (e.g. a heap limit). */
    constructor(serverModule: string, configuration: Record<string, unknown> = {}, nodeOptions: string[] = []) {
        this.process = spawn(process.execPath, [...nodeOptions, serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk));
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
            params.items.map(item => (item.section ? configuration[item.section] : configuration) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.push(params);
            for (const waiter of [...this.waiters]) {
                if (waiter.accept(params)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(params);
                }
            }
        });
        this.connection.listen();
    }

    /** The server's process id, to read its memory use. */
    get pid(): number {
        return this.process.pid!;
    }

    /** How many diagnostics notifications have arrived: a mark for `waitForDiagnostics`. */
    get mark(): number {
        return this.diagnostics.length;
    }

    /** The first diagnostics after `mark` (already received or still to come) that pass `accept`. */
    waitForDiagnostics(accept: (params: PublishDiagnosticsParams) => boolean, mark = 0, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
        const seen = this.diagnostics.slice(mark).find(accept);
        if (seen) return Promise.resolve(seen);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; received: ${JSON.stringify(this.diagnostics.map(d => ({ version: d.version, count: d.diagnostics.length })))}`)), timeoutMs);
            this.waiters.push({ accept, resolve: params => { clearTimeout(timer); resolve(params); } });
        });
    }

    /** shutdown → exit, then waits (bounded) for the process to end; kills it if it does not. */
    async stop(): Promise<number | null> {
        const exited = new Promise<number | null>(resolve => {
            if (this.process.exitCode !== null) resolve(this.process.exitCode);
            else this.process.once('exit', code => resolve(code));
        });
        try {
            await withTimeout(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
            await this.connection.sendNotification('exit');
        } catch {
            // The process is killed below.
        }
        const code = await Promise.race([exited, new Promise<'timeout'>(resolve => setTimeout(() => resolve('timeout'), 5_000))]);
        this.connection.dispose();
        if (code === 'timeout') {
            this.kill();
            return null;
        }
        return code;
    }

    kill(): void {
        if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL');
    }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout>;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); })
    ]);
}
