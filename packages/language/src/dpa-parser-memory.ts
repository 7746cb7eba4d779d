import { CompositeCstNodeImpl, createParser, DatatypeSymbol, LangiumParser, LeafCstNodeImpl, type AstNode, type AstReflection, type CstNode, type LangiumCoreServices, type LeafCstNode, type ParseResult, type ParserOptions, type RootCstNode } from 'langium';
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import { parseWithoutRelinking } from './dpa-parse-linking.js';

/** The parts of Langium's parser that hold on to the last input (not in its public type). */
interface ParserState {
    wrapper: { input: unknown[] };
    nodeBuilder: {
        rootNode?: RootCstNode;
        nodeStack: unknown[];
        current: CstNode & { content: CstNode[] };
        buildLeafNode(token: IToken, feature: unknown): LeafCstNodeImpl;
        buildCompositeNode(feature: unknown): CompositeCstNodeImpl;
        addHiddenNodes(tokens: IToken[]): void;
    };
}

/** The parts of Langium's parser that build an AST node (not in its public type). */
interface NodeCreation {
    stack: object[];
    isRecording(): boolean;
    construct(): unknown;
    astReflection: AstReflection;
    startImplementation($type: string | symbol | undefined, infixName: string | undefined, implementation: (args: unknown) => void): (args: unknown) => unknown;
}

/**
 * Langium's parser (as `createLangiumParser` makes it), with AST nodes that V8 stores compactly.
 * Langium creates every node as `{ $type }` and then adds its properties one by one by name lookup
 * (`node[feature] = value`, and each list and flag default); past about sixteen properties V8
 * turns such an object into a hash table, three to five times the size and slow to read. The
 * larger nodes of this grammar (a sub-processor's service has over twenty) all ended that way.
 * Here each node type gets its own constructor, so V8 gives the type one shared layout with room
 * for its properties. The nodes stay plain objects (prototype `Object.prototype`, same own
 * properties in the same order). And a node's lists are copied to their exact length once it is
 * complete (a list built by appending keeps room for seventeen entries).
 */
export function createDpaLangiumParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    const internals = parser as unknown as NodeCreation;
    internals.startImplementation = startImplementation;
    // A node is complete when constructed; one made current again (a rule call without
    // assignment) is constructed again later.
    const construct = internals.construct.bind(parser);
    const listsOf = listPropertiesByType(services.shared.AstReflection);
    internals.construct = () => {
        const node = construct();
        if (isNodeObject(node)) {
            trimLists(node, listsOf(node.$type));
            linkChildren(node);
        }
        return node;
    };
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    // Each node's children are linked to it in `construct` above: Langium's walk doing it again after the parse is left out.
    parseWithoutRelinking(parser);
    return parser;
}

/** The list properties of each node type (Langium gives each an empty list as default value). */
function listPropertiesByType(reflection: AstReflection): (type: string) => string[] {
    const byType = new Map<string, string[]>();
    return type => {
        let names = byType.get(type);
        if (!names) {
            names = Object.values(reflection.getTypeMetaData(type).properties)
                .filter(property => Array.isArray(property.defaultValue)).map(property => property.name);
            byType.set(type, names);
        }
        return names;
    };
}

/**
 * Langium's `linkContentToContainer` for one level, as soon as the node is complete: the same
 * properties get the same values in the same order when Langium links the whole tree after the
 * parse, but set now, while V8 still sizes the node types' layouts, they fit into the objects
 * instead of an extra property store each.
 */
function linkChildren(node: Record<string, unknown>): void {
    for (const name in node) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = node[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item = value[index] as unknown;
                if (isNodeObject(item)) {
                    const child = item as { $container?: unknown; $containerProperty?: string; $containerIndex?: number };
                    child.$container = node;
                    child.$containerProperty = name;
                    child.$containerIndex = index;
                }
            }
        } else if (isNodeObject(value)) {
            const child = value as { $container?: unknown; $containerProperty?: string };
            child.$container = node;
            child.$containerProperty = name;
        }
    }
}

function trimLists(node: Record<string, unknown>, names: string[]): void {
    for (const name of names) {
        const value = node[name];
        if (Array.isArray(value) && value.length > 0) node[name] = value.slice();
    }
}

type NodeConstructor = new ($type: string) => { $type: string };
const constructorsByType = new Map<string, NodeConstructor>();

