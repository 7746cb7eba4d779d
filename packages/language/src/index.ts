export * from './dpa-module.js';
export * from './dpa-scope-provider.js';
export * from './dpa-validator.js';
export { DpaDocumentValidator } from './dpa-document-validator.js';
export * from './dpa-document-loader.js';
export * as ast from './generated/ast.js';
export { toDpaModel } from './model-builder.js';
export { DpaDocumentFactory } from './dpa-incremental-parse.js';
export { DpaLanguageMetaData } from './generated/module.js';
export * from './text-references.js';
export { isGiven, single } from './ast-values.js';
export { keywordsAllowedAsNames } from './dpa-error-messages.js';
export { LARGE_INPUT, listTokensWhileParsing, onLargeParse } from './dpa-parser-memory.js';
export { DpaFormatter, formatDpaText, INDENT, type FormatTextResult } from './dpa-formatter.js';
export { blockMemberStarts, firstElements, isKeyword } from './grammar-blocks.js';
export {
    importCycle, importsOf, isTemplate, parameterNamedBy, parametersOf, pathsUsedBy, relativeFile, resolveImportPath,
    subProcessorsIn, templateOf, listOf, usedSubProcessorLists
} from './dpa-imports.js';
