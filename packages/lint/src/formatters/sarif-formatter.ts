import { docsPageUrl, ruleDocsUrl, type FindingKind, type LintFinding, type LintFix, type LintRule, type Severity } from '../lint-rule.js';
import { allRules } from '../rule-registry.js';
import { SYNTAX_RULE_ID, type FileLintReport } from './lint-report.js';

export interface SarifOptions {
    toolVersion: string;
    /**
     * Turns a file path into the path recorded in the log: relative to the repository root with
     * forward slashes (percent-encoded here), or an absolute URI such as `file:///…` (kept as it is).
     */
    toUri?: (file: string) => string;
}

// A function, not a constant: the documentation base is set after this module loads.
const syntaxRule = () => ({
    id: SYNTAX_RULE_ID,
    name: 'DpaSyntax',
    shortDescription: { text: 'The file follows the DPA language and every reference resolves.' },
    fullDescription: { text: 'Syntax and reference errors; no lint rule runs on a file that has them.' },
    helpUri: ruleDocsUrl(SYNTAX_RULE_ID),
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['dpa', 'syntax'] }
});

function sarifRule(rule: LintRule) {
    const also = rule.citation.also?.length ? ` See also: ${rule.citation.also.join('; ')}.` : '';
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: rule.description },
        fullDescription: { text: `${rule.description} ${rule.citation.en} / ${rule.citation.de}.${also}` },
        helpUri: ruleDocsUrl(rule.id),
        help: { text: `${rule.citation.en} (${rule.citation.de}). Documentation: ${ruleDocsUrl(rule.id)}` },
        defaultConfiguration: { level: sarifLevel(rule.kind, rule.defaultSeverity) },
        properties: { tags: ['gdpr', 'dpa', 'privacy', rule.kind], kind: rule.kind, citation: rule.citation }
    };
}

/**
 * A SARIF 2.1.0 log with one run: every rule in the driver (so code-scanning shows their
 * help), one result per finding with a physical location, suppressed findings marked
 * as suppressed in source with their reason.
 */
export function formatSarif(reports: FileLintReport[], options: SarifOptions): string {
    const rules = [syntaxRule(), ...allRules.map(sarifRule)];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const toUri = options.toUri ?? ((file: string) => file);
    const location = (file: string, line: number, column: number, end?: { endLine: number; endColumn: number }) => ({
        physicalLocation: {
            artifactLocation: artifactLocation(toUri(file)),
            region: { startLine: line, startColumn: column, ...(end ? { endLine: end.endLine, endColumn: end.endColumn } : {}) }
        }
    });
    // A rule id unknown to this driver (e.g. lint-suppression) gets no ruleIndex; JSON leaves the undefined out.
    const findingResult = (file: string, finding: LintFinding) => {
        const fixes = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])].map(fix => sarifFix(toUri(file), fix));
        return {
            ruleId: finding.ruleId, ruleIndex: ruleIndex.get(finding.ruleId), level: sarifLevel(finding.kind, finding.severity),
            message: { text: finding.message }, locations: [location(file, finding.line, finding.column, finding)],
            ...(fixes.length > 0 ? { fixes } : {}),
            properties: { kind: finding.kind, messageId: finding.messageId, ...(Object.keys(finding.data).length > 0 ? { data: finding.data } : {}) }
        };
    };
    const results = reports.flatMap(report => [
        ...report.blocking.map(problem => ({
            ruleId: SYNTAX_RULE_ID, ruleIndex: ruleIndex.get(SYNTAX_RULE_ID), level: 'error',
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
                    informationUri: docsPageUrl('index.html'),
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

/**
 * The SARIF level: an error stays an error whatever its kind; a warning about a recommendation (not a
 * legal requirement, e.g. a breach time frame under 72 hours) is a `note`, other warnings stay warnings.
 */
export function sarifLevel(kind: FindingKind, severity: Severity): 'error' | 'warning' | 'note' {
    if (severity === 'error') return 'error';
    return kind === 'recommendation' ? 'note' : 'warning';
}

/** A fix as SARIF: its edits as replacements of regions (an empty region is an insertion). */
function sarifFix(uri: string, fix: LintFix) {
    return {
        description: { text: fix.description },
        artifactChanges: [{
            artifactLocation: artifactLocation(uri),
            replacements: fix.edits.map(edit => ({
                deletedRegion: { startLine: edit.range.start.line, startColumn: edit.range.start.column, endLine: edit.range.end.line, endColumn: edit.range.end.column },
                insertedContent: { text: edit.text }
            }))
        }]
    };
}

/** A scheme and an authority (`file:///…`, `https://…`); a relative path never starts like that. */
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Where a file is, for SARIF: an RFC 3986 reference relative to %SRCROOT%, or an absolute URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
    if (ABSOLUTE_URI.test(path)) return { uri: path };
    return { uri: toUriReference(path), uriBaseId: '%SRCROOT%' };
}

/**
 * A relative path as an RFC 3986 relative reference: every segment percent-encoded as UTF-8, so
 * spaces, umlauts, `#`, `?`, `%` and a `:` (which would read as a scheme) are all escaped.
 */
export function toUriReference(path: string): string {
    return path.split('/').map(segment => encodeURIComponent(segment)).join('/');
}
