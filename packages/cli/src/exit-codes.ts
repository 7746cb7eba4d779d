/** Exit codes of every `dpa` command. */
export const ExitCode = {
    /** Done, no errors. */
    ok: 0,
    /** The input has errors (or, for lint, too many warnings). */
    findings: 1,
    /** Wrong usage, or input that cannot be read. */
    usage: 2
} as const;
