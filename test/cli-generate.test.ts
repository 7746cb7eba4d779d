import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, runCliInProcess } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-cli-generate-'));
/** Tests that run the CLI several times. */
const SLOW = 180_000;

describe('dpa generate: file names', () => {
    const userlike = examplePath('userlike.dpa');
    const cases: Array<[string[], string[]]> = [
        [['--format', 'json'], ['userlike.json']],
        [['--format', 'markdown'], ['userlike.de.md', 'userlike.en.md']],
        [['--format', 'html'], ['userlike.de.html', 'userlike.en.html']],
        [['--format', 'docx'], ['userlike.de.docx', 'userlike.en.docx']],
        [['--format', 'markdown', '--lang', 'de'], ['userlike.de.md']],
        [['--format', 'html', '--lang', 'de+en'], ['userlike.de+en.html']],
        [['--format', 'docx', '--lang', 'de+en', '--layout', 'sequential'], ['userlike.de+en.docx']],
        [['--format', 'markdown', '--layout', 'side-by-side'], ['userlike.de-en.side-by-side.md']],
        [['--format', 'html', '--layout', 'side-by-side', '--lang', 'de+en'], ['userlike.de-en.side-by-side.html']],
        [['--format', 'docx', '--layout', 'side-by-side'], ['userlike.de-en.side-by-side.docx']]
    ];

    it.each(cases)('%j writes %j', { timeout: SLOW }, async (options, names) => {
        const out = freshDir();
        const result = await runCliInProcess(['generate', userlike, ...options, '--out', out]);
        expect(result.stderr).toBe(names.map(name => `wrote ${join(out, name)}\n`).join(''));
        expect(result.code).toBe(0);
        expect(readdirSync(out).sort()).toEqual([...names].sort());
    });

    it('the files are what they say: Markdown, HTML, a ZIP package', { timeout: SLOW }, async () => {
        const out = freshDir();
        for (const format of ['markdown', 'html', 'docx']) {
            expect((await runCliInProcess(['generate', userlike, '--format', format, '--lang', 'de', '--out', out])).code).toBe(0);
        }
        expect(readFileSync(join(out, 'userlike.de.md'), 'utf8')).toMatch(/^# Vertrag über die Auftragsverarbeitung\n/);
        expect(readFileSync(join(out, 'userlike.de.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="de">\n/);
        expect(readFileSync(join(out, 'userlike.de.docx')).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    });

    it('two runs give byte-identical Markdown, HTML and DOCX', { timeout: SLOW }, async () => {
        const [first, second] = [freshDir(), freshDir()];
        const formats = ['markdown', 'html', 'docx'];
        for (const out of [first, second]) {
            for (const format of formats) {
                expect((await runCliInProcess(['generate', examplePath('360dialog.dpa'), '--format', format, '--layout', 'side-by-side', '--out', out])).code).toBe(0);
            }
        }
        const names = readdirSync(first).sort();
        expect(names).toEqual(['360dialog.de-en.side-by-side.docx', '360dialog.de-en.side-by-side.html', '360dialog.de-en.side-by-side.md']);
        expect(readdirSync(second).sort()).toEqual(names);
        for (const name of names) expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    });
});

describe('dpa generate: errors', () => {
    it('--layout side-by-side with a one-language file: one line, exit 2, nothing written', async () => {
        const out = join(freshDir(), 'out');
        const result = await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'html', '--layout', 'side-by-side', '--out', out]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`${examplePath('minimal.dpa')}: --layout side-by-side needs an agreement in German and English (it declares: en)\n`);
        expect(existsSync(out)).toBe(false);
    });

    it('--layout side-by-side with one language asked for, or for JSON: exit 2', async () => {
        const userlike = examplePath('userlike.dpa');
        const withLanguage = await runCliInProcess(['generate', userlike, '--format', 'markdown', '--lang', 'de', '--layout', 'side-by-side', '--out', freshDir()]);
        expect(withLanguage.code).toBe(2);
        expect(withLanguage.stderr).toBe('dpa: --layout side-by-side shows German and English together; leave out --lang de (or use --lang de+en)\n');
        const json = await runCliInProcess(['generate', userlike, '--format', 'json', '--layout', 'side-by-side', '--out', freshDir()]);
        expect(json.code).toBe(2);
        expect(json.stderr).toBe('dpa: --layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to json\n');
    });

    it('--lang de+en for a file without German: exit 2', async () => {
        const result = await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'docx', '--lang', 'de+en', '--out', freshDir()]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`${examplePath('minimal.dpa')}: the agreement is not written in 'de' (it declares: en)\n`);
    });

    it('unknown --layout and --lang values: exit 2', async () => {
        expect((await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'html', '--layout', 'columns', '--out', freshDir()])).code).toBe(2);
        expect((await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'html', '--lang', 'fr', '--out', freshDir()])).code).toBe(2);
    });

    it('pdf with DPA_CHROMIUM pointing nowhere and no Chromium on PATH: one line, exit 2, nothing written', async () => {
        const out = join(freshDir(), 'out');
        const emptyPath = freshDir();
        const result = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'pdf', '--out', out], { env: { PATH: emptyPath, DPA_CHROMIUM: '/nonexistent/chromium' } });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("dpa: --format pdf needs Chromium: DPA_CHROMIUM is set to '/nonexistent/chromium', which is not an executable file\n");
        expect(existsSync(out)).toBe(false);
    });

    it('pdf with no DPA_CHROMIUM and no Chromium on PATH: one line, exit 2, nothing written', async () => {
        const out = join(freshDir(), 'out');
        const result = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'pdf', '--out', out], { env: { PATH: freshDir() } });
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')).toHaveLength(2);
        expect(result.stderr).toMatch(/^dpa: --format pdf needs Chromium: no Chromium found: install chromium, or set DPA_CHROMIUM .*\n$/);
        expect(existsSync(out)).toBe(false);
    });

    it('a missing translation names the construct and its line, exit 1, nothing written', { timeout: SLOW }, async () => {
        const file = join(freshDir(), 'host.dpa');
        writeFileSync(file, 'agreement T {\n    languages de, en\n}\nsub-processor Host {\n    name "Host GmbH"\n    service de "Betrieb" { located DE }\n}\n');
        for (const format of ['html', 'docx', 'markdown']) {
            const out = join(freshDir(), 'out');
            const result = await runCliInProcess(['generate', file, '--format', format, '--layout', 'side-by-side', '--out', out]);
            expect(result.code).toBe(1);
            expect(result.stderr).toBe(`${file}:6:5: error: sub-processor 'Host' service 1 purpose has no English text (add en "…"; line 6)\n${file}: not generated\n`);
            expect(existsSync(out)).toBe(false);
        }
        expect((await runCliInProcess(['generate', file, '--format', 'docx', '--lang', 'de', '--out', freshDir()])).code).toBe(0);
    });
});
