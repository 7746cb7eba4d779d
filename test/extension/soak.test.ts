import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { examplePath, repoRoot } from '../helpers.js';
import { Random } from '../fuzz/mutator.js';
import { ensureExtensionBundle, serverBundle } from './bundle.js';
import { TestLspClient, withTimeout } from './lsp-client.js';

// Soak: 5,000 random edits (typing, deleting, pasting parts of other examples, undo) sent to the
// bundled language server over stdio, with requests in between. The server must answer every
// request, end with the same diagnostics a fresh server gives for the final text, and not grow
// without bound in memory (it runs with a fixed heap limit, see HEAP_LIMIT_MB).

const EDITS = Number(process.env.SOAK_EDITS ?? 5_000);
const SEED = Number(process.env.SOAK_SEED ?? 4242);
/** A request (completion, hover, symbols, folding) after every this many edits. */
const REQUEST_EVERY = 50;
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * The soaked server runs with this old-generation heap limit (MB): a leak of even a small part of a
 * parse per edit would outgrow it within 5,000 edits and end the server ("heap out of memory").
 * RSS alone says little: V8 keeps heap it grew during a burst of edits, and how much depends on the machine.
 */
const HEAP_LIMIT_MB = 96;
const MAX_RSS_BYTES = 700 * 1024 * 1024;

const examples = ['starter.dpa', 'userlike.dpa', '360dialog.dpa', 'minimal.dpa'].map(name => readFileSync(examplePath(name), 'utf8'));
const uri = pathToFileURL(`${repoRoot}/soak/edited.dpa`).href;

interface Position { line: number; character: number }
interface Change { range: { start: Position; end: Position }; text: string }

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const SNIPPETS = ['sub-processor ', '{', '}', ' data ', 'country DE', '"', ' transfer none ', '\n', '// note\n', 'x', 'category', ',', ' located US ', '/*', '*/'];

/** Remembers every applied edit as its inverse, so "undo" restores the text exactly. */
class EditedText {
    private readonly undo: Array<{ offset: number; length: number; text: string }> = [];
    constructor(public text: string) {}

    /** Replaces [offset, offset+length) by `inserted`; returns the LSP change event for it. */
    replace(offset: number, length: number, inserted: string, remember = true): Change {
        const change = { range: { start: positionAt(this.text, offset), end: positionAt(this.text, offset + length) }, text: inserted };
        if (remember) this.undo.push({ offset, length: inserted.length, text: this.text.slice(offset, offset + length) });
        this.text = this.text.slice(0, offset) + inserted + this.text.slice(offset + length);
        return change;
    }

    undoLast(): Change | undefined {
        const last = this.undo.pop();
        return last && this.replace(last.offset, last.length, last.text, false);
    }

    randomEdit(random: Random): Change {
        const roll = random.next();
        const offset = random.int(this.text.length + 1);
        if (roll < 0.15) return this.undoLast() ?? this.replace(offset, 0, 'x');
        // Deleting is likelier while the text is long, so it stays around the starter example's size.
        const deleteBias = this.text.length > 12_000 ? 0.6 : 0.3;
        const longDelete = random.next() < (this.text.length > 12_000 ? 0.5 : 0.1);
        if (roll < 0.15 + deleteBias) return this.replace(offset, Math.min(this.text.length - offset, 1 + random.int(longDelete ? 800 : 8)), '');
        if (roll < 0.9) return this.replace(offset, 0, random.pick(SNIPPETS));
        const other = random.pick(examples);
        const start = random.int(other.length);
        return this.replace(offset, 0, other.slice(start, start + random.int(600)));
    }
}

function rssOf(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

const comparable = (diagnostics: Diagnostic[]) => diagnostics
    .map(d => JSON.stringify([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.code ?? null, d.message]))
    .sort();

async function startServer(nodeOptions: string[] = []): Promise<TestLspClient> {
    const client = new TestLspClient(serverBundle, { dpa: { lint: { rules: {} } } }, nodeOptions);
    await withTimeout(client.connection.sendRequest('initialize', {
        processId: process.pid, rootUri: null, workspaceFolders: null,
        capabilities: { textDocument: { synchronization: {}, completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} } }
    }), 30_000, 'initialize');
    await client.connection.sendNotification('initialized', {});
    return client;
}

