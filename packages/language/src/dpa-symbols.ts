import {
    AstUtils, Cancellation, CstUtils, DefaultAstNodeDescriptionProvider, DefaultNameProvider, DefaultReferenceDescriptionProvider, DefaultScopeComputation,
    interruptAndCheck, MultiMap, UriUtils,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment,
    type LangiumDocument, type NameProvider, type ReferenceDescription, type ReferenceInfo, type URI
} from 'langium';
import { CANCEL_CHECK_INTERVAL, childrenOf, treeIndexOf } from './dpa-ast-walk.js';

/**
 * The symbol tables of a document (what it exports, the named nodes visible in it, the references it
 * makes) built with plain loops instead of Langium's per-node streams, from descriptions whose path and
 * source ranges are worked out when first read. Langium computes both for every named node and every
 * reference on every build, though only find-references, rename and workspace symbols ever read them.
 * What each table holds, and in which order, is what Langium's default services give
 * (test/language/link-validate-equivalence.test.ts).
 */

/** A named node: its path and segments are computed when read, then kept. */
class NamedNodeDescription implements AstNodeDescription {
    readonly type: string;
    private cachedPath: string | undefined;
    private cachedSelection: DocumentSegment | undefined | null = null;
    private cachedName: DocumentSegment | undefined | null = null;

    constructor(
        readonly node: AstNode, readonly name: string, readonly documentUri: URI,
        private readonly locator: AstNodeLocator, private readonly names: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.cachedPath ??= this.locator.getAstNodePath(this.node);
    }

    get selectionSegment(): DocumentSegment | undefined {
        if (this.cachedSelection === null) this.cachedSelection = CstUtils.toDocumentSegment(this.node.$cstNode);
        return this.cachedSelection;
    }

    get nameSegment(): DocumentSegment | undefined {
        if (this.cachedName === null) this.cachedName = CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
        return this.cachedName;
    }
}

export class DpaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        name ??= this.nameProvider.getName(node);
        if (!name) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new NamedNodeDescription(node, name, uri, this.astNodeLocator, this.nameProvider);
    }
}

/** Where a reference is written, shared by the descriptions of its targets and computed when read. */
class ReferenceSite {
    private cachedPath: string | undefined;
    private cachedSegment: DocumentSegment | undefined;

    constructor(private readonly container: AstNode, private readonly refNode: CstNode, private readonly locator: AstNodeLocator) {}

    get path(): string {
        return this.cachedPath ??= this.locator.getAstNodePath(this.container);
    }

    get segment(): DocumentSegment {
        return this.cachedSegment ??= CstUtils.toDocumentSegment(this.refNode);
    }
}

class LazyReferenceDescription implements ReferenceDescription {
    readonly targetUri: URI;
    readonly local: boolean;

    constructor(readonly sourceUri: URI, private readonly site: ReferenceSite, private readonly target: AstNodeDescription) {
        this.targetUri = target.documentUri;
        this.local = UriUtils.equals(target.documentUri, sourceUri);
    }

    get sourcePath(): string {
        return this.site.path;
    }

    get targetPath(): string {
        return this.target.path;
    }

    get segment(): DocumentSegment {
        return this.site.segment;
    }
}

export class DpaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const uri = document.uri;
        const references = treeIndexOf(document.parseResult.value).references;
        await interruptAndCheck(cancelToken);
        for (let i = 0; i < references.length; i++) {
            if (i % CANCEL_CHECK_INTERVAL === 0 && i > 0 && cancelToken !== Cancellation.CancellationToken.None) await interruptAndCheck(cancelToken);
            const refInfo = references[i];
            if (!refInfo.reference.error) this.describeReference(refInfo, uri, descriptions);
        }
        return descriptions;
    }

    protected override createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        this.describeReference(refInfo, AstUtils.getDocument(refInfo.container).uri, descriptions);
        return descriptions;
    }

    private describeReference(refInfo: ReferenceInfo, sourceUri: URI, into: ReferenceDescription[]): void {
        const reference = refInfo.reference;
        if (reference.error || !reference.$refNode) return;
        const targets: AstNodeDescription[] = [];
        if ('items' in reference) {
            for (const item of reference.items) if (item.$nodeDescription) targets.push(item.$nodeDescription);
        } else if (reference.$nodeDescription) {
            targets.push(reference.$nodeDescription);
        }
        if (targets.length === 0) return;
        const site = new ReferenceSite(refInfo.container, reference.$refNode, this.nodeLocator);
        for (const target of targets) into.push(new LazyReferenceDescription(sourceUri, site, target));
    }
}

/** The named nodes of each local symbol table in document order (the table itself is grouped by container). */
const symbolsInOrder = new WeakMap<MultiMap<AstNode, AstNodeDescription>, AstNodeDescription[]>();

/**
 * Every named node below the root, in document order, as the last scope computation of `document`
 * described them; `undefined` before that (the scope provider then collects them itself).
 */
export function localSymbolsInOrder(document: LangiumDocument): AstNodeDescription[] | undefined {
    const table = document.localSymbols as MultiMap<AstNode, AstNodeDescription> | undefined;
    return table ? symbolsInOrder.get(table) : undefined;
}

/** Every named node below `root` (not the root itself), in `streamAllContents` order. */
export function namedNodesBelow(root: AstNode, names: NameProvider, describe: (node: AstNode, name: string) => AstNodeDescription): AstNodeDescription[] {
    const found: AstNodeDescription[] = [];
    // Langium's name provider names a node by its string `name`, which the index has already found.
    const nodes = names.constructor === DefaultNameProvider ? treeIndexOf(root).named : treeIndexOf(root).nodes.slice(1);
    for (const node of nodes) {
        const name = names.getName(node);
        if (name) found.push(describe(node, name));
    }
    return found;
}

export class DpaScopeComputation extends DefaultScopeComputation {
    /** The root and its direct children that have names, as Langium exports them. */
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        this.addExportedSymbol(root, exports, document);
        await interruptAndCheck(cancelToken);
        for (const child of childrenOf(root)) this.addExportedSymbol(child, exports, document);
        return exports;
    }

    /** Each named node, visible within its container (Langium's rule), collected in one walk. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<MultiMap<AstNode, AstNodeDescription>> {
        await interruptAndCheck(cancelToken);
        const table = new MultiMap<AstNode, AstNodeDescription>();
        const inOrder = namedNodesBelow(document.parseResult.value, this.nameProvider, (node, name) => {
            const description = this.descriptions.createDescription(node, name, document);
            const container = node.$container;
            if (container) table.add(container, description);
            return description;
        });
        symbolsInOrder.set(table, inOrder);
        return table;
    }
}
