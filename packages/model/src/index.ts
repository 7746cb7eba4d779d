export * from './dpa-model.js';
export * from './model-queries.js';
export * from './catalogue/index.js';
export * from './text-reference-syntax.js';
export * from './periods/day-counting.js';
export * from './diff/dpa-diff.js';
export * from './text-wrapping.js';
export * from './text-memo.js';