/**
 * The diagnostics the server publishes last once it has settled after `mark`: Langium sends no
 * document version with them, so "settled" means at least one arrived and then none for `quietMs`.
 */
async function settledDiagnostics(client: TestLspClient, mark: number, quietMs = 2_000, timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    let seen = client.mark;
    let lastArrival = Date.now();
    while (Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
        if (client.mark !== seen) {
            seen = client.mark;
            lastArrival = Date.now();
        }
        const ours = client.diagnostics.slice(mark).filter(params => params.uri === uri);
        if (ours.length > 0 && Date.now() - lastArrival >= quietMs) return ours.at(-1)!;
    }
    throw new Error(`the server did not settle within ${timeoutMs} ms`);
}

describe('language server soak (extension/out/server.cjs)', () => {
    const clients: TestLspClient[] = [];
    afterAll(async () => {
        for (const client of clients) {
            await client.stop();
            client.kill();
        }
    });

    it(`${EDITS} random edits from seed ${SEED}: every request answered, final diagnostics as from a fresh server, memory bounded`, async () => {
        ensureExtensionBundle();
        const random = new Random(SEED);
        const client = await startServer([`--max-old-space-size=${process.env.SOAK_HEAP_MB ?? HEAP_LIMIT_MB}`]);
        clients.push(client);
        const text = new EditedText(examples[0]);
        let version = 1;
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dpa', version, text: text.text } });
        await settledDiagnostics(client, 0, 500);
        const rssAtStart = rssOf(client.pid);

        const requestTimes: number[] = [];
        const markBeforeEdits = client.mark;
        const soakStarted = performance.now();
        for (let edit = 1; edit <= EDITS; edit++) {
            const change = text.randomEdit(random);
            version++;
            await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
            if (edit % 250 === 0) console.log(`soak: ${edit} edits after ${Math.round(performance.now() - soakStarted)} ms, text ${text.text.length} chars, RSS ${Math.round(rssOf(client.pid) / 2 ** 20)} MB`);
            if (edit % REQUEST_EVERY !== 0) continue;
            const position = positionAt(text.text, random.int(text.text.length + 1));
            const method = random.pick(['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/foldingRange']);
            const started = performance.now();
            await withTimeout(client.connection.sendRequest(method, { textDocument: { uri }, position }), REQUEST_TIMEOUT_MS, `${method} after edit ${edit}`);
            requestTimes.push(performance.now() - started);
        }
        const final = await settledDiagnostics(client, markBeforeEdits);
        const rssAtEnd = rssOf(client.pid);
        expect(client.stderr.join('')).not.toMatch(/Error|exception/i);

        const fresh = await startServer();
        clients.push(fresh);
        await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dpa', version: 1, text: text.text } });
        const expected = await settledDiagnostics(fresh, 0, 500);

        requestTimes.sort((a, b) => a - b);
        console.log(`soak: ${EDITS} edits, final text ${text.text.length} chars, ${final.diagnostics.length} diagnostics; ` +
            `requests p50 ${Math.round(requestTimes[Math.floor(requestTimes.length / 2)])} ms, max ${Math.round(requestTimes.at(-1)!)} ms; ` +
            `RSS ${Math.round(rssAtStart / 2 ** 20)} → ${Math.round(rssAtEnd / 2 ** 20)} MB`);
        expect(requestTimes).toHaveLength(Math.floor(EDITS / REQUEST_EVERY));
        expect(comparable(final.diagnostics)).toEqual(comparable(expected.diagnostics));
        expect(rssAtEnd).toBeLessThan(MAX_RSS_BYTES);
    }, 600_000);
});
