/*
 * The legal catalogue: the one place for citations, obligation titles, the SCC clauses and options of
 * Decisions 2021/915 and 2021/914, country names, EU/EEA membership and the adequacy list. Pure data and
 * small lookups; test/catalogue.test.ts keeps citation strings and country tables from appearing elsewhere.
 */
export * from './citations.js';
export * from './obligations.js';
export * from './scc-2021-915.js';
export * from './scc-2021-914.js';
export * from './transfer-addenda.js';
export * from './countries.js';
export * from './adequacy.js';
