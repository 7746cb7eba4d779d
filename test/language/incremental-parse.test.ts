import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, URI, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { comparableDiagnostics, EditorWorkspace, seededRandom, splice } from './editor-workspace.js';
import { compiledDocument } from '../../packages/language-server/src/document-model.js';
import { bracedBlockRules, trackedLeaves } from '../../packages/language/src/dpa-incremental-parse.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';

/*
 * Issue 12, keystroke latency: an edit inside one braced block re-parses only that block
 * (packages/language/src/dpa-incremental-parse.ts). Each edit below goes through the language
 * server's update path twice: once with the shortcut and once parsing in full, in two separate
 * workspaces with the same history, and the two documents must agree in everything the editor and
 * the later stages see: AST, every CST node, diagnostics (with lint, as the Problems view gets them)
 * and the compiled model.
 */

const repoRoot = join(import.meta.dirname, '..', '..');

class Workspace extends EditorWorkspace {}

const incremental = new Workspace(true);
const reference = new Workspace(false);
const blockRules = bracedBlockRules(incremental.services.Dpa.Grammar);

/** Everything about a CST node that a later stage can read. */
function describeCst(node: CstNode): string {
    const source = node.grammarSource;
    const grammar = GrammarAST.isKeyword(source) ? `'${source.value}'` : GrammarAST.isRuleCall(source) ? source.rule.ref?.name : source?.$type;
    const own = isLeafCstNode(node) ? `${node.tokenType.name}${node.hidden ? ' hidden' : ''}` : `${node.astNode.$type}`;
    return `${own} ${grammar} ${node.offset}+${node.length} ${JSON.stringify(node.range)} ${JSON.stringify(node.text)}`;
}

/** The links that the splice sets by hand: container and root of every CST node, container and CST node of every AST node. */
function brokenLinks(document: LangiumDocument): string[] {
    const broken: string[] = [];
    const rootNode = document.parseResult.value;
    const rootCst = rootNode.$cstNode!;
    if (rootCst.astNode !== rootNode) broken.push('root CST node → root AST node');
    if (rootNode.$document !== document) broken.push('root AST node → document');
    for (const node of CstUtils.streamCst(rootCst)) {
        if (node.root !== rootCst) broken.push(`root of ${describeCst(node)}`);
        if (isCompositeCstNode(node)) for (const child of node.content) if (child.container !== node) broken.push(`container of ${describeCst(child)}`);
    }
    for (const node of AstUtils.streamAst(rootNode)) {
        if (AstUtils.getDocument(node) !== document) broken.push(`document of ${node.$type}`);
        for (const child of AstUtils.streamContents(node)) if (child.$container !== node) broken.push(`container of ${child.$type}`);
        if (node.$cstNode && node.$cstNode.astNode !== node) broken.push(`CST node of ${node.$type}`);
    }
    // The token list the factory keeps to move tokens after a block must be the tree's leaves in text order.
    const tracked = trackedLeaves(rootCst.root);
    if (tracked) {
        const leaves = CstUtils.streamCst(rootCst).filter(isLeafCstNode).toArray();
        if (tracked.length !== leaves.length) broken.push(`token list: ${tracked.length} tokens, tree ${leaves.length}`);
        const stray = leaves.findIndex((leaf, index) => tracked[index] !== leaf);
        if (stray >= 0) broken.push(`token list at ${stray}: ${tracked[stray] ? describeCst(tracked[stray]) : 'none'} instead of ${describeCst(leaves[stray])}`);
    }
    return broken;
}

function snapshot(workspace: Workspace, document: LangiumDocument): { ast: string; cst: string[]; diagnostics: string[]; model: string } {
    const rootNode = document.parseResult.value;
    return {
        ast: workspace.services.Dpa.serializer.JsonSerializer.serialize(rootNode, { refText: true, textRegions: true, comments: true }),
        cst: CstUtils.streamCst(rootNode.$cstNode!).map(describeCst).toArray(),
        diagnostics: comparableDiagnostics(document),
        model: JSON.stringify(compiledDocument(document).model ?? null)
    };
}

