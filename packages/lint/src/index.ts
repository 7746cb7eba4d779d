export * from './lint-rule.js';
export * from './lint-runner.js';
export * from './lint-config.js';
export * from './suppressions.js';
export * from './transfer-reference.js';
export { allRules, findRule } from './rule-registry.js';
