import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DpaServices } from './dpa-module.js';
import type { Agreement } from './generated/ast.js';
import { noteUnreadableFile, pathsUsedBy, resolveImportPath } from './dpa-imports.js';

/** A diagnostic with 1-based line and column, as printed by the CLI. */
export interface DpaDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    code?: string;
}

export interface LoadedDpa {
    file: string;
    document: LangiumDocument<Agreement>;
    diagnostics: DpaDiagnostic[];
    hasErrors: boolean;
}

/** Input that cannot be read at all (missing, a directory, not UTF-8): the CLI exits 2. */
export class DpaInputError extends Error {
    constructor(readonly file: string, readonly reason: string) {
        super(`${file}: ${reason}`);
        this.name = 'DpaInputError';
    }
}

/** Reads a file as strict UTF-8, naming the first invalid byte's line and column. */
export function readDpaFile(file: string): string {
    let bytes: Buffer;
    try {
        if (statSync(file).isDirectory()) {
            throw new DpaInputError(file, 'is a directory, not a .dpa file');
        }
        bytes = readFileSync(file);
    } catch (error) {
        if (error instanceof DpaInputError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file'
            : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
            : `cannot be read (${code ?? (error as Error).message})`;
        throw new DpaInputError(file, reason);
    }
    const invalidAt = firstInvalidUtf8Byte(bytes);
    if (invalidAt >= 0) {
        const before = bytes.subarray(0, invalidAt).toString('utf8');
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        throw new DpaInputError(file, `${line}:${column}: not valid UTF-8 (byte 0x${bytes[invalidAt].toString(16).padStart(2, '0')} at offset ${invalidAt}); save the file as UTF-8`);
    }
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        let length: number;
        let min: number;
        if (b < 0x80) { i++; continue; }
        else if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; }
        else if (b >= 0xe0 && b <= 0xef) { length = 3; min = 0x800; }
        else if (b >= 0xf0 && b <= 0xf4) { length = 4; min = 0x10000; }
        else return i;
        if (i + length > bytes.length) return i;
        let codePoint = b & (0xff >> (length + 1));
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80) return i;
            codePoint = (codePoint << 6) | (c & 0x3f);
        }
        if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
        i += length;
    }
    return -1;
}

/**
 * Parses, links and validates one .dpa text, together with the files it uses (sub-processor lists,
 * a cover's template), read from disk, transitively; each file once, so lists that use each other
 * are loaded and the circle is reported at the `use` line. `path` is where the text lives on disk
 * (default: `file` resolved against the process's directory); the paths it uses are relative to it.
 */
export async function loadDpaText(services: DpaServices, text: string, file: string, path: string = resolve(file)): Promise<LoadedDpa> {
    const uri = URI.file(path);
    const document = replaceDocument(services, uri, text);
    const used = loadUsedFiles(services, document, new Set([uri.toString()]));
    await services.shared.workspace.DocumentBuilder.build([document, ...used], { validation: true });
    const diagnostics = (document.diagnostics ?? []).map(diagnostic => toDpaDiagnostic(file, diagnostic))
        .sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, document, diagnostics, hasErrors: diagnostics.some(d => d.severity === 'error') };
}

function replaceDocument(services: DpaServices, uri: URI, text: string): LangiumDocument<Agreement> {
    const documents = services.shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) {
        documents.deleteDocument(uri);
    }
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Agreement>(text, uri);
    documents.addDocument(document);
    return document;
}

/** Reads the files `document` uses, and those they use; a file that cannot be read is left out (the linker names why). */
function loadUsedFiles(services: DpaServices, document: LangiumDocument, seen: Set<string>): LangiumDocument[] {
    const loaded: LangiumDocument[] = [];
    for (const path of pathsUsedBy(document.parseResult.value)) {
        const uri = resolveImportPath(document, path);
        if (!uri || seen.has(uri.toString())) continue;
        seen.add(uri.toString());
        let text: string;
        try {
            text = readDpaFile(uri.fsPath);
            noteUnreadableFile(uri, undefined);
        } catch (error) {
            if (!(error instanceof DpaInputError)) throw error;
            noteUnreadableFile(uri, error.reason === 'no such file' ? undefined : error.reason);
            if (services.shared.workspace.LangiumDocuments.hasDocument(uri)) services.shared.workspace.LangiumDocuments.deleteDocument(uri);
            continue;
        }
        const used = replaceDocument(services, uri, text);
        loaded.push(used, ...loadUsedFiles(services, used, seen));
    }
    return loaded;
}

/** Reads and loads a .dpa file; throws DpaInputError when it cannot be read. */
export async function loadDpaFile(services: DpaServices, file: string): Promise<LoadedDpa> {
    return loadDpaText(services, readDpaFile(file), file);
}

const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** A Langium diagnostic with 1-based positions, as the CLI prints it. */
export function toDpaDiagnostic(file: string, diagnostic: Diagnostic): DpaDiagnostic {
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : (diagnostic.data as { code?: string } | undefined)?.code;
    const { start, end } = diagnostic.range;
    const severity = severities[diagnostic.severity ?? 1];
    // Two literals rather than a spread `code`: the same keys in the same order, all stored in the object itself
    // (a garbled file has half a million diagnostics; a spread or a later-added key costs time and memory each).
    return code
        ? { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity, message: diagnostic.message, code }
        : { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity, message: diagnostic.message };
}

/** `file:line:col: severity: message`, the format editors and CI logs recognise. */
export function formatDiagnostic(diagnostic: DpaDiagnostic): string {
    return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}`;
}
