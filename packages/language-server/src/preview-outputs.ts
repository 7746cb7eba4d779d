import type { DpaModel } from '@dpa-as-code/model';
import { generateOutputs, type OutputFormat } from '@dpa-as-code/generators';
import type { GeneratedFile } from './preview-protocol.js';

/** What "DPA: Generate All Outputs" writes. PDF is left to the CLI: it needs a Chromium. */
export const GENERATE_ALL_FORMATS: readonly OutputFormat[] = ['json', 'markdown', 'html', 'docx'];

/**
 * Every output of "DPA: Generate All Outputs", planned and named by the generators' output plan,
 * exactly as `dpa generate --format F` names them: `NAME.json`, and per declared language
 * `NAME.LANG.md`, `NAME.LANG.html` and `NAME.LANG.docx` (sent as base64). Throws
 * `MissingTranslationError` when a text lacks a language.
 */
export async function generateAllOutputs(model: DpaModel, name: string): Promise<GeneratedFile[]> {
    const files: GeneratedFile[] = [];
    for (const format of GENERATE_ALL_FORMATS) {
        const outputs = await generateOutputs(model, name, { format });
        // Without --lang and --layout every format plans one file per declared language: no problem can arise.
        if (!Array.isArray(outputs)) throw new Error(outputs.problem);
        for (const output of outputs) {
            files.push(typeof output.content === 'string'
                ? { name: output.fileName, content: output.content, encoding: 'utf8' }
                : { name: output.fileName, content: Buffer.from(output.content).toString('base64'), encoding: 'base64' });
        }
    }
    return files;
}