function constructorFor($type: string): NodeConstructor {
    let create = constructorsByType.get($type);
    if (!create) {
        // A new function object per type: V8 sizes and shares the layout of each constructor's objects.
        create = function (this: { $type: string }, type: string) { this.$type = type; } as unknown as NodeConstructor;
        create.prototype = Object.prototype;
        constructorsByType.set($type, create);
    }
    return create;
}

/** Langium's `startImplementation`, with the node made by its type's constructor. */
function startImplementation(this: NodeCreation, $type: string | symbol | undefined, infixName: string | undefined, implementation: (args: unknown) => void): (args: unknown) => unknown {
    const create = typeof $type === 'string' && infixName === undefined ? constructorFor($type) : undefined;
    return (args: unknown) => {
        // Only a rule that is no fragment makes a node, and only while parsing (not while Chevrotain records the grammar).
        const createNode = !this.isRecording() && $type !== undefined;
        if (createNode) {
            const node: Record<string | symbol, unknown> = create ? new create($type as string) : { $type };
            this.stack.push(node);
            if ($type === DatatypeSymbol) node.value = '';
            else if (infixName !== undefined) node.$infixName = infixName;
        }
        implementation(args);
        return createNode ? this.construct() : undefined;
    };
}

/**
 * Savings on every parse, each worth a tenth or more of a large document's memory:
 * - the token list and syntax tree the parser keeps from its last input are let go (the document
 *   holds what it needs; at 10,000 sub-processors the tokens alone are about 150 MB);
 * - a token of the syntax tree stores five fields (CompactLeafCstNode), its line and column range
 *   is worked out from the text when asked for, and so is a node's (Langium keeps it once asked).
 * The lexer records no line and column for its tokens (dpa-lexer.ts); the few tokens a syntax
 * error names get theirs here, as Chevrotain would have counted them.
 */
export function releasingParseState(parser: LangiumParser): LangiumParser {
    const state = parser as unknown as ParserState;
    const builder = state.nodeBuilder;
    // Langium's buildLeafNode, buildCompositeNode and addHiddenNodes, with compact tokens, each node
    // appended without the rest-parameter push of Langium's node list (which sets `container` as done here).
    // The tokens of the running parse in the order they were made, when the parser lists them.
    let listed: LeafCstNode[] | undefined;
    builder.buildLeafNode = (token, feature) => {
        if (!builder.rootNode) throw new Error('The parser built a token outside a parse.');
        const current = builder.current;
        const leaf = new CompactLeafCstNode(current, feature, token.startOffset, token.image.length, token.tokenType);
        appendItem.call(current.content, leaf);
        listed?.push(leaf as unknown as LeafCstNode);
        return leaf as unknown as LeafCstNodeImpl;
    };
    builder.buildCompositeNode = feature => {
        if (!builder.rootNode) throw new Error('The parser built a node outside a parse.');
        const composite = new UncachedRangeCompositeCstNode();
        composite.grammarSource = feature as CompositeCstNodeImpl['grammarSource'];
        composite.root = builder.rootNode;
        const current = builder.current;
        (composite as { container?: CstNode }).container = current;
        appendItem.call(current.content, composite);
        builder.nodeStack.push(composite);
        return composite;
    };
    builder.addHiddenNodes = tokens => {
        const nodes = addHiddenNodes(builder, tokens);
        if (listed && nodes) appendItem.apply(listed, nodes as LeafCstNode[]);
    };
    const parse = parser.parse.bind(parser);
    parser.parse = (<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> => {
        listed = parsersListingTokens.has(parser) ? [] : undefined;
        try {
            const result = parse<T>(input, options);
            if (result.parserErrors.length > 0) addTokenPositions(input, result.parserErrors);
            // Made in text order only when nothing was recovered: a token the parser invented, or skipped, breaks it.
            const root = result.value.$cstNode?.root;
            if (listed && root && result.parserErrors.length === 0 && result.lexerErrors.length === 0) tokensListedWhileParsing.set(root, listed);
            return result;
        } finally {
            listed = undefined;
            state.wrapper.input = [];
            builder.rootNode = undefined;
            builder.nodeStack = [];
            if (largeParseHandler && input.length >= LARGE_INPUT) largeParseHandler();
        }
    });
    return parser;
}

/** A text this long (about 50,000 lines) counts as large for `onLargeParse`. */
export const LARGE_INPUT = 2_000_000;
let largeParseHandler: (() => void) | undefined;

/**
 * Runs `handler` after each parse of a large text, once the parser has let go of its tokens (or
 * stops that with `undefined`). The `dpa` command collects garbage there: the token list lives as
 * long as the parse, so V8 moves it to the old generation, where nothing frees it until a full
 * collection, and none comes before the rules have run (50 MB of the peak at 10,000 sub-processors).
 */
