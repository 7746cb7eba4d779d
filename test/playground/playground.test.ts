import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, renderDocx } from '@dpa-as-code/generators';
import { examplePath, modelOf, repoRoot } from '../helpers.js';
// Plain ESM shared with bench/playground.js.
import { distDir, ensurePlaygroundBuilt, indexFileUrl, launchChromium, openPlayground, recordNetwork, startSite } from './site.js';

// The web playground (issue 15) as a visitor uses it: playground/dist served over HTTP (and once
// opened from file://), driven through Debian's chromium. Each test opens its own page; the
// language server runs in the page's Web Worker. The DOM contract is written by the playground's
// author in the coordination notes (data-testid attributes and the window.playground test hooks).

const userlikeText = readFileSync(examplePath('userlike.dpa'), 'utf8');
const userlike = userlikeText.split('\n');
const dialogText = readFileSync(examplePath('360dialog.dpa'), 'utf8');

/** 1-based line of the first line of userlike.dpa containing `needle`. */
function lineOf(needle: string): number {
    const index = userlike.findIndex(line => line.includes(needle));
    if (index < 0) throw new Error(`'${needle}' is not in examples/userlike.dpa any more; update the playground test`);
    return index + 1;
}

interface PlaygroundDiagnostic { line: number; column: number; severity: string; message: string; code?: string; href?: string }

const getText = (page: Page) => page.evaluate(() => (window as unknown as { playground: { getText(): string } }).playground.getText());
const whenIdle = (page: Page) => page.evaluate(() => (window as unknown as { playground: { whenIdle(): Promise<void> } }).playground.whenIdle());
const getCursor = (page: Page) => page.evaluate(() => (window as unknown as { playground: { getCursor(): { line: number; column: number } } }).playground.getCursor());
const getDiagnostics = (page: Page) => page.evaluate(() => (window as unknown as { playground: { getDiagnostics(): PlaygroundDiagnostic[] } }).playground.getDiagnostics());

/** Puts the cursor at a 1-based line and column with the editor focused, so that typing goes there. */
async function placeCursor(page: Page, line: number, column: number): Promise<void> {
    await page.locator('[data-testid="editor"] .cm-content').focus();
    await page.evaluate(([l, c]) => (window as unknown as { playground: { setCursor(line: number, column: number): void } }).playground.setCursor(l!, c!), [line, column]);
}

/** Selects `old` on `line` (1-based) with the keyboard and types `typed` over it. */
async function typeOver(page: Page, line: number, old: string, typed: string): Promise<void> {
    const column = userlike[line - 1]!.indexOf(old) + 1;
    expect(column, `'${old}' on line ${line}`).toBeGreaterThan(0);
    await placeCursor(page, line, column);
    for (let i = 0; i < old.length; i++) await page.keyboard.press('Shift+ArrowRight');
    if (typed === '') {
        await page.keyboard.press('Delete');
    } else {
        await page.keyboard.type(typed);
        // Typing opens the completion list (it filters codes by country name too); close it.
        await page.keyboard.press('Escape');
    }
}

const COUNTRY_LINE = lineOf('    country DE');

const dpaBin = join(repoRoot, 'packages', 'cli', 'bin', 'dpa.js');

/** The text as `dpa format` writes it (the CLI from the build). */
function formattedByCli(text: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'dpa-playground-format-')), 'userlike.dpa');
    writeFileSync(file, text);
    execFileSync(process.execPath, [dpaBin, 'format', file], { encoding: 'utf8' });
    return readFileSync(file, 'utf8');
}

/** The files `dpa generate` writes for the text (as userlike.dpa), by file name. */
function generatedByCli(text: string, formats: string[]): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-playground-generate-'));
    writeFileSync(join(dir, 'userlike.dpa'), text);
    const out = join(dir, 'out');
    for (const format of formats) execFileSync(process.execPath, [dpaBin, 'generate', join(dir, 'userlike.dpa'), '--format', format, '--out', out], { encoding: 'utf8' });
    return Object.fromEntries(readdirSync(out).map(name => [name, readFileSync(join(out, name), 'utf8')]));
}

let browser: Browser;
let site: { url: string; close(): Promise<void> };
const downloads = mkdtempSync(join(tmpdir(), 'dpa-playground-'));

beforeAll(async () => {
    ensurePlaygroundBuilt();
    site = await startSite();
    browser = await launchChromium();
}, 360_000);

