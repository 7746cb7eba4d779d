import type { ast } from '@dpa-as-code/language';
import { toDpaModel, type DpaModel } from '@dpa-as-code/model';

/**
 * The plain model of a parsed agreement, built once per parse: lint diagnostics and the
 * preview both need it after every change. Keyed by the AST root, which Langium replaces
 * on each re-parse, so an edited document never gets a stale model.
 */
const models = new WeakMap<ast.Agreement, DpaModel>();

export function modelOfAgreement(agreement: ast.Agreement): DpaModel {
    let model = models.get(agreement);
    if (!model) {
        model = toDpaModel(agreement);
        models.set(agreement, model);
    }
    return model;
}