export function onLargeParse(handler: (() => void) | undefined): void {
    largeParseHandler = handler;
}

const parsersListingTokens = new WeakSet<LangiumParser>();
const tokensListedWhileParsing = new WeakMap<RootCstNode, LeafCstNode[]>();

/**
 * Has `parser` list the tokens (comments included) of each error-free parse in text order as it makes
 * them: the editor's incremental re-parse moves tokens along that list, which then need not be
 * gathered by a walk over the whole tree on the first keystroke (dpa-incremental-parse.ts).
 */
export function listTokensWhileParsing(parser: LangiumParser): void {
    parsersListingTokens.add(parser);
}

/** The tokens listed while parsing the text of `root` (see {@link listTokensWhileParsing}), handed over once. */
export function takeTokensListedWhileParsing(root: RootCstNode): LeafCstNode[] | undefined {
    const tokens = tokensListedWhileParsing.get(root);
    tokensListedWhileParsing.delete(root);
    return tokens;
}

/** Langium's addHiddenNodes (comments before a token go into the tree there), with compact leaves; returns the nodes made. */
function addHiddenNodes(builder: ParserState['nodeBuilder'], tokens: IToken[]): CstNode[] | undefined {
    // Called before every token, nearly always with none.
    if (tokens.length === 0) return undefined;
    const root = builder.rootNode;
    if (!root) throw new Error('The parser built a token outside a parse.');
    // Each placed below with Langium's node list methods, which set its container.
    const nodes = tokens.map(token => new CompactLeafCstNode(root, undefined, token.startOffset, token.image.length, token.tokenType) as unknown as CstNode);
    let current = builder.current;
    // Within a node that has content already, they follow it.
    if (current.content.length > 0) {
        current.content.push(...nodes);
        return nodes;
    }
    // A node just opened: before it, in the first enclosing node with content; else at the very start.
    while (current.container) {
        const index = current.container.content.indexOf(current);
        if (index > 0) {
            current.container.content.splice(index, 0, ...nodes);
            return nodes;
        }
        current = current.container;
    }
    root.content.unshift(...nodes);
    return nodes;
}

const appendItem = Array.prototype.push;

