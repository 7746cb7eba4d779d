import { basename, extname } from 'node:path';
import { toDpaModel, type DpaModel, type LanguageCode } from '@dpa-as-code/model';
import {
    buildEdition, ChromiumNotFoundError, CONTRACT_LAYOUTS, findChromium, generateJson, MissingTranslationError, PdfRenderError,
    renderDocx, renderHtml, renderMarkdownEdition, renderPdf, SIDE_BY_SIDE_LANGUAGES, type ContractEdition, type ContractLayout
} from '@dpa-as-code/generators';
import { ExitCode, fail } from '../exit-codes.js';
import { writeOutputFiles, type OutputFile } from '../output-files.js';
import { loadForCli, printDiagnostics } from '../workspace.js';

export const FORMATS = ['json', 'markdown', 'html', 'docx', 'pdf'] as const;
export type Format = typeof FORMATS[number];

/** `de+en`: the whole German text, then the whole English text, in one file. */
export const LANGUAGE_CHOICES = ['de', 'en', 'de+en'] as const;
export type LanguageChoice = typeof LANGUAGE_CHOICES[number];

export const LAYOUTS = CONTRACT_LAYOUTS;

export interface GenerateOptions {
    format: Format;
    lang?: LanguageChoice;
    layout?: ContractLayout;
    out: string;
}

const EXTENSIONS: Record<Exclude<Format, 'json'>, string> = { markdown: 'md', html: 'html', docx: 'docx', pdf: 'pdf' };

/** One output file to make: which languages, laid out how, under which name. */
interface PlannedEdition {
    languages: LanguageCode[];
    layout: ContractLayout;
    /** `de`, `en`, `de+en` or `de-en.side-by-side`: the part of the name between NAME and the extension. */
    label: string;
}

/** `dpa generate FILE`: writes nothing unless the file is free of errors and every output could be made. */
export async function generateCommand(file: string, options: GenerateOptions): Promise<number> {
    const layout = options.layout ?? 'sequential';
    const usageError = checkOptions(options.format, options.lang, layout);
    if (usageError) return fail(usageError, ExitCode.usage);

    let chromium: string | undefined;
    if (options.format === 'pdf') {
        try {
            chromium = findChromium();
        } catch (error) {
            if (error instanceof ChromiumNotFoundError) return fail(`dpa: --format pdf needs Chromium: ${error.message}`, ExitCode.usage);
            throw error;
        }
    }

    const result = await loadForCli(file);
    if (!result.ok) return fail(result.message, ExitCode.usage);
    printDiagnostics(result.loaded);
    if (result.loaded.hasErrors) return fail(`${file}: not generated, fix the errors above first`, ExitCode.findings);

    const model = toDpaModel(result.loaded.document.parseResult.value);
    const planned = planEditions(file, model, options.lang, layout);
    if (typeof planned === 'string') return fail(planned, ExitCode.usage);

    const name = basename(file, extname(file));
    const files: OutputFile[] = [];
    try {
        if (options.format === 'json') {
            files.push({ name: `${name}.json`, content: generateJson(model) });
        } else {
            for (const edition of planned) {
                const built = buildEdition(model, edition.languages, edition.layout);
                files.push({ name: `${name}.${edition.label}.${EXTENSIONS[options.format]}`, content: await render(options.format, built, model, chromium) });
            }
        }
    } catch (error) {
        if (error instanceof MissingTranslationError) {
            return fail(`${file}:${error.line}:${error.column}: error: ${error.message}\n${file}: not generated`, ExitCode.findings);
        }
        if (error instanceof PdfRenderError) return fail(`dpa: ${file}: PDF not generated: ${error.message}`, ExitCode.usage);
        throw error;
    }
    for (const written of writeOutputFiles(options.out, files)) {
        process.stderr.write(`wrote ${written}\n`);
    }
    return ExitCode.ok;
}

/** Combinations of options that can never work, whatever the file says. */
function checkOptions(format: Format, lang: LanguageChoice | undefined, layout: ContractLayout): string | undefined {
    if (layout !== 'side-by-side') return undefined;
    if (format === 'json') return 'dpa: --layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to json';
    if (lang !== undefined && lang !== 'de+en') {
        return `dpa: --layout side-by-side shows German and English together; leave out --lang ${lang} (or use --lang de+en)`;
    }
    return undefined;
}

/** The files to make, or why the file cannot give them. */
function planEditions(file: string, model: DpaModel, lang: LanguageChoice | undefined, layout: ContractLayout): PlannedEdition[] | string {
    const declared = model.languages.join(', ') || 'none';
    if (layout === 'side-by-side') {
        const missing = SIDE_BY_SIDE_LANGUAGES.filter(language => !model.languages.includes(language));
        if (missing.length > 0) {
            return `${file}: --layout side-by-side needs an agreement in German and English (it declares: ${declared})`;
        }
        return [{ languages: [...SIDE_BY_SIDE_LANGUAGES], layout, label: `${SIDE_BY_SIDE_LANGUAGES.join('-')}.side-by-side` }];
    }
    if (lang === undefined) return model.languages.map(language => ({ languages: [language], layout, label: language }));
    const requested = lang.split('+') as LanguageCode[];
    const missing = requested.find(language => !model.languages.includes(language));
    if (missing !== undefined) return `${file}: the agreement is not written in '${missing}' (it declares: ${declared})`;
    return [{ languages: requested, layout, label: lang }];
}

async function render(format: Exclude<Format, 'json'>, edition: ContractEdition, model: DpaModel, chromium: string | undefined): Promise<string | Uint8Array> {
    switch (format) {
        case 'markdown': return renderMarkdownEdition(edition);
        case 'html': return renderHtml(edition);
        case 'docx': return renderDocx(edition, { date: model.date });
        case 'pdf': return renderPdf(renderHtml(edition), { chromium: chromium!, date: model.date });
    }
}
