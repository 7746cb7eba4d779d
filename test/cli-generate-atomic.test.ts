import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputWriteError, writeOutputsAtomically } from '../packages/cli/src/output-files.js';
import { examplePath, repoRoot } from './helpers.js';

// `dpa generate` writes all its outputs or none: a directory in the way of one output, or an
// --out that is a regular file, gives one line naming the path and why, exit 2, and leaves the
// output directory exactly as it was (no staging directory, no .tmp file, no partial set).

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-atomic-'));
const userlike = examplePath('userlike.dpa');

function runCli(args: string[]) {
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/dpa.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
    return { status: result.status ?? -1, stderr: result.stderr };
}

/** Every entry under `dir`, recursively, as relative paths: what a failed run must not change. */
function listing(dir: string, prefix = ''): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? [`${prefix}${entry.name}/`, ...listing(join(dir, entry.name), `${prefix}${entry.name}/`)]
        : [`${prefix}${entry.name}`]).sort();
}

describe('dpa generate writes all outputs or none', () => {
    it('a directory in the way of the English file: one line, exit 2, German file not written', () => {
        const out = freshDir();
        mkdirSync(join(out, 'userlike.en.md'));
        const result = runCli(['generate', userlike, '--format', 'markdown', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`dpa: ${userlike}: not generated: cannot write ${join(out, 'userlike.en.md')}: a directory of that name is in the way\n`);
        expect(listing(out)).toEqual(['userlike.en.md/']);
    });

    it('--out naming a regular file: one line, exit 2, the file untouched', () => {
        const dir = freshDir();
        const out = join(dir, 'not-a-directory');
        writeFileSync(out, 'keep me');
        const result = runCli(['generate', userlike, '--format', 'html', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`dpa: ${userlike}: not generated: cannot write ${out}: --out names a file that is not a directory\n`);
        expect(readFileSync(out, 'utf8')).toBe('keep me');
        expect(listing(dir)).toEqual(['not-a-directory']);
    });

    it('--out below a regular file: one line, exit 2, nothing created', () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'file'), 'x');
        const out = join(dir, 'file', 'out');
        const result = runCli(['generate', userlike, '--format', 'json', '--out', out]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`dpa: ${userlike}: not generated: cannot write ${out}: a file is in the way where a directory is needed\n`);
        expect(listing(dir)).toEqual(['file']);
    });

    it('a successful run replaces earlier outputs and leaves no staging directory', () => {
        const out = freshDir();
        writeFileSync(join(out, 'userlike.de.md'), 'old');
        const result = runCli(['generate', userlike, '--format', 'markdown', '--out', out]);
        expect(result.status).toBe(0);
        expect(listing(out)).toEqual(['userlike.de.md', 'userlike.en.md']);
        expect(readFileSync(join(out, 'userlike.de.md'), 'utf8')).toMatch(/^# Vertrag über die Auftragsverarbeitung\n/);
    });
});

describe('writeOutputsAtomically', () => {
    it('removes an output directory it created when a write fails', () => {
        const dir = freshDir();
        const out = join(dir, 'a', 'b');
        const files = [{ name: 'one.txt', content: '1' }, { name: 'two.txt', content: '2' }];
        // A name that leaves the directory is refused before anything is written.
        expect(() => writeOutputsAtomically(out, [...files, { name: '../escape.txt', content: '3' }])).toThrow(OutputWriteError);
        expect(listing(dir)).toEqual([]);
    });

    it('keeps the previous outputs when moving into place fails half-way', () => {
        const out = freshDir();
        writeFileSync(join(out, 'one.txt'), 'old one');
        // 'missing/' does not exist, so the second rename fails after the first one succeeded.
        expect(() => writeOutputsAtomically(out, [{ name: 'one.txt', content: 'new one' }, { name: 'missing/two.txt', content: 'new two' }]))
            .toThrow(`cannot write ${join(out, 'missing', 'two.txt')}: no such file or directory`);
        expect(readFileSync(join(out, 'one.txt'), 'utf8')).toBe('old one');
        expect(listing(out)).toEqual(['one.txt']);
    });
});
