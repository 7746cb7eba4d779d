export * from './lint-rule.js';
export * from './lint-runner.js';
export * from './lint-config.js';
export * from './suppressions.js';
export * from './transfer-reference.js';
export { allRules, findRule } from './rule-registry.js';
export * from './formatters/lint-report.js';
export { formatText, type TextFormatOptions } from './formatters/text-formatter.js';
export { formatJson, LINT_JSON_VERSION } from './formatters/json-formatter.js';
export { formatSarif, type SarifOptions } from './formatters/sarif-formatter.js';
// Country names live with the model (shared with the generators); re-exported for the editor.
export { countryNameOf, type CountryNameLanguage } from '@dpa-as-code/model';
export * from './hard-coded-references.js';
export * from './text-language.js';
export { suggestCountryCodes, type CountrySuggestion } from './country-suggestions.js';
export * from './fixes/apply-fixes.js';
export { SourceText } from './fixes/source-text.js';
