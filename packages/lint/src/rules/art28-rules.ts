import type { LintRule } from '../lint-rule.js';
import art28_3_subjectMatter from './art28-3-subject-matter.js';
import art28_3_h_audits from './art28-3-h-audits.js';

/** Art. 28(3) first sentence, Art. 28(3)(a)-(h) and second subparagraph, Art. 28(4). */
export const art28Rules: readonly LintRule[] = [
    art28_3_subjectMatter,
    art28_3_h_audits
];
