import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { offlineEnv, packCli, projectWithCli, runIn } from './cli-package.js';
import { repoRoot } from './helpers.js';

/**
 * Issue 13, "at home in CI": the shell steps of the composite GitHub Action (action.yml) and the
 * entries of the pre-commit hooks (.pre-commit-hooks.yaml), taken from those files and run against
 * the packed CLI, with the environment GitHub Actions and pre-commit would give them. The `uses:`
 * steps (setup-node, upload-sarif, upload-artifact) are GitHub's own; for them the test checks that
 * their condition holds and that what they are handed exists.
 */

interface ActionStep { name: string; id?: string; if?: string; uses?: string; with?: Record<string, string>; shell?: string; env?: Record<string, string>; run?: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: ActionStep[] } }
interface Hook { id: string; entry: string; language: string; files: string; pass_filenames?: boolean }

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

let work: string;
let tarball: string;
const cache = () => join(work, 'npm-cache');

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dpa-ci-'));
    ({ tarball } = packCli(work, offlineEnv(cache())));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const starter = readFileSync(join(repoRoot, 'examples', 'starter.dpa'), 'utf8');
/** The starter DPA without inspections: its one finding is art28-3-h-audits, on the `audits` clause. */
const informationOnly = starter.replace(/^\s*inspections \{.*\}\n/m, '');
const auditsLine = informationOnly.split('\n').findIndex(line => /^ {4}audits \{/.test(line)) + 1;
const auditsError = new RegExp(`(?<!\\d)${auditsLine}:5\\s+error\\s[^\\n]*\\n?[^\\n]*\\bart28-3-h-audits\\b`);
const auditsWarning = new RegExp(`(?<!\\d)${auditsLine}:5\\s+warning\\s[^\\n]*\\n?[^\\n]*\\bart28-3-h-audits\\b`);

/** A repository with DPAs as a team would have it: one clean, one with an error finding, one file that is not a DPA. */
function checkout(dir: string): void {
    expect(informationOnly).not.toBe(starter);
    expect(auditsLine).toBeGreaterThan(0);
    mkdirSync(join(dir, 'legal', 'dpa'), { recursive: true });
    writeFileSync(join(dir, 'legal', 'dpa', 'starter.dpa'), starter);
    writeFileSync(join(dir, 'legal', 'dpa', 'information only.dpa'), informationOnly);
    writeFileSync(join(dir, 'README.md'), '# Legal\n');
}

interface Context { inputs: Record<string, string>; steps: Record<string, { outputs: Record<string, string> }>; github: Record<string, string>; runner: Record<string, string> }

/** The value of `a.b.c` in the context; an unknown name fails the test, as GitHub would reject it. */
function lookup(context: Context, path: string): string {
    const [scope, ...rest] = path.trim().split('.');
    if (scope === 'inputs') {
        const name = rest.join('.');
        expect(Object.keys(action.inputs), `unknown input ${name}`).toContain(name);
        return context.inputs[name] ?? '';
    }
    if (scope === 'steps') {
        const [id, outputs, name] = rest;
        expect(outputs).toBe('outputs');
        expect(action.runs.steps.map(step => step.id), `unknown step ${id}`).toContain(id);
        return context.steps[id!]?.outputs[name!] ?? '';
    }
    if (scope === 'github' || scope === 'runner') {
        const value = context[scope][rest.join('.')];
        expect(value, `unknown ${path}`).toBeDefined();
        return value!;
    }
    throw new Error(`unsupported expression ${path}`);
}

function expand(context: Context, text: string): string {
    return text.replace(/\$\{\{(.+?)\}\}/g, (_match, expression: string) => lookup(context, expression));
}

/** The part of GitHub's expression language the action uses: always(), &&, == and != against a string. */
function condition(context: Context, expression: string | undefined): boolean {
    if (expression === undefined) return true;
    return expression.split('&&').every(term => {
        const trimmed = term.trim();
        if (trimmed === 'always()') return true;
        const match = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(trimmed);
        if (!match) throw new Error(`unsupported condition ${trimmed}`);
        const value = lookup(context, match[1]!);
        return match[2] === '==' ? value === match[3] : value !== match[3];
    });
}

interface StepRun { step: ActionStep; ran: boolean; status?: number; stdout?: string; stderr?: string }

/** Runs the action's steps in order as a runner would; `uses:` steps are checked, not run. */
function runAction(repository: string, inputs: Record<string, string>): { runs: StepRun[]; context: Context } {
    const temp = mkdtempSync(join(work, 'runner-temp-'));
    const context: Context = {
        inputs: { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...inputs },
        steps: {},
        github: { action_path: repoRoot, workspace: repository },
        runner: { temp }
    };
    const addedPath: string[] = [];
    const runs: StepRun[] = [];
    let failed = false;
    for (const step of action.runs.steps) {
        // Without always(), a step is skipped once an earlier one failed.
        const runs_ = (step.if?.includes('always()') || !failed) && condition(context, step.if);
        if (!runs_ || step.uses) {
            runs.push({ step, ran: runs_ });
            continue;
        }
        const outputFile = join(temp, `output-${runs.length}`);
        const pathFile = join(temp, `path-${runs.length}`);
        writeFileSync(outputFile, '');
        writeFileSync(pathFile, '');
        const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(context, String(value))]));
        const env = offlineEnv(cache(), {
            ...stepEnv,
            GITHUB_OUTPUT: outputFile, GITHUB_PATH: pathFile, GITHUB_WORKSPACE: repository, GITHUB_ACTION_PATH: repoRoot, RUNNER_TEMP: temp,
            PATH: [...addedPath, process.env.PATH].join(delimiter)
        });
        expect(step.shell).toBe('bash');
        expect(step.run, `${step.name}: no expression inside a script`).not.toMatch(/\$\{\{/);
        // GitHub runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail {0}`.
        const script = join(temp, `step-${runs.length}.sh`);
        writeFileSync(script, step.run!);
        const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: repository, env, encoding: 'utf8', timeout: 180_000 });
        runs.push({ step, ran: true, status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr });
        if (step.id) {
            const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map(line => {
                const at = line.indexOf('=');
                return [line.slice(0, at), line.slice(at + 1)];
            }));
            context.steps[step.id] = { outputs };
        }
        addedPath.unshift(...readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse());
        if (result.status !== 0) failed = true;
    }
    return { runs, context };
}

