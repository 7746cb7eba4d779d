import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHeadVersion } from '../../extension/src/git-head.js';

// The extension's read of a file's previous version (git HEAD), on a throwaway repository.

describe('readHeadVersion', () => {
    let repo: string;
    let outside: string;
    const committed = 'agreement Test {\n    languages de, en\n}\n';

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'dpa-git-'));
        outside = mkdtempSync(join(tmpdir(), 'dpa-nogit-'));
        const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
        git('init', '-q');
        writeFileSync(join(repo, 'contract.dpa'), committed);
        git('add', 'contract.dpa');
        git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'first');
        // Edited after the commit: HEAD still has the committed text.
        writeFileSync(join(repo, 'contract.dpa'), committed + '// edited\n');
        writeFileSync(join(repo, 'new.dpa'), committed);
        writeFileSync(join(outside, 'loose.dpa'), committed);
    });

    afterAll(() => {
        rmSync(repo, { recursive: true, force: true });
        rmSync(outside, { recursive: true, force: true });
    });

    it('gives the committed text of a file, not the edited one on disk', async () => {
        expect(await readHeadVersion(join(repo, 'contract.dpa'))).toEqual({ ok: true, text: committed, label: 'HEAD:contract.dpa' });
    });

    it('says a new file is not committed yet', async () => {
        expect(await readHeadVersion(join(repo, 'new.dpa'))).toEqual({ ok: false, message: 'new.dpa is not committed yet (not in git HEAD), so there is no previous version' });
    });

    it('says a file outside any repository has no previous version', async () => {
        const result = await readHeadVersion(join(outside, 'loose.dpa'));
        // Only when tmp itself is not inside a repository (as on CI and this machine).
        expect(result).toEqual({ ok: false, message: 'loose.dpa is not in a git repository, so there is no previous version to compare with' });
    });
});
