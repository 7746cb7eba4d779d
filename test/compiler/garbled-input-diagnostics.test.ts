import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ast, createDpaServices, loadDpaText, relativeFile, templateOf, toDpaDiagnostic, usedSubProcessorLists } from '@dpa-as-code/language';
import { compileDocument, compileFile, fileBeside, isBlocking, type CompileDiagnostic, type CompileResult, type DiagnosticOrigin } from '@dpa-as-code/compiler';
import { repoRoot } from '../helpers.js';

/**
 * Fuzz input 5590 (seed 2091733859): a stray `\"` pairs the quotes of a cover wrongly, so 34 lines of
 * `\n\n\n…` (literal backslash-n) became 337,419 "Unexpected character" errors and 168,751 assignments of the
 * unknown parameter `n`: half a million diagnostics, 6.6–8.8 s through the fuzz pipeline. The speed-ups
 * (one literal per converted diagnostic instead of spread copies, lazily converted compile diagnostics,
 * shared messages for repeated stray characters and unknown names, one message per merged run) must
 * leave every diagnostic as it was: pinned here on a small input of the same shape, and compared with
 * the former conversion on the examples and on a larger garbled input.
 */
const services = createDpaServices(EmptyFileSystem).Dpa;

/** The shape of input 5590, `blocks` times, with `repeats` backslash-n in each signatory's name. */
function garbledCover(blocks: number, repeats: number): string {
    const block = `        country DE\\"\n        signatory { name "${'\\n'.repeat(repeats)}" function de "G" en "M" place "H" }\n`;
    return `cover C template "t.dpa" {\n    customer party {\n${block.repeat(blocks)}    }\n}\n`;
}

const shown = (d: { line: number; column: number; endLine: number; endColumn: number; severity: string; code?: string; message: string }) =>
    `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message.replace(process.cwd(), '<cwd>')}`;

const UNEXPECTED_BACKSLASH = "error lexing-error Unexpected character '\\' (texts go in double quotes; comments start with //).";
const UNKNOWN = (name: string) => `error linking-error Unknown parameter '${name}': declare it in the template's 'parameters { … }' block.`;

