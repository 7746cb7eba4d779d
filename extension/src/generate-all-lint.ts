import type { GenerateAllLint } from './protocol';

/** The answer that writes the outputs despite lint errors; closing the dialog cancels. */
export const GENERATE_ANYWAY = 'Generate Anyway';
export const SHOW_PROBLEMS = 'Show Problems';

/**
 * The question *Generate All Outputs* asks before writing anything when the file has lint errors
 * (Art. 28 requirements the file does not meet yet), or undefined when there is nothing to ask:
 * no errors, warnings only, or a server that sent no count. Lint findings never block output,
 * as in `dpa generate`, so this is a choice, not a refusal.
 */
export function generateAllQuestion(file: string, lint: GenerateAllLint | undefined): string | undefined {
    if (!lint || lint.errors === 0) return undefined;
    const count = `${lint.errors} lint error${lint.errors === 1 ? '' : 's'}`;
    const first = lint.first ? ` (first: ${lint.first})` : '';
    return `${file} has ${count}${first}. Lint findings do not stop the outputs; write them anyway?`;
}
