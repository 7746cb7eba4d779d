import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintModel } from '@dpa-as-code/lint';
import { modelOf, repoRoot, runCliInProcess } from '../helpers.js';
import { compareWithMarkers } from '../inline-expectations.js';

/** Rule links default to the documentation site that `npm run docs` builds into site/. */
const auditsPage = pathToFileURL(join(repoRoot, 'site', 'rules', 'art28-3-h-audits.html')).href;

const auditsInvalid = 'test/lint/rules/art28-3-h-audits/invalid.dpa';
const subjectMatterInvalid = 'test/lint/rules/art28-3-subject-matter/invalid.dpa';
const suppressedFixture = 'test/lint/fixtures/suppressed.dpa';
/** Where the audits finding of auditsInvalid is: its `audits { … }` clause. */
const AUDITS_REGION = { startLine: 7, startColumn: 5, endLine: 7, endColumn: 38 };

interface JsonFinding { ruleId: string; severity: string; message: string; line: number; column: number; docs?: string; citation?: { en: string; de: string } }
interface JsonReport { version: number; files: Array<{ file: string; findings: JsonFinding[]; suppressed: Array<JsonFinding & { reason: string }> }>; summary: { errors: number; warnings: number } }

const lintJson = async (...args: string[]) => {
    const result = await runCliInProcess(['lint', '--format', 'json', ...args]);
    return { ...result, report: JSON.parse(result.stdout) as JsonReport };
};

describe('dpa lint text output', () => {
    it('groups findings under the file name: line:col, severity, message, then rule id, kind and link; exits 1 on errors', async () => {
        const result = await runCliInProcess(['lint', auditsInvalid]);
        expect(result.code).toBe(1);
        expect(result.stdout.startsWith(`${auditsInvalid}\n`)).toBe(true);
        const lines = result.stdout.split('\n');
        const at = lines.findIndex(line => /^ {2}7:5 +error +The audits clause/.test(line));
        // Columns line up: the message starts where the rule line below it starts.
        const messageColumn = lines[at].indexOf('The audits clause');
        expect(lines[at].slice(messageColumn)).toBe('The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates. (Art. 28(3)(h) GDPR)');
        expect(lines[at + 1]).toBe(' '.repeat(messageColumn) + `art28-3-h-audits · requirement · ${auditsPage}`);
        expect(result.stdout).toMatch(/\n✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/);
        // Not a terminal: no colour codes.
        expect(result.stdout).not.toContain('\u001b[');
    });

    it('reports syntax errors under dpa-syntax and runs no rule on that file', async () => {
        const result = await runCliInProcess(['lint', 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.code).toBe(1);
        const syntaxPage = pathToFileURL(join(repoRoot, 'site', 'rules', 'dpa-syntax.html')).href;
        expect(result.stdout).toBe(`test/fixtures/invalid/syntax-error.dpa\n  8:13  error  Unexpected character '=' (texts go in double quotes; comments start with //).\n               dpa-syntax · ${syntaxPage}\n\n✖ 1 problem (1 error, 0 warnings)\n`);
    });

    it('exits 2 with one line for a missing file', async () => {
        const result = await runCliInProcess(['lint', 'missing.dpa']);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('missing.dpa: no such file\n');
    });
});

describe('dpa lint options', () => {
    it('--rule ID=off silences a rule and ID=warn downgrades it', async () => {
        const off = await lintJson('--rule', 'art28-3-h-audits=off', auditsInvalid);
        expect(off.report.files[0].findings.filter(f => f.ruleId === 'art28-3-h-audits')).toEqual([]);
        const warn = await lintJson('--rule', 'art28-3-h-audits=warn', auditsInvalid);
        expect(warn.report.files[0].findings.filter(f => f.ruleId === 'art28-3-h-audits').map(f => f.severity)).toEqual(['warning']);
    });

    it('--max-warnings turns too many warnings into exit 1', async () => {
        const settings = ['--rule', 'art28-3-h-audits=warn'];
        const base = await lintJson(...settings, auditsInvalid);
        const warnings = base.report.summary.warnings;
        expect(warnings).toBeGreaterThan(0);
        const others = base.report.summary.errors;
        if (others === 0) {
            expect((await runCliInProcess(['lint', ...settings, '--max-warnings', String(warnings), auditsInvalid])).code).toBe(0);
        }
        const tooMany = await runCliInProcess(['lint', ...settings, '--max-warnings', String(warnings - 1), auditsInvalid]);
        expect(tooMany.code).toBe(1);
    });

    it('a config file sets severities; --rule wins over it', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-'));
        const config = join(dir, 'dpa-lint.json');
        writeFileSync(config, JSON.stringify({ rules: { 'art28-3-subject-matter': 'off', 'art28-3-h-audits': 'warn' } }));
        const fromConfig = await lintJson('--config', config, subjectMatterInvalid, auditsInvalid);
        const ids = fromConfig.report.files.flatMap(f => f.findings).map(f => `${f.ruleId}:${f.severity}`);
        expect(ids).not.toContain('art28-3-subject-matter:error');
        expect(ids).toContain('art28-3-h-audits:warning');
        const overridden = await lintJson('--config', config, '--rule', 'art28-3-h-audits=error', auditsInvalid);
        expect(overridden.report.files[0].findings.find(f => f.ruleId === 'art28-3-h-audits')?.severity).toBe('error');
    });

    it('rejects an unknown rule, a bad setting, a bad config and a bad --max-warnings with exit 2', async () => {
        expect((await runCliInProcess(['lint', '--rule', 'no-such-rule=off', auditsInvalid])).stderr).toContain("unknown rule 'no-such-rule'");
        expect((await runCliInProcess(['lint', '--rule', 'no-such-rule=off', auditsInvalid])).code).toBe(2);
        expect((await runCliInProcess(['lint', '--rule', 'art28-3-h-audits=loud', auditsInvalid])).code).toBe(2);
        expect((await runCliInProcess(['lint', '--config', 'missing-config.json', auditsInvalid])).stderr).toBe('missing-config.json: no such file\n');
        const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-'));
        writeFileSync(join(dir, 'bad.json'), '{ "rules": ');
        const bad = await runCliInProcess(['lint', '--config', join(dir, 'bad.json'), auditsInvalid]);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/bad\.json: not valid JSON/);
        expect((await runCliInProcess(['lint', '--max-warnings', 'many', auditsInvalid])).code).toBe(2);
    });

    it('--list-rules lists every rule with severity and citation', async () => {
        const result = await runCliInProcess(['lint', '--list-rules']);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('art28-3-h-audits  error  Art. 28(3)(h) GDPR  ');
    });
});

