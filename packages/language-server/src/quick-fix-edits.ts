import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { ast } from '@dpa-as-code/language';

/*
 * The few quick fixes the editor builds itself (those that need the syntax tree; lint findings bring
 * their own fixes). Edits are kept as offsets until the end (`toTextEdits`).
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
}

/** Sorted, with an insertion right at the end of a replacement merged into it (LSP edits must not overlap). */
export function toTextEdits(document: LangiumDocument, edits: readonly OffsetEdit[]): TextEdit[] {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: OffsetEdit[] = [];
    for (const edit of sorted) {
        const previous = merged.at(-1);
        if (edit.start === previous?.end && edit.start === edit.end) {
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
