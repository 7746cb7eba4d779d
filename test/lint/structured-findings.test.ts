import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, applyFixes, FINDING_KINDS, findRule, formatJson, formatMessage, formatSarif, lintModel, type LintFinding, type LintFix } from '@dpa-as-code/lint';
import { loadText, modelOfText, repoRoot } from '../helpers.js';

/*
 * Every finding is structured: a kind, a message id its rule declares, the data its template names,
 * and fixes that are text edits which resolve it. Checked over every rule fixture and the examples.
 */

const fixtureFiles = readdirSync(join(repoRoot, 'test/lint/rules'), { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(entry => readdirSync(join(repoRoot, 'test/lint/rules', entry.name)).filter(name => name.endsWith('.dpa')).map(name => `test/lint/rules/${entry.name}/${name}`));
const exampleFiles = readdirSync(join(repoRoot, 'examples')).filter(name => name.endsWith('.dpa')).map(name => `examples/${name}`);
const files = [...fixtureFiles, ...exampleFiles].sort();

async function findingsOf(text: string): Promise<LintFinding[]> {
    return lintModel(await modelOfText(text), { sourceText: text }).findings;
}

const placeholders = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(match => match[1]);

describe('rules declare their kind and messages', () => {
    it.each(allRules.map(rule => [rule.id, rule] as const))('%s', (_id, rule) => {
        expect(FINDING_KINDS).toContain(rule.kind);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const [id, template] of Object.entries(rule.messages)) {
            expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
            expect(template.trim().length, id).toBeGreaterThan(10);
        }
    });

    it('the kinds follow the law: Art. 28(3) elements are requirements, the 72-hour time frame a recommendation, translations hygiene', () => {
        expect(findRule('art28-3-h-audits')?.kind).toBe('requirement');
        expect(findRule('art33-2-breach-time-frame-72-hours')?.kind).toBe('recommendation');
        expect(findRule('bilingual-completeness')?.kind).toBe('hygiene');
        expect(findRule('hygiene-unused-data-category')?.kind).toBe('hygiene');
        expect(findRule('hygiene-unknown-country-code')?.kind).toBe('hygiene');
    });
});

describe.each(files)('findings of %s', file => {
    it('carry a declared message id, the data their template names, and the message built from both', async () => {
        const text = readFileSync(join(repoRoot, file), 'utf8');
        for (const finding of await findingsOf(text)) {
            const rule = findRule(finding.ruleId)!;
            expect(finding.kind).toBe(rule.kind);
            const template = rule.messages[finding.messageId];
            expect(template, `${finding.ruleId}: ${finding.messageId}`).toBeDefined();
            expect(Object.keys(finding.data).sort(), `${finding.ruleId}: ${finding.messageId}`).toEqual([...new Set(placeholders(template))].sort());
            expect(finding.message).toBe(`${formatMessage(template, finding.data)} (${rule.citation.en})`);
            // As ESLint's meta.fixable / hasSuggestions: a rule says whether it fixes, so docs and --list-rules can tell.
            if (finding.fix) expect(rule.fixable, `${finding.ruleId} gives a fix`).toBe(true);
            if (finding.suggestions?.length) expect(rule.hasSuggestions, `${finding.ruleId} gives suggestions`).toBe(true);
        }
    });

    it('have fixes and suggestions that keep the file parseable and resolve the finding', async () => {
        const text = readFileSync(join(repoRoot, file), 'utf8');
        const findings = await findingsOf(text);
        const key = (f: LintFinding) => `${f.ruleId} ${f.messageId} ${JSON.stringify(f.data)}`;
        for (const finding of findings) {
            const fixes: LintFix[] = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
            for (const fix of fixes) {
                expect(fix.description.length, key(finding)).toBeGreaterThan(5);
                const { text: fixed, applied } = applyFixes(text, [fix]);
                expect(applied, fix.description).toHaveLength(1);
                const loaded = await loadText(fixed);
                expect(loaded.diagnostics.filter(d => d.severity === 'error').map(d => d.message), `${file}: ${fix.description}`).toEqual([]);
                const before = findings.filter(f => key(f) === key(finding)).length;
                const after = (await findingsOf(fixed)).filter(f => key(f) === key(finding)).length;
                expect(after, `${file}: ${fix.description} resolves ${key(finding)}`).toBe(before - 1);
            }
        }
    });
});

describe('structured output', () => {
    const file = 'test/lint/fixtures/fixable.dpa';

    it('JSON has kind, messageId, data and the fix of each finding', async () => {
        const text = readFileSync(join(repoRoot, file), 'utf8');
        const findings = await findingsOf(text);
        const json = JSON.parse(formatJson([{ file, blocking: [], findings, suppressed: [] }]));
        const country = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'hygiene-unknown-country-code');
        expect(country).toMatchObject({
            kind: 'hygiene', messageId: 'likelyMeant', line: 15, column: 13,
            data: { code: 'UK', field: "the country of party 'Vendor'", meant: 'GB', meantName: 'United Kingdom' },
            fix: { description: "Change 'UK' to 'GB' (United Kingdom)", edits: [{ range: { start: { line: 15, column: 13 }, end: { line: 15, column: 15 } }, text: 'GB' }] }
        });
        const audits = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'art28-3-h-audits');
        expect(audits).toMatchObject({ kind: 'requirement', messageId: 'missingClause' });
        expect(audits.fix.description).toBe('Add the audits clause (Art. 28(3)(h) GDPR)');
        expect(audits.fix.edits[0].text).toBe('\n    audits {\n        information on request\n    }');
        expect(audits.suggestions.map((s: LintFix) => s.description)).toEqual(["Add the audits clause with inspections on 30 days' notice (Art. 28(3)(h) GDPR)"]);
    });

    it('SARIF has the kind in properties, a note for a recommendation at warning level, and the fixes', async () => {
        const text = readFileSync(join(repoRoot, file), 'utf8').replace('    security { measures annexed }', '    security { measures annexed }\n    breach-notification { without undue delay within 5 days }');
        const findings = await findingsOf(text);
        const log = JSON.parse(formatSarif([{ file, blocking: [], findings, suppressed: [] }], { toolVersion: '0.0.0' }));
        const results = log.runs[0].results as Array<{ ruleId: string; level: string; properties: { kind: string; messageId: string }; fixes?: Array<{ description: { text: string }; artifactChanges: Array<{ replacements: Array<{ deletedRegion: object; insertedContent: { text: string } }> }> }> }>;
        const late = results.find(r => r.ruleId === 'art33-2-breach-time-frame-72-hours')!;
        expect(late.level).toBe('note');
        expect(late.properties).toMatchObject({ kind: 'recommendation', messageId: 'notShorter', data: { period: '5 days', hours: 120 } });
        expect(late.fixes?.map(fix => fix.description.text)).toEqual(["Change 'within 5 days' to 'within 24 hours'"]);
        const country = results.find(r => r.ruleId === 'hygiene-unknown-country-code')!;
        expect(country.level).toBe('error');
        expect(country.fixes?.[0]).toEqual({
            description: { text: "Change 'UK' to 'GB' (United Kingdom)" },
            artifactChanges: [{
                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                replacements: [{ deletedRegion: { startLine: 15, startColumn: 13, endLine: 15, endColumn: 15 }, insertedContent: { text: 'GB' } }]
            }]
        });
        const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'art33-2-breach-time-frame-72-hours');
        expect(rule.defaultConfiguration.level).toBe('note');
        expect(rule.properties.kind).toBe('recommendation');
    });
});
