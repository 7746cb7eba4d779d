// Profiles the bundled server while it answers keystrokes on the 2,000-line synthetic DPA:
// node bench/lsp-profile.mjs [keystrokes] [profile dir]. Writes a .cpuprofile of the server process.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { syntheticDpa } from './synthetic-dpa.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = process.env.SERVER ?? join(repoRoot, 'extension', 'out', 'server.cjs');
const count = Number(process.argv[2] ?? 40);
const profileDir = process.argv[3];
const lines = Number(process.env.LINES ?? 2000);
const n = Math.max(1, Math.round((lines - 400) / 18.1));
const args = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=200'] : [];
const child = spawn(process.execPath, [...args, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiters = [];
let last;
connection.onRequest('workspace/configuration', params => params.items.map(() => null));
for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/semanticTokens/refresh']) connection.onRequest(method, () => null);
connection.onNotification('window/logMessage', () => undefined);
connection.onNotification('textDocument/publishDiagnostics', params => { last = params; for (const w of waiters.splice(0)) w(params); });
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});
const text = syntheticDpa(repoRoot, n);
const uri = pathToFileURL('/bench/profile.dpa').href;
let next = new Promise(r => waiters.push(r));
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dpa', version: 1, text } });
await next;
const line = text.split('\n').findIndex(current => current.includes('name "Vendor 0 Ltd"'));
const character = text.split('\n')[line].indexOf('Ltd');
const times = [];
for (let i = 0; i < count; i++) {
    const change = i % 2 === 0 ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
        : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    next = new Promise(r => waiters.push(r));
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    await next;
    times.push(performance.now() - started);
}
const sorted = [...times].sort((a, b) => a - b);
const rssMb = Math.round(Number(/VmRSS:\s+(\d+)/.exec((await import('node:fs')).readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024);
console.log(times.map(t => Math.round(t)).join(" ")); console.log(JSON.stringify({ rssMb, lines: text.split('\n').length, p50: Math.round(sorted[Math.floor(count * 0.5)]), p95: Math.round(sorted[Math.min(count - 1, Math.floor(count * 0.95))]), diagnostics: last.diagnostics.length }));
if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(last.diagnostics));
await connection.sendRequest('shutdown').catch(() => undefined);
await connection.sendNotification('exit').catch(() => undefined);
await new Promise(r => child.on('exit', r));
connection.dispose();
