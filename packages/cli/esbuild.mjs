// Bundles the `dpa` command into dist/: ES modules with code splitting, so that bin/dpa.js loads
// only the chunk of the command it runs (the parser for validate/lint, the renderers for generate).
// Every workspace package and npm dependency is inlined: the published package has no dependencies.
// Also copies the documentation site (`npm run docs`) into site/ beside dist/, and the project's CHANGELOG.md.
// Run after `tsc -b tsconfig.build.json` (the workspace packages are bundled from their out/)
// and `npm run docs`; `npm run build` does all three.
import * as esbuild from 'esbuild';
import { languageInProductionMode, workspaceWithoutSideEffects } from '../../scripts/esbuild-plugins.mjs';
import { copyFileSync, cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoSite = join(here, '..', '..', 'site');
const dist = join(here, 'dist');

// Built beside dist/ and moved in place only when complete: a failed build leaves the last good bundle.
const nextDist = join(here, 'dist-next');
rmSync(nextDist, { recursive: true, force: true });
const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: { main: 'src/main.ts', index: 'src/index.ts' },
    outdir: 'dist-next',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Smaller files load faster; DPA_BUNDLE_MINIFY=0 keeps names readable for a CPU profile.
    minify: process.env.DPA_BUNDLE_MINIFY !== '0',
    legalComments: 'linked',
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies (commander, vscode-languageserver-types) call require() for Node built-ins.
    banner: { js: "import { createRequire as __dpaCreateRequire } from 'node:module'; const require = __dpaCreateRequire(import.meta.url);" },
    plugins: [workspaceWithoutSideEffects, languageInProductionMode],
    metafile: true,
    logLevel: 'warning'
}).catch(() => process.exit(1)); // esbuild has printed the errors
rmSync(dist, { recursive: true, force: true });
renameSync(nextDist, dist);

// The documentation site the rule links point at (packages/lint/src/rule-docs.ts): a copy in the
// package, so the links of an installed CLI resolve offline.
const site = join(here, 'site');
rmSync(site, { recursive: true, force: true });
if (!existsSync(join(repoSite, 'rules'))) {
    console.error(`esbuild.mjs: ${repoSite} is missing; run \`npm run docs\` (part of \`npm run build\`) first`);
    process.exit(1);
}
cpSync(repoSite, site, { recursive: true });

// The project's changelog, shipped with the package (listed in `files`).
copyFileSync(join(here, '..', '..', 'CHANGELOG.md'), join(here, 'CHANGELOG.md'));

const chunks = Object.keys(result.metafile.outputs).filter(name => name.endsWith('.js'));
console.log(`bundled ${chunks.length} files into packages/cli/dist; copied the documentation site and CHANGELOG.md into packages/cli`);