describe('suppression comments', () => {
    it('leave exactly the findings marked in the fixture (lint API, with ranges)', async () => {
        const text = readFileSync(suppressedFixture, 'utf8');
        const { findings, suppressed } = lintModel(await modelOf(suppressedFixture), { sourceText: text });
        const marked = new Set(['art28-3-h-audits', 'art28-3-b-confidentiality', 'lint-suppression']);
        expect(compareWithMarkers(text, findings.filter(f => marked.has(f.ruleId)).map(f => ({ ...f, id: f.ruleId })))).toEqual([]);
        expect(suppressed.map(f => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)).toEqual(['art28-3-h-audits 11:5-11:38']);
    });

    it('silence one rule on the next construct when a reason is given, and warn when it is not', async () => {
        const { report } = await lintJson(suppressedFixture);
        const file = report.files[0];
        expect(file.suppressed.map(s => [s.ruleId, s.line, s.reason])).toEqual([
            ['art28-3-h-audits', 11, 'inspections are agreed in the main contract, section 9']
        ]);
        expect(file.findings.filter(f => f.ruleId === 'art28-3-h-audits')).toEqual([]);
        const missingReason = file.findings.find(f => f.ruleId === 'lint-suppression');
        expect(missingReason).toMatchObject({ line: 12, column: 48, severity: 'warning' });
        expect(missingReason!.message).toContain("Say why 'art28-3-b-confidentiality' is silenced");
    });
});

