import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import { repoRoot, runCli } from '../helpers.js';

const auditsInvalid = 'test/lint/rules/art28-3-h-audits/invalid.dpa';
const subjectMatterInvalid = 'test/lint/rules/art28-3-subject-matter/invalid.dpa';
const suppressedFixture = 'test/lint/fixtures/suppressed.dpa';

interface JsonFinding { ruleId: string; severity: string; message: string; line: number; column: number; docs?: string; citation?: { en: string; de: string } }
interface JsonReport { version: number; files: Array<{ file: string; findings: JsonFinding[]; suppressed: Array<JsonFinding & { reason: string }> }>; summary: { errors: number; warnings: number } }

const lintJson = (...args: string[]) => {
    const result = runCli(['lint', '--format', 'json', ...args]);
    return { ...result, report: JSON.parse(result.stdout) as JsonReport };
};

describe('dpa lint text output', () => {
    it('prints file:line:col  severity  message  rule-id and exits 1 on errors', () => {
        const result = runCli(['lint', auditsInvalid]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(`${auditsInvalid}:7:17  error  The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates. (Art. 28(3)(h) GDPR)  art28-3-h-audits\n`);
        expect(result.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/);
    });

    it('reports syntax errors under dpa-syntax and runs no rule on that file', () => {
        const result = runCli(['lint', 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe("test/fixtures/invalid/syntax-error.dpa:8:13  error  Unexpected character '=' (texts go in double quotes; comments start with //).  dpa-syntax\n1 problem (1 error, 0 warnings)\n");
    });

    it('exits 2 with one line for a missing file', () => {
        const result = runCli(['lint', 'missing.dpa']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('missing.dpa: no such file\n');
    });
});

describe('dpa lint options', () => {
    it('--rule ID=off silences a rule and ID=warn downgrades it', () => {
        const off = lintJson('--rule', 'art28-3-h-audits=off', auditsInvalid);
        expect(off.report.files[0].findings.filter(f => f.ruleId === 'art28-3-h-audits')).toEqual([]);
        const warn = lintJson('--rule', 'art28-3-h-audits=warn', auditsInvalid);
        expect(warn.report.files[0].findings.filter(f => f.ruleId === 'art28-3-h-audits').map(f => f.severity)).toEqual(['warning']);
    });

    it('--max-warnings turns too many warnings into exit 1', () => {
        const settings = ['--rule', 'art28-3-h-audits=warn'];
        const base = lintJson(...settings, auditsInvalid);
        const warnings = base.report.summary.warnings;
        expect(warnings).toBeGreaterThan(0);
        const others = base.report.summary.errors;
        if (others === 0) {
            expect(runCli(['lint', ...settings, '--max-warnings', String(warnings), auditsInvalid]).status).toBe(0);
        }
        const tooMany = runCli(['lint', ...settings, '--max-warnings', String(warnings - 1), auditsInvalid]);
        expect(tooMany.status).toBe(1);
    });

    it('a config file sets severities; --rule wins over it', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-'));
        const config = join(dir, 'dpa-lint.json');
        writeFileSync(config, JSON.stringify({ rules: { 'art28-3-subject-matter': 'off', 'art28-3-h-audits': 'warn' } }));
        const fromConfig = lintJson('--config', config, subjectMatterInvalid, auditsInvalid);
        const ids = fromConfig.report.files.flatMap(f => f.findings).map(f => `${f.ruleId}:${f.severity}`);
        expect(ids).not.toContain('art28-3-subject-matter:error');
        expect(ids).toContain('art28-3-h-audits:warning');
        const overridden = lintJson('--config', config, '--rule', 'art28-3-h-audits=error', auditsInvalid);
        expect(overridden.report.files[0].findings.find(f => f.ruleId === 'art28-3-h-audits')?.severity).toBe('error');
    });

    it('rejects an unknown rule, a bad setting, a bad config and a bad --max-warnings with exit 2', () => {
        expect(runCli(['lint', '--rule', 'no-such-rule=off', auditsInvalid]).stderr).toContain("unknown rule 'no-such-rule'");
        expect(runCli(['lint', '--rule', 'no-such-rule=off', auditsInvalid]).status).toBe(2);
        expect(runCli(['lint', '--rule', 'art28-3-h-audits=loud', auditsInvalid]).status).toBe(2);
        expect(runCli(['lint', '--config', 'missing-config.json', auditsInvalid]).stderr).toBe('missing-config.json: no such file\n');
        const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-'));
        writeFileSync(join(dir, 'bad.json'), '{ "rules": ');
        const bad = runCli(['lint', '--config', join(dir, 'bad.json'), auditsInvalid]);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toMatch(/bad\.json: not valid JSON/);
        expect(runCli(['lint', '--max-warnings', 'many', auditsInvalid]).status).toBe(2);
    });

    it('--list-rules lists every rule with severity and citation', () => {
        const result = runCli(['lint', '--list-rules']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('art28-3-h-audits  error  Art. 28(3)(h) GDPR  ');
    });
});

describe('suppression comments', () => {
    it('silence one rule on the next construct when a reason is given, and warn when it is not', () => {
        const { report } = lintJson(suppressedFixture);
        const file = report.files[0];
        expect(file.suppressed.map(s => [s.ruleId, s.line, s.reason])).toEqual([
            ['art28-3-h-audits', 11, 'inspections are agreed in the main contract, section 9']
        ]);
        expect(file.findings.filter(f => f.ruleId === 'art28-3-h-audits')).toEqual([]);
        const missingReason = file.findings.find(f => f.ruleId === 'lint-suppression');
        expect(missingReason).toMatchObject({ line: 12, column: 5, severity: 'warning' });
        expect(missingReason!.message).toContain("Say why 'art28-3-b-confidentiality' is silenced");
    });
});

describe('dpa lint JSON output', () => {
    it('is stable: the same input gives byte-identical output', () => {
        const first = runCli(['lint', '--format', 'json', auditsInvalid, subjectMatterInvalid]).stdout;
        const second = runCli(['lint', '--format', 'json', auditsInvalid, subjectMatterInvalid]).stdout;
        expect(first).toBe(second);
        const report = JSON.parse(first) as JsonReport;
        expect(report.version).toBe(1);
        expect(report.files.map(f => f.file)).toEqual([auditsInvalid, subjectMatterInvalid]);
        const audits = report.files[0].findings.find(f => f.ruleId === 'art28-3-h-audits')!;
        expect(audits).toMatchObject({ line: 7, column: 17, severity: 'error', docs: 'https://dpa-as-code.dev/docs/rules/art28-3-h-audits',
            citation: { en: 'Art. 28(3)(h) GDPR', de: 'Art. 28 Abs. 3 lit. h DSGVO' } });
    });
});

describe('dpa lint SARIF output', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);

    it('validates against the SARIF 2.1.0 schema, with rules, help URIs and physical locations', () => {
        const result = runCli(['lint', '--format', 'sarif', auditsInvalid, suppressedFixture, 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.status).toBe(1);
        const log = JSON.parse(result.stdout);
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(log.version).toBe('2.1.0');
        const driver = log.runs[0].tool.driver;
        const auditsRule = driver.rules.find((r: { id: string }) => r.id === 'art28-3-h-audits');
        expect(auditsRule.helpUri).toBe('https://dpa-as-code.dev/docs/rules/art28-3-h-audits');
        const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; suppressions?: unknown[] }>;
        const audits = results.find(r => r.ruleId === 'art28-3-h-audits' && !r.suppressions)!;
        expect(driver.rules[audits.ruleIndex].id).toBe('art28-3-h-audits');
        expect(audits.level).toBe('error');
        expect(audits.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: auditsInvalid, uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 17 } });
        const suppressed = results.find(r => r.suppressions);
        expect(suppressed).toMatchObject({ ruleId: 'art28-3-h-audits', suppressions: [{ kind: 'inSource', justification: 'inspections are agreed in the main contract, section 9' }] });
        expect(results.some(r => r.ruleId === 'dpa-syntax' && r.locations[0].physicalLocation.region.startLine === 8)).toBe(true);
    });
});
