import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { browserOutput, InMemoryFileSystemProvider } from '../../packages/language-server/src/browser-main.js';
import { examplePath } from '../helpers.js';

// The language server's browser entry, which the web playground runs in a Web Worker (issue 15): one output
// file per `dpa/output` request (DOCX made without Node's Buffer), and an in-memory workspace of read-only files
// so that a cover finds its template. The page itself is tested in test/playground/ with chromium.

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function workspaceOf(files: Record<string, string>) {
    const { shared } = createDpaLanguageServerServices({ fileSystemProvider: () => new InMemoryFileSystemProvider(files) });
    await shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///playground/', name: 'playground' }] });
    await shared.workspace.WorkspaceManager.initialized({});
    await shared.workspace.WorkspaceManager.ready;
    return shared;
}

describe('the browser entry of the language server', () => {
    it('generates each download of the seed as `dpa generate` names it, DOCX as a Word package', async () => {
        const uri = 'file:///playground/examples/userlike.dpa';
        const shared = await workspaceOf({ [uri]: readFileSync(examplePath('userlike.dpa'), 'utf8') });

        const docx = await browserOutput(shared, { uri, format: 'docx', language: 'de' });
        if ('error' in docx) throw new Error(docx.error);
        expect(docx.fileName).toBe('userlike.de.docx');
        expect(docx.encoding).toBe('base64');
        const zip = await JSZip.loadAsync(Buffer.from(docx.content, 'base64'));
        const body = await zip.file('word/document.xml')!.async('string');
        expect(body).toContain('Vertrag über die Auftragsverarbeitung');
        expect(body).toContain('Gegenstand');

        const english = await browserOutput(shared, { uri, format: 'markdown', language: 'en', name: 'review' });
        if ('error' in english) throw new Error(english.error);
        expect(english.fileName).toBe('review.en.md');
        expect(english.content).toContain('Data Processing Agreement for Userlike');
        expect(english.content).not.toContain('Vertrag über die Auftragsverarbeitung');

        const sideBySide = await browserOutput(shared, { uri, format: 'html', language: 'de+en' });
        if ('error' in sideBySide) throw new Error(sideBySide.error);
        expect(sideBySide.fileName).toBe('userlike.de-en.side-by-side.html');

        const json = await browserOutput(shared, { uri, format: 'json', language: 'de' });
        if ('error' in json) throw new Error(json.error);
        expect(json.fileName).toBe('userlike.json');
        expect((JSON.parse(json.content) as { languages: string[] }).languages).toEqual(['de', 'en']);
    });

    it('answers with file:line:col errors instead of a file when the text has a syntax error', async () => {
        const uri = 'file:///playground/broken.dpa';
        const shared = await workspaceOf({ [uri]: 'agreement Broken {\n    languages en\n    title en\n}\n' });
        const result = await browserOutput(shared, { uri, format: 'markdown', language: 'en' });
        if (!('error' in result)) throw new Error(`expected an error, got ${result.fileName}`);
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.error.split('\n')[0]).toMatch(/^broken\.dpa:4:1: /);
    });

    it('lets a cover of the standard form use its template and shared list from the in-memory workspace', async () => {
        const folder = join(repoRoot, 'examples', 'standard-form');
        const files: Record<string, string> = {};
        const collect = (dir: string): void => {
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
                if (entry.isDirectory()) collect(join(dir, entry.name));
                else if (entry.name.endsWith('.dpa')) files[`file:///playground/${relative(repoRoot, join(dir, entry.name)).split('\\').join('/')}`] = readFileSync(join(dir, entry.name), 'utf8');
            }
        };
        collect(folder);
        const cover = 'file:///playground/examples/standard-form/acme-retail.dpa';
        expect(Object.keys(files)).toContain(cover);
        const shared = await workspaceOf(files);
        expect(shared.workspace.LangiumDocuments.getDocument(URI.parse(cover))).toBeDefined();

        const contract = await browserOutput(shared, { uri: cover, format: 'markdown', language: 'en' });
        if ('error' in contract) throw new Error(contract.error);
        expect(contract.fileName).toBe('acme-retail.en.md');
        // The customer's values from the cover, in the template's contract.
        expect(contract.content).toContain('Acme Retail Ltd');
        expect(contract.content).toContain('Cloudlane GmbH');
    });

    it('reads folders and files of the in-memory file system, with or without a trailing slash', () => {
        const fileSystem = new InMemoryFileSystemProvider({ 'file:///playground/a/b.dpa': 'x', 'file:///playground/a/c/d.dpa': 'y' });
        const names = (uri: string) => fileSystem.readDirectorySync(URI.parse(uri)).map(node => `${node.uri.path}${node.isDirectory ? '/' : ''}`);
        expect(names('file:///playground/')).toEqual(['/playground/a/']);
        expect(names('file:///playground/a')).toEqual(['/playground/a/b.dpa', '/playground/a/c/']);
        expect(fileSystem.readFileSync(URI.parse('file:///playground/a/c/d.dpa'))).toBe('y');
        expect(fileSystem.existsSync(URI.parse('file:///playground/a/missing.dpa'))).toBe(false);
        expect(() => fileSystem.readFileSync(URI.parse('file:///playground/a/missing.dpa'))).toThrow('no such file: file:///playground/a/missing.dpa');
    });
});
