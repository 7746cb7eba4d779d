// The built web playground (playground/dist) served on a free port and opened in Debian's chromium
// through playwright-core; shared by test/playground/*.test.ts and bench/playground.js (plain ESM so
// that the benchmark runs under node without a TypeScript step).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const playgroundDir = join(repoRoot, 'playground');
export const distDir = join(playgroundDir, 'dist');
export const indexFileUrl = pathToFileURL(join(distDir, 'index.html')).href;

const CHROMIUM = process.env.DPA_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Newest modification time (ms) of the files below `dir`, leaving out build output and dependencies. */
function newestMtime(dir) {
    if (!existsSync(dir)) return 0;
    let newest = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name === 'dist') continue;
        const path = join(dir, entry.name);
        newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
    }
    return newest;
}

/**
 * Builds playground/dist with `npm run playground` when it is missing or older than the playground's
 * sources, the examples it embeds or the compiled workspace packages it bundles (packages/<name>/out;
 * `npm run build` makes them).
 */
export function ensurePlaygroundBuilt() {
    const index = join(distDir, 'index.html');
    const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
    const inputs = [join(playgroundDir, 'src'), join(playgroundDir, 'scripts'), join(playgroundDir, 'package.json'), join(repoRoot, 'examples'),
        ...readdirSync(join(repoRoot, 'packages')).map(name => join(repoRoot, 'packages', name, 'out'))];
    const newestInput = Math.max(...inputs.map(path => existsSync(path) && statSync(path).isFile() ? statSync(path).mtimeMs : newestMtime(path)));
    if (builtAt > 0 && builtAt >= newestInput) return;
    try {
        execFileSync('npm', ['run', 'playground'], { cwd: repoRoot, stdio: 'pipe', encoding: 'utf8', timeout: 300_000 });
    } catch (error) {
        throw new Error(`npm run playground failed (the playground must build before it can be tested):\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    }
    if (!existsSync(index)) throw new Error('npm run playground succeeded but wrote no playground/dist/index.html');
}

/** playground/dist served by the playground's own static server (playground/scripts/serve.mjs) on a free port. */
export async function startSite() {
    const serveScript = join(playgroundDir, 'scripts', 'serve.mjs');
    if (!existsSync(serveScript)) throw new Error(`${serveScript} is missing: the playground has no serve script yet`);
    const { startStaticServer } = await import(pathToFileURL(serveScript).href);
    return startStaticServer({ dir: distDir, port: 0 });
}

export async function launchChromium() {
    if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install chromium (or set DPA_CHROMIUM)`);
    return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Records every request the browser context makes (pages and their workers) and every WebSocket,
 * each marked with whether the page's load event had already fired. Playwright dispatches the
 * protocol's events in order, so a request issued before `load` is seen before the load event.
 */
export function recordNetwork(context, page) {
    const state = { loaded: false, requests: [] };
    page.once('load', () => { state.loaded = true; });
    context.on('request', request => {
        state.requests.push({ url: request.url(), method: request.method(), type: request.resourceType(), afterLoad: state.loaded, request });
    });
    page.on('websocket', socket => {
        state.requests.push({ url: socket.url(), method: 'WEBSOCKET', type: 'websocket', afterLoad: state.loaded });
    });
    return {
        get loaded() { return state.loaded; },
        all: () => state.requests,
        beforeLoad: () => state.requests.filter(entry => !entry.afterLoad),
        /** Requests after load that reach for a resource; blob: and data: URLs are read inside the page. */
        leavingAfterLoad: () => state.requests.filter(entry => entry.afterLoad && !/^(blob|data):/.test(entry.url))
    };
}

/**
 * A new browser context and page at `url`, its network recorded from the start, returned once the
 * language server has answered the first diagnostics (status `data-state="ready"`).
 */
export async function openPlayground(browser, url, { viewport = { width: 1600, height: 1000 } } = {}) {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const network = recordNetwork(context, page);
    const pageErrors = [];
    page.on('pageerror', error => pageErrors.push(error.message));
    // Chromium reports each thing the Content-Security-Policy blocked as a console error ("Refused to …").
    const consoleErrors = [];
    page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const loadedAt = Date.now();
    await page.locator('[data-testid="status"][data-state="ready"]').waitFor({ timeout: 30_000 });
    return { context, page, network, pageErrors, consoleErrors, timings: { load: loadedAt - started, loadToReady: Date.now() - loadedAt } };
}
