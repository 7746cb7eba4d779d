import { ruleDocsUrl, type LintFinding, type LintRule } from '../lint-rule.js';
import { allRules } from '../rule-registry.js';
import { SYNTAX_RULE_ID, type FileLintReport } from './lint-report.js';

export interface SarifOptions {
    toolVersion: string;
    /** Turns a file path into the URI recorded in the log (relative to the repository root). */
    toUri?: (file: string) => string;
}

const syntaxRule = {
    id: SYNTAX_RULE_ID,
    name: 'DpaSyntax',
    shortDescription: { text: 'The file follows the DPA language and every reference resolves.' },
    fullDescription: { text: 'Syntax and reference errors; no lint rule runs on a file that has them.' },
    helpUri: ruleDocsUrl(SYNTAX_RULE_ID),
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['dpa', 'syntax'] }
};

function sarifRule(rule: LintRule) {
    const also = rule.citation.also?.length ? ` See also: ${rule.citation.also.join('; ')}.` : '';
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: rule.description },
        fullDescription: { text: `${rule.description} ${rule.citation.en} / ${rule.citation.de}.${also}` },
        helpUri: ruleDocsUrl(rule.id),
        help: { text: `${rule.citation.en} (${rule.citation.de}). Documentation: ${ruleDocsUrl(rule.id)}` },
        defaultConfiguration: { level: rule.defaultSeverity },
        properties: { tags: ['gdpr', 'dpa', 'privacy'], citation: rule.citation }
    };
}

/**
 * A SARIF 2.1.0 log with one run: every rule in the driver (so code-scanning shows their
 * help), one result per finding with a physical location, suppressed findings marked
 * as suppressed in source with their reason.
 */
export function formatSarif(reports: FileLintReport[], options: SarifOptions): string {
    const rules = [syntaxRule, ...allRules.map(sarifRule)];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const toUri = options.toUri ?? ((file: string) => file);
    const location = (file: string, line: number, column: number) => ({
        physicalLocation: {
            artifactLocation: { uri: toUri(file), uriBaseId: '%SRCROOT%' },
            region: { startLine: line, startColumn: column }
        }
    });
    // A rule id unknown to this driver (e.g. lint-suppression) gets no ruleIndex; JSON leaves the undefined out.
    const findingResult = (file: string, finding: LintFinding) => ({
        ruleId: finding.ruleId, ruleIndex: ruleIndex.get(finding.ruleId), level: finding.severity,
        message: { text: finding.message }, locations: [location(file, finding.line, finding.column)]
    });
    const results = reports.flatMap(report => [
        ...report.blocking.map(problem => ({
            ruleId: SYNTAX_RULE_ID, ruleIndex: ruleIndex.get(SYNTAX_RULE_ID)!, level: 'error',
            message: { text: problem.message }, locations: [location(report.file, problem.line, problem.column)]
        })),
        ...report.findings.map(finding => findingResult(report.file, finding)),
        ...report.suppressed.map(finding => ({
            ...findingResult(report.file, finding),
            suppressions: [{ kind: 'inSource', justification: finding.reason }]
        }))
    ]);
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'dpa-lint',
                    fullName: 'DPA-as-code linter for GDPR Art. 28 Data Processing Agreements',
                    version: options.toolVersion,
                    semanticVersion: options.toolVersion,
                    informationUri: 'https://dpa-as-code.dev/',
                    rules
                }
            },
            originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory dpa lint ran in.' } } },
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}
