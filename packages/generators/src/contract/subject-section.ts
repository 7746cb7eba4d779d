import { clauseLibrary } from '../clauses/clause-library.js';
import { formatList } from '../clauses/format.js';
import type { ContractContext } from './contract-context.js';
import { partyDisplayName, processorChain } from './front-matter.js';
import { labelled, paragraph, section, type Block, type Section } from './document.js';

/** Section 1: what this agreement is, what it belongs to, when it applies, how terms are meant. */
export function buildSubjectSection(ctx: ContractContext): Section {
    const { model } = ctx;
    const texts = clauseLibrary.subject;
    const at = model.source;
    const blocks: Block[] = [];

    const opening = [ctx.t(texts.purpose)];
    const mainContract = ctx.optionalText(model.mainContract, 'main contract', at);
    if (mainContract) opening.push(ctx.t(texts.supplementsMainContract)({ text: mainContract }));
    const annexLabel = ctx.optionalText(model.annexLabel, 'annex label', at);
    if (annexLabel) opening.push(ctx.t(texts.attachedAs)({ text: annexLabel, mainContract: ctx.mainContractTerm() }));
    blocks.push(paragraph(opening.join(' ')));

    const chain = processorChain(model.parties);
    if (chain) {
        // The customers are the parties in the controller's position that act as processors; the vendors, every processor party.
        const customers = model.parties.filter(party => party.role === 'controller' && party.actsAsProcessor).map(party => partyDisplayName(ctx, party));
        const vendors = model.parties.filter(party => party.role === 'processor').map(party => partyDisplayName(ctx, party));
        blocks.push(paragraph(ctx.t(clauseLibrary.roles.processorChain[chain])({
            customer: formatList(customers, ctx.lang),
            vendor: vendors.length > 0 ? formatList(vendors, ctx.lang) : ctx.t(clauseLibrary.parties.unnamed.processor),
            severalCustomers: customers.length > 1,
            severalVendors: vendors.length > 1
        })));
    }

    const scope = ctx.optionalText(model.scope, 'scope', at);
    if (scope) blocks.push(labelled(ctx.t(texts.scopeLabel), scope));
    for (const region of model.regions ?? []) {
        const label = ctx.text(region.label, `region '${region.id}' label`, region.source);
        const countries = region.countries.length > 0 ? region.countries.map(code => ctx.country(code)).join(', ') : undefined;
        blocks.push(paragraph(ctx.t(texts.regionDefinition)({ label, eea: region.eea, ...(countries !== undefined ? { countries } : {}) })));
    }
    // One voice: a `scope` of the file's own wording already says which laws the agreement applies under.
    if (!scope && model.applicableLaws) {
        const laws = model.applicableLaws.map(law => ctx.t(texts.laws[law]));
        blocks.push(paragraph(ctx.t(texts.applicableLaws)({ laws: formatList(laws, ctx.lang) })));
    }

    const processingAnnex = ctx.annexLabel('processing');
    if (processingAnnex) blocks.push(paragraph(ctx.t(texts.detailsInAnnex)({ annex: processingAnnex })));

    const effective = model.effective;
    if (effective?.kind === 'on-signature') {
        blocks.push(paragraph(effective.ofBothContracts
            ? ctx.t(texts.effectiveOnSignatureOfBoth)({ mainContract: ctx.mainContractTerm() })
            : ctx.t(texts.effectiveOnSignature)));
    } else if (effective?.kind === 'on-date') {
        blocks.push(paragraph(ctx.t(texts.effectiveOnDate)({ date: effective.date })));
    } else if (effective?.kind === 'described') {
        blocks.push(labelled(ctx.t(texts.effectiveLabel), ctx.text(effective.text, 'effective', at)));
    }

    if (model.termsAsInGdpr) blocks.push(paragraph(ctx.t(texts.termsAsInGdpr)));

    const updates = ctx.optionalText(model.processorMayUpdate, 'updates by processor', at);
    if (updates) blocks.push(labelled(ctx.t(texts.processorMayUpdateLabel), updates));

    return section('subject', ctx.t(texts.heading), blocks);
}
