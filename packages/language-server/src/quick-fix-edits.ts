import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { ast } from '@dpa-as-code/language';
import { blockMemberStarts, firstToken } from './grammar-queries.js';

/*
 * Text edits for quick fixes: where a new property goes inside a `{ … }` block, with the file's
 * own indentation and line ends, so that an inserted clause or flag looks as if it had been typed.
 * Edits are kept as offsets until the end (`toTextEdits`).
 */

/** An edit in offsets of the document text. */
export interface OffsetEdit {
    start: number;
    end: number;
    newText: string;
}

/** One quick fix before it becomes an LSP code action. */
export interface QuickFix {
    title: string;
    edits: OffsetEdit[];
    preferred?: boolean;
}

/** What every quick fix needs to know about the document and the diagnostic it fixes. */
export interface QuickFixContext {
    readonly document: LangiumDocument;
    readonly text: string;
    readonly agreement: ast.Agreement;
    readonly diagnostic: Diagnostic;
    /** The diagnostic's code: a lint rule id or a validator code. */
    readonly code: string | undefined;
    readonly layout: TextLayout;
    readonly blocks: BlockMembers;
}

// ---------------------------------------------------------------- the file's layout

/** How the file writes line ends and one level of indentation. */
export interface TextLayout {
    eol: string;
    unit: string;
}

/** The file's line end and indentation unit (tabs, or the smallest indentation in spaces; four spaces if nothing is indented). */
export function textLayout(text: string): TextLayout {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    let tabs = 0;
    let spaced = 0;
    let smallest = Infinity;
    for (const line of text.split(/\r?\n/)) {
        const match = /^([ \t]+)(\S)/.exec(line);
        if (!match || match[2] === '*') continue; // continuation lines of block comments
        if (match[1].startsWith('\t')) {
            tabs++;
        } else {
            spaced++;
            smallest = Math.min(smallest, match[1].length);
        }
    }
    if (tabs > spaced) return { eol, unit: '\t' };
    return { eol, unit: spaced > 0 && smallest >= 2 && smallest <= 8 ? ' '.repeat(smallest) : '    ' };
}

