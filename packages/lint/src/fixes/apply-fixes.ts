import type { LintFinding, LintFix } from '../lint-rule.js';
import { SourceText } from './source-text.js';

/*
 * Applying fixes to a file, as `dpa lint --fix` does: each fix whole or not at all, never two that
 * touch the same stretch of text in one pass (the next pass, on the re-linted text, takes the rest),
 * edits applied from the end so earlier offsets stay valid. Text outside the edits, comments
 * included, is never changed.
 */

export interface AppliedFixes {
    text: string;
    /** The fixes applied, in file order. */
    applied: LintFix[];
}

/** Applies as many of the fixes as do not overlap (the first in file order wins); identical fixes count once. */
export function applyFixes(text: string, fixes: readonly LintFix[]): AppliedFixes {
    const source = new SourceText(text);
    const seen = new Set<string>();
    const candidates = fixes
        .filter(fix => fix.edits.length > 0)
        .filter(fix => {
            const key = JSON.stringify(fix.edits);
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        })
        .map(fix => ({ fix, spans: fix.edits.map(edit => ({ start: source.offsetAt(edit.range.start), end: source.offsetAt(edit.range.end), text: edit.text })) }))
        .sort((a, b) => Math.min(...a.spans.map(s => s.start)) - Math.min(...b.spans.map(s => s.start)));
    const taken: { start: number; end: number; text: string }[] = [];
    const applied: LintFix[] = [];
    // Touching counts as overlapping: two insertions at one place would depend on their order.
    const conflicts = (span: { start: number; end: number }) => taken.some(other => span.start <= other.end && other.start <= span.end);
    for (const candidate of candidates) {
        const spans = [...candidate.spans].sort((a, b) => a.start - b.start);
        const selfOverlap = spans.some((span, index) => index > 0 && span.start < spans[index - 1].end);
        if (selfOverlap || spans.some(conflicts)) continue;
        taken.push(...spans);
        applied.push(candidate.fix);
    }
    let result = text;
    for (const span of taken.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, span.start) + span.text + result.slice(span.end);
    }
    return { text: result, applied };
}

export interface FixRun {
    text: string;
    /** How many fixes were applied over all passes. */
    fixed: number;
    passes: number;
}

/**
 * Lints, applies the findings' fixes, and lints the result again until no fix is left or applies,
 * at most `maxPasses` times. `lint` returns undefined when a text does not compile well enough to lint
 * (a pass that leads there is not kept).
 */
export async function fixUntilStable(
    text: string, lint: (text: string) => Promise<readonly LintFinding[] | undefined> | readonly LintFinding[] | undefined, maxPasses = 10
): Promise<FixRun> {
    let current = text;
    let findings = await lint(current);
    let fixed = 0;
    let passes = 0;
    while (findings && passes < maxPasses) {
        const fixes = findings.flatMap(finding => (finding.fix ? [finding.fix] : []));
        if (fixes.length === 0) break;
        const result = applyFixes(current, fixes);
        if (result.applied.length === 0 || result.text === current) break;
        const after = await lint(result.text);
        if (after === undefined) break;
        current = result.text;
        findings = after;
        fixed += result.applied.length;
        passes++;
    }
    return { text: current, fixed, passes };
}
