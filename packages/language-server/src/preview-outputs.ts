import type { DpaModel } from '@dpa-as-code/model';
import { generateOutputs, type OutputFormat } from '@dpa-as-code/generators';
import type { GeneratedFile } from './preview-protocol.js';

/** What "DPA: Generate All Outputs" writes for every file. PDF is left to the CLI: it needs a Chromium. */
export const GENERATE_ALL_FORMATS: readonly OutputFormat[] = ['json', 'markdown', 'html', 'docx'];

/**
 * The outputs beyond the contract that the file has what they need for, in this order:
 * the processor's record of processing activities (Art. 30(2) GDPR) when it names a processor
 * party and describes the processing, and the published sub-processor list when it lists
 * sub-processors or states that there are none.
 */
export function supplementaryFormats(model: DpaModel): OutputFormat[] {
    const formats: OutputFormat[] = [];
    if (model.parties.some(party => party.role === 'processor') && model.processing !== undefined) formats.push('record');
    const statesNone = model.obligations.some(clause => clause.kind === 'sub-processing' && clause.noSubProcessors);
    if (model.subProcessors.length > 0 || statesNone) formats.push('subprocessors');
    return formats;
}

/**
 * Every output of "DPA: Generate All Outputs", planned and named by the generators' output plan,
 * exactly as `dpa generate --format F` names them: `NAME.json`, and per declared language
 * `NAME.LANG.md`, `NAME.LANG.html` and `NAME.LANG.docx` (sent as base64); then, where the file has
 * what they need, `NAME.record.LANG.md|html|docx` and `NAME.subprocessors.html|json`. Throws
 * `MissingTranslationError` when a text lacks a language, so that nothing is written.
 */
export async function generateAllOutputs(model: DpaModel, name: string): Promise<GeneratedFile[]> {
    const files: GeneratedFile[] = [];
    for (const format of [...GENERATE_ALL_FORMATS, ...supplementaryFormats(model)]) {
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
