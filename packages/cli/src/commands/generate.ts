import { basename, extname } from 'node:path';
import { toDpaModel, type LanguageCode } from '@dpa-as-code/model';
import { generateJson, generateMarkdown, MissingTranslationError } from '@dpa-as-code/generators';
import { ExitCode } from '../exit-codes.js';
import { writeOutputFiles, type OutputFile } from '../output-files.js';
import { loadForCli, printDiagnostics } from '../workspace.js';

export const FORMATS = ['json', 'markdown'] as const;
export type Format = typeof FORMATS[number];

export interface GenerateOptions {
    format: Format;
    lang?: LanguageCode;
    out: string;
}

/** `dpa generate FILE`: writes nothing unless the file is free of errors. */
export async function generateCommand(file: string, options: GenerateOptions): Promise<number> {
    const result = await loadForCli(file);
    if (!result.ok) {
        process.stderr.write(result.message + '\n');
        return ExitCode.usage;
    }
    printDiagnostics(result.loaded);
    if (result.loaded.hasErrors) {
        process.stderr.write(`${file}: not generated, fix the errors above first\n`);
        return ExitCode.findings;
    }
    const model = toDpaModel(result.loaded.document.parseResult.value);
    const name = basename(file, extname(file));
    const languages = options.lang ? [options.lang] : model.languages;
    if (options.lang && !model.languages.includes(options.lang)) {
        process.stderr.write(`${file}: the agreement is not written in '${options.lang}' (it declares: ${model.languages.join(', ')})\n`);
        return ExitCode.usage;
    }
    const files: OutputFile[] = [];
    try {
        switch (options.format) {
            case 'json':
                files.push({ name: `${name}.json`, content: generateJson(model) });
                break;
            case 'markdown':
                for (const language of languages) {
                    files.push({ name: `${name}.${language}.md`, content: generateMarkdown(model, language) });
                }
                break;
        }
    } catch (error) {
        if (error instanceof MissingTranslationError) {
            process.stderr.write(`${file}:${error.line}:${error.column}: error: ${error.message}\n${file}: not generated\n`);
            return ExitCode.findings;
        }
        throw error;
    }
    for (const written of writeOutputFiles(options.out, files)) {
        process.stderr.write(`wrote ${written}\n`);
    }
    return ExitCode.ok;
}
