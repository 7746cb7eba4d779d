import { CITATIONS, type DpaModel } from '@dpa-as-code/model';
import { formatMessage, type LintFinding, type LintRule, type RuleReport, type RuleSetting, type Severity } from './lint-rule.js';
import { SourceText } from './fixes/source-text.js';
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
    suppressed: (LintFinding & { reason: string })[];
}

export const SUPPRESSION_RULE_ID = 'lint-suppression';

/** Runs every enabled rule over the model; findings are sorted by position, then rule id. */
export function lintModel(model: DpaModel, options: LintOptions = {}): LintResult {
    const rules = options.rules ?? allRules;
    const { suppressions, problems } = options.sourceText ? parseSuppressions(options.sourceText) : { suppressions: [], problems: [] };
    const source = options.sourceText !== undefined ? new SourceText(options.sourceText) : undefined;
    const findings: LintFinding[] = [];
    const suppressed: LintResult['suppressed'] = [];
    for (const rule of rules) {
        const severity = effectiveSeverity(rule, options.settings?.[rule.id]);
        if (!severity) continue;
        const report = ({ messageId, data = {}, at, fix, suggestions }: RuleReport) => {
            const template = rule.messages[messageId] as string | undefined;
            if (template === undefined) throw new Error(`Rule ${rule.id} reported the message id '${messageId}', which it does not declare`);
            // Fixes edit the linted file's text; a construct of another file (a used list, a template) gets none.
            const offered = at.file !== undefined ? [] : (suggestions ?? []).filter(suggestion => suggestion.edits.length > 0);
            // The citation travels in the message so every output (CLI, editor, SARIF) names the law.
            const finding: LintFinding = {
                ruleId: rule.id, kind: rule.kind, severity, message: `${formatMessage(template, data)} (${rule.citation.en})`, messageId, data,
                line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, citation: rule.citation
            };
            // Optional properties added in this order (as spreads would), each only when present.
            if (at.file !== undefined) finding.file = at.file;
            if (fix && fix.edits.length > 0 && at.file === undefined) finding.fix = fix;
            if (offered.length > 0) finding.suggestions = offered;
            const suppression = at.file === undefined ? findSuppression(suppressions, rule.id, at.line) : undefined;
            if (suppression) suppressed.push({ ...finding, reason: suppression.reason });
            else findings.push(finding);
        };
        rule.check({ model, source, report });
    }
    for (const problem of problems) {
        findings.push({
            ruleId: SUPPRESSION_RULE_ID, kind: 'hygiene', severity: 'warning', message: problem.message, messageId: 'invalidSuppression', data: {},
            line: problem.line, column: problem.column, endLine: problem.line, endColumn: problem.endColumn,
            citation: { ...CITATIONS.lintConfiguration }
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
