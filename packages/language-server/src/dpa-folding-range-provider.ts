import { CstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { ast } from '@dpa-as-code/language';
import { agreementHeader } from './grammar-queries.js';

/**
 * Langium's folding (every block that spans lines, block comments) plus what it cannot see:
 * the agreement header, whose node is the whole file, and runs of `//` comment lines.
 */
export class DpaFoldingRangeProvider extends DefaultFoldingRangeProvider {

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const root = document.parseResult.value;
        if (!ast.isAgreement(root) || !root.$cstNode) return;
        const header = agreementHeader(root.$cstNode);
        if (header && header.close.range.start.line - header.open.range.start.line >= 2) {
            // Like Langium's folding of blocks: the closing brace stays visible.
            acceptor(FoldingRange.create(header.open.range.start.line, header.close.range.start.line - 1));
        }
        let run: { start: number; end: number } | undefined;
        const flush = () => {
            if (run && run.end > run.start) acceptor(FoldingRange.create(run.start, run.end, undefined, undefined, FoldingRangeKind.Comment));
            run = undefined;
        };
        let lastCodeLine = -1;
        for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
            if (!leaf.hidden) {
                lastCodeLine = leaf.range.end.line;
            } else if (leaf.text.startsWith('//') && leaf.range.start.line !== lastCodeLine) {
                // A comment on a line of its own (one after code belongs to that code).
                const line = leaf.range.start.line;
                if (run && line === run.end + 1) run.end = line;
                else { flush(); run = { start: line, end: line }; }
            }
        }
        flush();
    }
}
