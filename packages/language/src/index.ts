export * from './dpa-module.js';
export * from './dpa-scope-provider.js';
export * from './dpa-validator.js';
export * from './dpa-document-loader.js';
export * as ast from './generated/ast.js';
export { DpaLanguageMetaData } from './generated/module.js';
