import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, runCliInProcess } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-format-'));

const messy = `// Header comment
agreement   Messy{
  title en "Agreement"   // after the title
  languages en
}
/* a block
   comment */
party Vendor processor
{   name "Vendor GmbH"
\tcountry DE
      // own line, badly indented
}
`;

const tidy = `// Header comment
agreement Messy {
    title en "Agreement" // after the title
    languages en
}
/* a block
   comment */
party Vendor processor {
    name "Vendor GmbH"
    country DE
    // own line, badly indented
}
`;

describe('dpa format', () => {
    it('rewrites a file in the standard layout, keeping every comment, and a second run changes nothing', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'messy.dpa'), messy);
        const first = await runCliInProcess(['format', 'messy.dpa'], { cwd: dir });
        expect(first).toEqual({ code: 0, stdout: '', stderr: 'formatted messy.dpa\n1 file formatted, 0 already formatted\n' });
        expect(readFileSync(join(dir, 'messy.dpa'), 'utf8')).toBe(tidy);
        // Written in place through a temporary file: nothing else is left in the directory.
        expect(readdirSync(dir)).toEqual(['messy.dpa']);

        const second = await runCliInProcess(['format', 'messy.dpa'], { cwd: dir });
        expect(second).toEqual({ code: 0, stdout: '', stderr: '0 files formatted, 1 already formatted\n' });
        expect(readFileSync(join(dir, 'messy.dpa'), 'utf8')).toBe(tidy);
    });

    it('--check lists the files that would change on stdout, exits 1 and writes nothing', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'messy.dpa'), messy);
        writeFileSync(join(dir, 'tidy.dpa'), tidy);
        const result = await runCliInProcess(['format', '--check', 'messy.dpa', 'tidy.dpa'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('messy.dpa\n');
        expect(result.stderr).toBe('1 file would be reformatted, 1 already formatted (run `dpa format` without --check to fix)\n');
        expect(readFileSync(join(dir, 'messy.dpa'), 'utf8')).toBe(messy);

        expect(await runCliInProcess(['format', '--check', 'tidy.dpa'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '0 files would be reformatted, 1 already formatted\n' });
    });

    it('leaves the examples as they are', async () => {
        const result = await runCliInProcess(['format', '--check', examplePath('starter.dpa'), examplePath('minimal.dpa')]);
        expect(result.stdout).toBe('');
        expect(result.code).toBe(0);
    });

    it('refuses a file with syntax errors in one line per error and leaves it untouched (exit 2)', async () => {
        const dir = freshDir();
        const broken = 'agreement Broken {\n    titel en "x"\n    languages en\n}\n';
        writeFileSync(join(dir, 'broken.dpa'), broken);
        const result = await runCliInProcess(['format', 'broken.dpa'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')[0]).toMatch(/^broken\.dpa:2:5: error: /);
        expect(result.stderr).toContain('broken.dpa: not formatted, fix the syntax errors first\n');
        expect(readFileSync(join(dir, 'broken.dpa'), 'utf8')).toBe(broken);
    });

    it('expands glob patterns itself, for shells that do not', async () => {
        const dir = freshDir();
        mkdirSync(join(dir, 'contracts', 'eu'), { recursive: true });
        writeFileSync(join(dir, 'contracts', 'a.dpa'), messy);
        writeFileSync(join(dir, 'contracts', 'eu', 'b.dpa'), messy);
        writeFileSync(join(dir, 'contracts', 'notes.txt'), 'not a dpa');
        const result = await runCliInProcess(['format', '--check', 'contracts/**/*.dpa'], { cwd: dir });
        expect(result.stdout).toBe('contracts/a.dpa\ncontracts/eu/b.dpa\n');
        expect(result.code).toBe(1);

        const none = await runCliInProcess(['format', 'contracts/*.json'], { cwd: dir });
        expect(none).toEqual({ code: 2, stdout: '', stderr: "dpa format: no file matches 'contracts/*.json'\n" });
    });

    it('keeps a byte order mark and Windows line ends', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'windows.dpa'), '\ufeff' + messy.replace(/\n/g, '\r\n'));
        expect((await runCliInProcess(['format', 'windows.dpa'], { cwd: dir })).code).toBe(0);
        expect(readFileSync(join(dir, 'windows.dpa'), 'utf8')).toBe('\ufeff' + tidy.replace(/\n/g, '\r\n'));
    });

    it('names a missing file in one line', async () => {
        const dir = freshDir();
        expect(await runCliInProcess(['format', 'gone.dpa'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'gone.dpa: no such file\n0 files formatted, 0 already formatted, 1 not formatted\n' });
    });
});
