import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { createDpaServices, loadDpaFile, loadDpaText, toDpaModel, type LoadedDpa } from '@dpa-as-code/language';
import type { DpaModel } from '@dpa-as-code/model';
import { main } from '@dpa-as-code/cli';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const examplePath = (name: string) => join(repoRoot, 'examples', name);
export const fixturePath = (name: string) => join(repoRoot, 'test', 'fixtures', name);

const services = createDpaServices(EmptyFileSystem).Dpa;

export async function load(file: string): Promise<LoadedDpa> {
    return loadDpaFile(services, file);
}

export async function loadText(text: string, file = 'inline.dpa'): Promise<LoadedDpa> {
    return loadDpaText(services, text, file);
}

/** The model of an error-free file; fails the test with the diagnostics otherwise. */
export async function modelOf(file: string): Promise<DpaModel> {
    const loaded = await load(file);
    if (loaded.hasErrors) {
        throw new Error(`${file} has errors:\n${loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
    }
    return toDpaModel(loaded.document.parseResult.value);
}

export async function modelOfText(text: string): Promise<DpaModel> {
    const loaded = await loadText(text);
    if (loaded.hasErrors) {
        throw new Error(`inline text has errors:\n${loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
    }
    return toDpaModel(loaded.document.parseResult.value);
}

export interface CliResult { status: number; stdout: string; stderr: string }

export interface InProcessCliResult { code: number; stdout: string; stderr: string }

/**
 * Runs the `dpa` CLI inside the test process, from the TypeScript sources (no build needed):
 * argv, stdout, stderr and the exit code as a user would see them. `env` replaces the environment.
 */
export async function runCliInProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<InProcessCliResult> {
    let stdout = '';
    let stderr = '';
    const code = await main(['node', 'dpa', ...args], {
        stdout: { write: text => { stdout += text; } },
        stderr: { write: text => { stderr += text; } },
        cwd: options.cwd ?? repoRoot,
        env: options.env ?? process.env
    });
    return { code, stdout, stderr };
}

/** Runs the built `dpa` CLI in a child process, as a user would (needs `npm run build`). */
export function runCli(args: string[], cwd = repoRoot): CliResult {
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/dpa.js'), ...args], { cwd, encoding: 'utf8' });
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const readText = (file: string) => readFileSync(file, 'utf8');
