import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, TextDocument, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type LangiumServices } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { loadDpaText, toDpaDiagnostic, type DpaDiagnostic } from './dpa-document-loader.js';
import type { DpaServices } from './dpa-module.js';
import { blockMemberStarts, firstElements, isKeyword } from './grammar-blocks.js';

/** The indentation of one block level: the DPA house style, whatever the editor's tab settings. */
export const INDENT = '    ';

/** Blank lines kept between two lines of content (more are reduced to this many). */
const MAX_BLANK_LINES = 1;

interface Block {
    /** Indentation level of the block's properties. */
    depth: number;
    /** Where the current property started: its original column and its new column. */
    member?: { originalColumn: number; newColumn: number };
}

/**
 * Formats a DPA: four spaces per block level, one property per line inside blocks whose
 * braces are on different lines (blocks written on one line stay on one line), one space before
 * `{`, none before and one after `,`, single spaces between the words of a line. Line breaks
 * inside a property (a German and an English text on two lines) are kept, indented as they were
 * relative to the property. Comments keep their text: one that starts a line is indented with
 * its block, one after code stays on that line. At most one blank line is kept. Formatting twice
 * gives the same text; files with syntax errors are left alone.
 *
 * The rules are declared per AST node in `format` with Langium's `NodeFormatter` API; `layout`
 * turns them into edits, tracking block depth itself so that comments and continuation lines
 * keep their place.
 */
export class DpaFormatter extends AbstractFormatter {
    /** Grammar keywords that start a property inside braces (`title`, `country`, `only`, …). */
    protected readonly memberKeywords = new Set<GrammarAST.AbstractElement>();
    /** Grammar rule calls whose node is a property inside braces (`contacts+=Contact`, `sections+=Section`). */
    protected readonly memberRuleCalls = new Set<GrammarAST.AbstractElement>();

    constructor(services: LangiumServices) {
        super();
        this.collectMemberStarts(services.Grammar);
    }

