import type { Citation, FindingKind, LintFinding, Severity } from '../lint-rule.js';

/** An error of the language (syntax, reference or structural check): it blocks generating outputs. */
export interface BlockingProblem {
    line: number;
    column: number;
    message: string;
    code?: string;
}

/** What `dpa lint` found in one file, ready for any output format. */
export interface FileLintReport {
    file: string;
    /** Errors of the language; with a syntax or reference error among them no rule ran (no model). */
    blocking: BlockingProblem[];
    findings: LintFinding[];
    suppressed: (LintFinding & { reason: string })[];
}

/** Rule id under which errors of the language are reported. */
export const SYNTAX_RULE_ID = 'dpa-syntax';
export const SYNTAX_CITATION: Citation = { en: 'DPA language', de: 'DPA-Sprache' };

export interface ReportEntry {
    file: string;
    line: number;
    column: number;
    severity: Severity;
    message: string;
    ruleId: string;
    /** The finding's kind; undefined for errors of the language (they are not rule findings). */
    kind?: FindingKind;
}

/** Every problem of a report as one flat, ordered list. */
export function entriesOf(report: FileLintReport): ReportEntry[] {
    return [
        ...report.blocking.map(problem => ({ file: report.file, line: problem.line, column: problem.column, severity: 'error' as const, message: problem.message, ruleId: SYNTAX_RULE_ID })),
        ...report.findings.map(finding => ({ file: report.file, line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, ruleId: finding.ruleId, kind: finding.kind }))
    ];
}

export function countBySeverity(reports: FileLintReport[]): { errors: number; warnings: number } {
    const entries = reports.flatMap(entriesOf);
    return { errors: entries.filter(e => e.severity === 'error').length, warnings: entries.filter(e => e.severity === 'warning').length };
}
