import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { renderDocx } from './docx/docx-renderer.js';
import { renderHtml } from './html/html-renderer.js';
import { generateJson } from './json-generator.js';
import { buildEdition, SIDE_BY_SIDE_LANGUAGES, type ContractLayout } from './layouts/contract-edition.js';
import { renderMarkdownEdition } from './markdown-generator.js';
import { renderPdf } from './pdf/pdf-from-html.js';
import { buildRecordEdition } from './record/processing-record.js';
import { renderSubProcessorFeed, renderSubProcessorHtml, renderSubProcessorJson, type ModelRevision } from './subprocessors/subprocessor-list.js';

/**
 * The one place that decides which files a model gives and what they are called: `dpa generate`
 * and the editor's "Generate All Outputs" both plan and render through here.
 */

export const OUTPUT_FORMATS = ['json', 'markdown', 'html', 'docx', 'pdf', 'subprocessors', 'record'] as const;
export type OutputFormat = typeof OUTPUT_FORMATS[number];

/** `de+en`: the whole German text, then the whole English text, in one file. */
export const LANGUAGE_CHOICES = ['de', 'en', 'de+en'] as const;
export type LanguageChoice = typeof LANGUAGE_CHOICES[number];

const EXTENSIONS: Record<OutputFormat, string> = { json: 'json', markdown: 'md', html: 'html', docx: 'docx', pdf: 'pdf', subprocessors: 'html', record: 'md' };

/** The files of the record of processing activities (Art. 30(2) GDPR): `NAME.record.LANG.md`, `.html` and `.docx`. */
export type RecordDocumentFormat = 'markdown' | 'html' | 'docx';
const RECORD_DOCUMENTS: readonly (readonly [RecordDocumentFormat, string])[] = [['markdown', 'md'], ['html', 'html'], ['docx', 'docx']];

/** The files of the published sub-processor list: `NAME.subprocessors.html`, `.json` and, with history, `.atom`. */
export type SubProcessorListPart = 'html' | 'json' | 'atom';

export interface OutputRequest {
    format: OutputFormat;
    /** Omitted: one file per language the agreement declares. */
    lang?: LanguageChoice;
    layout?: ContractLayout;
    /** subprocessors: also the Atom feed of changes, from the revisions passed to `renderOutput`. */
    history?: boolean;
}

/** One file to make: its name, and the languages and layout of the contract it holds. */
export interface PlannedOutput {
    fileName: string;
    format: OutputFormat;
    languages: LanguageCode[];
    layout: ContractLayout;
    /** Which file of the sub-processor list (format subprocessors only). */
    part?: SubProcessorListPart;
    /** Which rendering of the record (format record only). */
    recordFormat?: RecordDocumentFormat;
}

/** A made file; binary formats (DOCX, PDF) as bytes. */
export interface OutputFile {
    fileName: string;
    content: string | Uint8Array;
}

export interface RenderOptions {
    /** The Chromium executable; needed only for PDF. */
    chromium?: string;
    /** The file's committed versions, oldest first; needed only for the sub-processor feed. */
    history?: readonly ModelRevision[];
}

/** NAME in the output file names: the input file's name without folder and extension (`dpa/userlike.dpa` → `userlike`). */
export function outputBaseName(file: string): string {
    const base = file.split(/[\\/]/).pop() ?? file;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(0, dot) : base;
}

/** Why a request can never work, whatever the file says (a usage error), or undefined. */
export function checkOutputRequest(request: OutputRequest): string | undefined {
    if (request.history === true && request.format !== 'subprocessors') return '--history applies to --format subprocessors only';
    if (request.layout !== 'side-by-side') return undefined;
    if (request.format === 'json' || request.format === 'subprocessors' || request.format === 'record') return `--layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to ${request.format}`;
    if (request.lang !== undefined && request.lang !== 'de+en') {
        return `--layout side-by-side shows German and English together; leave out --lang ${request.lang} (or use --lang de+en)`;
    }
    return undefined;
}

/**
 * The files `request` gives for `model`, named `NAME.json` or `NAME.LANG.EXT` (`LANG` is `de`, `en`,
 * `de+en`, or `de-en.side-by-side`); or why this agreement cannot give them (a language it lacks).
 */
