export { createDpaLanguageServerServices, DpaEditorModule, LintSettings } from './server-module.js';
export { DpaEditorDocumentValidator, type LintSettingsSource } from './lint-diagnostics.js';
export { DpaCompletionProvider } from './dpa-completion-provider.js';
export { DpaHoverProvider } from './dpa-hover-provider.js';
export { DpaDocumentSymbolProvider } from './dpa-document-symbol-provider.js';
export { DpaSemanticTokenProvider, DpaTokenModifiers } from './dpa-semantic-token-provider.js';
export { DpaFormatter, INDENT } from './dpa-formatter.js';
export { DpaFoldingRangeProvider } from './dpa-folding-range-provider.js';
export { DpaRenameProvider } from './dpa-rename-provider.js';
export { CLAUSE_SNIPPETS, DPA_SKELETON, SECTION_SNIPPETS, expandSnippet, snippetDefaults } from './dpa-snippets.js';
export { countryMarkdown, describeCountry, type CountryInfo } from './country-info.js';
export * from './obligation-explanations.js';
// The server entry and the editor's custom requests (used by extension/src/server.ts and extension/src/protocol.ts).
export { startDpaLanguageServer } from './main.js';
export * from './preview-protocol.js';
export { previewDocument, generateAllForDocument } from './preview-request.js';