describe('dpa lint JSON output', () => {
    it('is stable: the same input gives byte-identical output', async () => {
        const first = (await runCliInProcess(['lint', '--format', 'json', auditsInvalid, subjectMatterInvalid])).stdout;
        const second = (await runCliInProcess(['lint', '--format', 'json', auditsInvalid, subjectMatterInvalid])).stdout;
        expect(first).toBe(second);
        const report = JSON.parse(first) as JsonReport;
        expect(report.version).toBe(1);
        expect(report.files.map(f => f.file)).toEqual([auditsInvalid, subjectMatterInvalid]);
        const audits = report.files[0].findings.find(f => f.ruleId === 'art28-3-h-audits')!;
        expect(audits).toMatchObject({ line: 7, column: 5, severity: 'error', docs: auditsPage,
            citation: { en: 'Art. 28(3)(h) GDPR', de: 'Art. 28 Abs. 3 lit. h DSGVO' } });
    });
});

/**
 * What SARIF 2.1.0 (OASIS standard, sections 3.11-3.30) requires of the parts of a log that dpa lint
 * writes and that code-scanning tools read; returns one line per violation. Checked by hand rather
 * than against the schema file, which no maintained npm package ships.
 */
function sarifProblems(log: any): string[] {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
    const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
    const isAbsoluteUri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value);
    const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;
    const onlyKeys = (value: object, allowed: string[], where: string) => {
        for (const key of Object.keys(value)) check(allowed.includes(key), `${where}: unexpected property '${key}'`);
    };
    const levels = ['none', 'note', 'warning', 'error'];
    // The property names SARIF 2.1.0 defines for a result (§3.27) and a region (§3.30).
    const resultKeys = ['guid', 'correlationGuid', 'ruleId', 'ruleIndex', 'rule', 'taxa', 'kind', 'level', 'message', 'analysisTarget', 'locations',
        'webRequest', 'webResponse', 'fingerprints', 'partialFingerprints', 'codeFlows', 'graphs', 'graphTraversals', 'stacks', 'relatedLocations',
        'suppressions', 'baselineState', 'rank', 'attachments', 'workItemUris', 'hostedViewerUri', 'provenance', 'fixes', 'properties'];
    const regionKeys = ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'];

    check(log.version === '2.1.0', 'version is "2.1.0"');
    check(isAbsoluteUri(log.$schema), '$schema is an absolute URI');
    onlyKeys(log, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], 'log');
    check(Array.isArray(log.runs) && log.runs.length > 0, 'runs is a non-empty array');
    for (const [r, run] of (log.runs ?? []).entries()) {
        const driver = run.tool?.driver ?? {};
        check(isText(driver.name), `runs[${r}].tool.driver.name is a non-empty string`);
        check(driver.informationUri === undefined || isAbsoluteUri(driver.informationUri), `runs[${r}] driver.informationUri is an absolute URI`);
        check(['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind), `runs[${r}].columnKind is a known kind`);
        const rules: any[] = driver.rules ?? [];
        check(new Set(rules.map(rule => rule.id)).size === rules.length, `runs[${r}]: rule ids are unique`);
        for (const [i, rule] of rules.entries()) {
            const where = `runs[${r}].tool.driver.rules[${i}]`;
            check(isText(rule.id), `${where}.id is a non-empty string`);
            check(isText(rule.shortDescription?.text) && isText(rule.fullDescription?.text), `${where} has short and full description texts`);
            check(isAbsoluteUri(rule.helpUri), `${where}.helpUri is an absolute URI`);
            check(levels.includes(rule.defaultConfiguration?.level), `${where}.defaultConfiguration.level is one of ${levels.join(', ')}`);
        }
        const baseIds = Object.keys(run.originalUriBaseIds ?? {});
        for (const [i, result] of (run.results ?? []).entries()) {
            const where = `runs[${r}].results[${i}]`;
            onlyKeys(result, resultKeys, where);
            check(result.properties === undefined || (typeof result.properties === 'object' && !Array.isArray(result.properties)), `${where}.properties is an object`);
            for (const [f, fix] of (result.fixes ?? []).entries()) {
                const changes: any[] = fix.artifactChanges ?? [];
                check(changes.length > 0 && changes.every(change => isText(change.artifactLocation?.uri) && Array.isArray(change.replacements)
                    && change.replacements.length > 0 && change.replacements.every((replacement: any) => typeof replacement.deletedRegion === 'object')),
                `${where}.fixes[${f}] has artifact changes, each with a URI and replacements with a deleted region`);
            }
            check(isText(result.message?.text), `${where}.message.text is a non-empty string`);
            check(levels.includes(result.level), `${where}.level is one of ${levels.join(', ')}`);
            if (result.ruleIndex !== undefined) {
                check(Number.isInteger(result.ruleIndex) && rules[result.ruleIndex]?.id === result.ruleId, `${where}.ruleIndex points at the rule '${result.ruleId}'`);
            }
            for (const [l, location] of (result.locations ?? []).entries()) {
                const physical = location.physicalLocation ?? {};
                const artifact = physical.artifactLocation ?? {};
                const region = physical.region ?? {};
                onlyKeys(region, regionKeys, `${where}.locations[${l}].region`);
                check(isText(artifact.uri) && !/^[a-z][a-z0-9+.-]*:|\\/i.test(artifact.uri), `${where}.locations[${l}] uri is relative with forward slashes`);
                check(artifact.uriBaseId === undefined || baseIds.includes(artifact.uriBaseId), `${where}.locations[${l}] uriBaseId is declared in originalUriBaseIds`);
                check(isPositiveInteger(region.startLine) && isPositiveInteger(region.startColumn), `${where}.locations[${l}] region starts at a 1-based line and column`);
                if (region.endLine !== undefined || region.endColumn !== undefined) {
                    check(isPositiveInteger(region.endLine) && isPositiveInteger(region.endColumn)
                        && (region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn)),
                    `${where}.locations[${l}] region ends at or after its start`);
                }
            }
            for (const suppression of result.suppressions ?? []) {
                check(['inSource', 'external'].includes(suppression.kind), `${where}.suppressions kind is inSource or external`);
                check(suppression.justification === undefined || typeof suppression.justification === 'string', `${where}.suppressions justification is a string`);
            }
        }
    }
    return problems;
}

