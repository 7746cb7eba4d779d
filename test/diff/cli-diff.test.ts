import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, runCliInProcess } from '../helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-diff-'));
const userlike = readFileSync(examplePath('userlike.dpa'), 'utf8');

/** Userlike's list with FullContact removed and Sentry (United States, SCC 2021/914) added before OMQ. */
function userlikeNextVersion(): string {
    const start = userlike.indexOf('sub-processor FullContact {');
    const end = userlike.indexOf('sub-processor OMQ {');
    if (start < 0 || end < 0) throw new Error('examples/userlike.dpa no longer has FullContact before OMQ');
    return userlike.slice(0, start) + `sub-processor Sentry {
    name "Functional Software, Inc."
    address "45 Fremont Street, 8th Floor, San Francisco, California 94105, USA"
    country US
    service de "Fehlerüberwachung der Anwendung" en "Application error monitoring" {
        data endUserIp, browser
        function inherent
        located US
        transfer scc-2021/914 module 2
    }
}

` + userlike.slice(end);
}

let dir: string;
beforeAll(() => {
    dir = freshDir();
    writeFileSync(join(dir, 'old.dpa'), userlike);
    writeFileSync(join(dir, 'new.dpa'), userlikeNextVersion());
});

describe('dpa diff OLD NEW', () => {
    it('lists exactly the sub-processor added and the one removed', async () => {
        const result = await runCliInProcess(['diff', 'old.dpa', 'new.dpa'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe([
            'old.dpa → new.dpa: 2 changes (sub-processors 2)',
            '+ sub-processor Sentry (Functional Software, Inc., US) added',
            '    service "Application error monitoring": data: endUserIp, browser; function: inherent; located: US; transfer: scc-2021/914 module 2',
            '- sub-processor FullContact (FullContact, US) removed',
            ''
        ].join('\n'));
    });

    it('gives the changes as JSON: the two versions, counts per area and each change with its data, without source locations', async () => {
        const result = await runCliInProcess(['diff', 'old.dpa', 'new.dpa', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(0);
        const report = JSON.parse(result.stdout) as { old: string; new: string; counts: Record<string, number>; changes: Record<string, unknown>[] };
        expect(report.old).toBe('old.dpa');
        expect(report.new).toBe('new.dpa');
        expect(report.counts).toEqual({ 'sub-processors': 2 });
        expect(report.changes).toEqual([
            {
                area: 'sub-processors', kind: 'sub-processor-added',
                subProcessor: {
                    id: 'Sentry', legalName: 'Functional Software, Inc.', address: { neutral: '45 Fremont Street, 8th Floor, San Francisco, California 94105, USA' },
                    country: 'US', products: [], notes: [],
                    services: [{
                        purpose: { de: 'Fehlerüberwachung der Anwendung', en: 'Application error monitoring' },
                        allData: false, data: ['endUserIp', 'browser'], noPersonalData: false, function: 'inherent',
                        location: { regionDependent: false, countries: ['US'] }, transfer: { kind: 'scc-2021/914', module: 2 }, notes: []
                    }]
                }
            },
            expect.objectContaining({ area: 'sub-processors', kind: 'sub-processor-removed', subProcessor: expect.objectContaining({ id: 'FullContact', country: 'US' }) })
        ]);
        expect(result.stdout).not.toContain('"line"');
    });

    it('gives the changes as Markdown, one section per area, naming the sub-processors', async () => {
        const result = await runCliInProcess(['diff', 'old.dpa', 'new.dpa', '-f', 'markdown'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('## Sub-processors\n');
        expect(result.stdout).toContain('- sub-processor Sentry (Functional Software, Inc., US) added\n');
        expect(result.stdout).toContain('- sub-processor FullContact (FullContact, US) removed\n');
        expect(result.stdout).not.toContain('## Obligations');
    });

    it('finds no change in a reformatted copy with comments added, and exits 0 even with every --fail-on area', async () => {
        const reformatted = '// Reviewed copy: layout and comments only\n' + userlike
            .replace(/^ {4}/gm, '  ')
            .replace('sub-processor Hetzner {', '// hosting\nsub-processor Hetzner {   // in Germany');
        writeFileSync(join(dir, 'reformatted.dpa'), reformatted);
        const formatted = await runCliInProcess(['format', 'reformatted.dpa'], { cwd: dir });
        expect(formatted.code).toBe(0);
        expect(readFileSync(join(dir, 'reformatted.dpa'), 'utf8')).not.toBe(userlike);
        const result = await runCliInProcess(['diff', 'old.dpa', 'reformatted.dpa', '--fail-on', 'sub-processors,obligations,scc,measures,parties,processing,agreement'], { cwd: dir });
        expect(result).toEqual({ code: 0, stdout: 'old.dpa → reformatted.dpa: no changes\n', stderr: '' });
    });

    it('shows a changed period of the sub-processing terms in Userlike\'s SCC supplement as "before → after"', async () => {
        writeFileSync(join(dir, 'shorter-notice.dpa'), userlike.replace('        notice 30 days electronic\n', '        notice 14 days electronic\n'));
        const result = await runCliInProcess(['diff', 'old.dpa', 'shorter-notice.dpa', '--fail-on', 'scc'], { cwd: dir });
        expect(result).toEqual({
            code: 1,
            stdout: 'old.dpa → shorter-notice.dpa: 1 change (scc 1)\n~ standard contractual clauses changed\n    supplements[7.7(a)].notice: 30 days → 14 days\n',
            stderr: ''
        });
    });

    it('exits 1 with --fail-on naming an area that changed, 0 for areas that did not', async () => {
        expect((await runCliInProcess(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'sub-processors'], { cwd: dir })).code).toBe(1);
        expect((await runCliInProcess(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'obligations,measures'], { cwd: dir })).code).toBe(0);
    });

    it('reports wrong usage and unusable input with one line and exit 2', async () => {
        const unknownArea = await runCliInProcess(['diff', 'old.dpa', 'new.dpa', '--fail-on', 'subprocessors'], { cwd: dir });
        expect(unknownArea.code).toBe(2);
        expect(unknownArea.stderr).toBe('dpa diff: --fail-on takes a comma-separated list of sub-processors, obligations, scc, measures, parties, processing, agreement; unknown: subprocessors\n');
        const oneFile = await runCliInProcess(['diff', 'old.dpa'], { cwd: dir });
        expect(oneFile).toMatchObject({ code: 2, stderr: 'dpa diff: give two files (OLD NEW), or one file and --from REV\n' });
        const missing = await runCliInProcess(['diff', 'old.dpa', 'gone.dpa'], { cwd: dir });
        expect(missing).toMatchObject({ code: 2, stderr: 'dpa diff: gone.dpa: no such file\n' });
        writeFileSync(join(dir, 'broken.dpa'), userlike.replace('sub-processor Hetzner {', 'sub-processor Hetzner {\n    country'));
        const broken = await runCliInProcess(['diff', 'old.dpa', 'broken.dpa'], { cwd: dir });
        expect(broken.code).toBe(2);
        expect(broken.stdout).toBe('');
        // The error is at the token after the inserted `country`: two lines below `sub-processor Hetzner {`.
        const errorLine = userlike.split('\n').findIndex(line => line.startsWith('sub-processor Hetzner {')) + 3;
        expect(broken.stderr).toMatch(new RegExp(`^broken\\.dpa:${errorLine}:\\d+: error: `));
        expect(broken.stderr.trimEnd().split('\n').at(-1)).toBe('dpa diff: broken.dpa has errors; nothing compared');
    });
});

describe('dpa diff FILE --from REV', () => {
    const git = (cwd: string, ...args: string[]) => {
        const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
        return result.stdout;
    };

    it('compares the working file with its committed version', async () => {
        const repo = freshDir();
        git(repo, 'init', '-q');
        writeFileSync(join(repo, 'agreement.dpa'), userlike);
        git(repo, 'add', 'agreement.dpa');
        git(repo, 'commit', '-q', '-m', 'first version');
        writeFileSync(join(repo, 'agreement.dpa'), userlikeNextVersion());
        const result = await runCliInProcess(['diff', 'agreement.dpa', '--from', 'HEAD', '--fail-on', 'sub-processors'], { cwd: repo });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout.split('\n').filter(line => /^[+~-] /.test(line))).toEqual([
            '+ sub-processor Sentry (Functional Software, Inc., US) added',
            '- sub-processor FullContact (FullContact, US) removed'
        ]);
        expect(result.stdout.split('\n')[0]).toBe('HEAD:agreement.dpa → agreement.dpa: 2 changes (sub-processors 2)');
    });

    it('says clearly when the file is in no git repository, not in the revision, or the revision is unknown', async () => {
        const outside = freshDir();
        writeFileSync(join(outside, 'agreement.dpa'), userlike);
        const noRepo = await runCliInProcess(['diff', 'agreement.dpa', '--from', 'HEAD'], { cwd: outside, env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
        expect(noRepo).toEqual({ code: 2, stdout: '', stderr: 'dpa diff: agreement.dpa is not in a git repository, so --from HEAD cannot be read\n' });

        const repo = freshDir();
        git(repo, 'init', '-q');
        writeFileSync(join(repo, 'other.dpa'), userlike);
        git(repo, 'add', 'other.dpa');
        git(repo, 'commit', '-q', '-m', 'another file');
        writeFileSync(join(repo, 'agreement.dpa'), userlike);
        const notInRevision = await runCliInProcess(['diff', 'agreement.dpa', '--from', 'HEAD'], { cwd: repo });
        expect(notInRevision).toEqual({ code: 2, stdout: '', stderr: 'dpa diff: agreement.dpa does not exist in revision HEAD\n' });
        const unknownRevision = await runCliInProcess(['diff', 'agreement.dpa', '--from', 'v9.9'], { cwd: repo });
        expect(unknownRevision).toEqual({ code: 2, stdout: '', stderr: 'dpa diff: v9.9 is not a revision of the git repository of agreement.dpa\n' });
        const twoFiles = await runCliInProcess(['diff', 'agreement.dpa', 'other.dpa', '--from', 'HEAD'], { cwd: repo });
        expect(twoFiles).toMatchObject({ code: 2, stderr: 'dpa diff: with --from REV give exactly one file (compared with its version in REV)\n' });
    });
});
