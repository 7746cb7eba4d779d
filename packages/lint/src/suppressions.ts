/**
 * Suppression comments: `// dpa-lint-disable-next-line RULE-ID -- reason` silences one rule
 * for the construct on the next non-blank line that is not a comment. The reason is required,
 * so every silenced finding carries its justification in the file itself.
 */
import { SourceText } from './fixes/source-text.js';

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

/** `source` is the text's line index when the caller has one already (the lint runner does). */
export function parseSuppressions(text: string, source: SourceText = new SourceText(text)): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
    const suppressions: Suppression[] = [];
    const problems: SuppressionProblem[] = [];
    // Only lines with the directive's name are read (most files have none): `lineText` gives the same
    // lines as `text.split(/\r?\n/)` without splitting the whole file.
    let lastLine = -1;
    for (let at = text.indexOf(DIRECTIVE_NAME); at >= 0; at = text.indexOf(DIRECTIVE_NAME, at + 1)) {
        const index = source.lineOf(at) - 1;
        if (index === lastLine) continue;
        lastLine = index;
        const line = source.lineText(index);
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
        while (target < source.lineCount && (/^\s*$/.test(source.lineText(target)) || /^\s*\/\//.test(source.lineText(target)))) target++;
        for (const ruleId of ruleIds) {
            suppressions.push({ ruleId, reason, commentLine: index + 1, targetLine: target + 1 });
        }
    }
    return { suppressions, problems };
}

const DIRECTIVE_NAME = 'dpa-lint-disable-next-line';
