import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, runCliInProcess } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-cli-'));

describe('dpa validate', () => {
    it('accepts a valid file silently on stdout and exits 0', async () => {
        const result = await runCliInProcess(['validate', examplePath('minimal.dpa')]);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('1 file checked: 0 errors, 0 warnings\n');
    });

    it('reports a syntax error with file, line and column and exits 1', async () => {
        const result = await runCliInProcess(['validate', 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe("test/fixtures/invalid/syntax-error.dpa:8:13: error: Unexpected character '=' (texts go in double quotes; comments start with //).\n");
    });

    it('reports an unresolved reference with file, line and column and exits 1', async () => {
        const result = await runCliInProcess(['validate', 'test/fixtures/invalid/unresolved-reference.dpa']);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe("test/fixtures/invalid/unresolved-reference.dpa:16:21: error: Unknown data category 'phoneNumber': define it with 'category NAME …' in a 'data categories' block.\n");
    });

    it('gives one line and exit 2 for a missing file', async () => {
        const result = await runCliInProcess(['validate', 'no-such-file.dpa']);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n')[0]).toBe('no-such-file.dpa: no such file');
        expect(result.stderr).toBe('no-such-file.dpa: no such file\n0 files checked: 0 errors, 0 warnings; 1 file could not be read\n');
    });

    it('gives one line and exit 2 for a directory', async () => {
        const result = await runCliInProcess(['validate', 'examples']);
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe('examples: is a directory, not a .dpa file');
    });

    it('names line and column of invalid UTF-8 and exits 2', async () => {
        const file = join(freshDir(), 'latin1.dpa');
        writeFileSync(file, Buffer.concat([Buffer.from('agreement X {\n    title en "Stra'), Buffer.from([0xdf]), Buffer.from('e"\n}\n')]));
        const result = await runCliInProcess(['validate', file]);
        expect(result.code).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe(`${file}: 2:19: not valid UTF-8 (byte 0xdf at offset 32); save the file as UTF-8`);
    });

    it('checks several files and exits 1 when any has errors', async () => {
        const result = await runCliInProcess(['validate', examplePath('minimal.dpa'), 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('2 files checked: 1 error, 0 warnings\n');
    });
});

describe('dpa generate', () => {
    it('writes NAME.json for --format json', async () => {
        const out = freshDir();
        const result = await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'json', '--out', out]);
        expect(result.code).toBe(0);
        expect(readdirSync(out)).toEqual(['minimal.json']);
    });

    it('writes nothing when the input has a syntax error', async () => {
        const out = join(freshDir(), 'out');
        const result = await runCliInProcess(['generate', 'test/fixtures/invalid/syntax-error.dpa', '--format', 'json', '--out', out]);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('test/fixtures/invalid/syntax-error.dpa:8:13: error:');
        expect(existsSync(out)).toBe(false);
    });

    it('writes nothing when a reference is unresolved', async () => {
        const out = freshDir();
        const result = await runCliInProcess(['generate', 'test/fixtures/invalid/unresolved-reference.dpa', '--format', 'json', '--out', out]);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(':16:21: error: Unknown data category');
        expect(readdirSync(out)).toEqual([]);
    });

    it('exits 2 with one line for a missing file', async () => {
        const out = freshDir();
        const result = await runCliInProcess(['generate', 'missing.dpa', '--format', 'json', '--out', out]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('missing.dpa: no such file\n');
        expect(readdirSync(out)).toEqual([]);
    });

    it('rejects an unknown format with exit 2', async () => {
        const result = await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'xml', '--out', freshDir()]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("argument 'xml' is invalid");
    });

    it('rejects a language the agreement is not written in with exit 2', async () => {
        const result = await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'json', '--lang', 'de', '--out', freshDir()]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("is not written in 'de'");
    });
});

describe('help', () => {
    for (const command of [[], ['validate'], ['generate']]) {
        it(`dpa ${command.join(' ')} --help prints usage and exits 0`, async () => {
            const result = await runCliInProcess([...command, '--help']);
            expect(result.code).toBe(0);
            expect(result.stdout).toMatch(/^Usage: dpa/);
        });
    }

    it('a missing argument prints usage hints and exits 2', async () => {
        const result = await runCliInProcess(['validate']);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("missing required argument 'files'");
    });
});
