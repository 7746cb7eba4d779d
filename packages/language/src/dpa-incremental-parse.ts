import type { CancellationToken } from 'vscode-languageserver';
import {
    DefaultLangiumDocumentFactory, GrammarAST, GrammarUtils, isAstNode, isCompositeCstNode, isLeafCstNode, isMultiReference, isReference,
    type AstNode, type CompositeCstNode, type CstNode, type Grammar, type LangiumCoreServices, type LangiumDocument,
    type LeafCstNode, type ParseResult, type RootCstNode, type TextDocument, type URI
} from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { moveLineStarts, rangeInRoot, takeTokensListedWhileParsing } from './dpa-parser-memory.js';
import { rememberConstructsFromFirstModel } from './model-builder.js';

/**
 * Incremental parsing for the editor. A keystroke inside a braced block (a sub-processor, a service,
 * a measure group, a section such as `obligations { … }`) re-parses only that block with its own grammar
 * rule and splices the result into the document's existing trees; anything else is parsed in full.
 *
 * The shortcut is taken only where it gives what a full parse would: the previous parse had no errors,
 * the edit lies strictly between the block's `{` and its closing `}` (so the tokens that chose the rule
 * are unchanged), and the new block text parses with that rule without a single lexer or parser error
 * and ends at that `}`. test/language/incremental-parse.test.ts compares it with full parses.
 */
export class DpaDocumentFactory extends DefaultLangiumDocumentFactory {
    /** How often each path was taken, for tests and benchmarks. */
    readonly statistics = { reparsedBlocks: 0, fullParses: 0 };
    /** Off: every change is parsed in full (to compare both ways). */
    incremental = true;
    /** On in the editor: each document's first model is remembered for the next (see `rememberConstructsFromFirstModel`). */
    remembersFirstModels = false;
    private readonly blockRulesByLanguage = new Map<string, ReadonlySet<string>>();
    /** The documents being updated: only an update has a previous parse to start from. */
    private readonly updating = new Map<string, LangiumDocument>();

    protected override createLangiumDocument<T extends AstNode = AstNode>(parseResult: ParseResult<T>, uri: URI, textDocument?: TextDocument, text?: string): LangiumDocument<T> {
        const document = super.createLangiumDocument(parseResult, uri, textDocument, text);
        if (this.remembersFirstModels) rememberConstructsFromFirstModel(document);
        return document;
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const previous = this.incremental ? this.updating.get(uri.toString())?.parseResult : undefined;
        if (previous) {
            const services = this.serviceRegistry.getServices(uri);
            let result: ParseResult | undefined;
            try {
                result = reparseChangedBlock(previous, text, services, this.blockRules(services));
            } catch {
                // Never worse than before: a full parse builds all-new trees, whatever state the old ones are in.
                result = undefined;
            }
            if (result) {
                this.statistics.reparsedBlocks++;
                return Promise.resolve(result as ParseResult<T>);
            }
        }
        this.statistics.fullParses++;
        return super.parseAsync(uri, text, cancellationToken);
    }

    private blockRules(services: LangiumCoreServices): ReadonlySet<string> {
        const language = services.LanguageMetaData.languageId;
        let rules = this.blockRulesByLanguage.get(language);
        if (!rules) {
            rules = bracedBlockRules(services.Grammar);
            this.blockRulesByLanguage.set(language, rules);
        }
        return rules;
    }
}

/**
 * The grammar rules whose text is one self-contained braced block: `keyword … { … }`, ending in that
 * `}` (possibly as an optional `{ … }` tail, as for `service` and `measure`). Rules with actions
 * (`{infer X}`) or another return type are left out: the node's type must name the rule to call.
 */
export function bracedBlockRules(grammar: Grammar): ReadonlySet<string> {
    const names = new Set<string>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.entry || rule.fragment || GrammarUtils.isDataTypeRule(rule)) continue;
        if (GrammarUtils.getRuleTypeName(rule) !== rule.name || containsAction(rule.definition)) continue;
        if (endsWithClosingBrace(rule.definition) && containsKeyword(rule.definition, '{')) names.add(rule.name);
    }
    return names;
}

function endsWithClosingBrace(element: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isKeyword(element)) return element.value === '}' && element.cardinality === undefined;
    if (GrammarAST.isGroup(element) && element.elements.length > 0 && (element.cardinality === undefined || element.cardinality === '?')) {
        return endsWithClosingBrace(element.elements[element.elements.length - 1]);
    }
    return false;
}

function containsAction(element: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isAction(element)) return true;
    return (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) && element.elements.some(containsAction);
}

function containsKeyword(element: GrammarAST.AbstractElement, value: string): boolean {
    if (GrammarAST.isKeyword(element)) return element.value === value;
    return (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) && element.elements.some(child => containsKeyword(child, value));
}

