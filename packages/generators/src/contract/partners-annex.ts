import type { Interface, Partners } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { atLine, cell, paragraph, section, table, type Block, type Section } from './document.js';

const texts = clauseLibrary.partnersAnnex;

export function partnersAnnexHeading(ctx: ContractContext, partners: Partners): string {
    return ctx.optionalText(partners.title, 'partners title', partners.source) ?? ctx.t(texts.heading);
}

/** Interfaces to partners of the processor, each with a table of its partners. */
export function buildPartnersAnnex(ctx: ContractContext, partners: Partners): Block[] {
    const blocks: Block[] = [];
    const description = ctx.optionalText(partners.description, 'partners description', partners.source);
    if (description) blocks.push(paragraph(description));
    blocks.push(...partners.interfaces.map(entry => interfaceSection(ctx, entry)));
    return blocks;
}

function interfaceSection(ctx: ContractContext, entry: Interface): Section {
    const what = `interface '${entry.id}'`;
    const notStated = ctx.t(clauseLibrary.document.notStated);
    const subProcessorAnnex = ctx.annexLabel('sub-processors');
    const blocks: Block[] = [];
    const description = ctx.optionalText(entry.description, `${what} description`, entry.source);
    if (description) blocks.push(paragraph(description));
    const rows = entry.partners.map(partner => {
        const address = ctx.addressLine(ctx.optionalText(partner.address, `partner '${partner.legalName}' address`, partner.source), partner.country);
        let subProcessor = notStated;
        if (partner.subProcessor !== undefined) {
            const name = ctx.subProcessorName(partner.subProcessor);
            subProcessor = subProcessorAnnex ? ctx.t(texts.seeAnnex)({ name, annex: subProcessorAnnex }) : name;
        }
        return [cell(partner.legalName), cell(address ?? notStated), cell(partner.securityConcept ?? notStated), cell(subProcessor)];
    });
    if (rows.length > 0) {
        const columns = texts.columns;
        const partnerTable = table([columns.partner, columns.address, columns.securityConcept, columns.subProcessor].map(column => ctx.t(column)), rows);
        blocks.push({ ...partnerTable, rowLines: entry.partners.map(partner => partner.source.line) });
    }
    return atLine(section(`partners:${entry.id}`, ctx.text(entry.title, `${what} title`, entry.source), blocks), entry.source.line);
}
