import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generateAllForDocument } from '@dpa-as-code/language-server';
import { services } from '../language-server/language-server-services.js';
import { examplePath, readText, runCliInProcess } from '../helpers.js';

/**
 * The editor (language server diagnostics) and `dpa lint` go through the same compile step, so
 * they report the same problems for the same file: language errors and, whenever a model can be
 * built, the lint findings. A property given twice used to show the lint findings only in the editor.
 */

const minimal = readText(examplePath('minimal.dpa'));
const versionTwice = minimal.replace('    languages en\n', '    version "2025-01"\n    version "2025-02"\n    languages en\n');

interface Reported { line: number; column: number; severity: string; ruleId: string; message: string }
const key = (entry: Reported) => `${entry.line}:${entry.column} ${entry.severity} ${entry.ruleId} ${entry.message}`;

async function editorReports(text: string, name: string): Promise<string[]> {
    const shared = services.shared;
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/parity/${name}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? []).map((diagnostic: Diagnostic) => {
        const ruleId = (diagnostic.data as { ruleId?: string } | undefined)?.ruleId;
        return key({
            line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1,
            severity: diagnostic.severity === 2 ? 'warning' : 'error', ruleId: ruleId ?? 'dpa-syntax', message: diagnostic.message
        });
    }).sort();
}

async function cliReports(text: string, name: string): Promise<{ code: number; reported: string[] }> {
    const file = join(mkdtempSync(join(tmpdir(), 'dpa-parity-')), `${name}.dpa`);
    writeFileSync(file, text);
    const { code, stdout } = await runCliInProcess(['lint', file, '--format', 'json']);
    const report = JSON.parse(stdout) as { files: Array<{ findings: Reported[] }> };
    return { code, reported: report.files[0]!.findings.map(key).sort() };
}

describe('the editor and `dpa lint` report the same set', () => {
    it('for a file with `version` given twice: the error and every lint finding, in both', async () => {
        const editor = await editorReports(versionTwice, 'version-twice');
        const cli = await cliReports(versionTwice, 'version-twice');
        expect(cli.reported).toEqual(editor);
        expect(cli.code).toBe(1);
        const errors = editor.filter(entry => entry.includes(' dpa-syntax '));
        expect(errors).toEqual(["5:5 error dpa-syntax 'version' is given more than once here; keep one so no value is silently dropped."]);
        // The lint rules ran although the file has an error: minimal.dpa lacks every Art. 28(3) clause.
        expect(editor.some(entry => entry.includes(' art28-3-h-audits '))).toBe(true);
        expect(editor.length).toBeGreaterThan(10);
    });

    it('for a file with a syntax error: only the error, in both (no model, so no lint)', async () => {
        const broken = minimal.replace('languages en', 'languages en =');
        const editor = await editorReports(broken, 'broken');
        const cli = await cliReports(broken, 'broken');
        expect(cli.reported).toEqual(editor);
        expect(editor).toHaveLength(1);
        expect(editor[0]).toMatch(/^4:18 error dpa-syntax /);
    });

    it('for a clean file with findings: the same findings, in both', async () => {
        const editor = await editorReports(minimal, 'minimal');
        const cli = await cliReports(minimal, 'minimal');
        expect(cli.reported).toEqual(editor);
        expect(editor.every(entry => !entry.includes(' dpa-syntax '))).toBe(true);
        expect(editor.length).toBeGreaterThan(0);
    });
});

describe('Generate All and `dpa generate` plan and name outputs alike', () => {
    it('gives the same files, byte for byte, for JSON, Markdown, HTML, DOCX, the processing record and the sub-processor list', async () => {
        const text = readText(examplePath('userlike.dpa'));
        const uri = URI.file('/parity/userlike.dpa');
        const shared = services.shared;
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        // Without a language client nobody announces the (empty) workspace; the requests wait for it.
        await shared.workspace.WorkspaceManager.initialized({});
        const fromEditor = await generateAllForDocument(shared, uri.toString());
        if (!('files' in fromEditor)) throw new Error(fromEditor.error);

        const fromCli = new Map<string, string>();
        for (const format of ['json', 'markdown', 'html', 'docx', 'record', 'subprocessors']) {
            const out = mkdtempSync(join(tmpdir(), 'dpa-parity-out-'));
            const { code } = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', format, '--out', out]);
            expect(code).toBe(0);
            for (const name of readdirSync(out)) fromCli.set(name, readFileSync(join(out, name)).toString('base64'));
        }
        expect(fromEditor.files.map(file => file.name)).toEqual([
            'userlike.json', 'userlike.de.md', 'userlike.en.md', 'userlike.de.html', 'userlike.en.html', 'userlike.de.docx', 'userlike.en.docx',
            'userlike.record.de.md', 'userlike.record.de.html', 'userlike.record.de.docx', 'userlike.record.en.md', 'userlike.record.en.html', 'userlike.record.en.docx',
            'userlike.subprocessors.html', 'userlike.subprocessors.json'
        ]);
        for (const file of fromEditor.files) {
            const bytes = file.encoding === 'base64' ? file.content : Buffer.from(file.content, 'utf8').toString('base64');
            expect(bytes, file.name).toBe(fromCli.get(file.name));
        }
        expect(fromCli.size).toBe(fromEditor.files.length);
    });
});
