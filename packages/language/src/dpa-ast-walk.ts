import { AstUtils, type AstNode, type Reference, type ReferenceInfo } from 'langium';
import { blockReplacements } from './dpa-incremental-parse.js';

/**
 * Every node and every cross-reference of a parsed document, listed once per syntax tree in exactly the
 * order of Langium's `AstUtils.streamAst` (a node, then the subtree of each child; children in the order
 * of the node's own keys, array elements in order) and, per node, `AstUtils.streamReferences`.
 *
 * Langium's scope computation, linker, reference index and validator each walked the whole tree with
 * those streams (a generator state and closures per node, a property lookup per key), which was most of
 * the CPU time of linking and validating a large DPA. A tree never changes once parsed (a new parse,
 * incremental or not, gives a new root), so one walk serves all of them; after an incremental re-parse
 * only the changed block is walked (`indexAfterBlockReplacement`).
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

/** How often an index was built by a full walk or from the previous one, for tests and benchmarks. */
export const treeIndexStatistics = { fullWalks: 0, blockWalks: 0 };

/** The index of the tree whose root is `root`, built on first use. */
export function treeIndexOf(root: AstNode): TreeIndex {
    let index = indexes.get(root);
    if (!index) {
        index = indexAfterBlockReplacement(root);
        if (index) treeIndexStatistics.blockWalks++;
        else {
            index = buildTreeIndex(root);
            treeIndexStatistics.fullWalks++;
        }
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

/** A full walk of the tree below `root`, as Langium's streams would give it. */
export function buildTreeIndex(root: AstNode): TreeIndex {
    const index: TreeIndex = { nodes: [], references: [], named: [] };
    walkInto(root, false, index as MutableTreeIndex, true);
    return index;
}

interface MutableTreeIndex { nodes: AstNode[]; references: ReferenceInfo[]; named: AstNode[] }

/**
 * Appends `start` and its subtree (or, with `subtree` off, `start` alone) to `index`. The root of a
 * document is not listed in `named`; any other node with a string `name` is.
 */
function walkInto(start: AstNode, startIsNamed: boolean, index: MutableTreeIndex, subtree: boolean): void {
    const { nodes, references, named } = index;
    const pending: AstNode[] = [start];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        nodes.push(node);
        const firstChild = pending.length;
        // `for … in` gives the own keys in `Object.keys` order (AST nodes are plain objects) and reads them faster.
        const fields = node as unknown as Record<string, unknown>;
        for (const key in fields) {
            if (key.charCodeAt(0) === DOLLAR) continue;
            const value = fields[key];
            if (typeof value !== 'object' || value === null) {
                if (key === 'name' && typeof value === 'string' && (node !== start || startIsNamed)) named.push(node);
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
        if (!subtree) return;
        // Pushed in key order, taken from the end: reverse so the first child comes next.
        let low = firstChild;
        let high = pending.length - 1;
        while (low < high) {
            const swap = pending[low];
            pending[low++] = pending[high];
            pending[high--] = swap;
        }
    }
}

/**
 * After an incremental re-parse (dpa-incremental-parse.ts) only one block is a new subtree and the root
 * a new object with new references of its own; everything else is the previous tree's. The previous
 * index is then reused with the root's entries and the block's part replaced, which gives the lists of
 * a full walk (test/language/incremental-walk.test.ts compares them) at a fraction of its cost.
 * `undefined` (walk in full) whenever the previous index or the tree is not as expected.
 */
function indexAfterBlockReplacement(root: AstNode): TreeIndex | undefined {
    const replacement = blockReplacements.get(root);
    if (!replacement) return undefined;
    // Used once: the previous tree and its index are no longer held for this root.
    blockReplacements.delete(root);
    const { previousRoot, replacedBlock, newBlock } = replacement;
    const previous = indexes.get(previousRoot);
    if (previous?.nodes[0] !== previousRoot) return undefined;
    if (AstUtils.findRootNode(newBlock) !== root) return undefined;
    // The root's children are the previous root's, with the block swapped.
    const oldChildren = childrenOf(previousRoot);
    const newChildren = childrenOf(root);
    if (oldChildren.length !== newChildren.length) return undefined;
    for (let i = 0; i < oldChildren.length; i++) {
        if (newChildren[i] !== (oldChildren[i] === replacedBlock ? newBlock : oldChildren[i])) return undefined;
    }

    const oldNodes = previous.nodes;
    const oldReferences = previous.references;
    const oldNamed = previous.named;
    const blockStart = oldNodes.indexOf(replacedBlock, 1);
    if (blockStart < 0) return undefined;
    const oldPart: MutableTreeIndex = { nodes: [], references: [], named: [] };
    walkInto(replacedBlock, true, oldPart, true);
    const blockEnd = blockStart + oldPart.nodes.length;
    if (blockEnd > oldNodes.length) return undefined;
    for (let i = 0; i < oldPart.nodes.length; i++) if (oldNodes[blockStart + i] !== oldPart.nodes[i]) return undefined;

    // The references and named nodes of the nodes before the block, found by following both lists in node order.
    let referencesBefore = 0;
    let namedBefore = 0;
    for (let i = 0; i < blockStart; i++) {
        const node = oldNodes[i];
        while (referencesBefore < oldReferences.length && oldReferences[referencesBefore].container === node) referencesBefore++;
        if (namedBefore < oldNamed.length && oldNamed[namedBefore] === node) namedBefore++;
    }
    for (let i = 0; i < oldPart.references.length; i++) {
        if (referencesBefore + i >= oldReferences.length) return undefined;
        const old = oldReferences[referencesBefore + i];
        if (old.reference !== oldPart.references[i].reference || old.container !== oldPart.references[i].container) return undefined;
    }
    for (let i = 0; i < oldPart.named.length; i++) if (oldNamed[namedBefore + i] !== oldPart.named[i]) return undefined;
    let rootReferences = 0;
    while (rootReferences < oldReferences.length && oldReferences[rootReferences].container === previousRoot) rootReferences++;
    if (rootReferences > referencesBefore) return undefined;

    // The root alone (its references are new objects), then the new block's subtree.
    const rootPart: MutableTreeIndex = { nodes: [], references: [], named: [] };
    walkInto(root, false, rootPart, false);
    const newPart: MutableTreeIndex = { nodes: [], references: [], named: [] };
    walkInto(newBlock, true, newPart, true);
    return {
        nodes: rootPart.nodes.concat(oldNodes.slice(1, blockStart), newPart.nodes, oldNodes.slice(blockEnd)),
        references: rootPart.references.concat(oldReferences.slice(rootReferences, referencesBefore), newPart.references, oldReferences.slice(referencesBefore + oldPart.references.length)),
        named: oldNamed.slice(0, namedBefore).concat(newPart.named, oldNamed.slice(namedBefore + oldPart.named.length))
    };
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
