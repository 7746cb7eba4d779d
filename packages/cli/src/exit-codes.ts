import type { CliIo } from './cli-io.js';

/** Exit codes of every `dpa` command. */
export const ExitCode = {
    /** Done, no errors. */
    ok: 0,
    /** The input has errors (or, for lint, too many warnings). */
    findings: 1,
    /** Wrong usage, or input that cannot be read. */
    usage: 2
} as const;

/** Prints why a command stops to stderr and returns its exit code. */
export function fail(io: CliIo, message: string, code: number): number {
    io.stderr.write(message + '\n');
    return code;
}
