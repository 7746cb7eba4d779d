import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LARGE_INPUT } from '@dpa-as-code/language';
import { compileForCli, dpaServices, lintForCli } from '../../packages/cli/src/workspace.js';
import { repoRoot } from '../helpers.js';
// @ts-expect-error -- the benchmark's generator is plain JavaScript
import { syntheticDpa } from '../../bench/synthetic-dpa.js';

/*
 * `dpa lint` compiles each file without the rules, lets the parsed documents go and then runs the
 * rules on the model and the text (lintForCli), so that the syntax tree of a large file is freed
 * before the rules allocate. Compared here with the one-step way (compileForCli with lint).
 */

const generate = syntheticDpa as (root: string, subProcessors: number) => string;
const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = [
    'examples/userlike.dpa', 'examples/360dialog.dpa', 'examples/minimal.dpa', 'examples/starter.dpa',
    'examples/dataresearchcenter/avv.dpa', 'examples/dataresearchcenter/subprocessors.dpa',
    'examples/secoda/dpa.dpa', 'examples/standard-form/acme-retail.dpa', 'examples/standard-form/mueller-logistik.dpa',
    'examples/standard-form/saas-dpa-template.dpa',
    'test/fixtures/invalid/syntax-error.dpa', 'test/lint/rules/art28-3-h-audits/invalid.dpa'
];

/** Each file the one-step way: blocking diagnostics and the lint run. */
async function oneStep(file: string, settings: Record<string, 'off' | 'warn' | 'error'> = {}) {
    const result = await compileForCli(file, { lint: { settings } }, repoRoot);
    if (!result.ok) throw new Error(result.message);
    return { blocking: result.compiled.blocking, lint: result.compiled.lint };
}

async function released(file: string, settings: Record<string, 'off' | 'warn' | 'error'> = {}, collectGarbage?: () => void) {
    const result = await lintForCli(file, settings, repoRoot, collectGarbage);
    if (!result.ok) throw new Error(result.message);
    return { blocking: result.blocking, lint: result.lint };
}

describe('dpa lint lets the parsed documents go before the rules run', () => {
    it('gives the same blocking diagnostics, findings, suppressed findings and fixes for every example, one after another', async () => {
        for (const file of EXAMPLES) {
            const before = await oneStep(file);
            const after = await released(file);
            expect(after, file).toEqual(before);
            // Same fixes, built when read.
            expect(after.lint?.findings.map(finding => finding.fix), file).toEqual(before.lint?.findings.map(finding => finding.fix));
        }
        expect((await released('examples/userlike.dpa')).lint?.findings.length).toBeGreaterThan(0);
        expect((await released('test/fixtures/invalid/syntax-error.dpa')).blocking.map(d => `${d.line}:${d.column}`)).toEqual(['8:13']);
    });

    it('applies the rule settings alike', async () => {
        const settings = { 'art28-3-h-audits': 'off', 'art28-3-subject-matter': 'warn' } as const;
        const file = 'test/lint/rules/art28-3-h-audits/invalid.dpa';
        const after = await released(file, settings);
        expect(after).toEqual(await oneStep(file, settings));
        expect(after.lint?.findings.some(finding => finding.ruleId === 'art28-3-h-audits')).toBe(false);
    });

    it('leaves no document in the workspace', async () => {
        await released('examples/dataresearchcenter/avv.dpa');
        expect(dpaServices().shared.workspace.LangiumDocuments.all.count()).toBe(0);
    });

    it('collects garbage between the model and the rules for a large file only, with the same result', async () => {
        const large = join(dir, 'large.dpa');
        writeFileSync(large, generate(repoRoot, 2_700));
        expect(readFileSync(large, 'utf8').length).toBeGreaterThanOrEqual(LARGE_INPUT);
        let collections = 0;
        const after = await released(large, {}, () => collections++);
        expect(collections).toBe(1);
        const before = await oneStep(large);
        expect(after.blocking).toEqual([]);
        expect(after.lint?.findings.length).toBe(before.lint?.findings.length);
        expect(after).toEqual(before);
        let small = 0;
        await released('examples/userlike.dpa', {}, () => small++);
        expect(small).toBe(0);
    }, 120_000);
});