/** A braced block of a reparseable rule, as the test sees it: the text between its braces may change alone. */
interface Braces { block: CstNode; inside: number; closing: number }

function bracedBlocks(document: LangiumDocument): Braces[] {
    const found: Braces[] = [];
    for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
        if (!isCompositeCstNode(node) || !GrammarAST.isRuleCall(node.grammarSource) || !blockRules.has(node.grammarSource.rule.ref!.name)) continue;
        // The file's root (a sub-processor list) has no container to be put into.
        if (!node.astNode.$container) continue;
        const opening = node.content.find(child => isLeafCstNode(child) && child.text === '{' && GrammarAST.isKeyword(child.grammarSource));
        const closing = node.content.at(-1);
        if (opening && closing?.text === '}') found.push({ block: node, inside: opening.end, closing: closing.offset });
    }
    return found;
}

/** The blocks whose braces enclose `offset`, outermost first. */
const blocksAround = (blocks: Braces[], offset: number): CstNode[] => blocks.filter(braces => braces.inside <= offset && offset <= braces.closing).map(braces => braces.block);
const blockAround = (blocks: Braces[], offset: number): CstNode | undefined => blocksAround(blocks, offset).at(-1);


type Expected = 'block' | 'full' | 'either';
interface Edit { kind: string; text: string; expected: Expected }

const leavesOf = (document: LangiumDocument): LeafCstNode[] => CstUtils.streamCst(document.parseResult.value.$cstNode!).filter(isLeafCstNode).toArray();
const hasErrors = (document: LangiumDocument): boolean => document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;

