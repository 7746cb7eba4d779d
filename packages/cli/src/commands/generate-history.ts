import type { ModelRevision } from '@dpa-as-code/generators';
import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { compileTextForCli } from '../workspace.js';

/** At most this many of the newest revisions feed the sub-processor feed, so an old file stays fast. */
export const HISTORY_REVISION_LIMIT = 50;

export type HistoryResult = { ok: true; revisions: ModelRevision[] } | { ok: false; message: string };

/**
 * The committed versions of `file` (newest {@link HISTORY_REVISION_LIMIT}), oldest first, each compiled in
 * memory from `git show REV:./NAME`; the working tree is not touched. A revision whose text has errors is
 * skipped with a warning on stderr, since it could not have been published either.
 */
export async function readFileHistory(file: string, io: CliIo): Promise<HistoryResult> {
    const path = resolve(io.cwd, file);
    const git = (args: string[]) => spawnSync('git', args, { cwd: dirname(path), env: io.env, maxBuffer: 64 * 1024 * 1024 });
    const inside = git(['rev-parse', '--is-inside-work-tree']);
    if (inside.error) return { ok: false, message: `cannot run git (${(inside.error as NodeJS.ErrnoException).code ?? inside.error.message}); --history needs git` };
    if (inside.status !== 0) return { ok: false, message: `${file} is not in a git repository, so --history cannot read its revisions` };
    const log = git(['log', `-n${String(HISTORY_REVISION_LIMIT)}`, '--format=%H%x09%cI', '--', `./${basename(path)}`]);
    if (log.status !== 0) return { ok: false, message: `git log failed for ${file}: ${log.stderr.toString('utf8').trim()}` };
    const commits = log.stdout.toString('utf8').split('\n').filter(line => line !== '').map(line => line.split('\t'));
    const revisions: ModelRevision[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const [commit = '', date = ''] of commits.reverse()) {
        const label = `${file}@${commit.slice(0, 12)}`;
        const shown = git(['show', `${commit}:./${basename(path)}`]);
        // The file was deleted in this commit: no version to list.
        if (shown.status !== 0) continue;
        let text: string;
        try {
            text = decoder.decode(shown.stdout);
        } catch {
            io.stderr.write(`dpa generate: warning: ${label} is not valid UTF-8; revision skipped in the feed\n`);
            continue;
        }
        const compiled = await compileTextForCli(text.startsWith('\uFEFF') ? text.slice(1) : text, label, { lint: false });
        if (compiled.blocking.length > 0 || !compiled.model) {
            io.stderr.write(`dpa generate: warning: ${label} has errors; revision skipped in the feed\n`);
            continue;
        }
        revisions.push({ commit, date, model: compiled.model });
    }
    return { ok: true, revisions };
}
