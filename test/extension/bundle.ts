import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.js';

export const extensionDir = join(repoRoot, 'extension');
export const serverBundle = join(extensionDir, 'out', 'server.cjs');
export const extensionBundle = join(extensionDir, 'out', 'extension.cjs');
export const vsixPath = join(extensionDir, 'dpa-as-code.vsix');

/** Newest modification time of the files under `dir` whose names pass `keep`. */
function newestMtime(dir: string, keep: (name: string) => boolean): number {
    if (!existsSync(dir)) return 0;
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, keep));
        else if (keep(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
    return newest;
}

/** When the packages' compiled output or the extension's sources changed after the bundle was made. */
function bundleInputsMtime(): number {
    const packages = join(repoRoot, 'packages');
    const outs = readdirSync(packages).map(name => newestMtime(join(packages, name, 'out'), file => file.endsWith('.js')));
    return Math.max(...outs, newestMtime(join(extensionDir, 'src'), file => file.endsWith('.ts')),
        statSync(join(extensionDir, 'package.json')).mtimeMs, statSync(join(extensionDir, 'esbuild.mjs')).mtimeMs);
}

/**
 * Makes sure extension/out/{extension,server}.cjs exist and are newer than what they bundle
 * (`npm test` builds them in its build step; a test run on its own may find them missing or stale).
 */
export function ensureExtensionBundle(): void {
    const made = Math.min(...[serverBundle, extensionBundle].map(file => existsSync(file) ? statSync(file).mtimeMs : 0));
    if (made > 0 && made >= bundleInputsMtime()) return;
    execFileSync(process.execPath, [join(extensionDir, 'esbuild.mjs')], { cwd: extensionDir, stdio: 'pipe' });
}

/** Makes sure extension/dpa-as-code.vsix exists and is newer than the bundles; packages it with vsce otherwise. */
export function ensureVsix(): string {
    ensureExtensionBundle();
    const bundled = Math.max(...[serverBundle, extensionBundle].map(file => statSync(file).mtimeMs));
    const inputs = Math.max(bundled, ...['package.json', 'README.md', 'LICENSE', 'language-configuration.json']
        .map(name => statSync(join(extensionDir, name)).mtimeMs));
    if (existsSync(vsixPath) && statSync(vsixPath).mtimeMs >= inputs) return vsixPath;
    const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsixPath], {
        cwd: extensionDir, stdio: 'pipe'
    });
    return vsixPath;
}