/** The leading whitespace of the line that contains `offset`. */
export function lineIndentAt(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Whether only whitespace precedes `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*$/.test(text.slice(lineStart, offset));
}

/**
 * Templates (the snippets' and the fixes' own) are written with four spaces per level and `\n`:
 * this re-indents every line after the first with the file's unit below `indent`.
 */
export function indentTemplate(template: string, indent: string, layout: TextLayout): string {
    return template.split('\n').map((line, index) => {
        const match = /^((?: {4})*)(.*)$/.exec(line)!;
        const levels = match[1].length / 4;
        return index === 0 ? line : indent + layout.unit.repeat(levels) + match[2];
    }).join(layout.eol);
}

/** A multi-line template on one line, for blocks written on one line (`audits { information on request }`). */
export function flattenTemplate(template: string): string {
    return template.split('\n').map(line => line.trim()).filter(line => line.length > 0).join(' ');
}

// ---------------------------------------------------------------- members of a block

/** One property inside a block's braces (`at controller choice`, `text de "…" en "…"`, `inspections { … }`). */
export interface Member {
    /** The grammar property it sets (`controllersChoice`, `text`, `inspections`, `clauses`). */
    property: string | undefined;
    first: CstNode;
    last: CstNode;
}

/** A node's own braces and the properties between them. */
export interface Block {
    open: CstNode;
    close: CstNode;
    members: Member[];
}

/**
 * Finds the properties inside a node's braces from the grammar: every `'{' BODY '}'` lists the
 * keywords and rule calls that can start a property of BODY (as the formatter reads them).
 */
export class BlockMembers {
    /** Keyword that starts a property → the property it sets. */
    private readonly startKeywords = new Map<GrammarAST.Keyword, string | undefined>();
    /** Per grammar rule, the properties assigned by a rule call that starts a property (`inspections`, `clauses`, `services`). */
    private readonly startCalls = new Map<string, Set<string>>();

    constructor(grammar: GrammarAST.Grammar) {
        for (const start of blockMemberStarts(grammar)) this.addStart(start);
    }

    private addStart(element: GrammarAST.AbstractElement): void {
        if (GrammarAST.isKeyword(element)) {
            this.startKeywords.set(element, propertyOf(element));
        } else if (GrammarAST.isRuleCall(element)) {
            const assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment);
            const rule = AstUtils.getContainerOfType(element, GrammarAST.isParserRule);
            if (assignment && rule) {
                const features = this.startCalls.get(rule.name) ?? new Set<string>();
                features.add(assignment.feature);
                this.startCalls.set(rule.name, features);
            }
        }
    }

    /** The node's own `{ … }` with its properties, or undefined when it has no braces (`service "CDN"`). */
    blockOf(node: AstNode): Block | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const leaves = CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden).toArray();
        const own = (leaf: CstNode, text: string) => leaf.astNode === node && leaf.text === text && GrammarAST.isKeyword(leaf.grammarSource);
        const openIndex = leaves.findIndex(leaf => own(leaf, '{'));
        let closeIndex = -1;
        for (let i = leaves.length - 1; i > openIndex; i--) {
            if (own(leaves[i], '}')) { closeIndex = i; break; }
        }
        if (openIndex < 0 || closeIndex < 0) return undefined;
        const callFeatures = this.startCalls.get(node.$type);
        const members: Member[] = [];
        for (let i = openIndex + 1; i < closeIndex; i++) {
            const leaf = leaves[i];
            let property: string | undefined;
            let starts = false;
            if (leaf.astNode === node && GrammarAST.isKeyword(leaf.grammarSource) && this.startKeywords.has(leaf.grammarSource)) {
                starts = true;
                property = this.startKeywords.get(leaf.grammarSource);
            } else {
                const child = childOf(node, leaf.astNode);
                if (child && child.$containerProperty && callFeatures?.has(child.$containerProperty) && firstLeafOffset(child) === leaf.offset) {
                    starts = true;
                    property = child.$containerProperty;
                }
            }
            if (starts || members.length === 0) {
                members.push({ property, first: leaf, last: leaf });
            } else {
                members[members.length - 1].last = leaf;
            }
        }
        return { open: leaves[openIndex], close: leaves[closeIndex], members };
    }
}

/** The ancestor of `descendant` (or itself) that is a direct child of `node`. */
function childOf(node: AstNode, descendant: AstNode): AstNode | undefined {
    let current: AstNode | undefined = descendant;
    while (current && current.$container !== node) current = current.$container;
    return current;
}

function firstLeafOffset(node: AstNode): number | undefined {
    return node.$cstNode ? firstToken(node.$cstNode)?.offset : undefined;
}

/** The property a member-starting keyword belongs to: its own assignment, else the first one of its alternative. */
function propertyOf(keyword: GrammarAST.Keyword): string | undefined {
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    if (assignment) return assignment.feature;
    const group = keyword.$container;
    if (group && GrammarAST.isGroup(group)) {
        const first = AstUtils.streamAllContents(group).find(GrammarAST.isAssignment);
        return first?.feature;
    }
    return undefined;
}


// ---------------------------------------------------------------- inserting into a block

/** Properties that close a block's content (its wording, notes): new flags go before them. */
const TRAILING_PROPERTIES = new Set(['text', 'notes']);

export interface InsertOptions {
    /**
     * Properties the new one follows in the grammar's order: it goes right after the last of
     * these the block has (`at controller choice` after `action …`), or first in the block if it
     * has none of them. Without this list it goes last, before the block's closing text properties.
     */
    after?: readonly string[];
}

/**
 * Inserts one or more properties (a template: one property per line, nested blocks indented by
 * four spaces) into the braces of `node`. A block written over several lines gets the properties
 * on lines of their own, indented like its other properties; a block on one line stays on one line.
 */
export function insertIntoBlock(context: QuickFixContext, node: AstNode, template: string, options: InsertOptions = {}): OffsetEdit | undefined {
    const block = context.blocks.blockOf(node);
    if (!block) return undefined;
    const { text, layout } = context;
    const anchor = anchorOf(block, options);
    const multiline = lineOf(text, block.open.offset) !== lineOf(text, block.close.offset);
    if (!multiline) {
        const gapAfter = text.slice(anchor.end, block.close.offset);
        const spaceAfter = anchor === block.open && gapAfter.length === 0 ? ' ' : '';
        return { start: anchor.end, end: anchor.end, newText: ` ${flattenTemplate(template)}${spaceAfter}` };
    }
    const lined = block.members.find(member => startsLine(text, member.first.offset));
    const indent = lined ? lineIndentAt(text, lined.first.offset) : lineIndentAt(text, block.open.offset) + layout.unit;
    // After the anchor's line if only a comment follows it there; else right after the anchor.
    const lineEnd = endOfLine(text, anchor.end);
    const rest = text.slice(anchor.end, lineEnd);
    const offset = /^[ \t]*(\/\/.*)?$/.test(rest) ? lineEnd : anchor.end;
    return { start: offset, end: offset, newText: layout.eol + indent + indentTemplate(template, indent, layout) };
}

function anchorOf(block: Block, options: InsertOptions): CstNode {
    const members = block.members;
    if (options.after) {
        for (let i = members.length - 1; i >= 0; i--) {
            const property = members[i].property;
            if (property !== undefined && options.after.includes(property)) return members[i].last;
        }
        return block.open;
    }
    let last = members.length - 1;
    while (last >= 0 && TRAILING_PROPERTIES.has(members[last].property ?? '')) last--;
    return last >= 0 ? members[last].last : block.open;
}

function lineOf(text: string, offset: number): number {
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
}

/** The offset of the end of the line at `offset` (before `\r\n` or `\n`). */
function endOfLine(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    return text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** A new top-level section at the end of the file, after one blank line (the file's trailing line end stays last). */
export function appendSection(context: QuickFixContext, template: string): OffsetEdit {
    const { text, layout } = context;
    const end = text.replace(/\s+$/, '').length;
    return { start: end, end, newText: layout.eol + layout.eol + indentTemplate(template, '', layout) };
}

// ---------------------------------------------------------------- turning offsets into LSP edits

/** Sorted, with an insertion right at the end of a replacement merged into it (LSP edits must not overlap). */
export function toTextEdits(document: LangiumDocument, edits: readonly OffsetEdit[]): TextEdit[] {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: OffsetEdit[] = [];
    for (const edit of sorted) {
        const previous = merged[merged.length - 1];
        if (previous && edit.start === previous.end && edit.start === edit.end) {
            previous.newText += edit.newText;
        } else if (previous && edit.start < previous.end) {
            continue; // overlapping: keep the first
        } else {
            merged.push({ ...edit });
        }
    }
    const textDocument = document.textDocument;
    return merged.map(edit => ({
        range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) },
        newText: edit.newText
    }));
}

/** The AST node that owns the first token of the diagnostic's range. */
export function nodeAtDiagnostic(context: QuickFixContext): AstNode | undefined {
    const root = context.agreement.$cstNode;
    if (!root) return undefined;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    return CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
}
