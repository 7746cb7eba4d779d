export * from './dpa-model.js';
export * from './model-queries.js';
export { toDpaModel } from './from-ast.js';
export { countryNameOf, type CountryNameLanguage } from './reference/country-names.js';
export { SCC_2021_915_OPTION_CLAUSES, sccOptionClauseOf, type Scc2021915OptionClause } from './reference/scc-2021-915.js';
