import { LeafCstNodeImpl, type CstNode, type LangiumParser, type RootCstNode } from 'langium';
import type { IToken } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';

/** The parts of Langium's parser that hold on to the last input (not in its public type). */
interface ParserState {
    wrapper: { input: unknown[] };
    nodeBuilder: {
        rootNode?: RootCstNode;
        nodeStack: unknown[];
        current: { content: CstNode[] };
        buildLeafNode(token: IToken, feature: unknown): LeafCstNodeImpl;
    };
}

/**
 * Two savings on every parse, each worth a fifth or more of a large document's memory:
 * - the token list and syntax tree the parser keeps from its last input are let go (the document
 *   holds what it needs; at 10,000 sub-processors the tokens alone are about 150 MB);
 * - a token's line and column range is worked out from the text when asked for, instead of being
 *   stored as three objects per token from the start.
 */
export function releasingParseState(parser: LangiumParser): LangiumParser {
    const state = parser as unknown as ParserState;
    const builder = state.nodeBuilder;
    // Langium's buildLeafNode, with the range left to LazyRangeLeafCstNode.
    builder.buildLeafNode = (token, feature) => {
        const leaf = new LazyRangeLeafCstNode(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, !feature);
        leaf.grammarSource = feature as LeafCstNodeImpl['grammarSource'];
        if (!builder.rootNode) throw new Error('The parser built a token outside a parse.');
        leaf.root = builder.rootNode;
        builder.current.content.push(leaf);
        return leaf;
    };
    const parse = parser.parse.bind(parser);
    parser.parse = ((input, options) => {
        try {
            return parse(input, options);
        } finally {
            state.wrapper.input = [];
            builder.rootNode = undefined;
            builder.nodeStack = [];
        }
    });
    return parser;
}

/**
 * A token of the syntax tree whose range is computed from its offsets, exactly as Chevrotain
 * counts lines (`\n`, `\r\n` and a lone `\r` each end one): the start is the first character's
 * position, the end the position just after the last character, on the last character's line.
 */
class LazyRangeLeafCstNode extends LeafCstNodeImpl {
    override get range(): Range {
        const lines = lineStartsOf(this.root);
        const last = this.end - 1;
        const startLine = lineAt(lines, this.offset);
        const endLine = lineAt(lines, last);
        return {
            start: { character: this.offset - lines[startLine], line: startLine },
            end: { character: last - lines[endLine] + 1, line: endLine }
        };
    }
}

const lineStartsByRoot = new WeakMap<RootCstNode, number[]>();

function lineStartsOf(root: RootCstNode): number[] {
    let starts = lineStartsByRoot.get(root);
    if (!starts) {
        const text = root.fullText;
        starts = [0];
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 10) starts.push(i + 1);
            else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
        }
        lineStartsByRoot.set(root, starts);
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
