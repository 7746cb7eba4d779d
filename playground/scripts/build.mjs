// Builds the web playground into playground/dist: index.html, app.css, app.js (the page) with the
// language server's worker bundle embedded as a string (the page starts it from a Blob URL, which also
// works when the page is opened from a folder: Chromium refuses `new Worker('worker.js')` on file://),
// and the rule pages of the documentation site for the rule links.
// Run after `tsc -b tsconfig.build.json` (the workspace packages are bundled from their out/) and
// `npm run docs` (for site/rules); `npm run build` does all of it.
import * as esbuild from 'esbuild';
import { languageInProductionMode, workspaceWithoutSideEffects } from '../../scripts/esbuild-plugins.mjs';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const playground = join(here, '..');
const repo = join(playground, '..');
const dist = join(playground, 'dist');
const nextDist = join(playground, 'dist-next');
const minify = process.env.DPA_BUNDLE_MINIFY !== '0';

/**
 * The examples menu: id, label and source; entries whose file is missing at build time are left out. The
 * standard form is a cover (one customer's values) filling in a template that uses a shared sub-processor list.
 */
const EXAMPLES = [
    { id: 'userlike', label: 'Userlike (seed)', file: 'examples/userlike.dpa' },
    { id: '360dialog', label: '360dialog (seed)', file: 'examples/360dialog.dpa' },
    { id: 'starter', label: 'Starter', file: 'examples/starter.dpa' },
    { id: 'standard-form', label: 'Standard form: Acme Retail cover', file: 'examples/standard-form/acme-retail.dpa' },
    { id: 'standard-form-template', label: 'Standard form: the template', file: 'examples/standard-form/saas-dpa-template.dpa' }
];

/** Folders whose .dpa files the worker loads as its workspace, so that a cover finds its template. */
const WORKSPACE_FOLDERS = ['examples/standard-form'];

function dpaFilesUnder(folder) {
    const absolute = join(repo, folder);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) return [];
    return readdirSync(absolute, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? dpaFilesUnder(`${folder}/${entry.name}`)
        : entry.name.endsWith('.dpa') ? [`${folder}/${entry.name}`] : []);
}

/**
 * Modules of the Node packages that need Node APIs and that the browser never runs, replaced by modules
 * that say so when called (the PDF renderer starts a Chromium process) or do the browser's part (the
 * rule-docs module looks for the shipped site on disk; in the browser the page names the base URL).
 */
const BROWSER_REPLACEMENTS = [
    { filter: /[\\/]lint[\\/]out[\\/]rule-docs\.js$/, module: join(playground, 'src', 'worker', 'rule-docs-browser.ts') },
    { filter: /[\\/]generators[\\/]out[\\/]pdf[\\/]pdf-from-html\.js$/, module: join(playground, 'src', 'worker', 'pdf-unavailable.ts') }
];
const browserReplacements = {
    name: 'browser-replacements',
    setup(build) {
        for (const { filter, module } of BROWSER_REPLACEMENTS) build.onLoad({ filter }, () => ({ contents: readFileSync(module, 'utf8'), loader: 'ts', resolveDir: dirname(module) }));
    }
};

/**
 * Node built-ins that code kept in the worker bundle still imports (a file-reading helper next to a
 * function the server uses). They become an object without members: calling one fails loudly, and the
 * build lists which modules import them so that a new one is noticed.
 */
