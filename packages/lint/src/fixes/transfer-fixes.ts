import type { Service } from '@dpa-as-code/model';
import type { LintFix, RuleSource } from '../lint-rule.js';
import { insertIntoBlock, replaceToken, valuesAfter } from './edit-builders.js';
import type { Token } from './source-text.js';

/*
 * Edits that state a transfer basis for a sub-processor service (Chapter V GDPR). Which basis applies
 * is a legal judgement, so rules offer these as suggestions only.
 */

export const SCC_MODULE_3 = 'scc-2021/914 module 3';

/** First words of the service properties that come before `transfer`. */
const BEFORE_TRANSFER = ['data', 'no', 'function', 'located'];

/** `transfer TARGET`: the kind of an existing transfer replaced (what follows it stays), else added to (or as) the service's block. */
export function basisFix(source: RuleSource, service: Service, target: string): LintFix | undefined {
    const transfer = service.transfer;
    if (transfer) {
        const kindToken = transferKindToken(source, service);
        if (!kindToken) return undefined;
        // An existing module stays (and is not written twice).
        const keepsModule = transfer.module !== undefined && target === SCC_MODULE_3;
        const written = keepsModule ? 'scc-2021/914' : target;
        const shown = keepsModule ? `scc-2021/914 module ${transfer.module}` : target;
        return replaceToken(source, kindToken, written, `Change 'transfer ${transfer.kind}' to 'transfer ${shown}'`);
    }
    const member = `transfer ${target}`;
    const inBlock = insertIntoBlock(source, service.source, member, `Add '${member}'`, { after: BEFORE_TRANSFER });
    if (inBlock) return inBlock;
    // `service "CDN"` without braces: the block is added at its end.
    const end = { line: service.source.endLine, column: service.source.endColumn };
    return { description: `Add '${member}'`, edits: [{ range: { start: end, end }, text: ` { ${member} }` }] };
}

/** The token after `transfer` in the service's block; a rule offering several bases asks once per service. */
function transferKindToken(source: RuleSource, service: Service): Token | undefined {
    const known = kindTokens.get(service);
    if (known?.source === source) return known.token;
    const token = valuesAfter(source, service.source, 'transfer').at(0);
    kindTokens.set(service, { source, token });
    return token;
}

const kindTokens = new WeakMap<Service, { source: RuleSource; token: Token | undefined }>();
