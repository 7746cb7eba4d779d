import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, URI, type LangiumDocument, type LeafCstNode } from 'langium';
import { comparableDiagnostics, EditorWorkspace, seededRandom, splice } from './editor-workspace.js';
import { bracedBlockRules } from '../../packages/language/src/dpa-incremental-parse.js';
import { buildTreeIndex, treeIndexOf, treeIndexStatistics, type TreeIndex } from '../../packages/language/src/dpa-ast-walk.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';

/*
 * Issue 12, keystroke latency: after an edit inside one braced block, the tree index that linking,
 * the symbol index and validation share is rebuilt from the previous one for that block only
 * (packages/language/src/dpa-ast-walk.ts). Each random edit goes through the language server's update
 * path, and the index must hold exactly what a full walk of the new tree gives (same entries, same
 * order); diagnostics and resolved references must match a workspace that parses and walks in full.
 */

const repoRoot = join(import.meta.dirname, '..', '..');

class Workspace extends EditorWorkspace {
    /** Each reference of the document in index order: its text, where it leads and its error. */
    references(document: LangiumDocument): string[] {
        const locator = this.services.Dpa.workspace.AstNodeLocator;
        return treeIndexOf(document.parseResult.value).references.map(({ reference, container, property, index }) => {
            const target = reference.ref;
            const where = target ? locator.getAstNodePath(target) : `error: ${reference.error?.message}`;
            return `${locator.getAstNodePath(container)}.${property}[${index ?? '-'}] ${reference.$refText} → ${where}`;
        });
    }
}

const incremental = new Workspace(true);
const reference = new Workspace(false);
const blockRules = bracedBlockRules(incremental.services.Dpa.Grammar);

/** Index entries that differ from a full walk's, by identity and position (empty when equal). */
function differences(index: TreeIndex, full: TreeIndex): string[] {
    const found: string[] = [];
    const compare = <T>(name: string, actual: readonly T[], expected: readonly T[], same: (a: T, b: T) => boolean): void => {
        if (actual.length !== expected.length) found.push(`${name}: ${actual.length} entries, a full walk has ${expected.length}`);
        const first = actual.findIndex((entry, i) => i >= expected.length || !same(entry, expected[i]));
        if (first >= 0) found.push(`${name}: first difference at ${first}`);
    };
    compare('nodes', index.nodes, full.nodes, (a, b) => a === b);
    compare('named', index.named, full.named, (a, b) => a === b);
    compare('references', index.references, full.references, (a, b) => a.reference === b.reference && a.container === b.container && a.property === b.property && a.index === b.index);
    return found;
}




/** The visible tokens strictly inside the braces of a reparseable block (not the braces themselves). */
function tokensInBlocks(document: LangiumDocument): LeafCstNode[] {
    const ranges: Array<[number, number]> = [];
    for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
        if (!isCompositeCstNode(node) || !GrammarAST.isRuleCall(node.grammarSource) || !blockRules.has(node.grammarSource.rule.ref!.name)) continue;
        if (!node.astNode.$container) continue;
        const opening = node.content.find(child => isLeafCstNode(child) && child.text === '{' && GrammarAST.isKeyword(child.grammarSource));
        const closing = node.content.at(-1);
        if (opening && closing?.text === '}') ranges.push([opening.end, closing.offset]);
    }
    return CstUtils.streamCst(document.parseResult.value.$cstNode!).filter(isLeafCstNode)
        .filter(leaf => !leaf.hidden && ranges.some(([inside, closing]) => inside <= leaf.offset && leaf.end <= closing)).toArray();
}