const stepNamed = (runs: StepRun[], name: RegExp) => {
    const found = runs.find(run => name.test(run.step.name));
    expect(found, `a step named ${name}`).toBeDefined();
    return found!;
};

describe('action.yml', () => {
    it('is a composite action whose outputs come from its steps', () => {
        expect(action.runs.using).toBe('composite');
        expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'config', 'output-dir', 'package']));
        expect(action.outputs['sarif-file']!.value).toBe('${{ steps.lint.outputs.sarif-file }}');
        const uses = action.runs.steps.filter(step => step.uses).map(step => step.uses);
        expect(uses).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3', 'actions/upload-artifact@v4']);
    });

    it('installs the packed CLI, lints to SARIF, generates the contract and fails the job on lint errors', () => {
        const repository = join(work, 'repository');
        checkout(repository);
        const { runs, context } = runAction(repository, { package: tarball, files: 'legal/**/*.dpa', 'output-dir': 'out/contract' });

        const install = stepNamed(runs, /^Install/);
        expect(install.status, install.stderr).toBe(0);
        expect(install.stdout).toMatch(/^dpa 0\.1\.0 installed$/m);
        expect(existsSync(join(context.runner.temp!, 'dpa-cli', 'node_modules', '.bin', 'dpa'))).toBe(true);
        expect(existsSync(join(repository, 'package.json'))).toBe(false);

        const lint = stepNamed(runs, /^Lint/);
        expect(lint.status, lint.stderr).toBe(0);
        expect(context.steps.lint!.outputs['exit-code']).toBe('1');
        expect(lint.stdout).toContain('legal/dpa/information only.dpa');
        expect(lint.stdout).toMatch(auditsError);
        const sarifFile = context.steps.lint!.outputs['sarif-file']!;
        expect(sarifFile).toBe(join(context.runner.temp!, 'dpa.sarif'));

        const upload = stepNamed(runs, /code scanning/);
        expect(upload.ran).toBe(true);
        expect(expand(context, upload.step.with!.sarif_file!)).toBe(sarifFile);
        const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        const audits = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'art28-3-h-audits');
        expect(audits.level).toBe('error');
        expect(audits.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^legal\/dpa\/information(%20| )only\.dpa$/);
        expect(audits.locations[0].physicalLocation.region).toMatchObject({ startLine: auditsLine, startColumn: 5 });
        expect(sarif.runs[0].results.filter((result: { level: string; suppressions?: unknown[] }) => result.level === 'error' && !result.suppressions)).toHaveLength(1);

        const contract = stepNamed(runs, /^Generate/);
        expect(contract.status, contract.stderr).toBe(0);
        expect(context.steps.contract!.outputs['contract-dir']).toBe('out/contract');
        const artifact = stepNamed(runs, /Upload the contract/);
        expect(artifact.ran).toBe(true);
        const artifactDir = join(repository, expand(context, artifact.step.with!.path!));
        expect(readdirSync(artifactDir).sort()).toEqual(expect.arrayContaining(['information only.en.md', 'starter.en.md']));
        expect(readFileSync(join(artifactDir, 'starter.en.md'), 'utf8')).toContain('Data Processing Agreement');

        const verdict = stepNamed(runs, /^Fail on lint errors/);
        expect(verdict.status).toBe(1);
        expect(verdict.stdout).toContain('::error::dpa lint reported errors (exit 1)');
    });

    it('passes a clean repository and honours the rule config and fail-on-findings', () => {
        const repository = join(work, 'configured');
        checkout(repository);
        writeFileSync(join(repository, 'dpa-rules.json'), JSON.stringify({ rules: { 'art28-3-h-audits': 'warn' } }));
        const { runs, context } = runAction(repository, { package: tarball, files: 'legal/dpa/*.dpa', config: 'dpa-rules.json', 'upload-sarif': 'false' });
        expect(context.steps.lint!.outputs['exit-code']).toBe('0');
        expect(stepNamed(runs, /^Lint/).stdout).toMatch(auditsWarning);
        expect(stepNamed(runs, /code scanning/).ran).toBe(false);
        expect(stepNamed(runs, /^Fail on lint errors/).status).toBe(0);
        expect(readdirSync(join(repository, 'dpa-contract'))).toEqual(expect.arrayContaining(['starter.en.md']));

        // One file per line, as a YAML block would give them; the second name has a space.
        const lenient = runAction(repository, { package: tarball, files: 'legal/dpa/starter.dpa\n  legal/dpa/information only.dpa\n', 'fail-on-findings': 'false' });
        expect(lenient.context.steps.lint!.outputs['exit-code']).toBe('1');
        expect(stepNamed(lenient.runs, /^Fail on lint errors/).status).toBe(0);
        expect(stepNamed(lenient.runs, /^Lint/).stdout).toMatch(auditsError);
        expect(stepNamed(lenient.runs, /^Generate/).status).toBe(0);
    });

    it('stops at the lint step, with exit 2, when no file matches', () => {
        const repository = join(work, 'empty');
        mkdirSync(repository);
        const { runs, context } = runAction(repository, { package: tarball, files: 'legal/**/*.dpa' });
        const lint = stepNamed(runs, /^Lint/);
        expect(lint.status).toBe(2);
        expect(lint.stderr).toContain("no file matches 'legal/**/*.dpa'");
        expect(context.steps.lint!.outputs['sarif-file']).toBeUndefined();
        expect(stepNamed(runs, /^Generate/).ran).toBe(false);
        expect(stepNamed(runs, /code scanning/).ran).toBe(false);
    });
});

