import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, fixturePath, runCli } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-cli-'));

describe('dpa validate', () => {
    it('accepts a valid file silently on stdout and exits 0', () => {
        const result = runCli(['validate', examplePath('minimal.dpa')]);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('1 file checked: 0 errors, 0 warnings\n');
    });

    it('reports a syntax error with file, line and column and exits 1', () => {
        const result = runCli(['validate', 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe("test/fixtures/invalid/syntax-error.dpa:8:13: error: Unexpected character '=' (texts go in double quotes; comments start with //).\n");
    });

    it('reports an unresolved reference with file, line and column and exits 1', () => {
        const result = runCli(['validate', 'test/fixtures/invalid/unresolved-reference.dpa']);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe("test/fixtures/invalid/unresolved-reference.dpa:16:21: error: Unknown data category 'phoneNumber': define it with 'category NAME …' in a 'data categories' block.\n");
    });

    it('gives one line and exit 2 for a missing file', () => {
        const result = runCli(['validate', 'no-such-file.dpa']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n')[0]).toBe('no-such-file.dpa: no such file');
        expect(result.stderr).toBe('no-such-file.dpa: no such file\n0 files checked: 0 errors, 0 warnings; 1 file could not be read\n');
    });

    it('gives one line and exit 2 for a directory', () => {
        const result = runCli(['validate', 'examples']);
        expect(result.status).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe('examples: is a directory, not a .dpa file');
    });

    it('names line and column of invalid UTF-8 and exits 2', () => {
        const file = join(freshDir(), 'latin1.dpa');
        writeFileSync(file, Buffer.concat([Buffer.from('agreement X {\n    title en "Stra'), Buffer.from([0xdf]), Buffer.from('e"\n}\n')]));
        const result = runCli(['validate', file]);
        expect(result.status).toBe(2);
        expect(result.stderr.split('\n')[0]).toBe(`${file}: 2:19: not valid UTF-8 (byte 0xdf at offset 32); save the file as UTF-8`);
    });

    it('checks several files and exits 1 when any has errors', () => {
        const result = runCli(['validate', examplePath('minimal.dpa'), 'test/fixtures/invalid/syntax-error.dpa']);
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('2 files checked: 1 error, 0 warnings\n');
    });
});

describe('dpa generate', () => {
    it('writes NAME.json for --format json', () => {
        const out = freshDir();
        const result = runCli(['generate', examplePath('minimal.dpa'), '--format', 'json', '--out', out]);
        expect(result.status).toBe(0);
        expect(readdirSync(out)).toEqual(['minimal.json']);
    });

    it('writes nothing when the input has a syntax error', () => {
        const out = join(freshDir(), 'out');
        const result = runCli(['generate', 'test/fixtures/invalid/syntax-error.dpa', '--format', 'json', '--out', out]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('test/fixtures/invalid/syntax-error.dpa:8:13: error:');
        expect(existsSync(out)).toBe(false);
    });

    it('writes nothing when a reference is unresolved', () => {
        const out = freshDir();
        const result = runCli(['generate', 'test/fixtures/invalid/unresolved-reference.dpa', '--format', 'json', '--out', out]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(':16:21: error: Unknown data category');
        expect(readdirSync(out)).toEqual([]);
    });

    it('exits 2 with one line for a missing file', () => {
        const out = freshDir();
        const result = runCli(['generate', 'missing.dpa', '--format', 'json', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('missing.dpa: no such file\n');
        expect(readdirSync(out)).toEqual([]);
    });

    it('rejects an unknown format with exit 2', () => {
        const result = runCli(['generate', examplePath('minimal.dpa'), '--format', 'xml', '--out', freshDir()]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("argument 'xml' is invalid");
    });

    it('rejects a language the agreement is not written in with exit 2', () => {
        const result = runCli(['generate', examplePath('minimal.dpa'), '--format', 'json', '--lang', 'de', '--out', freshDir()]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("is not written in 'de'");
    });
});

describe('help', () => {
    for (const command of [[], ['validate'], ['generate']]) {
        it(`dpa ${command.join(' ')} --help prints usage and exits 0`, () => {
            const result = runCli([...command, '--help']);
            expect(result.status).toBe(0);
            expect(result.stdout).toMatch(/^Usage: dpa/);
        });
    }

    it('a missing argument prints usage hints and exits 2', () => {
        const result = runCli(['validate']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("missing required argument 'files'");
    });
});