describe('diagnostics of a garbled file (fuzz input 5590)', () => {
    it('reports every stray backslash and every unknown parameter of the small version, exactly as before', async () => {
        const loaded = await loadDpaText(services, garbledCover(2, 4), 'inline.dpa');
        expect(loaded.diagnostics.map(shown)).toEqual([
            "1:18-1:25 error linking-error Cannot use 't.dpa': no such file (<cwd>/t.dpa).",
            `2:5-2:13 ${UNKNOWN('customer')}`,
            `3:19-3:20 ${UNEXPECTED_BACKSLASH}`,
            "3:20-4:27 error parsing-error Expected '}' but found '\"\n        signatory { name \"'.",
            `4:27-4:28 ${UNEXPECTED_BACKSLASH}`,
            `4:28-4:29 ${UNKNOWN('n')}`,
            `4:29-4:30 ${UNEXPECTED_BACKSLASH}`,
            `4:31-4:32 ${UNEXPECTED_BACKSLASH}`,
            `4:32-4:33 ${UNKNOWN('n')}`,
            `4:33-4:34 ${UNEXPECTED_BACKSLASH}`,
            "4:35-4:50 error parsing-error Expected '}' but found '\" function de \"'.",
            `4:50-4:51 ${UNKNOWN('G')}`,
            `4:57-4:58 ${UNKNOWN('M')}`,
            `4:67-4:68 ${UNKNOWN('H')}`,
            `6:27-6:28 ${UNEXPECTED_BACKSLASH}`,
            `6:28-6:29 ${UNKNOWN('n')}`,
            `6:29-6:30 ${UNEXPECTED_BACKSLASH}`,
            `6:31-6:32 ${UNEXPECTED_BACKSLASH}`,
            `6:32-6:33 ${UNKNOWN('n')}`,
            `6:33-6:34 ${UNEXPECTED_BACKSLASH}`,
            "6:35-6:50 error parsing-error Expected '}' but found '\" function de \"'.",
            `6:50-6:51 ${UNKNOWN('G')}`,
            `6:57-6:58 ${UNKNOWN('M')}`,
            `6:67-6:68 ${UNKNOWN('H')}`,
            "6:68-6:69 error lexing-error This text has no closing quote: add '\"' where it ends (a quote inside a text is written \\\").",
            "6:68-6:68 error parsing-error Expected one of 'party', a number, DATE_LITERAL, a name, 'de', 'en', a quoted text but found the end of the file."
        ]);
    });

    it('converts a diagnostic with its keys in the same order, with and without a code', () => {
        const range = { start: { line: 2, character: 4 }, end: { line: 3, character: 0 } };
        expect(JSON.stringify(toDpaDiagnostic('a.dpa', { range, severity: 2, message: 'm', data: { code: 'linking-error' } }))).toBe(
            '{"file":"a.dpa","line":3,"column":5,"endLine":4,"endColumn":1,"severity":"warning","message":"m","code":"linking-error"}');
        expect(JSON.stringify(toDpaDiagnostic('a.dpa', { range, message: 'm', code: 'own-code' }))).toBe(
            '{"file":"a.dpa","line":3,"column":5,"endLine":4,"endColumn":1,"severity":"error","message":"m","code":"own-code"}');
        expect(JSON.stringify(toDpaDiagnostic('a.dpa', { range, severity: 3, message: 'm' }))).toBe(
            '{"file":"a.dpa","line":3,"column":5,"endLine":4,"endColumn":1,"severity":"info","message":"m"}');
    });

    it('merges unexpected characters found by the lexer and by Chevrotain into one run with the whole run in its message', async () => {
        const loaded = await loadDpaText(services, 'agreement A {\n    languages en /@/@ title en "x" /@@/ / §§\n}\n', 'inline.dpa');
        expect(loaded.diagnostics.filter(d => d.code === 'lexing-error').map(shown)).toEqual([
            "2:18-2:22 error lexing-error Unexpected character '/@/@' (texts go in double quotes; comments start with //).",
            "2:36-2:40 error lexing-error Unexpected character '/@@/' (texts go in double quotes; comments start with //).",
            "2:41-2:42 error lexing-error Unexpected character '/' (texts go in double quotes; comments start with //).",
            "2:43-2:45 error lexing-error Unexpected character '§§' (texts go in double quotes; comments start with //)."
        ]);
    });

    it('names each of more distinct stray characters and unknown names than the message caches keep', async () => {
        // 1,200 distinct runs of two characters above U+00FF, then 1,200 distinct unknown parameters, each twice.
        const runs = Array.from({ length: 1_200 }, (_, i) => String.fromCharCode(0x100 + (i % 40), 0x400 + Math.floor(i / 40)));
        const names = Array.from({ length: 1_200 }, (_, i) => `unknown${i}`);
        const lines = [...runs, ...runs].map(run => `    ${run}`);
        const assignments = [...names, ...names].map(name => `    ${name} DE`);
        const text = `cover C template "t.dpa" {\n${[...lines, ...assignments].join('\n')}\n}\n`;
        const loaded = await loadDpaText(services, text, 'inline.dpa');
        const lexical = loaded.diagnostics.filter(d => d.code === 'lexing-error');
        expect(lexical.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([...runs, ...runs].map((run, i) =>
            `${i + 2}:5 Unexpected character '${run}' (texts go in double quotes; comments start with //).`));
        const unknown = loaded.diagnostics.filter(d => d.message.startsWith('Unknown parameter'));
        expect(unknown.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([...names, ...names].map((name, i) =>
            `${i + 2 + lines.length}:5 Unknown parameter '${name}': declare it in the template's 'parameters { … }' block.`));
    });
});

describe('compile diagnostics: the same as the former eager conversion', () => {
    it('on the small garbled cover, a larger one, every example with lint, and a cover of a template with errors', async () => {
        const small = await loadDpaText(services, garbledCover(2, 4), 'small.dpa');
        expectSameAsFormer(compileDocument(small.document, { lint: {} }));
        const larger = await loadDpaText(services, garbledCover(30, 100), 'larger.dpa');
        const compiledLarger = compileDocument(larger.document, { lint: {} });
        expect(compiledLarger.diagnostics.length).toBeGreaterThan(4_000);
        expectSameAsFormer(compiledLarger);
        const examples = readdirSync(join(repoRoot, 'examples'), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.dpa'));
        expect(examples.length).toBeGreaterThan(5);
        let findings = 0;
        for (const name of examples) {
            const result = await compileFile(services, join(repoRoot, 'examples', name), { lint: {} });
            expectSameAsFormer(result);
            findings += result.lint?.findings.length ?? 0;
        }
        expect(findings).toBeGreaterThan(0);
        // The template's own diagnostics come with the cover's, under the template's name.
        const folder = mkdtempSync(join(tmpdir(), 'dpa-garbled-'));
        const standardForm = join(repoRoot, 'examples', 'standard-form');
        cpSync(standardForm, folder, { recursive: true });
        const template = readFileSync(join(standardForm, 'saas-dpa-template.dpa'), 'utf8');
        writeFileSync(join(folder, 'saas-dpa-template.dpa'), template.replace('{', '{\n    version "1" version "2" @@'));
        const cover = await compileFile(services, join(folder, 'mueller-logistik.dpa'), { lint: {} });
        expect(cover.diagnostics.filter(d => d.file.endsWith('saas-dpa-template.dpa')).map(d => d.origin)).toEqual(expect.arrayContaining(['syntax', 'validation']));
        expectSameAsFormer(cover);
    });

    it('keeps the result a plain object: keys in order, diagnostics of the moment, assignable', async () => {
        const loaded = await loadDpaText(services, garbledCover(1, 2), 'keys.dpa');
        const document = loaded.document;
        const result = compileDocument(document, { lint: {} });
        expect(Object.keys(result)).toEqual(['file', 'kind', 'document', 'diagnostics', 'blocking']);
        const count = document.diagnostics!.length;
        // Langium appends the diagnostics of a later validation run to the document's list: not to this result.
        document.diagnostics!.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 1, message: 'later' });
        expect(result.diagnostics).toHaveLength(count);
        expect(result.blocking).toHaveLength(count);
        expect({ ...result }.diagnostics).toBe(result.diagnostics);
        result.blocking = [];
        expect(result.blocking).toEqual([]);
        expect(Object.keys(result)).toEqual(['file', 'kind', 'document', 'diagnostics', 'blocking']);
        document.diagnostics!.pop();
        const assignedFirst = compileDocument(document, { lint: {} });
        assignedFirst.diagnostics = [];
        expect(assignedFirst.diagnostics).toEqual([]);
        expect(assignedFirst.blocking).toHaveLength(count);
    });
});

/** compileDocument's diagnostics as they were built before: a spread copy per diagnostic, blocking ones sorted on their own. */
function expectSameAsFormer(result: CompileResult): void {
    const former = (file: string, diagnostics: readonly Diagnostic[]): CompileDiagnostic[] => diagnostics
        .filter(diagnostic => typeof (diagnostic.data as { ruleId?: unknown } | undefined)?.ruleId !== 'string')
        .map(diagnostic => ({ ...toDpaDiagnostic(file, diagnostic), origin: formerOrigin(diagnostic) }));
    const document = result.document;
    const diagnostics = former(result.file, document.diagnostics ?? []);
    for (const other of usedDocuments(document)) diagnostics.push(...former(fileBeside(result.file, relativeFile(document, other)), other.diagnostics ?? []));
    const blocking = diagnostics.filter(isBlocking);
    diagnostics.push(...(result.lint?.findings ?? []).map(finding => ({
        file: finding.file === undefined ? result.file : fileBeside(result.file, finding.file), line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn,
        severity: finding.severity, message: finding.message, code: finding.ruleId,
        origin: 'lint' as const, ruleId: finding.ruleId, citation: finding.citation
    })));
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    blocking.sort((a, b) => a.line - b.line || a.column - b.column);
    // JSON compares the keys' order too.
    expect(JSON.stringify(result.diagnostics)).toBe(JSON.stringify(diagnostics));
    expect(JSON.stringify(result.blocking)).toBe(JSON.stringify(blocking));
}

function formerOrigin(diagnostic: Diagnostic): DiagnosticOrigin {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && (code.startsWith('lexing-') || code === 'parsing-error')) return 'syntax';
    if (code === 'linking-error') return 'reference';
    return 'validation';
}

/** A cover's template and the sub-processor lists used, transitively, as the compile step finds them. */
function usedDocuments(document: LangiumDocument<ast.Agreement>): LangiumDocument[] {
    const root = document.parseResult.value as AstNode;
    const template = ast.isCover(root) ? templateOf(root) : undefined;
    const documents = [...(template ? [template] : []), ...usedSubProcessorLists(template ?? root)].map(node => AstUtils.getDocument(node));
    return documents.filter((other, index) => other !== document && documents.indexOf(other) === index);
}
