import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import { CANCEL_CHECK_INTERVAL, treeIndexOf } from './dpa-ast-walk.js';
import { DpaValidationRegistry } from './dpa-file-validation.js';

const langiumNodeOptions = (DefaultDocumentValidator.prototype as unknown as { validateSingleNodeOptions: unknown }).validateSingleNodeOptions;

/**
 * Runs the registered checks on every node in the order Langium's validator does (`streamAst`, the
 * checks of each type in registration order), from the tree's index instead of its per-node stream, and
 * without awaiting a check that returned at once. Every so many nodes a newer edit may cancel the run, as
 * between nodes in Langium's. Diagnostics are the same, in the same order
 * (test/language/link-validate-equivalence.test.ts).
 */
export class DpaDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        // The index holds every node: a subclass that skips nodes or subtrees, or profiling, takes Langium's walk.
        if (this.profiler?.isActive('validating') || !(registry instanceof DpaValidationRegistry) || rootNode.$container
            || this.validateSingleNodeOptions !== langiumNodeOptions) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodes = treeIndexOf(rootNode).nodes;
        const checksByType = new Map<string, readonly ValidationCheck[]>();
        await interruptAndCheck(cancelToken);
        for (let i = 0; i < nodes.length; i++) {
            if (i % CANCEL_CHECK_INTERVAL === 0 && i > 0 && cancelToken !== Cancellation.CancellationToken.None) await interruptAndCheck(cancelToken);
            const node = nodes[i];
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = registry.checksFor(node.$type, options.categories);
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result !== undefined) await result;
            }
        }
    }
}