describe('dpa lint SARIF output', () => {
    it('meets the SARIF 2.1.0 requirements, with rules, help URIs, physical locations and ranges', async () => {
        const result = await runCliInProcess(['lint', '--format', 'sarif', auditsInvalid, suppressedFixture, 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout);
        expect(sarifProblems(log)).toEqual([]);
        expect(log.version).toBe('2.1.0');
        const driver = log.runs[0].tool.driver;
        const auditsRule = driver.rules.find((r: { id: string }) => r.id === 'art28-3-h-audits');
        expect(auditsRule.helpUri).toBe(auditsPage);
        const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; suppressions?: unknown[] }>;
        const audits = results.find(r => r.ruleId === 'art28-3-h-audits' && !r.suppressions)!;
        expect(driver.rules[audits.ruleIndex].id).toBe('art28-3-h-audits');
        expect(audits.level).toBe('error');
        expect(audits.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: auditsInvalid, uriBaseId: '%SRCROOT%' }, region: AUDITS_REGION });
        const suppressed = results.find(r => r.suppressions);
        expect(suppressed).toMatchObject({ ruleId: 'art28-3-h-audits', suppressions: [{ kind: 'inSource', justification: 'inspections are agreed in the main contract, section 9' }] });
        expect(results.some(r => r.ruleId === 'dpa-syntax' && r.locations[0].physicalLocation.region.startLine === 8)).toBe(true);
    });

    it('the SARIF check finds a wrong rule index, an unknown level, an absolute Windows path and a region ending before its start', async () => {
        const log = JSON.parse(((await runCliInProcess(['lint', '--format', 'sarif', auditsInvalid]))).stdout);
        const result = log.runs[0].results[0];
        result.ruleIndex = result.ruleIndex + 1;
        result.level = 'fatal';
        result.locations[0].physicalLocation.artifactLocation.uri = 'C:\\work\\invalid.dpa';
        result.locations[0].physicalLocation.region = { startLine: 7, startColumn: 17, endLine: 6, endColumn: 1 };
        expect(sarifProblems(log)).toEqual([
            'runs[0].results[0].level is one of none, note, warning, error',
            `runs[0].results[0].ruleIndex points at the rule '${result.ruleId}'`,
            'runs[0].results[0].locations[0] uri is relative with forward slashes',
            'runs[0].results[0].locations[0] region ends at or after its start'
        ]);
    });
});
