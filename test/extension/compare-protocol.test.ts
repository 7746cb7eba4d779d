import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareRequest, type CompareResult } from '@dpa-as-code/language-server/protocol';
import { examplePath } from '../helpers.js';
import { ensureExtensionBundle, serverBundle } from './bundle.js';
import { TestLspClient, withTimeout } from './lsp-client.js';

// `dpa/compare` answered by the bundled server (extension/out/server.cjs) over stdio: the open
// Userlike text against a previous version that lacked the DeepL sub-processor.

const current = readFileSync(examplePath('userlike.dpa'), 'utf8');
const deepLBlock = /\nsub-processor DeepL \{[\s\S]*?\n\}\n/.exec(current)?.[0] ?? '';
const withoutDeepL = current.replace(deepLBlock, '\n');

describe('dpa/compare over stdio', () => {
    let client: TestLspClient;
    let workspace: string;
    let uri: string;

    beforeAll(async () => {
        expect(deepLBlock).toContain('name "DeepL GmbH"');
        ensureExtensionBundle();
        workspace = mkdtempSync(join(tmpdir(), 'dpa-compare-'));
        copyFileSync(examplePath('userlike.dpa'), join(workspace, 'userlike.dpa'));
        uri = pathToFileURL(join(workspace, 'userlike.dpa')).href;
        client = new TestLspClient(serverBundle, { dpa: { lint: { rules: {} } } });
        await withTimeout(client.connection.sendRequest('initialize', {
            processId: process.pid, rootUri: pathToFileURL(workspace).href,
            workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'dpa' }], capabilities: {}
        }), 30_000, 'initialize');
        await client.connection.sendNotification('initialized', {});
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dpa', version: 1, text: current } });
    }, 120_000);

    afterAll(async () => {
        await client?.stop();
        client?.kill();
        if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    const compare = (againstText: string) => withTimeout(
        client.connection.sendRequest(CompareRequest.method, { uri, againstText, againstLabel: 'HEAD:userlike.dpa', date: '2026-12-01' }) as Promise<CompareResult>,
        30_000, 'dpa/compare');

    it('names the one sub-processor the open text adds, and gives the German notice with its effective date', async () => {
        const result = await compare(withoutDeepL);
        if ('error' in result) throw new Error(result.error);
        // The words of `dpa diff` (one shared description in @dpa-as-code/generators).
        expect(result.changes.map(change => [change.kind, change.headline, change.details])).toEqual([
            ['sub-processor-added', 'sub-processor DeepL (DeepL GmbH, DE) added', [
                'service "Machine translation of notification content (encrypted, for the duration of the translation), to expand and improve the core services": data: userGeneratedContent; function: optional; located: DE; transfer: none'
            ]]
        ]);
        expect(result.html).toContain('sub-processor DeepL (DeepL GmbH, DE) added');
        expect(result.date).toBe('2026-12-01');
        expect(result.noticeLanguage).toBe('de');
        expect(result.noticeHtml).toContain('DeepL GmbH');
        // 30 days' notice from 1 December 2026.
        expect(result.noticeHtml).toContain('Die Änderungen werden am 31.12.2026 wirksam');
        // 14 Werktage (Monday to Saturday) to object.
        expect(result.noticeHtml).toContain('bis einschließlich 17.12.2026');
        expect(result.noticeHtml).toContain('SCC 2021/915 Klausel 7.7 Buchst. a');
        expect(result.noticeHtml).not.toMatch(/<html|<script/i);
    });

    it('finds no change against the same text reformatted, and needs no notice', async () => {
        const result = await compare(current.replace(/\n\n/g, '\n\n\n').replace(/\n {4}name/g, '\n  name'));
        if ('error' in result) throw new Error(result.error);
        expect(result.changes).toEqual([]);
        expect(result.noticeHtml).toBeUndefined();
        expect(result.noticeNote).toContain('No sub-processor changed');
    });

    it('reports an error in the previous version with its label, line and column', async () => {
        const result = await compare(current.replace('sub-processor DeepL {', 'sub-processor DeepL {{'));
        expect('error' in result).toBe(true);
        if (!('error' in result)) return;
        const line = current.split('\n').findIndex(text => text.startsWith('sub-processor DeepL {')) + 1;
        expect(result.error.split('\n')[0]).toMatch(new RegExp(`^HEAD:userlike\\.dpa:${String(line)}:\\d+: `));
    });
});
