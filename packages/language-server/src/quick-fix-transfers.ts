import { AstUtils, GrammarUtils } from 'langium';
import { ast } from '@dpa-as-code/language';
import { adequacyDecisionFor, isEeaCountry, isIsoCountryCode } from '@dpa-as-code/lint';
import { insertIntoBlock, nodeAtDiagnostic, type OffsetEdit, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fixes for Chapter V findings on sub-processor services: a transfer basis for a service
 * outside the EEA (`chapter5-transfer-basis`) and the module of the 2021/914 SCCs
 * (`chapter5-scc-2021-914-module`). An existing `transfer none` (or another basis that does not
 * cover the country) has its kind replaced; what follows it (`as-stated "…"`) stays.
 */

const SCC_MODULE_3 = 'scc-2021/914 module 3';

/** Properties of a service that come before `transfer` in the grammar. */
const BEFORE_TRANSFER = ['data', 'noPersonalData', 'function', 'location'];

export function transferFixes(context: QuickFixContext): QuickFix[] {
    const at = nodeAtDiagnostic(context);
    const service = at ? AstUtils.getContainerOfType(at, ast.isService) : undefined;
    if (!service) return [];
    if (context.code === 'chapter5-transfer-basis') return basisFixes(context, service);
    if (context.code === 'chapter5-scc-2021-914-module') return moduleFixes(service);
    return [];
}

/** An adequacy decision that applies on its own (the US decision covers certified recipients only). */
const adequate = (country: string) => {
    const decision = adequacyDecisionFor(country);
    return decision !== undefined && decision.requiresCertification === undefined;
};

/** The third countries the service's data go to: its server locations, else its sub-processor's country. */
function thirdCountries(service: ast.Service): string[] {
    if (service.location?.regionDependent) return [];
    const subProcessor = service.$container;
    const codes = service.location ? service.location.countries : subProcessor.country ? [subProcessor.country] : [];
    return [...new Set(codes.filter(code => isIsoCountryCode(code) && !isEeaCountry(code)))];
}

function basisFixes(context: QuickFixContext, service: ast.Service): QuickFix[] {
    const countries = thirdCountries(service);
    const kind = service.transfer?.kind;
    const uncovered = countries.filter(country => !adequate(country));
    const fixes: QuickFix[] = [];
    const offer = (target: string, preferred: boolean) => {
        const fix = basisFix(context, service, target);
        if (fix) fixes.push({ ...fix, preferred });
    };
    // 'transfer dpf' for a service without a US location: countries with their own adequacy decision need 'transfer adequacy'.
    const adequacyInstead = kind === 'dpf' && !countries.includes('US') && countries.length > 0 && countries.every(adequate);
    if (adequacyInstead) offer('adequacy', true);
    offer(SCC_MODULE_3, !adequacyInstead);
    if (uncovered.length === 1 && uncovered[0] === 'US' && kind !== 'dpf') offer('dpf', false);
    offer('bcr', false);
    return fixes;
}

/** `transfer TARGET` in the service: the kind of an existing transfer replaced, else added to (or as) its block. */
function basisFix(context: QuickFixContext, service: ast.Service, target: string): Omit<QuickFix, 'preferred'> | undefined {
    const transfer = service.transfer;
    if (transfer) {
        const kindNode = GrammarUtils.findNodeForProperty(transfer.$cstNode, 'kind');
        if (!kindNode) return undefined;
        // An existing module stays (and is not written twice).
        const written = transfer.module !== undefined && target === SCC_MODULE_3 ? 'scc-2021/914' : target;
        const shown = transfer.module !== undefined && target === SCC_MODULE_3 ? `scc-2021/914 module ${transfer.module}` : target;
        return {
            title: `Change 'transfer ${transfer.kind}' to 'transfer ${shown}'`,
            edits: [{ start: kindNode.offset, end: kindNode.end, newText: written }]
        };
    }
    const member = `transfer ${target}`;
    let edit: OffsetEdit | undefined = insertIntoBlock(context, service, member, { after: BEFORE_TRANSFER });
    if (!edit) {
        // `service "CDN"` without braces: the block is added after the purpose.
        const purposeEnd = service.purpose?.$cstNode?.end;
        if (purposeEnd === undefined) return undefined;
        edit = { start: purposeEnd, end: purposeEnd, newText: ` { ${member} }` };
    }
    return { title: `Add '${member}'`, edits: [edit] };
}

function moduleFixes(service: ast.Service): QuickFix[] {
    const transfer = service.transfer;
    if (!transfer || transfer.kind !== 'scc-2021/914' || transfer.module !== undefined) return [];
    const kindNode = GrammarUtils.findNodeForProperty(transfer.$cstNode, 'kind');
    if (!kindNode) return [];
    return [{ title: "Add 'module 3'", edits: [{ start: kindNode.end, end: kindNode.end, newText: ' module 3' }], preferred: true }];
}
