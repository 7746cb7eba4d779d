import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DpaInputError, readDpaFile } from '@dpa-as-code/language';

/*
 * Reading and writing a file for `dpa lint --fix`: the text as the linter sees it, and the fixed text
 * written back whole (a temporary file renamed over it), with the byte order mark the file had.
 */

export interface FixableFile {
    /** The path as given, for messages. */
    file: string;
    path: string;
    text: string;
    bom: boolean;
}

export function readFixableFile(file: string, cwd: string): { ok: true; file: string; path: string; text: string; bom: boolean } | { ok: false; message: string } {
    const path = resolve(cwd, file);
    try {
        const text = readDpaFile(path);
        const bom = readFileSync(path).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
        return { ok: true, file, path, text, bom };
    } catch (error) {
        if (error instanceof DpaInputError) return { ok: false, message: `${file}: ${error.reason}` };
        throw error;
    }
}

/** Writes the fixed text; returns a message when the file could not be written (the original then stays as it was). */
export function writeFixedFile(read: FixableFile, text: string): string | undefined {
    const temporary = join(dirname(read.path), `.${basename(read.path)}.dpa-fix-${process.pid}`);
    try {
        writeFileSync(temporary, (read.bom && !text.startsWith('\uFEFF') ? '\uFEFF' : '') + text, 'utf8');
        renameSync(temporary, read.path);
        return undefined;
    } catch (error) {
        rmSync(temporary, { force: true });
        return `could not write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
}
