import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { examplePath } from '../helpers.js';
import { ensureExtensionBundle, serverBundle } from './bundle.js';
import { TestLspClient, withTimeout } from './lsp-client.js';

// The bundled language server as the extension starts it (extension/out/server.cjs), spoken to
// over stdio like an editor would: one document goes through a lint gap, a reference error and
// its fix, and every step's answer is checked.

const original = readFileSync(examplePath('userlike.dpa'), 'utf8');
/** A deliberate lint gap: the security contact's address is not an e-mail address. */
const withLintGap = original.replace('"security@userlike.com"', '"security(at)userlike.com"');
/** The same, with one line the formatter has to fix: wrong indentation, two spaces too many. */
const formattedNameLine = '    name "Userlike UG (haftungsbeschränkt)"';
const opened = withLintGap.replace(formattedNameLine, '  name   "Userlike UG (haftungsbeschränkt)"');
/** A reference error: a sub-processor service names a data category that does not exist. */
const withError = original.replace('data endUserIp, browser', 'data endUserIpX, browser');

function lineOf(text: string, needle: string): number {
    const line = text.split('\n').findIndex(current => current.includes(needle));
    if (line < 0) throw new Error(`'${needle}' is not in the example any more; update the test`);
    return line;
}

describe('language server over stdio (extension/out/server.cjs)', () => {
    let client: TestLspClient;
    let workspace: string;
    let uri: string;
    const timings: Record<string, number> = {};

    beforeAll(() => {
        expect(withLintGap).not.toBe(original);
        expect(opened).not.toBe(withLintGap);
        expect(withError).not.toBe(original);
        ensureExtensionBundle();
        workspace = mkdtempSync(join(tmpdir(), 'dpa-lsp-'));
        copyFileSync(examplePath('userlike.dpa'), join(workspace, 'userlike.dpa'));
        uri = pathToFileURL(join(workspace, 'userlike.dpa')).href;
        client = new TestLspClient(serverBundle, { dpa: { lint: { rules: {} } } });
    }, 120_000);

    afterAll(async () => {
        await client?.stop();
        client?.kill();
        if (workspace) rmSync(workspace, { recursive: true, force: true });
        console.log(`protocol test timings (ms): ${JSON.stringify(timings)}`);
    });

    /** The first diagnostics of the document published after `mark` that pass `accept`. */
    const diagnosticsOf = (mark: number, accept: (diagnostics: Diagnostic[]) => boolean) =>
        client.waitForDiagnostics(params => params.uri === uri && accept(params.diagnostics), mark);

    it('initializes with the editor features and the custom requests', async () => {
        const started = Date.now();
        const result = await withTimeout(client.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(workspace).href,
            workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'dpa' }],
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
                textDocument: {
                    synchronization: { didSave: true },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    publishDiagnostics: { codeDescriptionSupport: true }
                }
            }
        }) as Promise<{ capabilities: Record<string, unknown> }>, 30_000, 'initialize');
        expect(result.capabilities).toMatchObject({
            completionProvider: expect.anything(),
            hoverProvider: true,
            documentFormattingProvider: expect.anything()
        });
        await client.connection.sendNotification('initialized', {});
        timings.initialize = Date.now() - started;
    });

    it('publishes a lint finding with the rule id as code, on the line of the gap', async () => {
        const started = Date.now();
        const mark = client.mark;
        await client.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'dpa', version: 1, text: opened }
        });
        const { diagnostics } = await diagnosticsOf(mark, list => list.some(d => d.code === 'hygiene-malformed-email'));
        timings.firstDiagnostics = Date.now() - started;
        const finding = diagnostics.find(d => d.code === 'hygiene-malformed-email')!;
        expect(finding.range.start.line).toBe(lineOf(opened, 'security(at)userlike.com'));
        expect(finding.severity).toBe(2);
        expect(finding.message).toContain('"security(at)userlike.com"');
        expect(finding.codeDescription?.href).toMatch(/hygiene-malformed-email/);
        expect(diagnostics.filter(d => d.severity === 1 && typeof d.code !== 'string')).toEqual([]);
    });

    it('completes a country code after `country `', async () => {
        const line = lineOf(opened, 'country DE');
        const character = opened.split('\n')[line]!.indexOf('country ') + 'country '.length;
        const result = await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri }, position: { line, character }
        }) as CompletionItem[] | CompletionList | null;
        const items = Array.isArray(result) ? result : result?.items ?? [];
        const labels = items.map(item => item.label);
        expect(labels).toContain('DE');
        expect(labels).toContain('US');
        const germany = items.find(item => item.label === 'DE')!;
        expect(JSON.stringify([germany.detail, germany.documentation, germany.labelDetails])).toMatch(/Germany|Deutschland/);
    });

    it('explains an obligation keyword on hover, citing Art. 28', async () => {
        const line = lineOf(opened, 'supplement clause 7.6');
        const character = opened.split('\n')[line]!.indexOf('audits') + 2;
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri }, position: { line, character }
        }) as Hover | null;
        expect(hover).not.toBeNull();
        const value = typeof hover!.contents === 'string' ? hover!.contents
            : Array.isArray(hover!.contents) ? hover!.contents.map(part => typeof part === 'string' ? part : part.value).join('\n')
            : (hover!.contents as MarkupContent).value;
        expect(value).toContain('Art. 28(3)(h)');
        expect(value).toMatch(/audits/i);
    });

    it('formats: fixes the misindented line, changes only whitespace, and leaves its result as it is', async () => {
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) as TextEdit[] | null;
        expect(edits?.length ?? 0).toBeGreaterThan(0);
        const formatted = applyEdits(opened, edits!);
        expect(formatted.split('\n')[lineOf(opened, 'name   "Userlike UG')]).toBe(formattedNameLine);
        // A formatter moves whitespace, never words.
        expect(formatted.replace(/\s+/g, '')).toBe(opened.replace(/\s+/g, ''));
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: formatted }]
        });
        const again = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) as TextEdit[] | null;
        expect(applyEdits(formatted, again ?? [])).toBe(formatted);
    });

    it('reports a reference error, and the preview names it as file:line:col instead of a contract', async () => {
        const mark = client.mark;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 3 }, contentChanges: [{ text: withError }]
        });
        const errorLine = lineOf(withError, 'endUserIpX');
        const { diagnostics } = await diagnosticsOf(mark, list => list.some(d => d.message.includes("'endUserIpX'")));
        const error = diagnostics.find(d => d.message.includes("'endUserIpX'"))!;
        expect(error.severity).toBe(1);
        expect(error.range.start.line).toBe(errorLine);
        // A file with errors is not linted again (its model would be incomplete); the findings of the last
        // version without errors stay, marked stale, so the Problems view does not jump while typing.
        const kept = diagnostics.filter(d => d.code === 'hygiene-malformed-email');
        expect(kept).toHaveLength(1);
        expect(kept[0].message).toMatch(/ \(from the last version without syntax or reference errors\)$/);
        expect(kept[0].data).toMatchObject({ ruleId: 'hygiene-malformed-email', stale: true });

        const column = withError.split('\n')[errorLine]!.indexOf('endUserIpX') + 1;
        const preview = await client.connection.sendRequest('dpa/preview', { uri, language: 'de' }) as Record<string, unknown>;
        expect(preview.html).toBeUndefined();
        expect(preview.error).toBe(`userlike.dpa:${errorLine + 1}:${column}: ${error.message}`);
        expect(preview.errors).toEqual([{ line: errorLine + 1, column, message: error.message }]);
        expect(preview.version).toBe(3);
    });

    it('clears the error after the fix', async () => {
        const started = Date.now();
        const mark = client.mark;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 4 }, contentChanges: [{ text: original }]
        });
        // The diagnostics of the fixed text: linted again (so not blocked), without the error.
        const { diagnostics } = await diagnosticsOf(mark, list =>
            !list.some(d => d.message.includes('endUserIpX')) && !list.some(d => d.code === 'hygiene-malformed-email'));
        timings.fixDiagnostics = Date.now() - started;
        expect(diagnostics.filter(d => d.severity === 1 && typeof d.code !== 'string')).toEqual([]);
    });

    it('dpa/preview answers with the German, English and side-by-side contract as HTML', async () => {
        let started = Date.now();
        const german = await client.connection.sendRequest('dpa/preview', { uri, language: 'de' }) as { html: string; language: string; languages: string[]; version: number };
        timings.previewDe = Date.now() - started;
        expect(german.language).toBe('de');
        expect(german.languages).toEqual(['de', 'en']);
        expect(german.version).toBe(4);
        expect(german.html).toMatch(/^<!DOCTYPE html>/);
        expect(german.html).toContain('<html lang="de">');
        expect(german.html).toContain('Vertrag über die Auftragsverarbeitung');
        expect(german.html).toMatch(/Unterauftragsverarbeiter|Auftragsverarbeiter/);
        expect(german.html).toContain('Hetzner Online GmbH');
        expect(german.html).not.toContain('<script');

        const english = await client.connection.sendRequest('dpa/preview', { uri, language: 'en' }) as { html: string; language: string };
        expect(english.language).toBe('en');
        expect(english.html).toContain('<html lang="en">');
        expect(english.html).toContain('Data Processing Agreement for Userlike');

        started = Date.now();
        const both = await client.connection.sendRequest('dpa/preview', { uri, language: 'de+en' }) as { html: string; language: string };
        timings.previewBoth = Date.now() - started;
        expect(both.language).toBe('de+en');
        expect(both.html).toContain('<body class="side-by-side">');
        expect(both.html).toContain('Vertrag über die Auftragsverarbeitung');
        expect(both.html).toContain('Data Processing Agreement for Userlike');
    });

    it('dpa/generateAll answers with JSON, Markdown, HTML and DOCX per language, the processing record and the sub-processor list', async () => {
        const result = await client.connection.sendRequest('dpa/generateAll', { uri }) as { files: { name: string; content: string; encoding: string }[] };
        const names = result.files.map(file => file.name);
        expect(names).toEqual([
            'userlike.json', 'userlike.de.md', 'userlike.en.md', 'userlike.de.html', 'userlike.en.html', 'userlike.de.docx', 'userlike.en.docx',
            'userlike.record.de.md', 'userlike.record.de.html', 'userlike.record.de.docx', 'userlike.record.en.md', 'userlike.record.en.html', 'userlike.record.en.docx',
            'userlike.subprocessors.html', 'userlike.subprocessors.json'
        ]);
        expect(result.files.find(file => file.name === 'userlike.record.en.md')!.content).toContain('Record of processing activities of the processor');
        expect(JSON.parse(result.files.find(file => file.name === 'userlike.subprocessors.json')!.content)).toMatchObject({ agreement: { id: 'Userlike' } });
        const json = result.files.find(file => file.name === 'userlike.json')!;
        expect(JSON.parse(json.content)).toMatchObject({ languages: ['de', 'en'] });
        expect(result.files.find(file => file.name === 'userlike.de.md')!.content).toMatch(/^# Vertrag über die Auftragsverarbeitung/);
        for (const file of result.files.filter(current => current.name.endsWith('.docx'))) {
            expect(file.encoding).toBe('base64');
            expect(Buffer.from(file.content, 'base64').subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
        }
        expect(result.files.filter(file => file.encoding === 'utf8').map(file => file.name)).not.toContain('userlike.de.docx');
        // The seed has lint errors (no nature of the processing): they do not block, but the answer counts them
        // so that the extension can ask before writing.
        const { lint } = result as unknown as { lint: { errors: number; warnings: number; first: string } };
        expect(lint.errors).toBeGreaterThan(0);
        expect(lint.first).toMatch(/^userlike\.dpa:\d+:1: The nature of the processing is not stated/);
    });

    it('takes dpa.lint.rules from the configuration and validates the open document again', async () => {
        let mark = client.mark;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 5 }, contentChanges: [{ text: withLintGap }]
        });
        let { diagnostics } = await diagnosticsOf(mark, list => list.some(d => d.code === 'hygiene-malformed-email'));
        expect(diagnostics.find(d => d.code === 'hygiene-malformed-email')!.severity).toBe(2);

        // No edit: the setting alone republishes the finding, now as an error.
        mark = client.mark;
        await client.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { dpa: { lint: { rules: { 'hygiene-malformed-email': 'error' } } } }
        });
        ({ diagnostics } = await diagnosticsOf(mark, list => list.some(d => d.code === 'hygiene-malformed-email' && d.severity === 1)));
        expect(diagnostics.filter(d => d.code === 'hygiene-malformed-email')).toHaveLength(1);

        mark = client.mark;
        await client.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { dpa: { lint: { rules: { 'hygiene-malformed-email': 'off' } } } }
        });
        ({ diagnostics } = await diagnosticsOf(mark, list => !list.some(d => d.code === 'hygiene-malformed-email')));
        expect(diagnostics.length).toBeGreaterThan(0); // the other findings stay
    });

    it('shuts down and exits with code 0', async () => {
        expect(await client.stop()).toBe(0);
        expect(client.stderr.join('')).not.toMatch(/Error|exception/i);
    });
});

function applyEdits(text: string, edits: TextEdit[]): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (position: { line: number; character: number }) =>
        Math.min(text.length, (lineStarts[position.line] ?? text.length) + position.character);
    const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
    let result = text;
    for (const edit of sorted) {
        result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
    }
    return result;
}
