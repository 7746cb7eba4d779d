import type { DpaModel } from '@dpa-as-code/model';

/** The model as JSON: two-space indentation, a final newline, keys in model order. */
export function generateJson(model: DpaModel): string {
    return JSON.stringify(model, null, 2) + '\n';
}