function isNodeObject(value: unknown): value is Record<string, unknown> & { $type: string } {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/**
 * The line and column fields of the tokens syntax errors name (the lexer leaves them out), counted
 * as Chevrotain counts them: 1-based start, end column of the last character.
 */
function addTokenPositions(text: string, errors: IRecognitionException[]): void {
    const lines = lineStartsOfText(text);
    const place = (token: IToken | undefined) => {
        if (!token || isNaN(token.startOffset) || token.startLine !== undefined) return;
        const range = rangeIn(lines, token.startOffset, token.image.length);
        token.startLine = range.start.line + 1;
        token.startColumn = range.start.character + 1;
        token.endLine = range.end.line + 1;
        token.endColumn = range.end.character;
    };
    for (const error of errors) {
        place(error.token);
        place((error as { previousToken?: IToken }).previousToken);
    }
}

/**
 * A token of the syntax tree with five fields (Langium's has eight, one of them a range of three
 * objects): its range is computed from its offsets, exactly as Chevrotain counts lines (`\n`,
 * `\r\n` and a lone `\r` each end one); it is hidden (a comment) when no grammar element read it.
 * It is a LeafCstNodeImpl (prototype), without running that constructor's field assignments.
 */
class CompactLeafCstNode {
    constructor(
        public container: CstNode & { root: RootCstNode },
        public grammarSource: unknown,
        // Read by LeafCstNodeImpl's getters (offset, length, end, tokenType) under these names.
        public _offset: number,
        public _length: number,
        public readonly _tokenType: TokenType
    ) {}

    /** The root of the node holding the token (one field less per token). */
    get root(): RootCstNode {
        return this.container.root;
    }

    /** Moving a token to another tree (incremental re-parse) moves it into a node of that tree, which gives the root. */
    set root(_root: RootCstNode) {
        // Nothing to store.
    }

    get range(): Range {
        return rangeInRoot(this.container.root, this._offset, this._length);
    }

    get hidden(): boolean {
        return this.grammarSource === undefined;
    }
}
Object.setPrototypeOf(CompactLeafCstNode.prototype, LeafCstNodeImpl.prototype);

/** Langium's composite node, with its range computed when asked instead of kept (three objects per node asked once). */
class UncachedRangeCompositeCstNode extends CompositeCstNodeImpl {
    override get range(): Range {
        return { start: rangeStartOf(this), end: rangeEndOf(this) };
    }
}

// The range of a composite node is its first non-hidden child's start and last non-hidden child's end. Asking
// each child for its whole range made every level ask twice, exponential in the depth (FUZZ: a 10 KB fuzz input
// took 24 s in checkUniqueNames); these follow one side each.
type RangePosition = Range['start'];

/** Langium's firstNonHiddenNode and lastNonHiddenNode (private there). */
function outerChildren(node: CompositeCstNodeImpl): [CstNode | undefined, CstNode | undefined] {
    const content: (CstNode | undefined)[] = node.content;
    const firstNode = content.find(child => !child?.hidden) ?? content[0];
    let lastNode = content[content.length - 1];
    for (let i = content.length - 1; i >= 0; i--) {
        if (!content[i]?.hidden) {
            lastNode = content[i];
            break;
        }
    }
    return [firstNode, lastNode];
}

function rangeStartOf(node: CstNode): RangePosition {
    if (!(node instanceof UncachedRangeCompositeCstNode)) return node.range.start;
    const [firstNode, lastNode] = outerChildren(node);
    return firstNode && lastNode ? rangeStartOf(firstNode) : { line: 0, character: 0 };
}

function rangeEndOf(node: CstNode): RangePosition {
    if (!(node instanceof UncachedRangeCompositeCstNode)) return node.range.end;
    const [firstNode, lastNode] = outerChildren(node);
    if (!firstNode || !lastNode) return { line: 0, character: 0 };
    const start = rangeStartOf(firstNode);
    const end = rangeEndOf(lastNode);
    return end.line < start.line ? start : end;
}

/** The range of a token at `offset` in the root's text, counted as Chevrotain counts it. */
export function rangeInRoot(root: RootCstNode, offset: number, length: number): Range {
    return rangeIn(lineStartsOf(root), offset, length);
}

/** The range of `length` characters at `offset`, given where the lines start. */
export function rangeIn(lines: number[], offset: number, length: number): Range {
    const last = offset + length - 1;
    const startLine = lineAt(lines, offset);
    const endLine = lineAt(lines, last);
    return {
        start: { character: offset - lines[startLine], line: startLine },
        end: { character: last - lines[endLine] + 1, line: endLine }
    };
}

const lineStartsByRoot = new WeakMap<RootCstNode, number[]>();

/**
 * For a root whose text was changed in place (incremental re-parse), where `[start, oldEnd)` of the old
 * text became `[start, newEnd)` of `newText`: the known line starts are moved instead of counted again
 * over the whole text (37,000 lines: 10–50 ms per keystroke).
 */
export function moveLineStarts(root: RootCstNode, newText: string, change: { start: number; oldEnd: number; newEnd: number }): void {
    const old = lineStartsByRoot.get(root);
    if (old) lineStartsByRoot.set(root, movedLineStarts(old, newText, change));
}

/** `old` (the line starts of the old text) after the change; see {@link moveLineStarts}. */
export function movedLineStarts(old: readonly number[], newText: string, change: { start: number; oldEnd: number; newEnd: number }): number[] {
    // A lone `\r` just before the change may become half of a `\r\n`, so counting starts one character early.
    const from = Math.max(0, change.start - 1);
    const delta = change.newEnd - change.oldEnd;
    const starts: number[] = [];
    let i = 0;
    // Starts after a line break before `from`: unchanged.
    for (; i < old.length && old[i] <= from; i++) starts.push(old[i]);
    for (let at = from; at < change.newEnd; at++) {
        const code = newText.charCodeAt(at);
        if (code === 10 || (code === 13 && newText.charCodeAt(at + 1) !== 10)) starts.push(at + 1);
    }
    // Starts after a line break at or after the change's old end: moved by the change in length.
    while (i < old.length && old[i] <= change.oldEnd) i++;
    for (; i < old.length; i++) starts.push(old[i] + delta);
    return starts;
}

function lineStartsOf(root: RootCstNode): number[] {
    let starts = lineStartsByRoot.get(root);
    if (!starts) {
        starts = lineStartsOfText(root.fullText);
        lineStartsByRoot.set(root, starts);
    }
    return starts;
}

/** Where each line starts; `\n`, `\r\n` and a lone `\r` each end one. */
export function lineStartsOfText(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    return starts;
}

/** The index of the line holding `offset`. */
function lineAt(starts: number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle; else high = middle - 1;
    }
    return low;
}
