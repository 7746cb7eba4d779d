import type { AstNode, Reference, ReferenceInfo } from 'langium';

/**
 * Every node and every cross-reference of a parsed document, listed once per syntax tree in exactly the
 * order of Langium's `AstUtils.streamAst` (a node, then the subtree of each child; children in the order
 * of the node's own keys, array elements in order) and, per node, `AstUtils.streamReferences`.
 *
 * Langium's scope computation, linker, reference index and validator each walked the whole tree with
 * those streams (a generator state and closures per node, a property lookup per key), which was most of
 * the CPU time of linking and validating a large DPA. A tree never changes once parsed (a new parse,
 * incremental or not, gives a new root), so one walk serves all of them.
 * test/language/link-validate-equivalence.test.ts compares both orders.
 */
export interface TreeIndex {
    /** The root and every node below it, in `streamAst` order. */
    readonly nodes: readonly AstNode[];
    /** Every reference, node by node in `streamAst` order, each node's in `streamReferences` order. */
    readonly references: readonly ReferenceInfo[];
    /** The nodes below the root whose `name` is a string (empty or not), in `streamAst` order. */
    readonly named: readonly AstNode[];
}

const indexes = new WeakMap<AstNode, TreeIndex>();

/** The index of the tree whose root is `root`, built on first use. */
export function treeIndexOf(root: AstNode): TreeIndex {
    let index = indexes.get(root);
    if (!index) {
        index = buildTreeIndex(root);
        indexes.set(root, index);
    }
    return index;
}

function isNode(value: object): value is AstNode {
    return typeof (value as { $type?: unknown }).$type === 'string';
}

function isReferenceLike(value: object): boolean {
    return typeof (value as { $refText?: unknown }).$refText === 'string' && ('ref' in value || 'items' in value);
}

/** Properties named `$…` are Langium's bookkeeping (container, CST node, document), never content. */
const DOLLAR = 36;

function buildTreeIndex(root: AstNode): TreeIndex {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    const named: AstNode[] = [];
    const pending: AstNode[] = [root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        nodes.push(node);
        const firstChild = pending.length;
        // `for … in` gives the own keys in `Object.keys` order (AST nodes are plain objects) and reads them faster.
        const fields = node as unknown as Record<string, unknown>;
        for (const key in fields) {
            if (key.charCodeAt(0) === DOLLAR) continue;
            const value = fields[key];
            if (typeof value !== 'object' || value === null) {
                if (key === 'name' && typeof value === 'string' && node !== root) named.push(node);
                continue;
            }
            if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    const element: unknown = value[i];
                    if (typeof element !== 'object' || element === null) continue;
                    if (isNode(element)) {
                        pending.push(element);
                    } else if (typeof (element as { $refText?: unknown }).$refText === 'string' && 'ref' in element) {
                        // Langium takes single references only from arrays.
                        references.push({ reference: element as Reference, container: node, property: key, index: i });
                    }
                }
            } else if (isNode(value)) {
                pending.push(value);
            } else if (isReferenceLike(value)) {
                references.push({ reference: value as Reference, container: node, property: key });
            }
        }
        // Pushed in key order, taken from the end: reverse so the first child comes next.
        let low = firstChild;
        let high = pending.length - 1;
        while (low < high) {
            const swap = pending[low];
            pending[low++] = pending[high];
            pending[high--] = swap;
        }
    }
    return { nodes, references, named };
}

/** How many nodes or references to handle between two chances for a newer edit to cancel the run. */
export const CANCEL_CHECK_INTERVAL = 1024;

/** The nodes directly inside `node`, as `AstUtils.streamContents` lists them. */
export function childrenOf(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    const fields = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
        if (key.charCodeAt(0) === DOLLAR) continue;
        const value = fields[key];
        if (typeof value !== 'object' || value === null) continue;
        if (Array.isArray(value)) {
            for (const element of value as unknown[]) if (typeof element === 'object' && element !== null && isNode(element)) children.push(element);
        } else if (isNode(value)) {
            children.push(value);
        }
    }
    return children;
}
