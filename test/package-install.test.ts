import type { SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDir, offlineEnv, packCli, projectWithCli, runIn } from './cli-package.js';
import { repoRoot, runCliInProcess } from './helpers.js';

/**
 * Issue 13, "installable": the CLI package as `npm pack` makes it, installed into an empty project
 * without any registry (the tarball carries everything; a dead registry address and an empty cache
 * prove it), then run there with `npx dpa` on a copy of an example. Needs `npm run build` (the bundle).
 */

const cliManifest = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { name: string; version: string };

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];

const env = (extra: NodeJS.ProcessEnv = {}) => offlineEnv(join(work, 'npm-cache'), extra);

function npx(args: string[], extra: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    return runIn(project, 'npx', ['--offline', 'dpa', ...args], env(extra));
}

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dpa-install-'));
    ({ tarball, files: packedFiles } = packCli(work, env()));
    project = join(work, 'project');
    projectWithCli(project, tarball, env());
    mkdirSync(join(project, 'dpa'));
    copyFileSync(join(repoRoot, 'examples', 'userlike.dpa'), join(project, 'dpa', 'userlike.dpa'));
    // A file with a known finding: audits without inspections.
    copyFileSync(join(repoRoot, 'test', 'lint', 'rules', 'art28-3-h-audits', 'invalid.dpa'), join(project, 'dpa', 'information only.dpa'));
}, 300_000);

afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed CLI', () => {
    it('holds the bundle, the bin script, the documentation site, README and CHANGELOG, and no sources', () => {
        expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'bin/dpa.js', 'dist/main.js', 'README.md', 'CHANGELOG.md',
            'site/index.html', 'site/cli.html', 'site/rules/art28-3-h-audits.html']));
        expect(packedFiles.filter(path => /^(src|out|node_modules)\//.test(path) || path.endsWith('.ts') || path.endsWith('.map'))).toEqual([]);
    });

    it('installs offline with nothing but itself: no dependencies, no private workspace packages', () => {
        const manifest = JSON.parse(readFileSync(join(project, 'node_modules', '@dpa-as-code', 'cli', 'package.json'), 'utf8'));
        expect(manifest.name).toBe(cliManifest.name);
        expect(manifest.private).toBeUndefined();
        expect(manifest.license).toBe('MIT');
        expect(manifest.engines).toEqual({ node: '>=20.10' });
        expect(manifest.dependencies).toBeUndefined();
        expect(readdirSync(join(project, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['@dpa-as-code']);
        expect(readdirSync(join(project, 'node_modules', '@dpa-as-code'))).toEqual(['cli']);
        const projectManifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
        expect(Object.keys(projectManifest.devDependencies)).toEqual(['@dpa-as-code/cli']);
    });
});

