import { wrapWords } from '@dpa-as-code/model';
import { ruleDocsUrl } from '../lint-rule.js';
import { countBySeverity, entriesOf, type FileLintReport, type ReportEntry } from './lint-report.js';

export interface TextFormatOptions {
    /** ANSI colours (the CLI decides: a terminal, NO_COLOR, FORCE_COLOR). Default: none. */
    colour?: boolean;
    /** Wrap messages to this many columns (a terminal's width); default: no wrapping, one line per message. */
    width?: number;
}

/** The narrowest message column wrapping is allowed to leave; below it lines are left long. */
const MIN_MESSAGE_WIDTH = 30;

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', reset: '\u001b[0m' } as const;

/**
 * Findings grouped per file, as people know it from ESLint: the file name, then one entry per
 * finding (`line:col  severity  message`, and below the message the rule id, its kind and the
 * link to its documentation), then a summary line (`✖ 3 problems (1 error, 2 warnings)`).
 */
export function formatText(reports: FileLintReport[], options: TextFormatOptions = {}): string {
    const paint = (style: keyof typeof ANSI, text: string) => options.colour ? `${ANSI[style]}${text}${ANSI.reset}` : text;
    const out: string[] = [];
    for (const report of reports) {
        const entries = entriesOf(report).sort((a, b) => a.line - b.line || a.column - b.column);
        if (entries.length === 0) continue;
        const positions = entries.map(entry => `${entry.line}:${entry.column}`);
        const positionWidth = Math.max(...positions.map(position => position.length));
        const severityWidth = Math.max(...entries.map(entry => entry.severity.length));
        const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
        out.push(paint('underline', report.file));
        entries.forEach((entry, index) => {
            const severity = paint(entry.severity === 'error' ? 'red' : 'yellow', entry.severity.padEnd(severityWidth));
            const messageLines = wrap(entry.message, options.width === undefined ? undefined : options.width - indent.length);
            out.push(`  ${paint('dim', positions[index].padEnd(positionWidth))}  ${severity}  ${messageLines[0]}`);
            for (const more of messageLines.slice(1)) out.push(indent + more);
            out.push(indent + paint('dim', ruleLine(entry)));
        });
        out.push('');
    }
    out.push(summary(reports, paint));
    return out.join('\n') + '\n';
}

/** `rule-id · kind · link` (errors of the language have no kind: they are not rule findings). */
function ruleLine(entry: ReportEntry): string {
    return [entry.ruleId, entry.kind, ruleDocsUrl(entry.ruleId)].filter(Boolean).join(' · ');
}

function summary(reports: FileLintReport[], paint: (style: keyof typeof ANSI, text: string) => string): string {
    const { errors, warnings } = countBySeverity(reports);
    const suppressed = reports.reduce((sum, report) => sum + report.suppressed.length, 0);
    const total = errors + warnings;
    const counts = `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
        + (suppressed > 0 ? `, ${suppressed} suppressed with a reason` : '');
    if (total === 0) return paint('green', `✔ ${counts}`);
    return paint('bold', paint(errors > 0 ? 'red' : 'yellow', `✖ ${counts}`));
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Breaks a message at spaces into lines of at most `width` characters; a longer word (a URL) keeps its own line. */
export function wrap(text: string, width: number | undefined): string[] {
    if (width === undefined || width < MIN_MESSAGE_WIDTH || text.length <= width) return [text];
    return wrapWords(text.split(' '), width);
}
