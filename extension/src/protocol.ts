import { RequestType } from 'vscode-languageclient/node';
import type {
    GenerateAllParams, GenerateAllResult, PreviewLanguage, PreviewParams, PreviewResult
} from '@dpa-as-code/language-server';

export type { GeneratedFile, GenerateAllResult, PreviewError, PreviewLanguage, PreviewResult } from '@dpa-as-code/language-server';

// The server's custom requests (packages/language-server/src/preview-protocol.ts), declared
// again here so the extension bundle does not pull in the server's code.
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('dpa/preview');
export const GenerateAllRequest = new RequestType<GenerateAllParams, GenerateAllResult, void>('dpa/generateAll');

export const PREVIEW_LANGUAGES: readonly PreviewLanguage[] = ['de', 'en', 'de+en'];

export function isPreviewLanguage(value: unknown): value is PreviewLanguage {
    return typeof value === 'string' && (PREVIEW_LANGUAGES as readonly string[]).includes(value);
}