/** A random edit inside a block: a letter in a name or text, a digit, a line or comment; now and then a broken block. */
function nextEdit(document: LangiumDocument, text: string, pick: () => number): { kind: string; text: string } {
    const tokens = tokensInBlocks(document);
    const choose = <T>(items: T[]): T => items[Math.floor(pick() * items.length)];
    const roll = pick();
    const named = tokens.filter(leaf => leaf.tokenType.name === 'ID');
    if (roll < 0.3 && named.length > 0) {
        // Renames a name or a reference: references resolve differently, diagnostics change.
        const leaf = choose(named);
        const at = leaf.offset + Math.floor(pick() * (leaf.length + 1));
        return { kind: `letter in name ${leaf.text}`, text: splice(text, at, at, 'x') };
    }
    const strings = tokens.filter(leaf => leaf.tokenType.name === 'STRING' && leaf.length > 2);
    if (roll < 0.55 && strings.length > 0) {
        const leaf = choose(strings);
        let at = leaf.offset + 1 + Math.floor(pick() * (leaf.length - 1));
        while (text[at - 1] === '\\') at--;
        return { kind: 'letter in text', text: splice(text, at, at, choose(['q', 'ä', ' '])) };
    }
    if (roll < 0.75 && tokens.length > 0) {
        const leaf = choose(tokens);
        return { kind: 'line or comment in block', text: splice(text, leaf.offset, leaf.offset, choose(['\n    ', '// note\n    ', '/* a */ '])) };
    }
    if (roll < 0.9 && tokens.length > 0) {
        // Deleting a whole token may leave the block unparseable (a full parse) or change its AST.
        const leaf = choose(tokens);
        return { kind: `${leaf.tokenType.name} deleted`, text: splice(text, leaf.offset, leaf.end, '') };
    }
    const numbers = tokens.filter(leaf => /^\d/.test(leaf.text));
    if (numbers.length > 0) {
        const leaf = choose(numbers);
        return { kind: 'digit typed', text: splice(text, leaf.end, leaf.end, String(Math.floor(pick() * 10))) };
    }
    return { kind: 'space at start', text: ` ${text}` };
}

async function editAndCompare(name: string, original: string, edits: number, seed: number): Promise<{ blockWalks: number; fullWalks: number }> {
    const uri = URI.file(join('/incremental-walk', name));
    let text = original;
    let edited = await incremental.open(uri, text);
    let full = await reference.open(uri, text);
    const pick = seededRandom(seed);
    const before = { ...treeIndexStatistics };
    let lastClean = text;
    try {
        for (let i = 0; i < edits; i++) {
            const broken = edited.parseResult.parserErrors.length + edited.parseResult.lexerErrors.length > 0;
            const edit = broken && pick() < 0.6 ? { kind: 'undo', text: lastClean } : nextEdit(edited, text, pick);
            if (edit.text === text) continue;
            text = edit.text;
            edited = await incremental.change(uri, text);
            full = await reference.change(uri, text);
            if (edited.parseResult.parserErrors.length + edited.parseResult.lexerErrors.length === 0) lastClean = text;
            const label = `${name} #${i} ${edit.kind} (seed ${seed})`;
            const root = edited.parseResult.value;
            expect(differences(treeIndexOf(root), buildTreeIndex(root)), `${label}: index`).toEqual([]);
            expect(incremental.references(edited), `${label}: references`).toEqual(reference.references(full));
            expect(comparableDiagnostics(edited), `${label}: diagnostics`).toEqual(comparableDiagnostics(full));
        }
    } finally {
        await incremental.close(uri);
        await reference.close(uri);
    }
    return { blockWalks: treeIndexStatistics.blockWalks - before.blockWalks, fullWalks: treeIndexStatistics.fullWalks - before.fullWalks };
}

describe('tree index after an incremental re-parse', () => {
    it('equals a full walk, edit after edit, on the 360dialog example', async () => {
        const text = readFileSync(join(repoRoot, 'examples', '360dialog.dpa'), 'utf8');
        const walks = await editAndCompare('360dialog.dpa', text, 40, 360);
        expect(walks.blockWalks).toBeGreaterThan(10);
    }, 180_000);

    it('equals a full walk, edit after edit, on the synthetic DPA of the benchmark', async () => {
        const walks = await editAndCompare('synthetic.dpa', syntheticDpa(repoRoot, 6), 40, 20261202);
        expect(walks.blockWalks).toBeGreaterThan(10);
        // Edits that break a block are parsed, and walked, in full.
        expect(walks.fullWalks).toBeGreaterThan(0);
    }, 300_000);

    it('walks only the changed sub-processor of the 2,000-line benchmark file', async () => {
        const text: string = syntheticDpa(repoRoot, 88);
        const uri = URI.file('/incremental-walk/keystroke.dpa');
        const document = await incremental.open(uri, text);
        try {
            const at = text.indexOf('Vendor 0 Ltd') + 'Vendor 0 '.length;
            const before = { ...treeIndexStatistics };
            await incremental.change(uri, splice(text, at, at, 'x'));
            expect(treeIndexStatistics.blockWalks - before.blockWalks).toBe(1);
            expect(treeIndexStatistics.fullWalks - before.fullWalks).toBe(0);
            const root = document.parseResult.value;
            expect(differences(treeIndexOf(root), buildTreeIndex(root))).toEqual([]);
        } finally {
            await incremental.close(uri);
        }
    });
});