afterAll(async () => {
    await browser?.close();
    await site?.close();
});

describe('the web playground in chromium', () => {
    it('loads Userlike from the examples menu and previews the contract in German', async () => {
        const { page, context, pageErrors } = await openPlayground(browser, site.url);
        try {
            const picker = page.locator('select[data-testid="example-picker"]');
            await picker.selectOption('360dialog');
            await whenIdle(page);
            expect(await getText(page)).toBe(dialogText);
            await picker.selectOption('userlike');
            await whenIdle(page);
            expect(await getText(page)).toBe(userlikeText);
            expect(await picker.inputValue()).toBe('userlike');

            const preview = page.locator('[data-testid="preview"]');
            await expect.poll(() => preview.getAttribute('data-layout')).toBe('de');
            const german = page.locator('[data-testid="preview-de"]');
            await page.locator('[data-testid="preview-de"][data-state="ready"]').waitFor();
            expect(await page.locator('[data-testid="preview-en"]').getAttribute('hidden')).not.toBeNull();
            const text = (await german.innerText()).replace(/\s+/g, ' ');
            expect(text).toContain('Vertrag über die Auftragsverarbeitung');
            expect(text).toContain('Anlage 1: Einzelheiten der Verarbeitung');
            expect(text).toContain('Anlage 2: Unterauftragsverarbeiter');
            expect(text).toContain('Userlike informiert den Auftraggeber 30 Tage im Voraus auf elektronischem Weg');
            expect(text).not.toContain('Data Processing Agreement for Userlike');

            // The preview follows the text as one types: a word added to the German title shows in the heading.
            const titleLine = lineOf('title de "Vertrag über die Auftragsverarbeitung"');
            await placeCursor(page, titleLine, userlike[titleLine - 1]!.indexOf('Auftragsverarbeitung"') + 'Auftragsverarbeitung'.length + 1);
            await page.keyboard.type(' (Entwurf)');
            await expect.poll(async () => (await german.locator('h1').first().innerText()).trim()).toBe('Vertrag über die Auftragsverarbeitung (Entwurf)');
            expect(await page.locator('[data-testid="status"]').getAttribute('data-state')).toBe('ready');
            expect(pageErrors).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('loads every example of the menu (both seeds, the starter, the standard form and its template) without a language error', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            const picker = page.locator('select[data-testid="example-picker"]');
            expect(await picker.locator('option').evaluateAll(options => options.map(option => (option as HTMLOptionElement).value)))
                .toEqual(['userlike', '360dialog', 'starter', 'standard-form', 'standard-form-template']);
            const files: Record<string, string> = {
                userlike: 'userlike.dpa',
                '360dialog': '360dialog.dpa',
                starter: 'starter.dpa',
                'standard-form': join('standard-form', 'acme-retail.dpa'),
                'standard-form-template': join('standard-form', 'saas-dpa-template.dpa')
            };
            for (const [example, file] of Object.entries(files)) {
                await picker.selectOption(example);
                await whenIdle(page);
                expect(await getText(page), example).toBe(readFileSync(examplePath(file), 'utf8'));
                // Lint findings (each with its rule link) are the examples' business; errors of the language
                // itself (syntax, references, a template or list that cannot be found) must not occur.
                const languageErrors = (await getDiagnostics(page)).filter(diagnostic => diagnostic.severity === 'error' && diagnostic.href === undefined);
                expect(languageErrors.map(diagnostic => `${example} ${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`)).toEqual([]);
                if (example === 'standard-form') {
                    // The cover's contract: the template filled in with Acme Retail's values.
                    const german = page.locator('[data-testid="preview-de"][data-state="ready"]');
                    await german.waitFor();
                    const text = (await german.innerText()).replace(/\s+/g, ' ');
                    expect(text).toContain('Vertrag über die Auftragsverarbeitung');
                    expect(text).toContain('Acme Retail Ltd');
                    expect(text).toContain('12 Harbour Road, Dublin 2');
                }
            }
        } finally {
            await context.close();
        }
    });

    it('marks an error typed into the editor and shows its message', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            // userlike.dpa itself has lint findings (two of them errors); the typed error comes on top.
            const before = await getDiagnostics(page);
            expect(before.filter(diagnostic => diagnostic.line === COUNTRY_LINE)).toEqual([]);
            await typeOver(page, COUNTRY_LINE, 'DE', 'germany');
            await whenIdle(page);
            const message = "'germany' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).";
            const column = userlike[COUNTRY_LINE - 1]!.indexOf('DE') + 1;
            const after = await getDiagnostics(page);
            expect(after.filter(diagnostic => diagnostic.code === 'country-code-format').map(({ line, column, severity, message }) => ({ line, column, severity, message })))
                .toEqual([{ line: COUNTRY_LINE, column, severity: 'error', message }]);
            // The lint rule for unassigned codes reports the same word; nothing else changes.
            expect(after.filter(diagnostic => diagnostic.line === COUNTRY_LINE).map(diagnostic => diagnostic.code).sort()).toEqual(['country-code-format', 'hygiene-unknown-country-code']);
            expect(after.filter(diagnostic => diagnostic.line !== COUNTRY_LINE)).toEqual(before);

            const marker = page.locator('[data-testid="editor"] .cm-lintRange-error', { hasText: 'germany' });
            await expect.poll(() => marker.first().innerText()).toBe('germany');
            expect(await page.locator('[data-testid="editor"] .cm-lint-marker-error').count()).toBeGreaterThanOrEqual(1);
            await marker.first().hover();
            const tooltip = page.locator('.cm-diagnostic', { hasText: message });
            await tooltip.waitFor();
            expect((await tooltip.innerText()).replace(/\s+/g, ' ')).toContain(message);
            expect(Number(await page.locator('[data-testid="status"]').getAttribute('data-diagnostics'))).toBeGreaterThanOrEqual(1);

            // The contract cannot be made from a file with errors: the preview lists the error instead.
            const previewError = page.locator('[data-testid="preview-de"] [data-testid="preview-error"]');
            await previewError.waitFor();
            expect((await previewError.innerText()).replace(/\s+/g, ' ')).toContain(`:${COUNTRY_LINE}:${column}: ${message}`);
        } finally {
            await context.close();
        }
    });

    it('completes an ISO country code after `country ` and inserts the one picked', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            await typeOver(page, COUNTRY_LINE, 'DE', '');
            expect((await getText(page)).split('\n')[COUNTRY_LINE - 1]).toBe('    country ');
            await page.keyboard.press('Control+Space');
            const list = page.locator('.cm-tooltip-autocomplete');
            await list.waitFor();
            const labels = await list.locator('li[role="option"] .cm-completionLabel').allInnerTexts();
            expect(labels).toEqual(expect.arrayContaining(['AT', 'DE', 'FR']));
            expect(labels.every(label => /^[A-Z]{2}$/.test(label)), labels.join(' ')).toBe(true);

            await page.keyboard.type('I');
            const ireland = list.locator('li[role="option"]', { has: page.locator('.cm-completionLabel', { hasText: /^IE$/ }) });
            await ireland.click();
            await expect.poll(async () => (await getText(page)).split('\n')[COUNTRY_LINE - 1]).toBe('    country IE');
            await whenIdle(page);
            expect(await getText(page)).toBe(userlikeText.replace('    country DE\n', '    country IE\n'));
            expect((await getDiagnostics(page)).filter(diagnostic => diagnostic.line === COUNTRY_LINE)).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it("applies the quick fix that changes the unassigned code 'UK' to 'GB'", async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            await typeOver(page, COUNTRY_LINE, 'DE', 'UK');
            await whenIdle(page);
            const finding = (await getDiagnostics(page)).filter(diagnostic => diagnostic.code === 'hygiene-unknown-country-code');
            expect(finding.map(({ line, column }) => ({ line, column }))).toEqual([{ line: COUNTRY_LINE, column: userlike[COUNTRY_LINE - 1]!.indexOf('DE') + 1 }]);
            expect(finding[0]!.message).toBe("'UK', the country of party 'Userlike', is not an ISO 3166-1 alpha-2 code: write 'GB' (United Kingdom) instead. (EDPB Opinion 22/2024)");
            expect(finding[0]!.href).toBe(`${site.url}rules/hygiene-unknown-country-code.html`);
            // The rule page is part of the site, so the link works offline as well.
            expect(existsSync(join(distDir, 'rules', 'hygiene-unknown-country-code.html'))).toBe(true);

            const marker = page.locator('[data-testid="editor"] [class*="cm-lintRange-"]', { hasText: 'UK' });
            await marker.first().hover();
            const diagnostic = page.locator('.cm-diagnostic', { hasText: finding[0]!.message });
            await diagnostic.waitFor();
            expect(await diagnostic.locator('a[data-testid="rule-link"]').getAttribute('href')).toMatch(/rules\/hygiene-unknown-country-code\.html$/);
            const fix = diagnostic.locator('button.dpa-quick-fix');
            expect(await fix.allInnerTexts()).toEqual(["Change 'UK' to 'GB' (United Kingdom)"]);
            await fix.click();

            await expect.poll(() => getText(page)).toBe(userlikeText.replace('    country DE\n', '    country GB\n'));
            await whenIdle(page);
            expect((await getDiagnostics(page)).filter(diagnostic => diagnostic.code === 'hygiene-unknown-country-code')).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('shows German and English side by side', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            await page.locator('button[data-testid="lang-side-by-side"]').click();
            expect(await page.locator('button[data-testid="lang-side-by-side"]').getAttribute('aria-pressed')).toBe('true');
            expect(await page.locator('button[data-testid="lang-de"]').getAttribute('aria-pressed')).toBe('false');
            await expect.poll(() => page.locator('[data-testid="preview"]').getAttribute('data-layout')).toBe('side-by-side');
            const german = page.locator('[data-testid="preview-de"]');
            const english = page.locator('[data-testid="preview-en"]');
            await page.locator('[data-testid="preview-de"][data-state="ready"]').waitFor();
            await page.locator('[data-testid="preview-en"][data-state="ready"]').waitFor();
            expect(await german.isVisible()).toBe(true);
            expect(await english.isVisible()).toBe(true);
            expect(await german.innerText()).toContain('Vertrag über die Auftragsverarbeitung');
            expect(await german.innerText()).toContain('Anlage 2: Unterauftragsverarbeiter');
            expect(await english.innerText()).toContain('Data Processing Agreement for Userlike');
            expect(await english.innerText()).toContain('Annex 2: Sub-processors');
            expect((await english.innerText()).replace(/\s+/g, ' ')).toContain('Userlike informs the controller by electronic means 30 days in advance');
            expect(await english.innerText()).not.toContain('Vertrag über die Auftragsverarbeitung');
            // Side by side: the German pane to the left of the English one, the two overlapping in height.
            const [de, en] = [await german.boundingBox(), await english.boundingBox()];
            expect(de!.x + de!.width).toBeLessThanOrEqual(en!.x + 1);
            expect(de!.y).toBeLessThan(en!.y + en!.height);
            expect(en!.y).toBeLessThan(de!.y + de!.height);
        } finally {
            await context.close();
        }
    });

    it('downloads the German contract as a DOCX package with the contract’s headings', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            await page.locator('button[data-testid="lang-de"]').click();
            const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download-docx"]').click()]);
            expect(download.suggestedFilename()).toBe('userlike.de.docx');
            const file = join(downloads, 'userlike.docx');
            await download.saveAs(file);
            const bytes = readFileSync(file);
            expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
            const zip = await JSZip.loadAsync(bytes);
            const contentTypes = await zip.file('[Content_Types].xml')!.async('string');
            expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
            expect(await zip.file('_rels/.rels')!.async('string')).toContain('word/document.xml');
            const headings = headingsOf(await zip.file('word/document.xml')!.async('string'));
            expect(headings.slice(0, 5)).toEqual(['Vertrag über die Auftragsverarbeitung', 'Vertragsparteien', 'Userlike UG (haftungsbeschränkt)', 'Kunde', '1 Gegenstand']);
            expect(headings).toContain('Anlage 1: Einzelheiten der Verarbeitung');
            expect(headings).toContain('Anlage 2: Unterauftragsverarbeiter');
            // The same headings as the DOCX the CLI writes from the same file.
            const expected = await renderDocx(buildEdition(await modelOf(examplePath('userlike.dpa')), ['de']));
            expect(headings).toEqual(headingsOf(await (await JSZip.loadAsync(expected)).file('word/document.xml')!.async('string')));
        } finally {
            await context.close();
        }
    });

    it('restores the same text from a share link, on reload and in a fresh browser', async () => {
        const first = await openPlayground(browser, site.url);
        let shared: string;
        let link: string;
        try {
            await placeCursor(first.page, 1, 1);
            await first.page.keyboard.type('// Geprüft im Playground: „Anlage 2“ & <Unterauftragsverarbeiter>\n');
            await whenIdle(first.page);
            shared = await getText(first.page);
            expect(shared).toBe(`// Geprüft im Playground: „Anlage 2“ & <Unterauftragsverarbeiter>\n${userlikeText}`);
            await first.page.locator('button[data-testid="share"]').click();
            const input = first.page.locator('input[data-testid="share-link"]');
            await expect.poll(() => input.inputValue()).toMatch(/#code=/);
            link = await input.inputValue();
            expect(link.startsWith(`${site.url}`)).toBe(true);
            expect(new URL(link).search).toBe('');
            // Compressed: the fragment is much shorter than the text and does not carry it readably.
            const fragment = new URL(link).hash;
            expect(fragment).not.toContain('Userlike');
            expect(fragment.length).toBeLessThan(shared.length / 2);
            expect(new URL(first.page.url()).hash).toBe(fragment);
            // Reloading the page keeps the text (it comes back from the fragment).
            await first.page.reload({ waitUntil: 'load' });
            await first.page.locator('[data-testid="status"][data-state="ready"]').waitFor();
            expect(await getText(first.page)).toBe(shared);
        } finally {
            await first.context.close();
        }
        const second = await openPlayground(browser, link);
        try {
            expect(await getText(second.page)).toBe(shared);
            expect(await second.page.locator('[data-testid="status"]').getAttribute('data-state')).toBe('ready');
        } finally {
            await second.context.close();
        }
    });

    it('moves the editor cursor to the source line of a clicked preview paragraph', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            const german = page.locator('[data-testid="preview-de"]');
            await page.locator('[data-testid="preview-de"][data-state="ready"]').waitFor();
            await placeCursor(page, 1, 1);
            expect((await getCursor(page)).line).toBe(1);
            const supplement = lineOf('supplement clause 7.7(a)');
            const paragraph = german.locator('[data-dpa-line]', { hasText: 'Userlike informiert den Auftraggeber 30 Tage im Voraus' }).last();
            expect(await paragraph.getAttribute('data-dpa-line')).toBe(String(supplement));
            await paragraph.click();
            await expect.poll(async () => (await getCursor(page)).line).toBe(supplement);
            // Another block: a sub-processor row leads to that sub-processor's declaration.
            const bunnyWay = lineOf('sub-processor BunnyWay {');
            const row = german.locator(`[data-dpa-line="${bunnyWay}"]`).first();
            expect(await row.innerText()).toContain('BunnyWay, informacijske storitve d.o.o.');
            await row.click();
            await expect.poll(async () => (await getCursor(page)).line).toBe(bunnyWay);
        } finally {
            await context.close();
        }
    });

    it('hovering `audits` explains the duty with its GDPR and DSGVO citations', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            const line = lineOf('supplement clause 7.6 de "Dokumentation und Einhaltung der Klauseln" en "Documentation and compliance" audits {');
            await placeCursor(page, line, 1);
            // Playwright scrolls the keyword into view (the line is wider than the editor) and moves the mouse onto it.
            const keyword = page.locator('[data-testid="editor"] .cm-line', { hasText: userlike[line - 1]!.trim() }).locator('span', { hasText: /^audits$/ }).last();
            await keyword.hover();
            const tooltip = page.locator('.cm-tooltip-hover');
            // The block is also inside a lint finding's range; the server's hover joins that tooltip when it arrives.
            await expect.poll(async () => (await tooltip.allInnerTexts()).join(' ').replace(/\s+/g, ' ')).toContain('Art. 28(3)(h) GDPR');
            const text = (await tooltip.allInnerTexts()).join(' ').replace(/\s+/g, ' ');
            expect(text).toContain('Art. 28 Abs. 3 lit. h DSGVO');
            expect(text).toContain('not legal advice');
        } finally {
            await context.close();
        }
    });

    it('formats the document as `dpa format` does', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            // Move the country one level too deep and squeeze the spaces of the party header.
            await typeOver(page, COUNTRY_LINE, 'country', '        country');
            const partyLine = lineOf('party Userlike processor {');
            await typeOver(page, partyLine, 'party Userlike processor', 'party   Userlike    processor');
            const messy = await getText(page);
            expect(messy.split('\n')[COUNTRY_LINE - 1]).toBe('            country DE');
            await page.locator('button[data-testid="format"]').click();
            const expected = formattedByCli(messy);
            await expect.poll(() => getText(page)).toBe(expected);
            expect(expected).toContain('\nparty Userlike processor {\n');
            expect(expected).toContain('\n    country DE\n');
        } finally {
            await context.close();
        }
    });

    it('lists parties and sub-processors in the outline, and a click goes to the declaration', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            const items = page.locator('[data-testid="outline-item"]');
            await items.first().waitFor();
            const entries = await items.evaluateAll(elements => elements.map(element => ({
                line: Number(element.getAttribute('data-line')),
                name: (element.firstChild?.textContent ?? '').trim()
            })));
            const party = lineOf('party Userlike processor {');
            const bunnyWay = lineOf('sub-processor BunnyWay {');
            expect(entries).toEqual(expect.arrayContaining([
                expect.objectContaining({ line: party }), expect.objectContaining({ line: bunnyWay })
            ]));
            const bunnyWayItem = page.locator(`[data-testid="outline-item"][data-line="${bunnyWay}"]`).first();
            expect(await bunnyWayItem.innerText()).toContain('BunnyWay');
            await placeCursor(page, 1, 1);
            await bunnyWayItem.click();
            await expect.poll(async () => (await getCursor(page)).line).toBe(bunnyWay);
        } finally {
            await context.close();
        }
    });

    it('downloads the Markdown contract and the JSON model exactly as the CLI generates them', async () => {
        const { page, context } = await openPlayground(browser, site.url);
        try {
            await page.locator('button[data-testid="lang-de"]').click();
            const cli = generatedByCli(userlikeText, ['markdown', 'json']);
            const [markdown] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download-md"]').click()]);
            const markdownFile = join(downloads, markdown.suggestedFilename());
            await markdown.saveAs(markdownFile);
            expect(markdown.suggestedFilename()).toBe('userlike.de.md');
            expect(readFileSync(markdownFile, 'utf8')).toBe(cli['userlike.de.md']);
            const [json] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download-json"]').click()]);
            const jsonFile = join(downloads, json.suggestedFilename());
            await json.saveAs(jsonFile);
            expect(json.suggestedFilename()).toBe('userlike.json');
            expect(readFileSync(jsonFile, 'utf8')).toBe(cli['userlike.json']);
        } finally {
            await context.close();
        }
    });

    it('works opened from file:// (lint and preview without a server)', async () => {
        const { page, context, network, pageErrors } = await openPlayground(browser, indexFileUrl);
        try {
            expect(page.url()).toBe(indexFileUrl);
            const german = page.locator('[data-testid="preview-de"]');
            await page.locator('[data-testid="preview-de"][data-state="ready"]').waitFor();
            expect(await german.innerText()).toContain('Anlage 2: Unterauftragsverarbeiter');
            expect((await getDiagnostics(page)).filter(diagnostic => diagnostic.line === COUNTRY_LINE)).toEqual([]);
            await typeOver(page, COUNTRY_LINE, 'DE', 'germany');
            await whenIdle(page);
            expect((await getDiagnostics(page)).filter(diagnostic => diagnostic.line === COUNTRY_LINE).map(diagnostic => diagnostic.code).sort())
                .toEqual(['country-code-format', 'hygiene-unknown-country-code']);
            await page.locator('[data-testid="preview-de"] [data-testid="preview-error"]').waitFor();
            const loaded = network.beforeLoad().map(entry => entry.url);
            expect(loaded[0]).toBe(indexFileUrl);
            expect(loaded.filter(url => !url.startsWith('file://') && !/^(blob|data):/.test(url))).toEqual([]);
            expect(network.leavingAfterLoad()).toEqual([]);
            expect(pageErrors).toEqual([]);
        } finally {
            await context.close();
        }
    });
});

