import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** The file as committed in git HEAD, or a one-line reason why there is no such version. */
export type HeadVersion = { ok: true; text: string; label: string } | { ok: false; message: string };

interface GitOutput {
    code: number | string | undefined;
    stdout: Buffer;
    stderr: string;
}

function git(args: string[], cwd: string): Promise<GitOutput> {
    return new Promise(resolve => {
        execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
            resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr: stderr.toString('utf8').trim() });
        });
    });
}

/**
 * Reads `filePath` as committed in HEAD of the git repository around it (`git show HEAD:./NAME`
 * run in the file's folder). Kept free of the `vscode` module so that it can be tested on its own.
 */
export async function readHeadVersion(filePath: string): Promise<HeadVersion> {
    const cwd = dirname(filePath);
    const name = basename(filePath);
    const inside = await git(['rev-parse', '--is-inside-work-tree'], cwd);
    if (inside.code === 'ENOENT') return { ok: false, message: 'git was not found; install git to compare with the previous version' };
    if (inside.code !== 0) return { ok: false, message: `${name} is not in a git repository, so there is no previous version to compare with` };
    const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd);
    if (head.code !== 0) return { ok: false, message: `the git repository of ${name} has no commit yet, so there is no previous version` };
    const shown = await git(['show', `HEAD:./${name}`], cwd);
    if (shown.code !== 0) return { ok: false, message: `${name} is not committed yet (not in git HEAD), so there is no previous version` };
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(shown.stdout);
    return { ok: true, text, label: `HEAD:${name}` };
}
