/*
 * A unified diff (as `diff -u` prints it) of two versions of a text, for `dpa lint --fix-dry-run`:
 * lines are compared by a longest common subsequence after the common start and end are set aside,
 * and shown in hunks with three lines of context.
 */

interface Line { kind: ' ' | '-' | '+'; text: string; oldIndex: number; newIndex: number }

const CONTEXT = 3;

export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
    if (oldText === newText) return '';
    const a = splitLines(oldText);
    const b = splitLines(newText);
    const lines = diffLines(a, b);
    const out = [`--- ${oldName}`, `+++ ${newName}`];
    let index = 0;
    while (index < lines.length) {
        const change = lines.findIndex((line, i) => i >= index && line.kind !== ' ');
        if (change < 0) break;
        let start = Math.max(index, change - CONTEXT);
        let end = change;
        // Extend the hunk while the next change is within two contexts.
        for (let i = change; i < lines.length; i++) {
            if (lines[i].kind !== ' ') end = i;
            else if (i - end > 2 * CONTEXT) break;
        }
        const stop = Math.min(lines.length, end + CONTEXT + 1);
        const hunk = lines.slice(start, stop);
        const oldStart = hunk.find(line => line.kind !== '+')?.oldIndex ?? hunk[0].oldIndex;
        const newStart = hunk.find(line => line.kind !== '-')?.newIndex ?? hunk[0].newIndex;
        const oldCount = hunk.filter(line => line.kind !== '+').length;
        const newCount = hunk.filter(line => line.kind !== '-').length;
        out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
        for (const line of hunk) out.push(line.kind + line.text);
        index = stop;
        start = stop;
    }
    return out.join('\n') + '\n';
}

/** `start,count` with 1-based start; an empty range names the line before it, as diff does. */
function range(startIndex: number, count: number): string {
    return `${count === 0 ? startIndex : startIndex + 1},${count}`;
}

function splitLines(text: string): string[] {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
}

function diffLines(a: string[], b: string[]): Line[] {
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    const midA = a.slice(prefix, a.length - suffix);
    const midB = b.slice(prefix, b.length - suffix);
    // Longest common subsequence table over the changed middle (small: fixes touch few lines).
    const table: number[][] = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
    for (let i = midA.length - 1; i >= 0; i--) {
        for (let j = midB.length - 1; j >= 0; j--) {
            table[i][j] = midA[i] === midB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
        }
    }
    const lines: Line[] = [];
    for (let i = 0; i < prefix; i++) lines.push({ kind: ' ', text: a[i], oldIndex: i, newIndex: i });
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
        if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
            lines.push({ kind: ' ', text: midA[i], oldIndex: prefix + i, newIndex: prefix + j });
            i++; j++;
        } else if (i < midA.length && (j >= midB.length || table[i + 1][j] >= table[i][j + 1])) {
            // Removed lines first, then the added ones, as diff prints them.
            lines.push({ kind: '-', text: midA[i], oldIndex: prefix + i, newIndex: prefix + j });
            i++;
        } else {
            lines.push({ kind: '+', text: midB[j], oldIndex: prefix + i, newIndex: prefix + j });
            j++;
        }
    }
    for (let k = 0; k < suffix; k++) {
        lines.push({ kind: ' ', text: a[a.length - suffix + k], oldIndex: a.length - suffix + k, newIndex: b.length - suffix + k });
    }
    return lines;
}
