/** Markdown has six heading levels; deeper sections get the sixth. */
const MAX_HEADING_LEVEL = 6;

/** The `#` marks that open a heading of `level`. */
export function headingMarks(level: number): string {
    return '#'.repeat(Math.min(level, MAX_HEADING_LEVEL));
}
