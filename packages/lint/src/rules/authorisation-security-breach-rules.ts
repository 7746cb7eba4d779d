import type { LintRule } from '../lint-rule.js';

/** Art. 28(2) sub-processor authorisation, Art. 32(1) measures, Art. 33(2) breaches, Arts. 9/10. */
export const authorisationSecurityBreachRules: readonly LintRule[] = [
];