/** Where old and new text differ: `[start, oldEnd)` of the old text became `[start, newEnd)`. */
interface TextChange { start: number; oldEnd: number; newEnd: number }

export function textChange(oldText: string, newText: string): TextChange {
    const shorter = Math.min(oldText.length, newText.length);
    // Whole chunks first: comparing substrings runs natively, many times faster than a loop over characters.
    let start = 0;
    while (start + CHUNK <= shorter && oldText.substring(start, start + CHUNK) === newText.substring(start, start + CHUNK)) start += CHUNK;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    const room = shorter - start;
    let suffix = 0;
    while (suffix + CHUNK <= room && oldText.substring(oldText.length - suffix - CHUNK, oldText.length - suffix) === newText.substring(newText.length - suffix - CHUNK, newText.length - suffix)) suffix += CHUNK;
    while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

const CHUNK = 2048;

/** A block of the old tree: the composite holding its tokens, the AST node it made and that node's place. */
interface Block { holder: CompositeCstNode; node: AstNode; container: AstNode; anchor: CstNode; ancestors: CompositeCstNode[] }

/**
 * Which block each re-parse replaced, keyed by the new root: the tree index (dpa-ast-walk.ts) is then
 * rebuilt from the previous root's for that block only. An entry is dropped once used or once its root
 * is itself re-parsed, so old trees are never kept in a chain.
 */
export const blockReplacements = new WeakMap<AstNode, { previousRoot: AstNode; replacedBlock: AstNode; newBlock: AstNode }>();

/**
 * The new parse result, with the changed block re-parsed and spliced in, or `undefined` when a full
 * parse is needed. The trees are updated in place, except the root AST node, which is a new object
 * (per-parse caches such as the language server's compiled model are keyed by it).
 */
export function reparseChangedBlock(previous: ParseResult, newText: string, services: LangiumCoreServices, blockRules: ReadonlySet<string>): ParseResult | undefined {
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0 || (previous.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const oldRoot = previous.value;
    const rootCst = oldRoot.$cstNode;
    if (rootCst === undefined) return undefined;
    if (rootCst.root !== rootCst || rootCst.astNode !== oldRoot) return undefined;
    const oldText = rootCst.root.fullText;
    const change = textChange(oldText, newText);
    const block = innermostBlockAround(rootCst.root, change, blockRules);
    if (!block) return undefined;

    const delta = newText.length - oldText.length;
    const blockStart = block.holder.offset;
    const oldBlockEnd = block.holder.end;
    const blockText = newText.substring(blockStart, oldBlockEnd + delta);
    const result = services.parser.LangiumParser.parse(blockText, { rule: block.node.$type });
    const parsed = result.value;
    const parsedCst = parsed.$cstNode;
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    if (parsed.$type !== block.node.$type || !parsedCst || !isCompositeCstNode(parsedCst)) return undefined;
    const lastToken = parsedCst.content[parsedCst.content.length - 1];
    if (!isLeafCstNode(lastToken) || lastToken.hidden || lastToken.text !== '}' || lastToken.end !== blockText.length) return undefined;
    const root = rootCst.root;
    const oldBlockLeaves = leavesInTextOrder(block.holder);
    const isBlockAt = (list: LeafCstNode[], index: number) => index >= 0 && list[index + oldBlockLeaves.length - 1] === oldBlockLeaves[oldBlockLeaves.length - 1];
    let leaves = documentLeaves(root);
    let first = indexOfLeaf(leaves, oldBlockLeaves[0]);
    if (!isBlockAt(leaves, first)) {
        // The list no longer matches the tree (never expected): list the tree's tokens anew.
        leaves = leavesInTextOrder(root);
        leavesByRoot.set(root, leaves);
        first = indexOfLeaf(leaves, oldBlockLeaves[0]);
        if (!isBlockAt(leaves, first)) return undefined;
    }
    const newRoot = copyRoot(oldRoot, rootCst, services);
    if (!newRoot) return undefined;

    const storedRanges: LeafCstNode[] = [];
    const newBlockLeaves: LeafCstNode[] = [];
    shiftLeaves(leaves, first + oldBlockLeaves.length, delta, storedRanges);
    for (const ancestor of block.ancestors) forgetRange(ancestor);
    adoptTokens(parsedCst, block.holder, root, blockStart, storedRanges, newBlockLeaves);
    spliceLeaves(leaves, first, oldBlockLeaves.length, newBlockLeaves);
    replaceNode(block, parsed, newRoot, oldRoot);
    (root as unknown as { _text: string })._text = newText;
    moveLineStarts(root, newText, change);
    for (const leaf of storedRanges) (leaf as unknown as StoredRange)._range = rangeInRoot(root, leaf.offset, leaf.length);
    blockReplacements.delete(oldRoot);
    blockReplacements.set(newRoot, { previousRoot: oldRoot, replacedBlock: block.node, newBlock: parsed });
    return { value: newRoot, lexerErrors: [], parserErrors: [], lexerReport: result.lexerReport };
}

/** The smallest block of a reparseable rule whose braces strictly enclose the change. */
function innermostBlockAround(root: RootCstNode, change: TextChange, blockRules: ReadonlySet<string>): Block | undefined {
    let found: Block | undefined;
    const path: CompositeCstNode[] = [root];
    let current: CompositeCstNode = root;
    for (;;) {
        const child = compositeChildAround(current, change);
        if (!child) break;
        current = child;
        path.push(child);
        const block = asBlock(child, change, blockRules);
        if (block) found = { ...block, ancestors: path.slice(0, -1) };
    }
    return found;
}

/** The composite child covering `[start, oldEnd)`; children are in text order. */
function compositeChildAround(node: CompositeCstNode, change: TextChange): CompositeCstNode | undefined {
    const content = node.content;
    let low = 0;
    let high = content.length - 1;
    let candidate = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (content[middle].offset <= change.start) {
            candidate = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    const child = candidate >= 0 ? content[candidate] : undefined;
    return child && isCompositeCstNode(child) && change.oldEnd <= child.end ? child : undefined;
}

/** The block `node` holds, when it is the token holder of a reparseable rule and its braces enclose the change. */
function asBlock(node: CompositeCstNode, change: TextChange, blockRules: ReadonlySet<string>): Omit<Block, 'ancestors'> | undefined {
    const source = node.grammarSource;
    if (!GrammarAST.isRuleCall(source)) return undefined;
    const ruleName = source.rule.ref?.name;
    if (!ruleName || !blockRules.has(ruleName)) return undefined;
    const astNode = node.astNode;
    const container = astNode.$container;
    const anchor = astNode.$cstNode;
    if (astNode.$type !== ruleName || !container || !anchor) return undefined;
    // The node's own CST node is the holder or wraps only it (`Section: … | SubProcessor | …`).
    for (let wrapped: CstNode = node; wrapped !== anchor;) {
        const wrapper = wrapped.container;
        if (wrapper?.content.length !== 1) return undefined;
        wrapped = wrapper;
    }
    const opening = node.content.find(child => isLeafCstNode(child) && !child.hidden && GrammarAST.isKeyword(child.grammarSource) && child.grammarSource.value === '{');
    const closing = node.content[node.content.length - 1];
    if (!opening || !isLeafCstNode(closing) || closing.hidden || !GrammarAST.isKeyword(closing.grammarSource) || closing.grammarSource.value !== '}') return undefined;
    if (opening.end > change.start || change.oldEnd > closing.offset) return undefined;
    return { holder: node, node: astNode, container, anchor };
}

/**
 * Tokens made by the parser compute their range from the text when asked (dpa-parser-memory.ts);
 * comments keep the range Langium stored when they were read, which must be computed again.
 */
interface StoredRange { _range?: Range }

function keepsStoredRange(leaf: LeafCstNode): boolean {
    return (leaf as unknown as StoredRange)._range !== undefined;
}

/**
 * The document's tokens (comments included) in text order, kept with its root between keystrokes, so that
 * moving every token after the changed block is one loop over a list instead of a walk over the tree
 * (37,000 lines: a few hundred thousand nodes, about 35 ms per keystroke). In the editor the parser lists
 * them as it makes them (`listTokensWhileParsing`); otherwise they are gathered at the first re-parse of a
 * block (the `dpa` command never lists them). Each re-parse splices the block's new tokens in for its old ones. The root is a new object after every full parse, which drops the list.
 */
const leavesByRoot = new WeakMap<RootCstNode, LeafCstNode[]>();

function documentLeaves(root: RootCstNode): LeafCstNode[] {
    let leaves = leavesByRoot.get(root);
    if (!leaves) {
        leaves = takeTokensListedWhileParsing(root) ?? leavesInTextOrder(root);
        leavesByRoot.set(root, leaves);
    }
    return leaves;
}

/** The token list kept for `root`, if any (for tests: it must equal the tree's leaves in text order). */
export function trackedLeaves(root: RootCstNode): readonly LeafCstNode[] | undefined {
    return leavesByRoot.get(root);
}

function leavesInTextOrder(node: CompositeCstNode, into: LeafCstNode[] = []): LeafCstNode[] {
    for (const child of node.content) {
        if (isCompositeCstNode(child)) leavesInTextOrder(child, into);
        else into.push(child as LeafCstNode);
    }
    return into;
}

/** Where `leaf` is in the list, found by its offset (the list is in text order), or -1. */
function indexOfLeaf(leaves: readonly LeafCstNode[], leaf: LeafCstNode | undefined): number {
    if (!leaf) return -1;
    const offset = leaf.offset;
    let low = 0;
    let high = leaves.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (leaves[middle].offset < offset) low = middle + 1; else high = middle;
    }
    // Tokens of no length may share an offset.
    for (let i = low; i < leaves.length && leaves[i].offset === offset; i++) if (leaves[i] === leaf) return i;
    return -1;
}

/** Moves the tokens from `from` on by `delta`. */
function shiftLeaves(leaves: readonly LeafCstNode[], from: number, delta: number, storedRanges: LeafCstNode[]): void {
    // Even with no change in length, a comment's stored line and column may have moved (a character became a line break).
    for (let i = from; i < leaves.length; i++) {
        const leaf = leaves[i];
        (leaf as unknown as { _offset: number })._offset += delta;
        if (keepsStoredRange(leaf)) storedRanges.push(leaf);
    }
}

/** Replaces `count` tokens at `start` by `replacement` (a block holds a few hundred at most, so spreading them is safe). */
function spliceLeaves(leaves: LeafCstNode[], start: number, count: number, replacement: LeafCstNode[]): void {
    leaves.splice(start, count, ...replacement);
}

/** Moves the block parse's tokens into the old holder, at their place in the whole text and under the document's root. */
function adoptTokens(parsed: CompositeCstNode, holder: CompositeCstNode, root: RootCstNode, blockStart: number, storedRanges: LeafCstNode[], adopted: LeafCstNode[]): void {
    const reRoot = (node: CstNode): void => {
        (node as unknown as { root: RootCstNode }).root = root;
        if (isCompositeCstNode(node)) {
            forgetRange(node);
            for (const child of node.content) reRoot(child);
            return;
        }
        (node as unknown as { _offset: number })._offset += blockStart;
        adopted.push(node as LeafCstNode);
        if (keepsStoredRange(node as LeafCstNode)) storedRanges.push(node as LeafCstNode);
    };
    holder.content.length = 0;
    for (const child of parsed.content) {
        reRoot(child);
        // The container's push sets the child's container link.
        holder.content.push(child);
    }
    forgetRange(holder);
}

/** Langium's CST nodes have a setter for their AST node; the public type marks it read-only. */
function setAstNode(node: CstNode, astNode: AstNode): void {
    (node as { astNode: AstNode }).astNode = astNode;
}

function forgetRange(node: CompositeCstNode): void {
    // Only where set: adding the field to every node would grow them all.
    const cached = node as unknown as { _rangeCache?: unknown };
    if (cached._rangeCache !== undefined) cached._rangeCache = undefined;
}

/** Puts `parsed` where `old` was in the AST; the old node's CST anchor now stands for the new node. */
function replaceNode(block: Block, parsed: AstNode, newRoot: AstNode, oldRoot: AstNode): void {
    const container = block.container === oldRoot ? newRoot : block.container;
    const property = block.node.$containerProperty ?? '';
    const index = block.node.$containerIndex;
    const anchor = block.anchor;
    const slot = (container as unknown as Record<string, unknown>)[property];
    if (index !== undefined && Array.isArray(slot)) slot[index] = parsed; else (container as unknown as Record<string, unknown>)[property] = parsed;
    const mutable = parsed as { -readonly [K in keyof AstNode]: AstNode[K] };
    mutable.$container = container;
    mutable.$containerProperty = property;
    mutable.$containerIndex = index;
    mutable.$cstNode = anchor;
    setAstNode(anchor, parsed);
}

/**
 * A new root AST node with the old one's content: its children point to it, arrays are copied (the
 * old root keeps its own), and its own references are made anew for it, as the parser would.
 */
function copyRoot(oldRoot: AstNode, rootCst: CstNode, services: LangiumCoreServices): AstNode | undefined {
    const entries = Object.entries(oldRoot);
    // Langium builds multi-references differently; this grammar has none, so such a root is parsed in full.
    if (entries.some(([, value]) => isMultiReference(value) || (Array.isArray(value) && value.some(isMultiReference)))) return undefined;
    const linker = services.references.Linker;
    const newRoot: Record<string, unknown> = {};
    const adopt = (value: unknown, property: string): unknown => {
        if (isAstNode(value)) {
            (value as { $container?: AstNode }).$container = newRoot as unknown as AstNode;
            return value;
        }
        if (isReference(value)) return linker.buildReference(newRoot as unknown as AstNode, property, value.$refNode, value.$refText);
        return value;
    };
    for (const [property, value] of entries) {
        if (property.startsWith('$')) newRoot[property] = value;
        else if (Array.isArray(value)) newRoot[property] = value.map(item => adopt(item, property));
        else newRoot[property] = adopt(value, property);
    }
    const root = newRoot as unknown as AstNode;
    setAstNode(rootCst, root);
    return root;
}
