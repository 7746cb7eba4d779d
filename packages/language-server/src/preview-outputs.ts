import type { DpaModel } from '@dpa-as-code/model';
import { buildEdition, generateJson, generateMarkdown, renderDocx, renderHtml } from '@dpa-as-code/generators';
import type { GeneratedFile } from './preview-protocol.js';

/**
 * Every output of "DPA: Generate All Outputs", named like `dpa generate` names them: `NAME.json`,
 * and per declared language `NAME.LANG.md`, `NAME.LANG.html` and `NAME.LANG.docx` (base64).
 * PDF is left to the CLI: it needs a Chromium. Throws `MissingTranslationError` when a text
 * lacks a language.
 */
export async function generateAllOutputs(model: DpaModel, name: string): Promise<GeneratedFile[]> {
    const files: GeneratedFile[] = [{ name: `${name}.json`, content: generateJson(model), encoding: 'utf8' }];
    for (const language of model.languages) {
        files.push({ name: `${name}.${language}.md`, content: generateMarkdown(model, language), encoding: 'utf8' });
    }
    for (const language of model.languages) {
        files.push({ name: `${name}.${language}.html`, content: renderHtml(buildEdition(model, [language])), encoding: 'utf8' });
    }
    for (const language of model.languages) {
        const docx = await renderDocx(buildEdition(model, [language]), { date: model.date });
        files.push({ name: `${name}.${language}.docx`, content: Buffer.from(docx).toString('base64'), encoding: 'base64' });
    }
    return files;
}
