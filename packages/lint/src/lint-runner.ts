import { CITATIONS, type DpaModel } from '@dpa-as-code/model';
import { formatMessage, type LintFinding, type LintFix, type LintRule, type RuleReport, type RuleSetting, type Severity } from './lint-rule.js';
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
    const source = options.sourceText !== undefined ? new SourceText(options.sourceText) : undefined;
    const { suppressions, problems } = source ? parseSuppressions(source.text, source) : { suppressions: [], problems: [] };
    const findings: LintFinding[] = [];
    const suppressed: LintResult['suppressed'] = [];
    for (const rule of rules) {
        const severity = effectiveSeverity(rule, options.settings?.[rule.id]);
        if (!severity) continue;
        const report = ({ messageId, data = {}, at, fix, suggestions }: RuleReport) => {
            const template = rule.messages[messageId] as string | undefined;
            if (template === undefined) throw new Error(`Rule ${rule.id} reported the message id '${messageId}', which it does not declare`);
            // The citation travels in the message so every output (CLI, editor, SARIF) names the law.
            const finding: LintFinding = {
                ruleId: rule.id, kind: rule.kind, severity, message: `${formatMessage(template, data)} (${rule.citation.en})`, messageId, data,
                line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, citation: rule.citation
            };
            if (at.file !== undefined) finding.file = at.file;
            // Fixes edit the linted file's text; a construct of another file (a used list, a template) gets none.
            const edits = at.file === undefined ? findingEdits(fix, suggestions) : undefined;
            if (edits) attachEdits(finding, edits);
            const suppression = at.file === undefined ? findSuppression(suppressions, rule.id, at.line) : undefined;
            if (suppression) {
                // A copy (as a spread would make) that shares the finding's edits, with the reason last.
                const silenced = withoutEdits(finding) as LintResult['suppressed'][number];
                if (edits) attachEdits(silenced, edits);
                silenced.reason = suppression.reason;
                suppressed.push(silenced);
            } else findings.push(finding);
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

/** A finding's fix and suggestions, each built at most once, when first read. */
interface FindingEdits {
    fix(): LintFix | undefined;
    suggestions(): LintFix[] | undefined;
    /** Which of them the rule reported as a function. */
    lazy: { fix: boolean; suggestions: boolean };
}

function findingEdits(fix: RuleReport['fix'], suggestions: RuleReport['suggestions']): FindingEdits | undefined {
    if (fix === undefined && suggestions === undefined) return undefined;
    return {
        lazy: { fix: typeof fix === 'function', suggestions: typeof suggestions === 'function' },
        fix: memoised(() => {
            const built = typeof fix === 'function' ? fix() : fix;
            return built && built.edits.length > 0 ? built : undefined;
        }),
        suggestions: memoised(() => {
            const built = typeof suggestions === 'function' ? suggestions() : suggestions;
            const offered = (built ?? []).filter(suggestion => suggestion.edits.length > 0);
            return offered.length > 0 ? offered : undefined;
        })
    };
}

function memoised<T>(build: () => T): () => T {
    let done = false;
    let value: T;
    return () => {
        if (!done) {
            value = build();
            done = true;
        }
        return value;
    };
}

/**
 * Sets `fix` and `suggestions` on the finding, each only when present. One the rule reported as a
 * function becomes a property that builds its value on first read and then stays a plain property
 * (or disappears, when the rule built nothing).
 */
function attachEdits(finding: LintFinding, edits: FindingEdits): void {
    for (const key of ['fix', 'suggestions'] as const) {
        if (!edits.lazy[key]) {
            const value = edits[key]();
            if (value !== undefined) Object.assign(finding, { [key]: value });
            continue;
        }
        Object.defineProperty(finding, key, {
            enumerable: true, configurable: true,
            get(this: LintFinding) {
                const value = edits[key]();
                if (value === undefined) Reflect.deleteProperty(this, key);
                else Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
                return value;
            },
            set(this: LintFinding, value: unknown) {
                Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
            }
        });
    }
}

function withoutEdits(finding: LintFinding): LintFinding {
    const descriptors: PropertyDescriptorMap = Object.getOwnPropertyDescriptors(finding);
    Reflect.deleteProperty(descriptors, 'fix');
    Reflect.deleteProperty(descriptors, 'suggestions');
    return Object.defineProperties({}, descriptors) as LintFinding;
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
