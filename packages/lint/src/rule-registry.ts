import type { LintRule } from './lint-rule.js';
import { art28Rules } from './rules/art28-rules.js';
import { authorisationSecurityBreachRules } from './rules/authorisation-security-breach-rules.js';
import { transferSccHygieneRules } from './rules/transfer-scc-hygiene-rules.js';

/** Every rule, in the order of the law: Art. 28, Art. 32, Art. 33, Chapter V, SCCs, then hygiene. */
export const allRules: readonly LintRule[] = [
    ...art28Rules,
    ...authorisationSecurityBreachRules,
    ...transferSccHygieneRules
];

export function findRule(id: string): LintRule | undefined {
    return allRules.find(rule => rule.id === id);
}
