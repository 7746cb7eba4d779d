export * from './dpa-model.js';
export * from './model-queries.js';
export { toDpaModel } from './from-ast.js';
export { countryNameOf, type CountryNameLanguage } from './reference/country-names.js';
