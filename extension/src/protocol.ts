// The editor's custom requests are declared once, in the language server package; this subpath
// holds only the protocol, so the extension bundle does not pull in the server.
export {
    CompareRequest, GenerateAllRequest, isPreviewLanguage, PREVIEW_LANGUAGES, PreviewRequest,
    type CompareChange, type CompareParams, type CompareResult, type GeneratedFile, type GenerateAllLint, type GenerateAllParams, type GenerateAllResult, type PreviewError, type PreviewLanguage, type PreviewParams, type PreviewResult
} from '@dpa-as-code/language-server/protocol';
