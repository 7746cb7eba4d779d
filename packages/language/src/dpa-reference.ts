import {
    AstUtils, DocumentState, isAstNode, isAstNodeDescription, isLinkingError, RefResolving,
    type AstNode, type AstNodeDescription, type CstNode, type LinkingError, type Reference, type ReferenceInfo
} from 'langium';

/** The parts of Langium's DefaultLinker a reference calls back into (protected there). */
export interface ReferenceLinker {
    loadAstNode(nodeDescription: AstNodeDescription): AstNode | undefined;
    createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError;
    getLinkedNode(refInfo: ReferenceInfo): { node?: AstNode; descr?: AstNodeDescription; error?: LinkingError };
    throwCyclicReferenceError(node: AstNode, property: string, refText: string): never;
}

/**
 * Langium's reference (`DefaultLinker.buildReference`) as a class: the same fields and the same
 * resolution, with `ref`, `error` and `$nodeDescription` read through the prototype. Langium's is an
 * object literal with its own three getters, so every reference carried three closures of its own
 * and V8 kept it as a hash table: about 900 bytes each, 60 MB for the 70,000 references of 10,000
 * sub-processors, against about 100 here.
 */
export class CompactReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    declare _nodeDescription?: AstNodeDescription;

    constructor(
        readonly $refNode: CstNode | undefined,
        readonly $refText: string,
        private readonly _container: AstNode,
        private readonly _property: string,
        private readonly _linker: ReferenceLinker
    ) {}

    get ref(): AstNode | undefined {
        const linker = this._linker;
        if (isAstNode(this._ref)) {
            // Most frequent case: the target is already resolved.
            return this._ref;
        } else if (isAstNodeDescription(this._nodeDescription)) {
            // A candidate was found before, but it is not loaded yet.
            const linkedNode = linker.loadAstNode(this._nodeDescription);
            this._ref = linkedNode ?? linker.createLinkingError(this.info(), this._nodeDescription);
        } else if (this._ref === undefined) {
            // Not linked yet: link now.
            this._ref = RefResolving;
            const document = AstUtils.findRootNode(this._container).$document;
            const refData = linker.getLinkedNode(this.info());
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scopes are not ready: leave it for the linker to try again later.
                return this._ref = undefined;
            }
            this._ref = refData.node ?? refData.error;
            this._nodeDescription = refData.descr;
            document?.references.push(this);
        } else if (this._ref === RefResolving) {
            linker.throwCyclicReferenceError(this._container, this._property, this.$refText);
        }
        return isAstNode(this._ref) ? this._ref : undefined;
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }

    private info(): ReferenceInfo {
        return { reference: this, container: this._container, property: this._property };
    }
}
