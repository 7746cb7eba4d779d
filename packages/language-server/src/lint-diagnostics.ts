import { CstUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { ast, DpaServices } from '@dpa-as-code/language';
import { modelOfAgreement } from './document-model.js';
import { lintModel, ruleDocsUrl, type RuleSetting } from '@dpa-as-code/lint';

/** Rule settings the editor passes on (from the `dpa.lint.rules` setting). */
export interface LintSettingsSource {
    current(): Record<string, RuleSetting>;
}

/**
 * Runs the linter as part of document validation, so findings appear next to syntax errors:
 * the rule id is the diagnostic code and links to the rule's page; the message cites the law.
 * Files with syntax or reference errors are not linted (their model would be incomplete).
 */
export function registerLintDiagnostics(services: DpaServices, settings: LintSettingsSource): void {
    services.validation.ValidationRegistry.register<ast.DpaAstType>({
        Agreement: (agreement, accept) => lintAgreement(agreement, accept, settings)
    });
}

function lintAgreement(agreement: ast.Agreement, accept: ValidationAcceptor, settings: LintSettingsSource): void {
    const document = agreement.$document as LangiumDocument | undefined;
    if (!document || hasBlockingErrors(document)) return;
    const model = modelOfAgreement(agreement);
    const { findings } = lintModel(model, { settings: settings.current(), sourceText: document.textDocument.getText() });
    const root = agreement.$cstNode;
    for (const finding of findings) {
        const offset = document.textDocument.offsetAt({ line: finding.line - 1, character: finding.column - 1 });
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        const range = leaf?.range ?? { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.line - 1, character: finding.column } };
        accept(finding.severity, finding.message, {
            node: agreement,
            range,
            code: finding.ruleId,
            codeDescription: { href: ruleDocsUrl(finding.ruleId) },
            data: { ruleId: finding.ruleId, citation: finding.citation }
        });
    }
}

function hasBlockingErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0
        || document.parseResult.parserErrors.length > 0
        || document.references.some(reference => reference.error !== undefined);
}
