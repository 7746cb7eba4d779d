import type { LintRule } from '../lint-rule.js';

/** Chapter V transfers, SCC 2021/915 consistency, bilingual completeness and hygiene. */
export const transferSccHygieneRules: readonly LintRule[] = [
];
