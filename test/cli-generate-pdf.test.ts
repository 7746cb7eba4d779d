import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@dpa-as-code/cli';
import { examplePath, repoRoot, runCliInProcess } from './helpers.js';

// `dpa generate --format pdf` prints the HTML contract with Chromium (installed by `npm test`'s
// pretest step), so these run in the `build` project, not in `npm run test:unit`.

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-cli-pdf-'));
const CHROMIUM = 180_000;
const userlike = examplePath('userlike.dpa');

describe('dpa generate --format pdf', () => {
    it.each([
        [['--lang', 'en'], ['userlike.en.pdf']],
        [['--layout', 'side-by-side'], ['userlike.de-en.side-by-side.pdf']]
    ])('%j writes %j, a PDF file', { timeout: CHROMIUM }, async (options, names) => {
        const out = freshDir();
        const result = await runCliInProcess(['generate', userlike, '--format', 'pdf', ...options, '--out', out]);
        expect(result.stderr).toBe(names.map(name => `wrote ${join(out, name)}\n`).join(''));
        expect(result.code).toBe(0);
        expect(readdirSync(out)).toEqual(names);
        expect(readFileSync(join(out, names[0])).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });
});

describe('dpa generate --format pdf on a terminal', () => {
    it('says what it is doing while Chromium renders, on stderr only', { timeout: CHROMIUM }, async () => {
        const out = freshDir();
        let stdout = '';
        let stderr = '';
        const code = await main(['node', 'dpa', 'generate', userlike, '--format', 'pdf', '--lang', 'en', '--out', out], {
            stdout: Object.assign({ write: (text: string) => { stdout += text; } }, { isTTY: true }),
            stderr: Object.assign({ write: (text: string) => { stderr += text; } }, { isTTY: true }),
            cwd: repoRoot,
            env: process.env
        });
        expect(code).toBe(0);
        expect(stdout).toBe('');
        expect(stderr).toMatch(new RegExp(`^Rendering userlike\\.en\\.pdf with Chromium… done in \\d+\\.\\d s\\nwrote ${join(out, 'userlike.en.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    });
});
