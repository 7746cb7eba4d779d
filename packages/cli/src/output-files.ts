import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputFile {
    name: string;
    content: string | Uint8Array;
}

/**
 * Writes all files or none: each goes to a temporary name first and is renamed into
 * place only after every file was written, so a failure never leaves half an output.
 */
export function writeOutputFiles(directory: string, files: OutputFile[]): string[] {
    mkdirSync(directory, { recursive: true });
    const temporary: Array<{ from: string; to: string }> = [];
    try {
        for (const file of files) {
            const target = join(directory, file.name);
            const from = `${target}.${process.pid}.tmp`;
            writeFileSync(from, file.content);
            temporary.push({ from, to: target });
        }
    } catch (error) {
        for (const { from } of temporary) rmSync(from, { force: true });
        throw error;
    }
    for (const { from, to } of temporary) renameSync(from, to);
    return temporary.map(({ to }) => to);
}