/** One random edit of the kinds a user makes; `expected` says which path it must take. */
function nextEdit(document: LangiumDocument, text: string, pick: () => number): Edit {
    const leaves = leavesOf(document);
    const blocks = bracedBlocks(document);
    const choose = <T>(items: T[]): T => items[Math.floor(pick() * items.length)];
    const clean = !hasErrors(document);
    const visible = leaves.filter(leaf => !leaf.hidden);
    const inBlock = visible.filter(leaf => blockAround(blocks, leaf.offset));
    const roll = pick();
    const strings = inBlock.filter(leaf => leaf.tokenType.name === 'STRING' && leaf.length > 2);
    if (roll < 0.14 && strings.length > 0) {
        // A letter typed inside a text of a block: always the block path.
        const leaf = choose(strings);
        let at = leaf.offset + 1 + Math.floor(pick() * (leaf.length - 1));
        while (text[at - 1] === '\\') at--;
        return { kind: 'letter in text', text: splice(text, at, at, choose(['q', 'Z', 'ä', ' '])), expected: clean ? 'block' : 'full' };
    }
    if (roll < 0.24 && inBlock.length > 0) {
        // A new line or a comment before a token of a block (lines after it move).
        const leaf = choose(inBlock);
        const insert = choose(['\n    ', '\n\n', '// note\n    ', '/* a\n b */ ', '\r\n  ']);
        return { kind: 'line or comment in block', text: splice(text, leaf.offset, leaf.offset, insert), expected: clean ? 'block' : 'full' };
    }
    if (roll < 0.3) {
        // The same, joining lines: a line break inside a block is removed.
        const breaks = [...text.matchAll(/\n[ \t]*/g)].filter(match => blockAround(blocks, match.index!) && blockAround(blocks, match.index! + match[0].length) === blockAround(blocks, match.index!));
        if (breaks.length > 0) {
            const match = choose(breaks);
            return { kind: 'line joined in block', text: splice(text, match.index!, match.index! + match[0].length, ' '), expected: 'either' };
        }
    }
    if (roll < 0.45 && visible.length > 0) {
        // A character typed into or deleted from any token: name, number, keyword, text.
        const leaf = choose(visible);
        if (pick() < 0.5 && leaf.length > 1) {
            const at = leaf.offset + Math.floor(pick() * leaf.length);
            return { kind: `delete in ${leaf.tokenType.name}`, text: splice(text, at, at + 1, ''), expected: 'either' };
        }
        const at = leaf.offset + Math.floor(pick() * (leaf.length + 1));
        return { kind: `insert in ${leaf.tokenType.name}`, text: splice(text, at, at, choose(['x', '7', '-', '_', ' ', '"', '{', '}', ',', '\n', '/', '*'])), expected: 'either' };
    }
    if (roll < 0.55) {
        // A block's closing brace deleted: the block no longer parses on its own.
        const closings = inBlock.filter(leaf => leaf.text === '}');
        if (closings.length > 0) {
            const leaf = choose(closings);
            return { kind: 'closing brace deleted', text: splice(text, leaf.offset, leaf.end, ''), expected: 'full' };
        }
    }
    if (roll < 0.62 && inBlock.length > 0) {
        // An unterminated text inside a block.
        const leaf = choose(inBlock);
        return { kind: 'quote typed', text: splice(text, leaf.offset, leaf.offset, '"'), expected: 'full' };
    }
    const braces = visible.filter(leaf => leaf.text === '{' || leaf.text === '}');
    if (roll < 0.7 && braces.length > 0) {
        // Typing just outside a block's braces: before its `{` or after its `}`.
        const leaf = choose(braces);
        const at = leaf.text === '{' ? leaf.offset : leaf.end;
        return { kind: 'at a brace', text: splice(text, at, at, choose([' ', 'x', '\n', '{', '}'])), expected: blockAround(blocks, at) ? 'either' : 'full' };
    }
    if (roll < 0.78 && inBlock.length > 0) {
        // A range deleted from one top-level block into the next: no single block holds the change.
        const from = choose(inBlock);
        const outer = blocksAround(blocks, from.offset)[0];
        const later = inBlock.filter(leaf => leaf.offset > outer.end);
        if (later.length > 0) {
            const to = later[Math.min(later.length - 1, Math.floor(pick() * 12))];
            return { kind: 'deleted across blocks', text: splice(text, from.offset, to.offset, ''), expected: 'full' };
        }
    }
    if (roll < 0.84) {
        // A comment line between top-level sections: no block encloses it.
        const tops = visible.filter(leaf => !blockAround(blocks, leaf.offset) && (leaf.offset === 0 || text[leaf.offset - 1] === '\n'));
        if (tops.length > 0) {
            const leaf = choose(tops);
            return { kind: 'top-level comment', text: splice(text, leaf.offset, leaf.offset, '// section\n'), expected: 'full' };
        }
    }
    if (roll < 0.92) {
        // A number changed (ports, days, versions, section numbers).
        const numbers = visible.filter(leaf => /^\d/.test(leaf.text));
        if (numbers.length > 0) {
            const leaf = choose(numbers);
            const at = leaf.offset + Math.floor(pick() * (leaf.length + 1));
            return { kind: 'digit typed', text: splice(text, at, at, String(Math.floor(pick() * 10))), expected: 'either' };
        }
    }
    // A pasted piece of the file itself, at a random place.
    const from = Math.floor(pick() * text.length);
    const piece = text.slice(from, from + Math.floor(pick() * 80));
    const at = Math.floor(pick() * text.length);
    return { kind: 'paste', text: splice(text, at, at, piece), expected: 'either' };
}

