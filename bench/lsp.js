// Editor figures over LSP against the bundled server (extension/out/server.cjs), as VS Code
// speaks to it: keystroke → diagnostics at two sizes, completion latency, and an "error storm"
// (every data reference broken) against the same file intact. Prints one JSON line.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { syntheticDpa } from './synthetic-dpa.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(repoRoot, 'extension', 'out', 'server.cjs');

class Server {
    constructor() {
        this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.published = 0;
        this.waiters = [];
        this.connection.onRequest('workspace/configuration', params => params.items.map(() => null));
        for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/semanticTokens/refresh']) {
            this.connection.onRequest(method, () => null);
        }
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onNotification('textDocument/publishDiagnostics', params => {
            this.published++;
            this.last = params;
            for (const waiter of this.waiters.splice(0)) waiter(params);
        });
        this.connection.listen();
    }
    async start() {
        await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
        await this.connection.sendNotification('initialized', {});
    }
    nextDiagnostics() {
        return new Promise(resolve => this.waiters.push(resolve));
    }
    rssMb() {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.process.pid}/status`, 'utf8'))[1]) / 1024;
    }
    async stop() {
        await this.connection.sendRequest('shutdown').catch(() => undefined);
        await this.connection.sendNotification('exit').catch(() => undefined);
        this.connection.dispose();
        this.process.kill();
    }
}

const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

/** Opens `text`, then types `keystrokes` characters (alternately inserting and deleting one) and times each to its diagnostics. */
async function keystrokes(text, count, name) {
    const editor = new Server();
    await editor.start();
    const uri = pathToFileURL(`/bench/${name}.dpa`).href;
    const opened = performance.now();
    const first = editor.nextDiagnostics();
    await editor.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dpa', version: 1, text } });
    await first;
    const firstDiagnosticsMs = performance.now() - opened;
    // Type into the first sub-processor's name string, as a user editing one entry would.
    const line = text.split('\n').findIndex(current => current.includes('name "Vendor 0 Ltd"'));
    const character = text.split('\n')[line].indexOf('Ltd');
    const times = [];
    for (let i = 0; i < count; i++) {
        const change = i % 2 === 0
            ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
            : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
        const published = editor.nextDiagnostics();
        const started = performance.now();
        await editor.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
        await published;
        times.push(performance.now() - started);
    }
    return { editor, uri, times, firstDiagnosticsMs, diagnostics: editor.last.diagnostics.length };
}

async function completion(editor, uri, text, count) {
    const line = text.split('\n').findIndex(current => current.trim() === 'country DE' && current.startsWith('    country'));
    const position = { line, character: '    country '.length };
    const times = [];
    for (let i = 0; i < count; i++) {
        const started = performance.now();
        const result = await editor.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
        times.push(performance.now() - started);
        if (!(Array.isArray(result) ? result : result?.items ?? []).some(item => item.label === 'DE')) throw new Error('completion after `country ` does not offer DE');
    }
    return times;
}

const subProcessorsForLines = lines => Math.max(1, Math.round((lines - 400) / 18.1));
const smallN = subProcessorsForLines(2_000);
const largeN = 2_000;
const round = value => Math.round(value * 10) / 10;

const small = syntheticDpa(repoRoot, smallN);
const clean = await keystrokes(small, 40, 'small');
const completionTimes = await completion(clean.editor, clean.uri, small, 40);
await clean.editor.stop();
const storm = await keystrokes(syntheticDpa(repoRoot, smallN, { breakReferences: true }), 40, 'storm');
await storm.editor.stop();
const largeText = syntheticDpa(repoRoot, largeN);
// As many keystrokes as at 2,000 lines: with a handful, the "p95" would be the slowest one, the first after opening.
const large = await keystrokes(largeText, 40, 'large');
const largeRss = large.editor.rssMb();
await large.editor.stop();

process.stdout.write(JSON.stringify({
    small: { lines: small.split('\n').length, subProcessors: smallN, p50: round(percentile(clean.times, 0.5)), p95: round(percentile(clean.times, 0.95)), firstDiagnosticsMs: round(clean.firstDiagnosticsMs) },
    completion: { p50: round(percentile(completionTimes, 0.5)), p95: round(percentile(completionTimes, 0.95)) },
    storm: { diagnostics: storm.diagnostics, p50: round(percentile(storm.times, 0.5)), p95: round(percentile(storm.times, 0.95)), ratioP95: round(percentile(storm.times, 0.95) / percentile(clean.times, 0.95)) },
    large: { lines: largeText.split('\n').length, subProcessors: largeN, p50: round(percentile(large.times, 0.5)), p95: round(percentile(large.times, 0.95)), max: round(Math.max(...large.times)), firstKeystrokeMs: round(large.times[0]), firstDiagnosticsMs: round(large.firstDiagnosticsMs), rssMb: round(largeRss) }
}) + '\n');
