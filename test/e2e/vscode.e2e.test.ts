import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { ensureVsix } from '../extension/bundle.js';

// The packaged extension (extension/dpa-as-code.vsix) in a real VS Code: code-server 4.100.3
// (VS Code 1.100.3) driven through Debian's chromium with playwright-core. One workbench session,
// steps in order: open the file, completion, hover, an error in the Problems view, the contract
// preview (errors first, then the contract once fixed, in DE / EN / DE + EN), Generate All Outputs.
// Screenshots of every step go to test-results/e2e/.

const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR || join(homedir(), '.cache', 'code-server-4.100.3');
const codeServerBin = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
const INSTALL_HINT = `bash /work/shared/tools/install-code-server.sh ${CODE_SERVER_DIR}`;
const screenshotDir = join(repoRoot, 'test-results', 'e2e');
const execFileAsync = promisify(execFile);

const userlike = readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8').split('\n');
function lineOf(lines: string[], needle: string): number {
    const index = lines.findIndex(line => line.includes(needle));
    if (index < 0) throw new Error(`'${needle}' is not in examples/userlike.dpa any more; update the e2e test`);
    return index;
}

describe('the extension in VS Code (code-server + chromium)', () => {
    let temp: string;
    let workspace: string;
    let codeServer: ChildProcess | undefined;
    let codeServerLog = '';
    let browser: Browser | undefined;
    let page: Page;
    const timings: Record<string, number> = {};
    const started = Date.now();
    /** The text of userlike.dpa as the editor has it, kept in step with what the test types. */
    const lines = [...userlike];

    const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`) });

    /** Ctrl+G to a 1-based line (and column). */
    async function goTo(line: number, column?: number): Promise<void> {
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
        await page.keyboard.type(column === undefined ? `${line}` : `${line}:${column}`);
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    }

    async function runCommand(title: string): Promise<void> {
        await page.keyboard.press('Control+Shift+P');
        await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
        await page.keyboard.type(title);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
        await page.keyboard.press('Enter');
    }

    /** Focuses the text editor of userlike.dpa (keyboard focus may be inside the preview's iframe). */
    async function focusEditor(): Promise<void> {
        await page.locator('.tabs-container .tab', { hasText: /^userlike\.dpa/ }).click();
        await page.locator('.monaco-editor.focused').waitFor();
    }

    /** The preview's document: the webview's outer iframe, then its active inner frame. */
    function preview(): FrameLocator {
        return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    }

    const SETUP = 'installs the .vsix into a fresh code-server and loads the workbench in Chromium';
    let setupDone = false;

    // Every step needs the workbench; without it, each fails (counted as a failure, never skipped).
    beforeEach(context => {
        if (context.task.name !== SETUP && !setupDone) throw new Error(`no workbench: the step "${SETUP}" failed`);
    });

    // A test rather than beforeAll, so a missing code-server is a failed test that says what to do.
    it(SETUP, async () => {
        if (!existsSync(codeServerBin)) {
            throw new Error(`code-server is not installed at ${codeServerBin}. Install it with: ${INSTALL_HINT} (or point CODE_SERVER_DIR at an installation)`);
        }
        mkdirSync(screenshotDir, { recursive: true });
        let time = Date.now();
        const vsix = ensureVsix();
        timings.vsix = Date.now() - time;

        temp = mkdtempSync(join(tmpdir(), 'dpa-e2e-'));
        workspace = join(temp, 'examples');
        cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
        const extensionsDir = join(temp, 'extensions');
        const userDataDir = join(temp, 'user-data');
        mkdirSync(join(userDataDir, 'User'), { recursive: true });
        writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
            'security.workspace.trust.enabled': false,
            'workbench.startupEditor': 'none',
            'workbench.welcomePage.walkthroughs.openOnInstall': false,
            'workbench.tips.enabled': false,
            'workbench.enableExperiments': false,
            'telemetry.telemetryLevel': 'off',
            'update.mode': 'none',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'extensions.ignoreRecommendations': true,
            'git.enabled': false,
            'chat.commandCenter.enabled': false,
            'files.hotExit': 'off',
            'files.autoSave': 'off',
            'workbench.colorTheme': 'Default Light Modern',
            'editor.minimap.enabled': false
        }, null, 2));
        const env = {
            ...process.env,
            XDG_CONFIG_HOME: join(temp, 'config'),
            XDG_DATA_HOME: join(temp, 'data'),
            XDG_CACHE_HOME: join(temp, 'cache')
        };

        time = Date.now();
        const install = await execFileAsync(codeServerBin, [
            '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'
        ], { env, timeout: 90_000 });
        expect(install.stdout + install.stderr).toMatch(/successfully installed/);
        expect(readdirSync(extensionsDir)).toContain('dpa-as-code.dpa-as-code-0.1.0');
        timings.install = Date.now() - time;

        time = Date.now();
        const port = await freePort();
        const config = join(temp, 'code-server.yaml');
        writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
        codeServer = spawn(codeServerBin, [
            '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
            '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--ignore-last-opened', workspace
        ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        codeServer.stdout!.setEncoding('utf8').on('data', (chunk: string) => { codeServerLog += chunk; });
        codeServer.stderr!.setEncoding('utf8').on('data', (chunk: string) => { codeServerLog += chunk; });
        await waitForHttp(`http://127.0.0.1:${port}/healthz`, codeServer, () => codeServerLog, 30_000);
        timings.codeServerStart = Date.now() - time;

        time = Date.now();
        browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
            timeout: 60_000
        });
        page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
        page.setDefaultTimeout(20_000);
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        timings.workbench = Date.now() - time;
        setupDone = true;
    }, 150_000);

    // The screen at the moment a step failed, to read next to the error.
    afterEach(async context => {
        if (page && context.task.result?.state === 'fail') {
            const name = context.task.name.replace(/[^\w]+/g, '-').slice(0, 60);
            await page.screenshot({ path: join(screenshotDir, `failed-${name}.png`) }).catch(() => undefined);
        }
    });

    afterAll(async () => {
        if (browser) await Promise.race([browser.close().catch(() => undefined), sleep(10_000)]);
        if (codeServer) await stopProcessGroup(codeServer);
        if (temp) rmSync(temp, { recursive: true, force: true });
        timings.total = Date.now() - started;
        console.log(`e2e timings (ms): ${JSON.stringify(timings)}`);
    }, 30_000);

    it('opens examples/userlike.dpa with Quick Open as a DPA file', async () => {
        const time = Date.now();
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
        await page.keyboard.type('userlike.dpa');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'userlike.dpa' }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.tab.active', { hasText: 'userlike.dpa' }).waitFor();
        await page.locator('.monaco-editor .view-lines', { hasText: 'agreement Userlike' }).waitFor();
        // The status bar names the language the extension contributes.
        await page.locator('.statusbar-item', { hasText: /^DPA$/ }).waitFor();
        // The language server is up once its lint findings reach the Problems counter.
        await page.locator('#status\\.problems', { hasText: /[1-9]/ }).waitFor({ timeout: 60_000 });
        timings.openFile = Date.now() - time;
        await shot('01-opened');
    }, 90_000);

    it('(b) explains the obligation keyword `audits` on hover, citing Art. 28', async () => {
        const line = lineOf(lines, 'supplement clause 7.6');
        await goTo(line + 1, lines[line]!.indexOf('audits') + 3);
        const cursor = await page.locator('.monaco-editor .cursors-layer .cursor').first().boundingBox();
        expect(cursor).not.toBeNull();
        await page.mouse.move(cursor!.x - 3, cursor!.y + cursor!.height / 2);
        await page.mouse.move(cursor!.x, cursor!.y + cursor!.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Art. 28' }).first();
        await hover.waitFor({ timeout: 20_000 });
        const text = await hover.innerText();
        expect(text).toContain('Art. 28(3)(h) GDPR');
        expect(text).toMatch(/audits/i);
        await shot('02-hover');
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 450);
    });

    it('(a) completes a country code after `country ` in a party block', async () => {
        const line = lineOf(lines, 'role name de "Auftraggeber"');
        await goTo(line + 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('country ');
        await page.keyboard.press('Control+Space');
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        // Completion waits for the server's build of the changed text, slow when the machine is busy.
        await rows.first().waitFor({ timeout: 45_000 });
        await page.keyboard.type('DE');
        const germany = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Germany' }).first();
        await germany.waitFor();
        expect(await germany.innerText()).toMatch(/^DE\b/);
        await shot('03-completion');
        await page.keyboard.press('Enter'); // accept: `country DE`
        await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
        lines.splice(line + 1, 0, '    country DE');
        // Userlike's `country DE` and the new one in the Customer party.
        await expect.poll(async () => page.locator('.view-line', { hasText: 'country DE' }).count()).toBe(2);
    });

    it('(c) shows an unknown reference in the Problems view', async () => {
        const line = lineOf(lines, 'data endUserIp, browser');
        await goTo(line + 1, lines[line]!.indexOf('endUserIp') + 'endUserIp'.length + 1);
        await page.keyboard.type('X');
        lines[line] = lines[line]!.replace('endUserIp,', 'endUserIpX,');
        await page.keyboard.press('Control+Shift+M');
        await page.locator('.markers-panel').waitFor({ state: 'visible' });
        await page.locator('input[placeholder^="Filter"]').first().fill('endUserIpX');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: "Unknown data category 'endUserIpX'" }).first();
        await problem.waitFor({ timeout: 30_000 });
        expect(await problem.innerText()).toContain(`[Ln ${line + 1}, Col ${lines[line]!.indexOf('endUserIpX') + 1}]`);
        await shot('04-problems');
    });

    it('(d) opens the contract preview beside the editor: errors first, the contract once fixed', async () => {
        let time = Date.now();
        await runCommand('DPA: Open Contract Preview');
        await page.locator('.tab', { hasText: 'Preview userlike.dpa' }).waitFor();
        const errors = preview().locator('.dpa-errors');
        await errors.waitFor({ timeout: 30_000 });
        expect(await errors.innerText()).toContain(`userlike.dpa:${lineOf(lines, 'endUserIpX') + 1}:`);
        timings.previewWithErrors = Date.now() - time;
        await shot('05-preview-errors');

        // Fix the error without saving: the preview follows the text, not the file on disk.
        time = Date.now();
        await page.keyboard.press('Control+J'); // hide the panel with the Problems view
        await page.locator('.markers-panel').waitFor({ state: 'hidden' });
        await focusEditor();
        const line = lineOf(lines, 'endUserIpX');
        await goTo(line + 1, lines[line]!.indexOf('endUserIpX') + 'endUserIpX'.length + 1);
        await page.keyboard.press('Backspace');
        lines[line] = lines[line]!.replace('endUserIpX,', 'endUserIp,');
        const contract = preview().locator('#dpa-content article.contract[lang="de"]');
        await contract.waitFor({ timeout: 30_000 });
        const german = await contract.innerText();
        expect(german).toContain('Vertrag über die Auftragsverarbeitung');
        expect(german).toMatch(/Unterauftragsverarbeiter|Auftragsverarbeiter/);
        expect(german).toContain('Hetzner Online GmbH');
        timings.previewAfterFix = Date.now() - time;
        // Never saved: the editor's tab is still dirty.
        expect(await page.locator('.tabs-container .tab.dirty', { hasText: /^userlike\.dpa/ }).count()).toBe(1);
    });

    it('(d) switches the preview between DE, EN and DE + EN', async () => {
        await preview().locator('button[data-language="en"]').click();
        await preview().locator('#dpa-content article.contract[lang="en"]', { hasText: 'Data Processing Agreement for Userlike' }).waitFor();
        expect(await preview().locator('button[data-language="en"]').getAttribute('aria-pressed')).toBe('true');
        await shot('06-preview-en');

        await preview().locator('button[data-language="de+en"]').click();
        await preview().locator('body.side-by-side #dpa-content .pair').first().waitFor();
        const both = await preview().locator('#dpa-content').innerText();
        expect(both).toContain('Vertrag über die Auftragsverarbeitung');
        expect(both).toContain('Data Processing Agreement for Userlike');
        await shot('07-preview-de-en');

        await preview().locator('button[data-language="de"]').click();
        await preview().locator('#dpa-content article.contract[lang="de"]').waitFor();
        // The picture for the README: the editor with the German contract beside it.
        await page.keyboard.press('Control+B'); // hide the side bar
        await focusEditor();
        await goTo(lineOf(lines, 'party Userlike processor') + 1);
        await preview().locator('#de-parties').evaluate(element => element.scrollIntoView({ block: 'start' }));
        await page.mouse.move(5, 450);
        await page.waitForTimeout(500);
        await shot('08-editor-with-preview');
    });

    it('(d) a click on a preview paragraph puts the editor cursor on its source line; the preview follows the editor', async () => {
        // The supplement to SCC clause 7.7(a): its paragraphs carry the line of `supplement clause 7.7(a)`.
        const supplementLine = lineOf(lines, 'supplement clause 7.7(a)') + 1;
        const paragraph = preview().locator(`#dpa-content section[data-key="scc:supplement:2"] p[data-dpa-line="${supplementLine}"]`).first();
        await paragraph.scrollIntoViewIfNeeded();
        await paragraph.click();
        const cursorPosition = page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
        await expect.poll(() => cursorPosition.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^Ln ${supplementLine}, Col 1\\b`));
        expect(await page.locator('.monaco-editor.focused').count()).toBe(1);

        // A sub-processor row of the table: its `sub-processor` block.
        const bunnyWayLine = lineOf(lines, 'sub-processor BunnyWay') + 1;
        const row = preview().locator(`#dpa-content tr[data-dpa-line="${bunnyWayLine}"]`).first();
        await row.scrollIntoViewIfNeeded();
        await row.locator('td').first().click();
        await expect.poll(() => cursorPosition.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^Ln ${bunnyWayLine}, Col 1\\b`));

        // Scrolling the editor to the measures brings the block of the construct at its top line to the preview's top.
        await focusEditor();
        await goTo(lineOf(lines, 'measures {') + 1);
        const topBlockLine = () => preview().locator('#dpa-content').evaluate(content => {
            const toolbar = document.querySelector('.dpa-toolbar') as HTMLElement | null;
            const offset = toolbar ? toolbar.offsetHeight : 0;
            // Leaf blocks only: a section or table spans the viewport and would always count as the top.
            const visible = Array.from(content.querySelectorAll('p, li, tr, dl, h1, h2, h3, h4, h5, h6'))
                .find(element => element.hasAttribute('data-dpa-line') && element.getBoundingClientRect().bottom > offset + 1);
            return visible ? Number(visible.getAttribute('data-dpa-line')) : -1;
        });
        const editorTop = async () => Number(await page.locator('.monaco-editor.focused .margin-view-overlays .line-numbers').evaluateAll(numbers =>
            Math.min(...numbers.map(element => Number(element.textContent)).filter(value => value > 0))));
        await expect.poll(async () => {
            const top = await editorTop();
            const block = await topBlockLine();
            // The preview's top block comes from the nearest construct at or above the editor's top line.
            return block > 0 && block <= top + 1 && top - block < 60;
        }, { timeout: 10_000 }).toBe(true);
        await shot('09-preview-follows-editor');
    });

    it('(e) "DPA: Generate All Outputs" asks about lint errors, then writes JSON, Markdown, HTML and DOCX into out/ next to the file', async () => {
        await runCommand('DPA: Generate All Outputs');
        // userlike.dpa has lint errors (the seed states no nature of the processing): the command asks before writing.
        const question = page.locator('.monaco-dialog-box').first();
        await question.waitFor({ timeout: 30_000 });
        expect(await question.innerText()).toMatch(/userlike\.dpa has \d+ lint errors? \(first: userlike\.dpa:\d+:\d+: /);
        await question.locator('.monaco-button', { hasText: 'Generate Anyway' }).click();
        const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'DPA: wrote' }).first();
        await toast.waitFor({ timeout: 30_000 });
        expect(await toast.innerText()).toContain('userlike.de.html');
        const written = readdirSync(join(workspace, 'out'));
        expect(written).toEqual(expect.arrayContaining([
            'userlike.json', 'userlike.de.md', 'userlike.en.md', 'userlike.de.html', 'userlike.en.html', 'userlike.de.docx', 'userlike.en.docx'
        ]));
        expect(readFileSync(join(workspace, 'out', 'userlike.de.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
        // Generated from the editor's text: the completion's `country DE` is in, though never saved.
        const model = JSON.parse(readFileSync(join(workspace, 'out', 'userlike.json'), 'utf8')) as { parties: { id: string; country?: string }[] };
        expect(model.parties.find(party => party.id === 'Customer')?.country).toBe('DE');
        await shot('09-generate-all');
    });
});

function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

/** Polls `url` until it answers 200; fails early when the server process ends, at the latest after `timeoutMs`. */
async function waitForHttp(url: string, process_: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (process_.exitCode !== null || process_.signalCode !== null) {
            throw new Error(`code-server exited (${process_.exitCode ?? process_.signalCode}) before it answered:\n${log()}`);
        }
        try {
            const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        await sleep(250);
    }
    throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

/** SIGTERM to the process group (code-server, its extension host, file watchers, the language server), SIGKILL after 5 s. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
    const pid = child.pid;
    if (pid === undefined) return;
    const signalGroup = (signal: NodeJS.Signals | 0) => {
        try {
            process.kill(-pid, signal);
            return true;
        } catch {
            return false; // the group is gone
        }
    };
    if (!signalGroup('SIGTERM')) return;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
        await sleep(200);
        if (!signalGroup(0)) return;
    }
    signalGroup('SIGKILL');
}