async function editAndCompare(name: string, original: string, edits: number, seed: number): Promise<{ block: number; full: number }> {
    const uri = URI.file(join('/incremental', name));
    let text = original;
    let edited = await incremental.open(uri, text);
    let full = await reference.open(uri, text);
    expect(snapshot(incremental, edited)).toEqual(snapshot(reference, full));
    const pick = seededRandom(seed);
    const counts = { block: 0, full: 0 };
    let lastClean = text;
    try {
        for (let i = 0; i < edits; i++) {
            // Most edits that broke the file are undone, so blocks break and are repaired.
            const undo = hasErrors(edited) && pick() < 0.6;
            const edit: Edit = undo ? { kind: 'undo', text: lastClean, expected: 'full' } : nextEdit(edited, text, pick);
            if (edit.text === text) continue;
            text = edit.text;
            const before = { ...incremental.factory.statistics };
            edited = await incremental.change(uri, text);
            full = await reference.change(uri, text);
            const tookBlock = incremental.factory.statistics.reparsedBlocks - before.reparsedBlocks === 1;
            expect(incremental.factory.statistics.reparsedBlocks + incremental.factory.statistics.fullParses - before.reparsedBlocks - before.fullParses, `${name} #${i} ${edit.kind}: one parse`).toBe(1);
            if (tookBlock) counts.block++; else counts.full++;
            if (edit.expected !== 'either') expect(tookBlock ? 'block' : 'full', `${name} #${i} ${edit.kind} (seed ${seed})`).toBe(edit.expected);
            if (!hasErrors(edited)) lastClean = text;
            expect(brokenLinks(edited), `${name} #${i} ${edit.kind}: links (seed ${seed})`).toEqual([]);
            const actual = snapshot(incremental, edited);
            const expected = snapshot(reference, full);
            expect(actual.cst, `${name} #${i} ${edit.kind}: CST (seed ${seed})`).toEqual(expected.cst);
            expect(actual.ast, `${name} #${i} ${edit.kind}: AST (seed ${seed})`).toBe(expected.ast);
            expect(actual.diagnostics, `${name} #${i} ${edit.kind}: diagnostics (seed ${seed})`).toEqual(expected.diagnostics);
            expect(actual.model, `${name} #${i} ${edit.kind}: model (seed ${seed})`).toBe(expected.model);
        }
    } finally {
        await incremental.close(uri);
        await reference.close(uri);
    }
    return counts;
}

function exampleFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(entry => {
        const path = join(folder, entry);
        return statSync(path).isDirectory() ? exampleFiles(path) : entry.endsWith('.dpa') ? [path] : [];
    });
}