export function planOutputs(model: DpaModel, name: string, request: OutputRequest): PlannedOutput[] | { problem: string } {
    const requestProblem = checkOutputRequest(request);
    if (requestProblem !== undefined) return { problem: requestProblem };
    const { format } = request;
    const layout = request.layout ?? 'sequential';
    const extension = EXTENSIONS[format];
    const declared = model.languages.join(', ') || 'none';
    const requested = request.lang === undefined ? undefined : request.lang.split('+') as LanguageCode[];
    // A language asked for must be declared, whatever the format (the JSON model holds every language).
    const missing = requested?.find(language => !model.languages.includes(language));
    if (missing !== undefined) return { problem: `the agreement is not written in '${missing}' (it declares: ${declared})` };
    if (format === 'json') return [{ fileName: `${name}.json`, format, languages: [...model.languages], layout }];
    if (format === 'subprocessors') {
        const languages = requested ?? [...model.languages];
        const parts: SubProcessorListPart[] = request.history === true ? ['html', 'json', 'atom'] : ['html', 'json'];
        return parts.map(part => ({ fileName: `${name}.subprocessors.${part}`, format, languages, layout, part }));
    }
    if (format === 'record') {
        // One record per language declared, or one holding the languages asked for; each as Markdown, HTML and DOCX.
        const editions = request.lang === undefined || requested === undefined
            ? model.languages.map(language => ({ tag: language, languages: [language] }))
            : [{ tag: request.lang, languages: requested }];
        return editions.flatMap(({ tag, languages }) => RECORD_DOCUMENTS.map(([recordFormat, extension]) =>
            ({ fileName: `${name}.record.${tag}.${extension}`, format, languages, layout, recordFormat })));
    }

    if (layout === 'side-by-side') {
        if (SIDE_BY_SIDE_LANGUAGES.some(language => !model.languages.includes(language))) {
            return { problem: `--layout side-by-side needs an agreement in German and English (it declares: ${declared})` };
        }
        return [{ fileName: `${name}.${SIDE_BY_SIDE_LANGUAGES.join('-')}.side-by-side.${extension}`, format, languages: [...SIDE_BY_SIDE_LANGUAGES], layout }];
    }
    if (request.lang === undefined || requested === undefined) {
        return model.languages.map(language => ({ fileName: `${name}.${language}.${extension}`, format, languages: [language], layout }));
    }
    return [{ fileName: `${name}.${request.lang}.${extension}`, format, languages: requested, layout }];
}

/**
 * Renders one planned file. Throws `MissingTranslationError` when a text lacks one of the
 * languages, `PdfRenderError` when Chromium fails.
 */
export async function renderOutput(model: DpaModel, planned: PlannedOutput, options: RenderOptions = {}): Promise<OutputFile> {
    const fileName = planned.fileName;
    if (planned.format === 'json') return { fileName, content: generateJson(model) };
    if (planned.format === 'subprocessors') {
        switch (planned.part ?? 'html') {
            case 'html': return { fileName, content: renderSubProcessorHtml(model, planned.languages) };
            case 'json': return { fileName, content: renderSubProcessorJson(model) };
            case 'atom': return { fileName, content: renderSubProcessorFeed(model, fileName.slice(0, -'.subprocessors.atom'.length), planned.languages, options.history ?? []) };
        }
    }
    if (planned.format === 'record') {
        const record = buildRecordEdition(model, planned.languages);
        switch (planned.recordFormat ?? 'markdown') {
            case 'markdown': return { fileName, content: renderMarkdownEdition(record) };
            case 'html': return { fileName, content: renderHtml(record) };
            case 'docx': return { fileName, content: await renderDocx(record, { date: model.date }) };
        }
    }
    const edition = buildEdition(model, planned.languages, planned.layout);
    switch (planned.format) {
        case 'markdown': return { fileName, content: renderMarkdownEdition(edition) };
        case 'html': return { fileName, content: renderHtml(edition) };
        case 'docx': return { fileName, content: await renderDocx(edition, { date: model.date }) };
        case 'pdf': {
            if (options.chromium === undefined) throw new RangeError('PDF output needs the path of a Chromium executable');
            return { fileName, content: await renderPdf(renderHtml(edition), { chromium: options.chromium, date: model.date }) };
        }
    }
}

/** Plans and renders, in plan order; the problem when the agreement cannot give the request. */
export async function generateOutputs(model: DpaModel, name: string, request: OutputRequest, options: RenderOptions = {}): Promise<OutputFile[] | { problem: string }> {
    const planned = planOutputs(model, name, request);
    if (!Array.isArray(planned)) return planned;
    const files: OutputFile[] = [];
    for (const output of planned) files.push(await renderOutput(model, output, options));
    return files;
}