describe('npx dpa in the installing project', () => {
    it('--version prints the package version', () => {
        const result = npx(['--version']);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout.trim()).toBe(cliManifest.version);
    });

    it('validate and lint report exactly what the CLI run from the sources of this repository reports', async () => {
        const file = join(project, 'dpa', 'userlike.dpa');
        const docs = 'https://docs.example.org/dpa/';
        for (const args of [['validate', file], ['lint', file], ['lint', '--format', 'json', file], ['lint', '--format', 'sarif', file]]) {
            const installed = npx(args, { DPA_DOCS_URL: docs });
            const fromSources = await runCliInProcess(args, { cwd: project, env: { DPA_DOCS_URL: docs, NO_COLOR: '1' } });
            expect(installed.status, `${args.join(' ')}\n${installed.stderr}`).toBe(fromSources.code);
            expect(installed.stdout, args.join(' ')).toBe(fromSources.stdout);
            expect(installed.stderr, args.join(' ')).toBe(fromSources.stderr);
        }
        const linted = npx(['lint', '--format', 'sarif', 'dpa/information only.dpa'], { DPA_DOCS_URL: docs });
        expect(linted.status).toBe(1);
        const sarif = JSON.parse(linted.stdout);
        expect(sarif.runs[0].tool.driver.version).toBe(cliManifest.version);
        expect(sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'art28-3-h-audits').helpUri).toBe(`${docs}rules/art28-3-h-audits.html`);
        const audits = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'art28-3-h-audits');
        expect(audits.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^dpa\/information(%20| )only\.dpa$/);
        expect(audits.locations[0].physicalLocation.region).toMatchObject({ startLine: 7, startColumn: 5 });
    });

    it('lint links every rule to its page in the documentation shipped inside the package', () => {
        const result = npx(['lint', '--format', 'json', 'dpa/userlike.dpa', 'dpa/information only.dpa']);
        expect(result.status, result.stderr).toBe(1);
        const report = JSON.parse(result.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; docs?: string }> }> };
        expect(report.files.map(file => file.file)).toEqual(['dpa/userlike.dpa', 'dpa/information only.dpa']);
        const links = report.files.flatMap(file => file.findings).filter(finding => finding.docs);
        expect(links.map(link => link.ruleId)).toContain('art28-3-h-audits');
        const site = join(project, 'node_modules', '@dpa-as-code', 'cli', 'site');
        for (const { ruleId, docs } of links) {
            const page = fileURLToPath(docs!);
            expect(page).toBe(join(site, 'rules', `${ruleId}.html`));
            expect(readFileSync(page, 'utf8')).toContain(`<h1 id="${ruleId}">${ruleId}</h1>`);
        }
    });

    it('generate --format markdown writes the German and English contract, as the CLI of this repository does', async () => {
        const result = npx(['generate', 'dpa/userlike.dpa', '--format', 'markdown', '--out', 'contract']);
        expect(result.status, result.stderr).toBe(0);
        expect(readdirSync(join(project, 'contract')).sort()).toEqual(['userlike.de.md', 'userlike.en.md']);
        const german = readFileSync(join(project, 'contract', 'userlike.de.md'), 'utf8');
        const english = readFileSync(join(project, 'contract', 'userlike.en.md'), 'utf8');
        expect(german).toContain('Userlike');
        expect(german).toContain('Auftragsverarbeitung');
        expect(english).toContain('Userlike');
        expect(english).toContain('Data Processing Agreement');

        const reference = mkdtempSync(join(work, 'reference-'));
        const fromSources = await runCliInProcess(['generate', join(project, 'dpa', 'userlike.dpa'), '--format', 'markdown', '--out', reference]);
        expect(fromSources.code).toBe(0);
        expect(german).toBe(readFileSync(join(reference, 'userlike.de.md'), 'utf8'));
        expect(english).toBe(readFileSync(join(reference, 'userlike.en.md'), 'utf8'));
    });

    it('format --check and init work as the CLI of this repository does', async () => {
        const file = join(project, 'dpa', 'userlike.dpa');
        const installed = npx(['format', '--check', file]);
        const fromSources = await runCliInProcess(['format', '--check', file], { cwd: project, env: { NO_COLOR: '1' } });
        expect(installed.status, installed.stderr).toBe(fromSources.code);
        expect(installed.stdout).toBe(fromSources.stdout);
        expect(installed.stderr).toBe(fromSources.stderr);

        const init = npx(['init', '--processor', 'Acme Hosting GmbH', '--country', 'AT', '--lang', 'de+en', '--out', 'dpa/acme.dpa']);
        expect(init.status, init.stderr).toBe(0);
        const written = readFileSync(join(project, 'dpa', 'acme.dpa'), 'utf8');
        expect(written).toContain('"Acme Hosting GmbH"');
        expect(written).toMatch(/country AT\b/);
        const linted = npx(['lint', 'dpa/acme.dpa']);
        expect(linted.status, linted.stdout + linted.stderr).toBe(0);
        const formatted = npx(['format', '--check', 'dpa/acme.dpa']);
        expect(formatted.status, formatted.stdout + formatted.stderr).toBe(0);
    });

    it('can be imported: main(argv, io) runs a command in-process and returns its exit code', () => {
        const script = [
            "import { main, ExitCode } from '@dpa-as-code/cli';",
            "let out = '';",
            "const io = { stdout: { write: t => { out += t; } }, stderr: { write: () => {} }, cwd: process.cwd(), env: {} };",
            "const code = await main(['node', 'dpa', 'lint', '--format', 'json', 'dpa/information only.dpa'], io);",
            "console.log(JSON.stringify({ code, findingsExit: ExitCode.findings, rules: JSON.parse(out).files[0].findings.map(f => f.ruleId) }));"
        ].join('\n');
        const result = runIn(project, process.execPath, ['--input-type=module', '-e', script], env());
        expect(result.status, result.stderr).toBe(0);
        const answer = JSON.parse(result.stdout);
        expect(answer.code).toBe(1);
        expect(answer.findingsExit).toBe(1);
        expect(answer.rules).toContain('art28-3-h-audits');
    });

    it('fails in one line, with exit 2, on a file that does not exist', () => {
        const result = npx(['validate', 'dpa/missing.dpa']);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')[0]).toContain('dpa/missing.dpa');
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});

