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
    const lines = text.split(/\r?\n/);
    const suppressions: Suppression[] = [];
    const problems: SuppressionProblem[] = [];
    lines.forEach((line, index) => {
        const match = directive.exec(line);
        if (!match) return;
        const column = match.index + 1;
        const endColumn = line.length + 1;
        const [rulePart, ...reasonParts] = match[1].split('--');
        const ruleIds = rulePart.split(',').map(id => id.trim()).filter(Boolean);
        const reason = reasonParts.join('--').trim();
        if (ruleIds.length === 0) {
            problems.push({ line: index + 1, column, endColumn, message: 'dpa-lint-disable-next-line needs the id of the rule to silence.' });
            return;
        }
        if (!reason) {
            problems.push({ line: index + 1, column, endColumn, message: `Say why '${ruleIds.join(', ')}' is silenced: add ' -- reason' to the comment.` });
            return;
        }
        let target = index + 1;
        while (target < lines.length && (/^\s*$/.test(lines[target]) || /^\s*\/\//.test(lines[target]))) target++;
        for (const ruleId of ruleIds) {
            suppressions.push({ ruleId, reason, commentLine: index + 1, targetLine: target + 1 });
        }
    });
    return { suppressions, problems };
}