const nodeBuiltinImporters = new Map();
const nodeBuiltinsUnavailable = {
    name: 'node-builtins-unavailable',
    setup(build) {
        const names = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
        build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, args => {
            if (!names.has(args.path)) return undefined;
            const importer = relative(repo, args.importer);
            nodeBuiltinImporters.set(importer, [...(nodeBuiltinImporters.get(importer) ?? []), args.path]);
            return { path: args.path, namespace: 'node-builtin-unavailable' };
        });
        build.onLoad({ filter: /.*/, namespace: 'node-builtin-unavailable' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    }
};

/** The examples as a module: `export default [{ id, label, path, text }]` and `export const workspaceFiles`. */
const examplesModule = {
    name: 'examples',
    setup(build) {
        build.onResolve({ filter: /^virtual:examples$/ }, () => ({ path: 'examples', namespace: 'virtual' }));
        build.onLoad({ filter: /^examples$/, namespace: 'virtual' }, () => {
            const examples = EXAMPLES.filter(example => existsSync(join(repo, example.file))).map(example => ({
                id: example.id, label: example.label, path: example.file,
                text: readFileSync(join(repo, example.file), 'utf8')
            }));
            const workspaceFiles = Object.fromEntries(WORKSPACE_FOLDERS.flatMap(dpaFilesUnder).map(file => [file, readFileSync(join(repo, file), 'utf8')]));
            return {
                contents: `export default ${JSON.stringify(examples)};\nexport const workspaceFiles = ${JSON.stringify(workspaceFiles)};`,
                loader: 'js',
                watchFiles: [...examples.map(example => join(repo, example.path)), ...Object.keys(workspaceFiles).map(file => join(repo, file))]
            };
        });
    }
};

/** The worker bundle's source as a module: `export default "…"`. */
function workerSourceModule(source) {
    return {
        name: 'worker-source',
        setup(build) {
            build.onResolve({ filter: /^virtual:worker-source$/ }, () => ({ path: 'worker-source', namespace: 'virtual' }));
            build.onLoad({ filter: /^worker-source$/, namespace: 'virtual' }, () => ({ contents: `export default ${JSON.stringify(source)};`, loader: 'js' }));
        }
    };
}

const common = {
    absWorkingDir: playground,
    bundle: true,
    platform: 'browser',
    target: ['chrome115', 'firefox115', 'safari16'],
    minify,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' }
};

try {
    const worker = await esbuild.build({
        ...common,
        entryPoints: [join(playground, 'src', 'worker', 'worker.ts')],
        outfile: 'worker.js',
        format: 'iife',
        plugins: [workspaceWithoutSideEffects, languageInProductionMode, browserReplacements, nodeBuiltinsUnavailable]
    });
    const workerSource = worker.outputFiles[0].text;
    const page = await esbuild.build({
        ...common,
        entryPoints: { app: join(playground, 'src', 'main.ts') },
        outdir: 'dist-next',
        format: 'iife',
        loader: { '.json': 'json' },
        plugins: [examplesModule, workerSourceModule(workerSource)]
    });

    rmSync(nextDist, { recursive: true, force: true });
    mkdirSync(nextDist, { recursive: true });
    for (const file of page.outputFiles) writeFileSync(file.path, file.contents);
    cpSync(join(playground, 'src', 'index.html'), join(nextDist, 'index.html'));
    cpSync(join(playground, 'src', 'app.css'), join(nextDist, 'app.css'));
    const rules = join(repo, 'site', 'rules');
    if (existsSync(rules)) cpSync(rules, join(nextDist, 'rules'), { recursive: true });
    else console.warn('playground: site/rules is missing (run `npm run docs`); rule links will not resolve');
    rmSync(dist, { recursive: true, force: true });
    renameSync(nextDist, dist);

    const sizes = ['index.html', 'app.js', 'app.css'].map(name => {
        const bytes = readFileSync(join(dist, name));
        return `${name} ${kib(bytes.length)} (${kib(gzipSync(bytes).length)} gzip)`;
    });
    console.log(`playground: built playground/dist: ${sizes.join(', ')}; worker ${kib(Buffer.byteLength(workerSource))} inside app.js`);
    if (process.env.DPA_PLAYGROUND_VERBOSE === '1') {
        for (const [importer, builtins] of nodeBuiltinImporters) console.log(`  node built-in stubbed: ${importer} imports ${builtins.join(', ')}`);
        writeFileSync(join(playground, 'worker-meta.json'), JSON.stringify(worker.metafile));
        writeFileSync(join(playground, 'page-meta.json'), JSON.stringify(page.metafile));
    }
} catch {
    process.exit(1); // esbuild has printed the errors
}

function kib(bytes) {
    return `${(bytes / 1024).toFixed(0)} KiB`;
}
