import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-init-'));

describe('dpa init', () => {
    const combinations: Array<{ flags: string[]; expect: string[] }> = [
        { flags: [], expect: ['agreement ExampleProcessorGmbH {', '    languages en', '    country DE'] },
        { flags: ['--processor', 'Chat Vendor GmbH', '--country', 'fr', '--lang', 'de'], expect: ['agreement ChatVendorGmbH {', '    languages de', '    name "Chat Vendor GmbH"', '    country FR', 'title de "Vertrag zur Auftragsverarbeitung"'] },
        { flags: ['--processor', 'Müller & Söhne "Cloud" AG', '--lang', 'de+en', '--scc'], expect: ['agreement MullerSohneCloudAG {', '    languages de, en', '    binding de', '    name "Müller & Söhne \\"Cloud\\" AG"', 'scc 2021/915 {', '    clause 7.7(a) option 2 period 30 days'] },
        { flags: ['--processor', '42 Data Ltd', '--country', 'IE', '--lang', 'en', '--scc', '--controller', 'Shop Ltd'], expect: ['agreement Dpa42DataLtd {', '    name "Shop Ltd"', 'url en "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32021D0915"'] }
    ];

    for (const combination of combinations) {
        it(`writes a file that lints clean: ${combination.flags.join(' ') || '(defaults)'}`, async () => {
            const dir = freshDir();
            const init = await runCliInProcess(['init', ...combination.flags], { cwd: dir });
            expect(init.stderr).toBe('wrote agreement.dpa: replace the example values with your own, then run `dpa lint agreement.dpa`\n');
            expect(init.code).toBe(0);
            const written = readFileSync(join(dir, 'agreement.dpa'), 'utf8');
            for (const line of combination.expect) expect(written).toContain(line);

            const lint = await runCliInProcess(['lint', '--format', 'json', join(dir, 'agreement.dpa')], { cwd: dir });
            const report = JSON.parse(lint.stdout) as { files: Array<{ findings: unknown[] }> };
            expect(report.files[0].findings).toEqual([]);
            expect(lint.code).toBe(0);

            const format = await runCliInProcess(['format', '--check', 'agreement.dpa'], { cwd: dir });
            expect(format.stdout).toBe('');
            expect(format.code).toBe(0);
        });
    }

    it('creates missing folders of --out', async () => {
        const dir = freshDir();
        expect((await runCliInProcess(['init', '--out', 'dpa/new/vendor.dpa'], { cwd: dir })).code).toBe(0);
        expect(readFileSync(join(dir, 'dpa', 'new', 'vendor.dpa'), 'utf8')).toMatch(/^\/\/ Written by `dpa init`/);
    });

    it('refuses to overwrite an existing file without --force, and replaces it with --force', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'mine.dpa'), '// my own work\n');
        const refused = await runCliInProcess(['init', '--out', 'mine.dpa'], { cwd: dir });
        expect(refused.code).toBe(2);
        expect(refused.stderr).toBe('dpa init: mine.dpa already exists; use --force to replace it\n');
        expect(readFileSync(join(dir, 'mine.dpa'), 'utf8')).toBe('// my own work\n');

        const forced = await runCliInProcess(['init', '--out', 'mine.dpa', '--force', '--processor', 'Acme Ltd'], { cwd: dir });
        expect(forced.code).toBe(0);
        expect(readFileSync(join(dir, 'mine.dpa'), 'utf8')).toContain('    name "Acme Ltd"');
    });

    it('explains bad answers in one line', async () => {
        const dir = freshDir();
        mkdirSync(join(dir, 'folder'));
        expect(await runCliInProcess(['init', '--out', 'folder'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'dpa init: folder is a directory; name the file to write with --out\n' });
        expect(await runCliInProcess(['init', '--country', 'Germany'], { cwd: dir })).toMatchObject({ code: 2, stderr: "dpa init: --country takes a two-letter ISO 3166 code such as DE or FR, not 'Germany'\n" });
        writeFileSync(join(dir, 'plain'), 'a file');
        expect(await runCliInProcess(['init', '--out', 'plain/agreement.dpa'], { cwd: dir }))
            .toMatchObject({ code: 2, stderr: 'dpa init: plain/agreement.dpa cannot be created: a file is in the way where a directory is needed\n' });
        expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('a file');
        expect(await runCliInProcess(['init', '--country', 'XX'], { cwd: dir })).toMatchObject({ code: 2, stderr: "dpa init: 'XX' is not an assigned ISO 3166 country code\n" });
        expect(await runCliInProcess(['init', '--country', 'UK'], { cwd: dir })).toMatchObject({ code: 2, stderr: "dpa init: 'UK' is not an assigned ISO 3166 country code; did you mean GB (United Kingdom)?\n" });
        expect(readdirSync(dir).sort()).toEqual(['folder', 'plain']);
        const badLanguage = await runCliInProcess(['init', '--lang', 'fr'], { cwd: dir });
        expect(badLanguage.code).toBe(2);
        expect(badLanguage.stderr).toContain("error: option '-l, --lang <lang>' argument 'fr' is invalid. Allowed choices are de, en, de+en.");
    });
});
