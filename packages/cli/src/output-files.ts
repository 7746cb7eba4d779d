import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface OutputFile {
    name: string;
    content: string | Uint8Array;
}

/** Why a set of outputs could not be written; `path` is the file or directory at fault. */
export class OutputWriteError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`cannot write ${path}: ${reason}`);
        this.name = 'OutputWriteError';
    }
}

const STAGING_PREFIX = '.dpa-staging-';

/**
 * Writes every file or none. All files are first written to a staging directory inside `outDir`;
 * only when each one is complete are they renamed into place (a rename within one directory tree
 * is atomic). A file that is replaced is moved aside first, so a failed rename puts it back.
 * On failure nothing new is left behind: no staging directory, no partial set, and `outDir`
 * itself is removed again if this call created it. Returns the paths written, in `files` order.
 */
export function writeOutputsAtomically(outDir: string, files: OutputFile[]): string[] {
    const targets = files.map(file => targetPath(outDir, file.name));
    const createdRoot = createOutputDirectory(outDir);
    let staging: string | undefined;
    try {
        for (const target of targets) checkTargetIsWritable(target);
        const stagingDirectory = mkdtempSync(join(outDir, STAGING_PREFIX));
        staging = stagingDirectory;
        const staged = files.map((file, index) => {
            const path = join(stagingDirectory, String(index));
            try {
                writeFileSync(path, file.content);
            } catch (error) {
                throw new OutputWriteError(targets[index], describe(error));
            }
            return path;
        });
        moveIntoPlace(staged, targets, stagingDirectory);
        return targets;
    } catch (error) {
        if (createdRoot !== undefined) rmSync(createdRoot, { recursive: true, force: true });
        throw error;
    } finally {
        if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
    }
}

/** @deprecated use {@link writeOutputsAtomically}; kept for callers not yet moved over. */
export const writeOutputFiles = writeOutputsAtomically;

/** Makes `outDir` if missing; returns the topmost directory this call created, if any. */
function createOutputDirectory(outDir: string): string | undefined {
    const stats = statOrUndefined(outDir);
    if (stats !== undefined) {
        if (!stats.isDirectory()) throw new OutputWriteError(outDir, '--out names a file that is not a directory');
        return undefined;
    }
    let topmostMissing = resolve(outDir);
    while (!existsSync(dirname(topmostMissing)) && dirname(topmostMissing) !== topmostMissing) topmostMissing = dirname(topmostMissing);
    try {
        mkdirSync(outDir, { recursive: true });
    } catch (error) {
        throw new OutputWriteError(outDir, describe(error));
    }
    return topmostMissing;
}

function targetPath(outDir: string, name: string): string {
    const target = join(outDir, name);
    // Names come from the input file's base name; never let one escape the output directory.
    if (!resolve(target).startsWith(resolve(outDir) + sep)) throw new OutputWriteError(target, 'the name leaves the output directory');
    return target;
}

function checkTargetIsWritable(target: string): void {
    const stats = statOrUndefined(target);
    if (stats?.isDirectory()) throw new OutputWriteError(target, 'a directory of that name is in the way');
}

function moveIntoPlace(staged: string[], targets: string[], staging: string): void {
    const done: { target: string; previous?: string }[] = [];
    try {
        targets.forEach((target, index) => {
            let previous: string | undefined;
            if (existsSync(target)) {
                previous = join(staging, `${index}.previous`);
                renameSync(target, previous);
            }
            done.push({ target, previous });
            try {
                renameSync(staged[index], target);
            } catch (error) {
                throw new OutputWriteError(target, describe(error));
            }
        });
    } catch (error) {
        for (const { target, previous } of done.reverse()) {
            rmSync(target, { force: true });
            if (previous !== undefined) renameSync(previous, target);
        }
        throw error instanceof OutputWriteError ? error : new OutputWriteError(targets[done.length] ?? staging, describe(error));
    }
}

function statOrUndefined(path: string) {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

const REASONS: Record<string, string> = {
    EISDIR: 'a directory of that name is in the way',
    ENOTDIR: 'a file is in the way where a directory is needed',
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device'
};

function describe(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    return (code !== undefined && REASONS[code]) || (error as Error).message || String(error);
}