describe('start-up: each command loads only what it uses', () => {
    /** The files of the installed package that a run imports, logged by a module hook. */
    function loadedChunks(args: string[]): string[] {
        const hooks = join(work, 'log-loads.mjs');
        const register = join(work, 'register-log-loads.mjs');
        const log = join(work, `loads-${args[0]!.replace(/\W/g, '')}.txt`);
        writeFileSync(hooks, "import { appendFileSync } from 'node:fs';\n"
            + 'export async function load(url, context, nextLoad) { appendFileSync(process.env.DPA_LOAD_LOG, url + "\\n"); return nextLoad(url, context); }\n');
        writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
        rmSync(log, { force: true });
        const bin = join(project, 'node_modules', '@dpa-as-code', 'cli', 'bin', 'dpa.js');
        const result = runIn(project, process.execPath, ['--import', register, bin, ...args], env({ DPA_LOAD_LOG: log }));
        expect(result.status, result.stderr).not.toBe(2);
        return readFileSync(log, 'utf8').split('\n').filter(url => url.includes('/@dpa-as-code/cli/')).map(url => fileURLToPath(url));
    }

    const containsParser = (file: string) => readFileSync(file, 'utf8').includes('chevrotain');
    const containsDocxWriter = (file: string) => readFileSync(file, 'utf8').includes('word/document.xml');
    const containsHtmlRenderer = (file: string) => readFileSync(file, 'utf8').includes('<!DOCTYPE html>');

    it('dpa --version loads neither the parser nor the renderers', () => {
        const chunks = loadedChunks(['--version']);
        expect(chunks.some(file => file.endsWith(join('dist', 'main.js')))).toBe(true);
        expect(chunks.filter(containsParser)).toEqual([]);
        expect(chunks.filter(containsDocxWriter)).toEqual([]);
    });

    it.each([['validate'], ['lint']])('dpa %s loads the parser but not the DOCX writer or the contract generators', command => {
        const chunks = loadedChunks([command, 'dpa/userlike.dpa']);
        expect(chunks.filter(containsParser).length).toBe(1);
        expect(chunks.filter(containsDocxWriter)).toEqual([]);
        expect(chunks.filter(containsHtmlRenderer)).toEqual([]);
    });

    it('dpa generate loads the renderers', () => {
        const chunks = loadedChunks(['generate', 'dpa/userlike.dpa', '--format', 'markdown', '--out', 'contract-chunks']);
        expect(chunks.filter(containsDocxWriter).length).toBe(1);
        expect(chunks.filter(containsHtmlRenderer).length).toBe(1);
        expect(existsSync(join(project, 'contract-chunks', 'userlike.de.md'))).toBe(true);
    });
});
