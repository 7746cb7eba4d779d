import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers.js';

/**
 * The CLI package as users get it (`npm pack` of packages/cli, which needs `npm run build`), and a
 * project that installed it without any registry: tests/package-install and tests/ci-integration.
 */

export const cliDir = join(repoRoot, 'packages', 'cli');

/**
 * The environment of a machine without network: npm may not reach any registry (a dead address, an
 * empty cache of its own, offline mode), and nothing of an outer `npm test` leaks in.
 */
export function offlineEnv(cache: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
    return {
        ...env,
        npm_config_offline: 'true',
        npm_config_registry: 'http://127.0.0.1:9/',
        npm_config_cache: cache,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        DPA_DOCS_URL: '',
        NO_COLOR: '1',
        ...extra
    };
}

export function runIn(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
    return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
}

export interface PackedCli { tarball: string; files: string[] }

/** `npm pack` of the CLI package into `dir`. */
export function packCli(dir: string, env: NodeJS.ProcessEnv): PackedCli {
    const packed = runIn(cliDir, 'npm', ['pack', '--json', '--pack-destination', dir], env);
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    return { tarball: join(dir, info!.filename), files: info!.files.map(file => file.path) };
}

/** A new project at `dir` with the tarball as its only devDependency, installed offline. */
export function projectWithCli(dir: string, tarball: string, env: NodeJS.ProcessEnv): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'acme-dpa', version: '1.0.0', private: true }, null, 2));
    const installed = runIn(dir, 'npm', ['install', '--save-dev', tarball], env);
    if (installed.status !== 0) throw new Error(`npm install of ${tarball} failed:\n${installed.stderr}`);
}
