// The one declaration of the editor's custom requests, shared by the server and the extension
// (which imports `@dpa-as-code/language-server/protocol`). It depends on vscode-jsonrpc only,
// so the extension bundle does not pull in the server's code.
import { RequestType } from 'vscode-jsonrpc';

/** The languages the contract preview can show: German, English, or both side by side. */
export type PreviewLanguage = 'de' | 'en' | 'de+en';
export const PREVIEW_LANGUAGES: readonly PreviewLanguage[] = ['de', 'en', 'de+en'];

export function isPreviewLanguage(value: unknown): value is PreviewLanguage {
    return typeof value === 'string' && (PREVIEW_LANGUAGES as readonly string[]).includes(value);
}

export interface PreviewParams {
    /** The document's URI as the client knows it (`file:///…/userlike.dpa`). */
    uri: string;
    language: PreviewLanguage;
}

/** An error that keeps the contract from being generated, with 1-based line and column. */
export interface PreviewError {
    line: number;
    column: number;
    message: string;
}

/**
 * Either the contract as one self-contained HTML document, or why there is none:
 * `error` holds one `file:line:col: message` line per error, `errors` the same as data.
 * `languages` are the languages the agreement declares (the preview offers only those).
 */
export type PreviewResult =
    | { html: string; language: PreviewLanguage; languages: string[]; version?: number }
    | { error: string; errors: PreviewError[]; languages?: string[]; version?: number };

/** `dpa/preview`: the contract for the current (possibly unsaved) text of an open document. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('dpa/preview');

export interface GenerateAllParams {
    uri: string;
}

/** One output file; `encoding: 'base64'` for binary formats (DOCX). */
export interface GeneratedFile {
    name: string;
    content: string;
    encoding: 'utf8' | 'base64';
}

/**
 * The lint findings of the file the outputs come from, at the severities the editor's settings
 * give them. They never block output; the extension asks before writing when there are errors.
 */
export interface GenerateAllLint {
    errors: number;
    warnings: number;
    /** The first error as `file:line:col: message`. */
    first?: string;
}

export type GenerateAllResult =
    | { files: GeneratedFile[]; lint?: GenerateAllLint }
    | { error: string; errors: PreviewError[] };

/** `dpa/generateAll`: JSON, Markdown, HTML and DOCX for a document, and its processing record and sub-processor list where it has what they need. */
export const GenerateAllRequest = new RequestType<GenerateAllParams, GenerateAllResult, void>('dpa/generateAll');

export interface CompareParams {
    /** The open document (its current, possibly unsaved text is the new version). */
    uri: string;
    /** The previous version's text, e.g. the file as committed in git HEAD. */
    againstText: string;
    /** How errors name the previous version (`HEAD:userlike.dpa`); the file name when absent. */
    againstLabel?: string;
    /** The notice date, ISO YYYY-MM-DD (the client's today); the server's today (UTC) when absent. */
    date?: string;
}

/** One typed change between the two versions, in a headline and detail lines. */
export interface CompareChange {
    area: string;
    kind: string;
    headline: string;
    details: string[];
}

/**
 * The typed changes from the previous version to the open text, as data and as an HTML fragment,
 * with the change notice to customers (an HTML fragment) when sub-processors changed; `noticeNote`
 * says why there is none. `error`: either version has errors, one `file:line:col: message` a line.
 */
export type CompareResult =
    | { html: string; changes: CompareChange[]; noticeHtml?: string; noticeNote?: string; noticeLanguage?: string; date: string }
    | { error: string; errors: PreviewError[] };

/** `dpa/compare`: the open document compared with a previous version of it. */
export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('dpa/compare');

/** The formats of `dpa/output` (PDF needs a Chromium, so only the CLI makes it). */
export type OutputFormatChoice = 'json' | 'markdown' | 'html' | 'docx';

export interface OutputParams {
    uri: string;
    format: OutputFormatChoice;
    /** The contract's language(s); `de+en` gives the side-by-side layout. Ignored for JSON. */
    language?: PreviewLanguage;
    /** NAME in the file name (`NAME.de.md`); the document's file name without extension when absent. */
    name?: string;
}

/** One generated file, named as `dpa generate` names it (DOCX as base64), or the errors. */
export type OutputResult =
    | { fileName: string; content: string; encoding: 'utf8' | 'base64' }
    | { error: string; errors: PreviewError[] };

/** `dpa/output`: one output file of an open document (the web playground's downloads; nothing is written). */
export const OutputRequest = new RequestType<OutputParams, OutputResult, void>('dpa/output');
