/**
 * Suppression comments: `// dpa-lint-disable-next-line RULE-ID -- reason` silences one rule
 * for the construct on the next non-blank line that is not a comment. The reason is required,
 * so every silenced finding carries its justification in the file itself.
 */
export interface Suppression {
    ruleId: string;
    reason: string;
    /** 1-based line of the comment. */
    commentLine: number;
    /** 1-based line the suppression applies to. */
    targetLine: number;
}

export interface SuppressionProblem {
    line: number;
    column: number;
    /** The comment runs to the end of its line. */
    endColumn: number;
    message: string;
}

const directive = /\/\/\s*dpa-lint-disable-next-line\b(.*)$/;

export function parseSuppressions(text: string): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
    const suppressions: Suppression[] = [];
    const problems: SuppressionProblem[] = [];
    // Only lines with the directive's name are read (most files have none): `lines` gives the same
    // lines as `text.split(/\r?\n/)` without splitting the whole file.
    const lines = new Lines(text);
    let lastLine = -1;
    for (let at = text.indexOf(DIRECTIVE_NAME); at >= 0; at = text.indexOf(DIRECTIVE_NAME, at + 1)) {
        const index = lines.indexOf(at);
        if (index === lastLine) continue;
        lastLine = index;
        const line = lines.line(index);
        const match = directive.exec(line);
        if (!match) continue;
        const column = match.index + 1;
        const endColumn = line.length + 1;
        const [rulePart, ...reasonParts] = match[1].split('--');
        const ruleIds = rulePart.split(',').map(id => id.trim()).filter(Boolean);
        const reason = reasonParts.join('--').trim();
        if (ruleIds.length === 0) {
            problems.push({ line: index + 1, column, endColumn, message: 'dpa-lint-disable-next-line needs the id of the rule to silence.' });
            continue;
        }
        if (!reason) {
            problems.push({ line: index + 1, column, endColumn, message: `Say why '${ruleIds.join(', ')}' is silenced: add ' -- reason' to the comment.` });
            continue;
        }
        let target = index + 1;
        while (target < lines.count && (/^\s*$/.test(lines.line(target)) || /^\s*\/\//.test(lines.line(target)))) target++;
        for (const ruleId of ruleIds) {
            suppressions.push({ ruleId, reason, commentLine: index + 1, targetLine: target + 1 });
        }
    }
    return { suppressions, problems };
}

const DIRECTIVE_NAME = 'dpa-lint-disable-next-line';

/** The lines of a text as `split(/\r?\n/)` gives them, each cut out when asked for. */
class Lines {
    /** Offsets of the line feeds. */
    private readonly breaks: number[] = [];

    constructor(private readonly text: string) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
    }

    get count(): number {
        return this.breaks.length + 1;
    }

    /** The index of the line that holds `offset`. */
    indexOf(offset: number): number {
        let low = 0;
        let high = this.breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (this.breaks[middle] < offset) low = middle + 1; else high = middle;
        }
        return low;
    }

    line(index: number): string {
        const start = index === 0 ? 0 : this.breaks[index - 1] + 1;
        if (index === this.breaks.length) return this.text.slice(start);
        const lineFeed = this.breaks[index];
        // A carriage return right before the line feed belongs to the line break.
        const end = lineFeed > start && this.text.charCodeAt(lineFeed - 1) === 0x0d ? lineFeed - 1 : lineFeed;
        return this.text.slice(start, end);
    }
}
