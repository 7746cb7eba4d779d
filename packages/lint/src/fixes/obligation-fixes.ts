import type { SourceLocation } from '@dpa-as-code/model';
import type { LintFix, RuleSource } from '../lint-rule.js';
import { addDescription, addObligationClause, insertIntoBlock, type InsertOptions } from './edit-builders.js';

/*
 * Fixes for the obligation rules (Art. 28(3)(a)–(h), Art. 28(4), Art. 33(2)): a missing clause with the
 * properties its rule requires, or a missing property added to an existing clause. Templates use four
 * spaces per level; the edit builders re-indent them to the file's own style.
 */

export type ClauseKeyword = 'instructions' | 'confidentiality' | 'security' | 'sub-processing' | 'data-subject-rights'
    | 'compliance-assistance' | 'breach-notification' | 'end-of-processing' | 'audits';

/** What a new clause contains: what its rules require, and placeholder values where a choice is needed. */
export const CLAUSE_TEMPLATES: Record<ClauseKeyword, string> = {
    'instructions': 'instructions {\n    only on instructions\n    documented only\n    including transfers\n    inform if infringing\n    inform of legal requirement\n}',
    'confidentiality': 'confidentiality {\n    staff committed\n}',
    'security': 'security {\n    measures annexed\n}',
    'sub-processing': 'sub-processing {\n    authorisation general\n    notice 30 days text-form\n    objection within 14 days\n    on objection parties-negotiate\n    flow-down\n    processor liable\n}',
    'data-subject-rights': 'data-subject-rights {\n    within statutory deadlines\n}',
    'compliance-assistance': 'compliance-assistance {\n    articles art32, art33, art34, art35, art36\n}',
    'breach-notification': 'breach-notification {\n    without undue delay\n    within 24 hours\n}',
    'end-of-processing': 'end-of-processing {\n    action delete-or-return\n    at controller choice\n    including copies\n}',
    'audits': 'audits {\n    information on request\n    inspections {\n        notice 30 days\n        during business hours\n    }\n}'
};

/**
 * For clauses whose template holds values the parties choose (the form of authorisation, a notice
 * period, a time frame): the clause with only what the law requires, safe to add as it is. The full
 * template is offered next to it as a suggestion.
 */
const REQUIRED_ONLY: Partial<Record<ClauseKeyword, string>> = {
    'sub-processing': 'sub-processing {\n    flow-down\n    processor liable\n}',
    'breach-notification': 'breach-notification {\n    without undue delay\n}',
    'audits': 'audits {\n    information on request\n}'
};

/** What the suggestion with the full template adds, in its description. */
const WITH_CHOICES: Partial<Record<ClauseKeyword, string>> = {
    'sub-processing': 'with example terms to adjust',
    'breach-notification': 'with a 24-hour time frame',
    'audits': 'with inspections on 30 days\' notice'
};

/** The inspections block an audits clause lacks (its notice period is a placeholder to choose). */
export const INSPECTIONS_TEMPLATE = 'inspections {\n    notice 30 days\n    during business hours\n}';

/**
 * A missing clause: as `fix` the clause with what its rules require; where the full clause needs values
 * the parties choose, that clause as a suggestion too (the editor offers both, `--fix` adds the first).
 */
export function missingClauseFixes(source: RuleSource | undefined, keyword: ClauseKeyword, citation: string): { fix?: LintFix; suggestions?: LintFix[] } {
    if (!source) return {};
    const required = REQUIRED_ONLY[keyword];
    if (!required) return { fix: addObligationClause(source, CLAUSE_TEMPLATES[keyword], `Add the ${keyword} clause (${citation})`) };
    return {
        fix: addObligationClause(source, required, `Add the ${keyword} clause (${citation})`),
        suggestions: [addObligationClause(source, CLAUSE_TEMPLATES[keyword], `Add the ${keyword} clause ${WITH_CHOICES[keyword]} (${citation})`)]
    };
}

/** A property added to the clause at `at` ("Add 'staff committed'"). */
export function addToClause(source: RuleSource | undefined, at: SourceLocation, template: string, options: InsertOptions = {}): LintFix | undefined {
    return source ? insertIntoBlock(source, at, template, addDescription(template), options) : undefined;
}