describe('incremental parsing of an edit inside a braced block', () => {
    it('knows the block rules from the grammar: sections, sub-processors, services, measure groups', () => {
        for (const rule of ['SubProcessor', 'Service', 'MeasureGroup', 'Measure', 'Obligations', 'Measures', 'Party', 'Transfer']) expect(blockRules.has(rule), rule).toBe(true);
        // The root and rules whose text goes on after a closing brace are never re-parsed alone.
        for (const rule of ['DpaFile', 'Agreement', 'Section', 'Text', 'Liability']) expect(blockRules.has(rule), rule).toBe(false);
    });

    const examples = exampleFiles(join(repoRoot, 'examples'));
    // Each edit builds the file twice with lint; larger files get fewer edits to keep the suite quick.
    it.each(examples.map(path => [relative(repoRoot, path), path]))('gives what a full parse gives, edit after edit: %s', async (name, path) => {
        const text = readFileSync(path, 'utf8');
        const counts = await editAndCompare(name.replaceAll('/', '-'), text, text.length > 10_000 ? 10 : 24, name.length * 7919);
        expect(counts.block).toBeGreaterThan(0);
    }, 180_000);

    it('gives what a full parse gives on the synthetic DPA of the benchmark', async () => {
        const counts = await editAndCompare('synthetic.dpa', syntheticDpa(repoRoot, 6), 40, 20261202);
        expect(counts.block).toBeGreaterThan(8);
        expect(counts.full).toBeGreaterThan(5);
    }, 300_000);

    it('keeps every token in place over many keystrokes: after a nested block, in the last block, line breaks', async () => {
        const text: string = syntheticDpa(repoRoot, 3);
        const uri = URI.file('/incremental/keystrokes.dpa');
        let current = text;
        const edited = await incremental.open(uri, current);
        const full = await reference.open(uri, current);
        try {
            // Inside a sub-processor, right after the closing brace of its last service; in the file's last block
            // (its closing brace is the file's last token but one); a character replaced by a line break (same length).
            const afterService = (t: string) => t.indexOf('}', t.indexOf('service', t.indexOf('Vendor 2 Ltd'))) + 1;
            const lastBlock = (t: string) => t.lastIndexOf('term as main contract') + 'term as main contract'.length;
            const places: Array<[string, (t: string) => number, string]> = [
                ['after a nested block', afterService, ' '],
                ['at the end of the last block', lastBlock, '\n'],
                ['after a nested block', afterService, '\n// note\n']
            ];
            const before = incremental.factory.statistics.reparsedBlocks;
            let keystrokes = 0;
            const check = async (what: string) => {
                await incremental.change(uri, current);
                await reference.change(uri, current);
                keystrokes++;
                expect(brokenLinks(edited), `${what} #${keystrokes}: links`).toEqual([]);
                expect(snapshot(incremental, edited), `${what} #${keystrokes}`).toEqual(snapshot(reference, full));
            };
            for (const [what, place, typed] of places) {
                for (let i = 0; i < 6; i++) {
                    const at = place(current);
                    current = i % 3 === 2 ? splice(current, at, at + typed.length, '') : splice(current, at, at, typed);
                    await check(what);
                }
            }
            // The same length, but the lines after it move: a space inside a block becomes a line break.
            const space = current.indexOf(' ', current.indexOf('{', current.indexOf('Vendor 1 Ltd')) + 1);
            current = splice(current, space, space + 1, '\n');
            await check('line break for a space');
            expect(incremental.factory.statistics.reparsedBlocks - before).toBe(keystrokes);
            expect(trackedLeaves(edited.parseResult.value.$cstNode!.root)).toBeDefined();
        } finally {
            await incremental.close(uri);
            await reference.close(uri);
        }
    }, 120_000);

    it('re-parses only the sub-processor a keystroke changes in the 2,000-line benchmark file', async () => {
        const text: string = syntheticDpa(repoRoot, 88);
        const uri = URI.file('/incremental/keystroke.dpa');
        const edited = await incremental.open(uri, text);
        const full = await reference.open(uri, text);
        try {
            const at = text.indexOf('Vendor 0 Ltd') + 'Vendor 0 '.length;
            const typed = splice(text, at, at, 'x');
            const before = incremental.factory.statistics.reparsedBlocks;
            const oldRoot = edited.parseResult.value;
            const oldVendor = (oldRoot as AstNode & { sections: AstNode[] }).sections.find(section => (section as AstNode & { name?: string }).name === 'Vendor0');
            await incremental.change(uri, typed);
            await reference.change(uri, typed);
            expect(incremental.factory.statistics.reparsedBlocks).toBe(before + 1);
            // A new root (per-parse caches are keyed by it) and a new node for the vendor only.
            const newRoot = edited.parseResult.value as AstNode & { sections: AstNode[] };
            expect(newRoot).not.toBe(oldRoot);
            const newVendor = newRoot.sections.find(section => (section as AstNode & { name?: string }).name === 'Vendor0')!;
            expect(newVendor).not.toBe(oldVendor);
            expect((newVendor as AstNode & { legalName: string[] }).legalName).toEqual(['Vendor 0 xLtd']);
            expect(compiledDocument(edited).model?.subProcessors?.[0]?.legalName).toBe('Vendor 0 xLtd');
            expect(snapshot(incremental, edited)).toEqual(snapshot(reference, full));
        } finally {
            await incremental.close(uri);
            await reference.close(uri);
        }
    });
});