    // ------------------------------------------------------------ the rules, per AST node

    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        formatter.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length === 1 && close.nodes.length === 1) {
            open.prepend(Formatting.oneSpace());
            const multiline = open.nodes[0].range.start.line !== close.nodes[0].range.end.line;
            const members = formatter.interior(open, close).nodes.filter(child => this.isMemberStart(child));
            formatter.cst(members).prepend(multiline ? Formatting.indent() : Formatting.oneSpace());
            close.prepend(multiline ? Formatting.newLine() : Formatting.oneSpace());
        }
        if (!node.$container && node.$cstNode && isCompositeCstNode(node.$cstNode)) {
            // The agreement and each section start a line at the top level.
            // The entry rule chooses the kind of file (`DpaFile: Agreement | …`): its call wraps the file's own nodes.
            const ownContent = (cst: CstNode): CstNode[] => isCompositeCstNode(cst)
                ? cst.content.flatMap(child => isCompositeCstNode(child) && child.astNode === node ? ownContent(child) : [child]) : [cst];
            const content = ownContent(node.$cstNode);
            const first = content.find(child => !child.hidden);
            const sections = content.filter(child => child === first || this.isMemberStart(child));
            formatter.cst(sections).prepend(Formatting.newLine());
        }
    }

    protected isMemberStart(node: CstNode): boolean {
        const source = node.grammarSource;
        if (!source || node.hidden) return false;
        return isCompositeCstNode(node) ? this.memberRuleCalls.has(source) : this.memberKeywords.has(source);
    }

    /** Finds, for every `'{' BODY '}'` in the grammar, the elements that start a property of BODY. */
    protected collectMemberStarts(grammar: GrammarAST.Grammar): void {
        for (const start of blockMemberStarts(grammar)) this.addMemberStart(start);
        // The agreement's sections follow its header block: `… '}' sections+=Section*`.
        for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
            const elements = group.elements;
            const last = elements[elements.length - 1];
            if (elements.length >= 2 && isKeyword(elements[elements.length - 2], '}') && GrammarAST.isAssignment(last)) {
                for (const start of firstElements(last)) this.addMemberStart(start);
            }
        }
    }

    private addMemberStart(element: GrammarAST.AbstractElement): void {
        if (GrammarAST.isKeyword(element)) this.memberKeywords.add(element);
        else if (GrammarAST.isRuleCall(element)) this.memberRuleCalls.add(element);
    }

    // ------------------------------------------------------------ turning the rules into edits

    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const before = new Map<number, FormattingAction>();
        const after = new Map<number, FormattingAction>();
        const keep = (map: Map<number, FormattingAction>, offset: number, action: FormattingAction) => {
            const existing = map.get(offset);
            if (!existing || (existing.options.priority ?? 0) <= (action.options.priority ?? 0)) map.set(offset, action);
        };
        // Actions on composite nodes apply at their first / after their last token that is not a comment.
        this.collector = (node, mode, action) => {
            const leaves = CstUtils.flattenCst(node).filter(leaf => !leaf.hidden).toArray();
            if (leaves.length === 0) return;
            if (mode === 'prepend') keep(before, leaves[0].offset, action);
            else keep(after, leaves[leaves.length - 1].end, action);
        };
        this.iterateAstFormatting(document, range);
        const edits = this.layout(document, before, after, range);
        return this.avoidOverlappingEdits(document.textDocument, edits);
    }

    /** One pass over all tokens and comments, deciding the whitespace before each. */
    protected layout(document: LangiumDocument, before: Map<number, FormattingAction>, after: Map<number, FormattingAction>, range?: Range): TextEdit[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const leaves = CstUtils.flattenCst(root).toArray();
        const blocks: Block[] = [{ depth: 0 }];
        const edits: TextEdit[] = [];
        const edit = (start: number, end: number, newText: string) => {
            if (text.slice(start, end) === newText) return;
            const editRange = { start: textDocument.positionAt(start), end: textDocument.positionAt(end) };
            if (!range || (editRange.start.line >= range.start.line && editRange.end.line <= range.end.line)) {
                edits.push({ range: editRange, newText });
            }
        };
        const lineBreak = (gap: string, minimum: number, maximum: number, column: number) =>
            eol.repeat(Math.min(Math.max(countNewlines(gap), minimum), maximum)) + ' '.repeat(column);

        let previous: CstNode | undefined;
        for (const leaf of leaves) {
            const start = previous ? previous.end : 0;
            const gap = text.slice(start, leaf.offset);
            const block = blocks[blocks.length - 1];
            const isClose = !leaf.hidden && leaf.text === '}' && GrammarAST.isKeyword(leaf.grammarSource);
            let newText: string;
            if (!previous) {
                newText = '';
            } else if (leaf.hidden) {
                // A comment: left where it is after a token on its line, else indented with the block.
                newText = countNewlines(gap) === 0 ? (isBlockComment(leaf) ? gap : ' ') : lineBreak(gap, 1, MAX_BLANK_LINES + 1, block.depth * INDENT.length);
            } else if (isBlockComment(previous) && countNewlines(gap) === 0) {
                // Text right after `/* … */` on the same line (markers such as `/*@error code*/name`) stays as written.
                newText = gap;
            } else if (isClose && !previous.hidden && previous.text === '{' && countNewlines(gap) === 0) {
                newText = '';
            } else {
                const action = before.get(leaf.offset) ?? (previous.hidden ? undefined : after.get(previous.end));
                const breaksLine = action?.moves.some(move => move.lines !== undefined) ?? false;
                const afterLineComment = previous.hidden && previous.text.startsWith('//');
                if (breaksLine) {
                    const depth = isClose ? block.depth - 1 : block.depth;
                    const afterOpen = !previous.hidden && previous.text === '{';
                    newText = lineBreak(gap, 1, isClose || afterOpen ? 1 : MAX_BLANK_LINES + 1, Math.max(depth, 0) * INDENT.length);
                    if (!isClose) block.member = { originalColumn: textDocument.positionAt(leaf.offset).character, newColumn: depth * INDENT.length };
                } else if (afterLineComment || (countNewlines(gap) > 0 && !this.joinsPreviousLine(leaf))) {
                    // A line break inside a property: keep it, indented as before relative to the property.
                    newText = lineBreak(gap, 1, 1, this.continuationColumn(block, textDocument.positionAt(leaf.offset).character));
                } else if (action) {
                    const spaces = action.moves.find(move => move.characters !== undefined)?.characters ?? 1;
                    newText = ' '.repeat(spaces);
                } else {
                    newText = ' ';
                }
            }
            edit(start, leaf.offset, newText);

            if (!leaf.hidden && leaf.text === '{' && GrammarAST.isKeyword(leaf.grammarSource)) {
                blocks.push({ depth: block.depth + 1 });
            } else if (isClose && blocks.length > 1) {
                blocks.pop();
            }
            previous = leaf;
        }
        if (previous) {
            edit(previous.end, text.length, eol);
        }
        return edits;
    }

    /** `{` and `,` belong at the end of the line before them. */
    protected joinsPreviousLine(leaf: CstNode): boolean {
        return GrammarAST.isKeyword(leaf.grammarSource) && (leaf.text === '{' || leaf.text === ',');
    }

    /** Continuation lines keep their offset from the start of their property (at least one level). */
    protected continuationColumn(block: Block, originalColumn: number): number {
        const member = block.member ?? { originalColumn: block.depth * INDENT.length, newColumn: block.depth * INDENT.length };
        const relative = originalColumn - member.originalColumn;
        return member.newColumn + (relative > 0 ? relative : INDENT.length);
    }
}

function isBlockComment(node: CstNode): boolean {
    return node.hidden && node.text.startsWith('/*');
}

/** Line breaks as the editor counts them (LSP): `\r\n`, `\n` and a lone `\r` each end a line. */
function countNewlines(text: string): number {
    let count = 0;
    for (let index = 0; index < text.length; index++) {
        if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) count++;
    }
    return count;
}


/** The result of formatting a whole text: the new text, or the syntax errors that kept it from being formatted. */
export type FormatTextResult = { ok: true; text: string; changed: boolean } | { ok: false; errors: DpaDiagnostic[] };

/**
 * Formats a whole `.dpa` text as the editor's *Format Document* does (`dpa format` uses this).
 * A text with syntax errors is not formatted: its errors are returned instead.
 */
export async function formatDpaText(services: DpaServices, text: string, file: string): Promise<FormatTextResult> {
    const { document } = await loadDpaText(services, text, file);
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        const syntaxErrors = (document.diagnostics ?? []).map(diagnostic => toDpaDiagnostic(file, diagnostic))
            .filter(diagnostic => diagnostic.severity === 'error' && /^(lexing-|parsing-error)/.test(diagnostic.code ?? ''));
        return { ok: false, errors: syntaxErrors.sort((a, b) => a.line - b.line || a.column - b.column) };
    }
    const edits = await new DpaFormatter(services).formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: INDENT.length, insertSpaces: true } });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    return { ok: true, text: formatted, changed: formatted !== text };
}
