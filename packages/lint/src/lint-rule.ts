import type { DpaModel, SourceLocation } from '@dpa-as-code/model';

export type Severity = 'error' | 'warning';
export type RuleSetting = 'off' | 'warn' | 'error';

/** Where the law (or guidance) behind a rule is found, in English and German citation style. */
export interface Citation {
    /** e.g. "Art. 28(3)(h) GDPR" */
    en: string;
    /** e.g. "Art. 28 Abs. 3 lit. h DSGVO" */
    de: string;
    /** Further sources: EDPB Guidelines 07/2020 paragraphs, SCC clauses, EDPB opinions. */
    also?: string[];
}

/** What a rule reports: a message and the construct it is about. */
export interface RuleReport {
    message: string;
    at: SourceLocation;
}

export interface RuleContext {
    readonly model: DpaModel;
    /** Reports a finding at a construct; the runner adds rule id, severity and citation. */
    report(at: SourceLocation, message: string): void;
}

/**
 * One lint rule: a stable id, the law it checks, and a pure check over the plain model.
 * Documentation lives in docs/rules/<id>.md; fixtures in test/lint/rules/<id>/.
 */
export interface LintRule {
    id: string;
    defaultSeverity: Severity;
    citation: Citation;
    /** One line: what the rule requires. */
    description: string;
    check(context: RuleContext): void;
}

export interface LintFinding {
    ruleId: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    citation: Citation;
}

export const RULE_DOCS_BASE_URL = 'https://dpa-as-code.dev/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
    return `${RULE_DOCS_BASE_URL}${ruleId}`;
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: LintRule): LintRule {
    return rule;
}
