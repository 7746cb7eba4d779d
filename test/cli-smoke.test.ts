import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, runCli } from './helpers.js';

// The real `dpa` process (packages/cli/bin/dpa.js on the built packages), as a user starts it:
// a few smoke tests that the entry point wires argv, streams and the exit code to `main`.
// Everything else about the CLI is tested in-process (runCliInProcess), without a build.

describe('dpa as a process', () => {
    it('--version prints the version from package.json and exits 0', () => {
        const result = runCli(['--version']);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(`${JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')).version}\n`);
    });

    it('lint: findings on stdout, exit 1', () => {
        const file = 'test/lint/rules/art28-3-h-audits/invalid.dpa';
        const result = runCli(['lint', file]);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(new RegExp(`^${file}\n`));
        expect(result.stdout).toMatch(/^ {2}7:5 +error +The audits clause .*\(Art\. 28\(3\)\(h\) GDPR\)\n +art28-3-h-audits · requirement · \S+$/m);
        expect(result.stdout).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings?\)\n$/m);
        expect(result.stderr).toBe('');
    });

    it('generate: writes the file, names it on stderr, exit 0', () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-smoke-'));
        const result = runCli(['generate', examplePath('minimal.dpa'), '--format', 'markdown', '--out', out]);
        expect(result.stderr).toBe(`wrote ${join(out, 'minimal.en.md')}\n`);
        expect(result.status).toBe(0);
        expect(readdirSync(out)).toEqual(['minimal.en.md']);
    });

    it('a usage error: one hint on stderr, exit 2', () => {
        const result = runCli(['lint', '--format', 'xml', 'x.dpa']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain("argument 'xml' is invalid");
    });

    it('a reader that closes the pipe early (dpa lint --list-rules | head -1): no stack trace, no error output', () => {
        const result = spawnSync('bash', ['-o', 'pipefail', '-c', `node packages/cli/bin/dpa.js lint --list-rules | head -1`], { cwd: repoRoot, encoding: 'utf8' });
        expect(result.stdout).toMatch(/^[\w-]+  (error|warning)  /);
        expect(result.stdout.split('\n')).toHaveLength(2);
        expect(result.stderr).toBe('');
    });
});
