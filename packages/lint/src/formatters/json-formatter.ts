import { ruleDocsUrl } from '../lint-rule.js';
import { countBySeverity, SYNTAX_RULE_ID, type FileLintReport } from './lint-report.js';

export const LINT_JSON_VERSION = 1;

/** A stable JSON document for scripts: files in the given order, findings sorted by position. */
export function formatJson(reports: FileLintReport[]): string {
    const document = {
        version: LINT_JSON_VERSION,
        files: reports.map(report => ({
            file: report.file,
            findings: [
                ...report.blocking.map(problem => ({
                    ruleId: SYNTAX_RULE_ID, severity: 'error', message: problem.message, line: problem.line, column: problem.column,
                    ...(problem.code ? { code: problem.code } : {})
                })),
                ...report.findings.map(finding => ({
                    ruleId: finding.ruleId, kind: finding.kind, severity: finding.severity, messageId: finding.messageId, data: finding.data,
                    message: finding.message, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn,
                    citation: finding.citation, docs: ruleDocsUrl(finding.ruleId),
                    ...(finding.fix ? { fix: finding.fix } : {}),
                    ...(finding.suggestions?.length ? { suggestions: finding.suggestions } : {})
                }))
            ],
            suppressed: report.suppressed.map(finding => ({
                ruleId: finding.ruleId, kind: finding.kind, messageId: finding.messageId, message: finding.message, line: finding.line, column: finding.column, reason: finding.reason
            }))
        })),
        summary: countBySeverity(reports)
    };
    return JSON.stringify(document, null, 2) + '\n';
}