describe('privacy by construction', () => {
    it('sends no request after the load event through every interaction, under a strict CSP that the page announces', async () => {
        const { page, context, network, pageErrors, consoleErrors } = await openPlayground(browser, site.url);
        try {
            // Before load: only files of the page's own origin.
            const origin = new URL(site.url).origin;
            const before = network.beforeLoad().map(entry => entry.url);
            expect(before[0]).toBe(site.url);
            expect(before.filter(url => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url))).toEqual([]);

            const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
            expect(csp).not.toBeNull();
            const directives = new Map(csp!.split(';').map(part => part.trim().split(/\s+/)).filter(words => words[0]).map(([name, ...sources]) => [name!, sources]));
            expect(["'none'", "'self'"]).toContain(directives.get('default-src')?.join(' '));
            // Scripts cannot fetch, post or open sockets (connect-src falls back to default-src), and no
            // directive names another host or a whole scheme.
            expect(directives.get('connect-src') ?? directives.get('default-src')).toEqual(["'none'"]);
            for (const [name, sources] of directives) {
                expect(sources.filter(source => /^(https?:|wss?:|\*)|\.[a-z]{2,}(:\d+)?(\/|$)/i.test(source)), `${name} ${sources.join(' ')}`).toEqual([]);
            }
            const note = page.locator('[data-testid="privacy-note"]');
            expect(await note.isVisible()).toBe(true);
            expect(await note.innerText()).toMatch(/nothing is sent/i);

            // Every feature once.
            const picker = page.locator('select[data-testid="example-picker"]');
            for (const example of ['360dialog', 'starter', 'userlike']) {
                await picker.selectOption(example);
                await whenIdle(page);
            }
            await typeOver(page, COUNTRY_LINE, 'DE', 'UK');
            await whenIdle(page);
            await page.locator('[data-testid="editor"] [class*="cm-lintRange-"]', { hasText: 'UK' }).first().hover();
            await page.locator('.cm-diagnostic button.dpa-quick-fix').first().click();
            await expect.poll(async () => (await getText(page)).split('\n')[COUNTRY_LINE - 1]).toBe('    country GB');
            await typeOver(page, COUNTRY_LINE, 'DE', '');
            await page.keyboard.press('Control+Space');
            await page.locator('.cm-tooltip-autocomplete').waitFor();
            await page.keyboard.press('Escape');
            await page.keyboard.type('DE');
            await page.locator('[data-testid="editor"] .cm-content').getByText('processor', { exact: false }).first().hover();
            await page.locator('button[data-testid="format"]').click();
            await whenIdle(page);
            for (const layout of ['en', 'side-by-side', 'de']) await page.locator(`button[data-testid="lang-${layout}"]`).click();
            for (const kind of ['md', 'html', 'docx', 'json']) {
                await Promise.all([page.waitForEvent('download'), page.locator(`button[data-testid="download-${kind}"]`).click()]);
            }
            await page.locator('button[data-testid="share"]').click();
            await expect.poll(() => page.locator('input[data-testid="share-link"]').inputValue()).toMatch(/#code=/);
            await page.locator('[data-testid="preview-de"] [data-dpa-line]').nth(3).click();
            await page.locator('[data-testid="outline-item"]').first().click();
            await whenIdle(page);

            expect(network.leavingAfterLoad().map(entry => `${entry.method} ${entry.url} (${entry.type})`)).toEqual([]);
            // Nor did anything try and get blocked by the policy.
            expect(consoleErrors.filter(text => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
            expect(pageErrors).toEqual([]);
        } finally {
            await context.close();
        }
    });

    it('the recorder does see requests from a page and from its Web Worker (control for the test above)', async () => {
        // A bare page without any CSP on a server of its own, so that its fetches go out.
        const server = createServer((_request, response) => response.end('<!doctype html><title>control</title>'));
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        const context = await browser.newContext();
        try {
            const page = await context.newPage();
            const network = recordNetwork(context, page);
            await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/control`, { waitUntil: 'load' });
            expect(network.loaded).toBe(true);
            expect(network.leavingAfterLoad()).toEqual([]);
            await page.evaluate(async () => {
                await fetch('/from-page').catch(() => undefined);
                const worker = new Worker(URL.createObjectURL(new Blob(["fetch(location.origin + '/from-worker').finally(() => postMessage('done'))"], { type: 'text/javascript' })));
                await new Promise(resolve => { worker.onmessage = resolve; });
            });
            expect(network.leavingAfterLoad().map(entry => new URL(entry.url).pathname).sort()).toEqual(['/from-page', '/from-worker']);
        } finally {
            await context.close();
            server.close();
        }
    });
});

/** The text of every paragraph with a Title or HeadingN style in word/document.xml, in order. */
function headingsOf(documentXml: string): string[] {
    return [...documentXml.matchAll(/<w:p\b[^>]*>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(?:Title|Heading\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)]
        .map(match => [...match[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(text => text[1]).join(''))
        .map(text => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
}