describe('.pre-commit-hooks.yaml', () => {
    let project: string;
    beforeAll(() => {
        project = join(work, 'pre-commit');
        projectWithCli(project, tarball, offlineEnv(cache()));
        checkout(project);
        // Not in the formatter's layout: the indentation is gone.
        writeFileSync(join(project, 'legal', 'dpa', 'messy.dpa'), starter.replace(/^ +/gm, ''));
        const formatted = runIn(project, 'npx', ['--no-install', 'dpa', 'format', 'legal/dpa/starter.dpa', 'legal/dpa/information only.dpa'], offlineEnv(cache()));
        expect(formatted.status, formatted.stderr).toBe(0);
    }, 300_000);

    /** What pre-commit does: the staged files that match `files`, appended to the entry's words. */
    function runHook(id: string, staged: string[]) {
        const hook = hooks.find(candidate => candidate.id === id);
        expect(hook, id).toBeDefined();
        expect(hook!.language).toBe('system');
        const matching = staged.filter(file => new RegExp(hook!.files).test(file));
        const [command, ...args] = hook!.entry.split(/\s+/);
        return { matching, result: runIn(project, command!, [...args, ...(hook!.pass_filenames === false ? [] : matching)], offlineEnv(cache())) };
    }

    it('offers dpa format --check and dpa lint on .dpa files only', () => {
        expect(hooks.map(hook => [hook.id, hook.entry, hook.files])).toEqual([
            ['dpa-format', 'npx --no-install dpa format --check', '\\.dpa$'],
            ['dpa-lint', 'npx --no-install dpa lint', '\\.dpa$']
        ]);
    });

    it('dpa-format fails on a file that is not formatted and passes formatted ones', () => {
        const failing = runHook('dpa-format', ['README.md', 'legal/dpa/starter.dpa', 'legal/dpa/messy.dpa']);
        expect(failing.matching).toEqual(['legal/dpa/starter.dpa', 'legal/dpa/messy.dpa']);
        expect(failing.result.status, failing.result.stderr).toBe(1);
        expect(failing.result.stdout).toContain('legal/dpa/messy.dpa');
        expect(failing.result.stdout).not.toContain('legal/dpa/starter.dpa');
        expect(readFileSync(join(project, 'legal', 'dpa', 'messy.dpa'), 'utf8')).not.toMatch(/^ +/m);

        const passing = runHook('dpa-format', ['legal/dpa/starter.dpa', 'legal/dpa/information only.dpa']);
        expect(passing.result.status, passing.result.stderr).toBe(0);
    });

    it('dpa-lint fails on an error finding and passes a clean file', () => {
        const failing = runHook('dpa-lint', ['legal/dpa/information only.dpa', 'notes.txt']);
        expect(failing.matching).toEqual(['legal/dpa/information only.dpa']);
        expect(failing.result.status).toBe(1);
        expect(failing.result.stdout).toContain('information only.dpa');
        expect(failing.result.stdout).toMatch(auditsError);

        const passing = runHook('dpa-lint', ['legal/dpa/starter.dpa']);
        expect(passing.result.status, passing.result.stdout + passing.result.stderr).toBe(0);
    });
});
