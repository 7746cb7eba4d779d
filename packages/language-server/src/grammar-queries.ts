import { CstUtils, GrammarUtils, type CstNode } from 'langium';

/** Questions about the grammar and the syntax tree shared by the formatter, the quick fixes and the outline. */
export { blockMemberStarts, firstElements, isKeyword } from '@dpa-as-code/language';

/** The first token of a node that is not a comment. */
export function firstToken(node: CstNode): CstNode | undefined {
    return CstUtils.flattenCst(node).find(leaf => !leaf.hidden);
}

/** The agreement header's first token and closing brace (the root node itself spans the whole file). */
export function agreementHeader(root: CstNode): { open: CstNode; close: CstNode } | undefined {
    const open = firstToken(root);
    const close = GrammarUtils.findNodeForKeyword(root, '}');
    return open && close ? { open, close } : undefined;
}
