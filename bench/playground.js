// `npm run bench` (or `node bench/playground.js` after `npm run build`): the web playground's size and
// speed budgets (issue 15), measured in Debian's chromium against playground/dist served over HTTP.
// - Transferred size: every file the page loads (document, scripts, styles, anything else), raw and
//   gzip -9, as a static host with compression would send it.
// - Load → first diagnostics: from the load event to the status turning `ready` (the language server
//   in the Web Worker has answered the first diagnostics), median of BENCH_PLAYGROUND_LOADS fresh
//   browser contexts (default 5).
// - Keystroke → preview update on examples/360dialog.dpa: from a key's keydown event to the German
//   preview pane showing the text with that character, one keystroke at a time, BENCH_PLAYGROUND_EDITS
//   keystrokes (default 20); median and p95 (nearest rank).
// BENCH_JSON=1 prints the figures as one JSON line as well.
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { ensurePlaygroundBuilt, launchChromium, startSite } from '../test/playground/site.js';

const loads = Number(process.env.BENCH_PLAYGROUND_LOADS ?? 5);
const edits = Number(process.env.BENCH_PLAYGROUND_EDITS ?? 20);

const median = values => { const sorted = [...values].sort((a, b) => a - b); const mid = sorted.length >> 1; return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2; };
const nearestRank = (values, p) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * values.length) - 1)];
const kB = bytes => (bytes / 1024).toFixed(1);
const ms = value => value.toFixed(0);

// Installed before any page script: the time the status first says `ready`, on the page's own clock.
const READY_PROBE = () => {
    const mark = () => {
        const status = document.querySelector('[data-testid="status"]');
        if (status?.getAttribute('data-state') === 'ready' && window.__benchReadyAt === undefined) window.__benchReadyAt = performance.now();
    };
    new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
};

async function openPage(browser, url, { probe = false } = {}) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    if (probe) await page.addInitScript(READY_PROBE);
    const responses = [];
    page.on('response', response => responses.push(response));
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('[data-testid="status"][data-state="ready"]').waitFor();
    return { context, page, responses };
}

async function transferredSize(browser, url) {
    const { context, responses } = await openPage(browser, url);
    const files = [];
    for (const response of responses) {
        if (!/^https?:/.test(response.url())) continue;
        const body = await response.body();
        files.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    await context.close();
    return files;
}

async function loadToDiagnostics(browser, url) {
    const samples = [];
    for (let run = 0; run < loads; run++) {
        const { context, page } = await openPage(browser, url, { probe: true });
        await page.waitForFunction(() => window.__benchReadyAt !== undefined);
        samples.push(await page.evaluate(() => {
            const [navigation] = performance.getEntriesByType('navigation');
            return { loadToReady: window.__benchReadyAt - navigation.loadEventStart, startToReady: window.__benchReadyAt };
        }));
        await context.close();
    }
    return samples;
}

/** One keystroke at a time inside the first party's address; the preview must show the grown address each time. */
async function keystrokeToPreview(browser, url) {
    const { context, page } = await openPage(browser, url);
    await page.locator('select[data-testid="example-picker"]').selectOption('360dialog');
    await page.evaluate(() => window.playground.whenIdle());
    const text = await page.evaluate(() => window.playground.getText());
    const anchor = 'Torstraße 61';
    const lines = text.split('\n');
    const lineIndex = lines.findIndex(line => line.includes(anchor));
    if (lineIndex < 0) throw new Error(`'${anchor}' is not in examples/360dialog.dpa any more; update bench/playground.js`);
    const pane = page.locator('[data-testid="preview-de"]');
    await page.locator('[data-testid="preview-de"][data-state="ready"]').waitFor();
    if (!(await pane.innerText()).includes(anchor)) throw new Error(`the German preview of 360dialog does not show '${anchor}'`);

    await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="preview-de"]');
        window.__bench = { keydownAt: 0, shownAt: 0, expected: '' };
        window.addEventListener('keydown', event => { window.__bench.keydownAt = event.timeStamp; window.__bench.shownAt = 0; }, true);
        new MutationObserver(() => {
            const bench = window.__bench;
            if (bench.shownAt === 0 && bench.expected && pane.getAttribute('data-state') === 'ready' && pane.textContent.includes(bench.expected)) bench.shownAt = performance.now();
        }).observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.locator('[data-testid="editor"] .cm-content').focus();
    await page.evaluate(([line, column]) => window.playground.setCursor(line, column), [lineIndex + 1, lines[lineIndex].indexOf(anchor) + anchor.length + 1]);

    const typed = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(Math.ceil(edits / 26)).slice(0, edits);
    const samples = [];
    for (let i = 0; i < edits; i++) {
        const expected = `${anchor}${typed.slice(0, i + 1)}`;
        await page.evaluate(value => { window.__bench.expected = value; }, expected);
        await page.keyboard.press(typed[i]);
        await page.waitForFunction(() => window.__bench.shownAt > 0, undefined, { timeout: 60_000 });
        samples.push(await page.evaluate(() => window.__bench.shownAt - window.__bench.keydownAt));
    }
    await context.close();
    return samples;
}

ensurePlaygroundBuilt();
const site = await startSite();
const browser = await launchChromium();
try {
    const files = await transferredSize(browser, site.url);
    const raw = files.reduce((sum, file) => sum + file.raw, 0);
    const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
    const ready = await loadToDiagnostics(browser, site.url);
    const keystrokes = await keystrokeToPreview(browser, site.url);

    console.log(`playground: chromium, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
    console.log(`transferred: ${files.length} files, ${kB(raw)} KiB raw, ${kB(gzip)} KiB gzip -9`);
    for (const file of files) console.log(`  ${file.path.padEnd(32)} ${kB(file.raw).padStart(9)} KiB  ${kB(file.gzip).padStart(8)} KiB gzip`);
    const loadToReady = ready.map(sample => sample.loadToReady);
    console.log(`load → first diagnostics: median ${ms(median(loadToReady))} ms (runs: ${loadToReady.map(ms).join(', ')}); navigation start → first diagnostics: median ${ms(median(ready.map(sample => sample.startToReady)))} ms`);
    console.log(`keystroke → preview (360dialog, ${keystrokes.length} keystrokes): median ${ms(median(keystrokes))} ms, p95 ${ms(nearestRank(keystrokes, 0.95))} ms, slowest ${ms(Math.max(...keystrokes))} ms`);
    if (process.env.BENCH_JSON === '1') {
        console.log(JSON.stringify({
            files, rawBytes: raw, gzipBytes: gzip,
            loadToFirstDiagnosticsMs: { median: median(loadToReady), runs: loadToReady },
            keystrokeToPreviewMs: { median: median(keystrokes), p95: nearestRank(keystrokes, 0.95), samples: keystrokes }
        }));
    }
} finally {
    await browser.close();
    await site.close();
}
