/**
 * Where a `dpa` run reads its surroundings from and writes its output to. The real process
 * passes its own streams (bin/dpa.js); tests pass string collectors and run the CLI in-process.
 */
export interface CliIo {
    stdout: { write(text: string): unknown };
    stderr: { write(text: string): unknown };
    /** SARIF file URIs are written relative to this directory (the repository checkout in CI). */
    cwd: string;
    /** Environment variables (PATH and DPA_CHROMIUM to find Chromium). */
    env: NodeJS.ProcessEnv;
}

export function processIo(): CliIo {
    return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Whether a stream is an interactive terminal (progress messages and colour are for people, not for logs). */
export function isTerminal(stream: CliIo['stdout']): boolean {
    return (stream as { isTTY?: boolean }).isTTY === true;
}

/**
 * Colour on a terminal, by the conventions of https://no-color.org and FORCE_COLOR: NO_COLOR (any
 * non-empty value) turns it off, FORCE_COLOR turns it on (except FORCE_COLOR=0 or false), otherwise
 * only a terminal gets colour.
 */
export function useColour(stream: CliIo['stdout'], env: NodeJS.ProcessEnv): boolean {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined) return !(force === '0' || force === 'false');
    return isTerminal(stream) && env.TERM !== 'dumb';
}
