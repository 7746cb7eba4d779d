import type { Citation, LintFinding, Severity } from '../lint-rule.js';

/** A problem that keeps a file from being linted at all: a syntax or reference error. */
export interface BlockingProblem {
    line: number;
    column: number;
    message: string;
    code?: string;
}

/** What `dpa lint` found in one file, ready for any output format. */
export interface FileLintReport {
    file: string;
    /** Syntax and reference errors; when present, no rule ran on the file. */
    blocking: BlockingProblem[];
    findings: LintFinding[];
    suppressed: Array<LintFinding & { reason: string }>;
}

/** Rule id under which syntax and reference errors are reported. */
export const SYNTAX_RULE_ID = 'dpa-syntax';
export const SYNTAX_CITATION: Citation = { en: 'DPA language', de: 'DPA-Sprache' };

export interface ReportEntry {
    file: string;
    line: number;
    column: number;
    severity: Severity;
    message: string;
    ruleId: string;
}

/** Every problem of a report as one flat, ordered list. */
export function entriesOf(report: FileLintReport): ReportEntry[] {
    return [
        ...report.blocking.map(problem => ({ file: report.file, line: problem.line, column: problem.column, severity: 'error' as const, message: problem.message, ruleId: SYNTAX_RULE_ID })),
        ...report.findings.map(finding => ({ file: report.file, line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, ruleId: finding.ruleId }))
    ];
}

export function countBySeverity(reports: FileLintReport[]): { errors: number; warnings: number } {
    const entries = reports.flatMap(entriesOf);
    return { errors: entries.filter(e => e.severity === 'error').length, warnings: entries.filter(e => e.severity === 'warning').length };
}
