import type { DpaModel, SourceLocation } from '@dpa-as-code/model';
import type { LintFinding, LintRule, RuleSetting, Severity } from './lint-rule.js';
import { allRules } from './rule-registry.js';
import { parseSuppressions, type Suppression } from './suppressions.js';

export interface LintOptions {
    /** Rule id → setting; unknown ids are reported by `validateSettings`. */
    settings?: Record<string, RuleSetting>;
    /** The .dpa source, to read suppression comments from. */
    sourceText?: string;
    rules?: readonly LintRule[];
}

export interface LintResult {
    findings: LintFinding[];
    /** Findings silenced by a comment, with the comment's reason. */
    suppressed: Array<LintFinding & { reason: string }>;
}

export const SUPPRESSION_RULE_ID = 'lint-suppression';

/** Runs every enabled rule over the model; findings are sorted by position, then rule id. */
export function lintModel(model: DpaModel, options: LintOptions = {}): LintResult {
    const rules = options.rules ?? allRules;
    const { suppressions, problems } = options.sourceText ? parseSuppressions(options.sourceText) : { suppressions: [], problems: [] };
    const findings: LintFinding[] = [];
    const suppressed: LintResult['suppressed'] = [];
    for (const rule of rules) {
        const severity = effectiveSeverity(rule, options.settings?.[rule.id]);
        if (!severity) continue;
        const report = (at: SourceLocation, message: string) => {
            // The citation travels in the message so every output (CLI, editor, SARIF) names the law.
            const finding: LintFinding = { ruleId: rule.id, severity, message: `${message} (${rule.citation.en})`, line: at.line, column: at.column, citation: rule.citation };
            const suppression = findSuppression(suppressions, rule.id, at.line);
            if (suppression) suppressed.push({ ...finding, reason: suppression.reason });
            else findings.push(finding);
        };
        rule.check({ model, report });
    }
    for (const problem of problems) {
        findings.push({
            ruleId: SUPPRESSION_RULE_ID, severity: 'warning', message: problem.message, line: problem.line, column: problem.column,
            citation: { en: 'Lint configuration', de: 'Lint-Konfiguration' }
        });
    }
    const byPosition = (a: LintFinding, b: LintFinding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
    return { findings: findings.sort(byPosition), suppressed: suppressed.sort(byPosition) };
}

function effectiveSeverity(rule: LintRule, setting: RuleSetting | undefined): Severity | undefined {
    if (setting === 'off') return undefined;
    if (setting === 'warn') return 'warning';
    if (setting === 'error') return 'error';
    return rule.defaultSeverity;
}

function findSuppression(suppressions: Suppression[], ruleId: string, line: number): Suppression | undefined {
    return suppressions.find(s => s.ruleId === ruleId && s.targetLine === line);
}
