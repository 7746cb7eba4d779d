import type { Affiliates, Contact, DataProtectionOfficer, EuRepresentative, Party } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { bulletList, emphasis, item, paragraph, section, text, type Block, type Inline, type ListItem, type Section } from './document.js';

const library = clauseLibrary;

export function buildTitle(ctx: ContractContext): Inline[] {
    const { model } = ctx;
    return [text(ctx.optionalText(model.title, 'agreement title', model.source) ?? ctx.t(library.document.defaultTitle))];
}

/** Version and date line, then the note on which language version binds. */
export function buildTitleBlock(ctx: ContractContext): Block[] {
    const { model } = ctx;
    const blocks: Block[] = [];
    const doc = library.document;
    if (model.version !== undefined && model.date !== undefined) {
        blocks.push(paragraph(ctx.t(doc.versionAndDate)({ version: model.version, date: model.date })));
    } else if (model.version !== undefined) {
        blocks.push(paragraph(ctx.t(doc.versionOnly)({ version: model.version })));
    } else if (model.date !== undefined) {
        blocks.push(paragraph(ctx.t(doc.dateOnly)({ date: model.date })));
    }
    const binding = bindingSentences(ctx);
    if (binding.length > 0) blocks.push(paragraph(binding.join(' ')));
    return blocks;
}

function bindingSentences(ctx: ContractContext): string[] {
    const { model, lang } = ctx;
    const texts = library.binding;
    if (model.binding === undefined) return [];
    if (model.binding === 'all') return [ctx.t(texts.allVersions)];
    if (model.binding !== lang) return [ctx.t(texts.otherVersion)({ binding: model.binding })];
    const others = model.languages.filter(other => other !== lang);
    return [ctx.t(texts.thisVersion), ...others.map(other => ctx.t(texts.otherForInformation)({ other }))];
}

export function buildParties(ctx: ContractContext): Section | undefined {
    if (ctx.model.parties.length === 0) return undefined;
    return section('parties', ctx.t(library.parties.heading), ctx.model.parties.map(party => partySection(ctx, party)));
}

export function partySection(ctx: ContractContext, party: Party): Section {
    const texts = library.parties;
    const what = `party '${party.id}'`;
    const legalName = ctx.optionalText(party.legalName, `${what} name`, party.source);
    const roleName = ctx.optionalText(party.roleName, `${what} role name`, party.source);
    const heading = legalName ?? roleName ?? ctx.t(texts.unnamed[party.role]);

    // "Auftragsverarbeiter …, bezeichnet als „Auftragsverarbeiter“" would define the term by itself.
    const ownName = roleName !== undefined && roleName !== ctx.t(texts.roleTerms[party.role]) ? roleName : undefined;
    const role = ctx.t(roleTerm(ctx, party)) + (ownName ? `, ${ctx.t(texts.referredToAs)({ roleName: ownName })}` : '');
    const items: ListItem[] = [labelledItem(ctx.t(texts.roleLabel), role)];
    // A published form leaves the name to be written in when signing.
    if (legalName === undefined && party.legalNameToBeInserted) items.unshift(labelledItem(ctx.t(texts.nameLabel), ctx.t(library.signatures.blank)));
    const address = ctx.addressLine(ctx.optionalText(party.address, `${what} address`, party.source), party.country);
    if (address) items.push(labelledItem(ctx.t(texts.addressLabel), address));
    if (party.contacts.length > 0) {
        items.push(item([emphasis(`${ctx.t(texts.contactsLabel)}:`)], bulletList(party.contacts.map(contact => contactItem(ctx, contact, what)))));
    }
    if (party.dpo) items.push(labelledItem(ctx.t(texts.dpoLabel), dpoLine(ctx, party.dpo, what)));
    if (party.euRepresentative) items.push(labelledItem(ctx.t(library.roles.representativeLabel), representativeLine(ctx, party.euRepresentative, what)));
    const affiliatesDescription = ctx.optionalText(party.affiliates?.description, `affiliates of ${what} description`, party.affiliates?.source ?? party.source);
    if (affiliatesDescription !== undefined) items.push(labelledItem(ctx.t(library.roles.affiliatesLabel), affiliatesDescription));
    for (const note of party.notes) {
        items.push(labelledItem(ctx.t(texts.noteLabel), ctx.text(note, `${what} note`, party.source)));
    }

    const blocks: Block[] = [bulletList(items)];
    if (party.dpo?.detailsNotified) blocks.push(paragraph(ctx.t(texts.dpoDetailsNotified)({ role: party.role })));
    if (party.dpo?.changesNotified) blocks.push(paragraph(ctx.t(texts.dpoChangesNotified)({ role: party.role })));
    if (party.affiliates) {
        const sentences = affiliatesSentences(ctx, party.affiliates, heading, what);
        if (sentences.length > 0) blocks.push(paragraph(sentences.join(' ')));
    }
    return section(`party:${party.id}`, heading, blocks);
}

/**
 * The role as the contract states it. A party in the controller's position that is itself a processor
 * makes the processor party a sub-processor (another processor, Art. 28(4) GDPR).
 */
function roleTerm(ctx: ContractContext, party: Party) {
    if (party.role === 'controller' && party.actsAsProcessor) return library.roles.customerAsProcessor[party.actsAsProcessor];
    const chain = processorChain(ctx.model.parties);
    if (party.role === 'processor' && chain) return library.roles.vendorAsSubProcessor[chain];
    return library.parties.roles[party.role];
}

/** Whether the parties in the controller's position act as processors: always if one always does. */
export function processorChain(parties: readonly Party[]): 'always' | 'where-applicable' | undefined {
    const modes = parties.filter(party => party.role === 'controller').map(party => party.actsAsProcessor);
    return modes.includes('always') ? 'always' : modes.includes('where-applicable') ? 'where-applicable' : undefined;
}

/** The name a party goes by in sentences: its legal name, else its role name, else its role. */
export function partyDisplayName(ctx: ContractContext, party: Party): string {
    const what = `party '${party.id}'`;
    return ctx.optionalText(party.legalName, `${what} name`, party.source)
        ?? ctx.optionalText(party.roleName, `${what} role name`, party.source)
        ?? ctx.t(library.parties.unnamed[party.role]);
}

function affiliatesSentences(ctx: ContractContext, affiliates: Affiliates, partyName: string, what: string): string[] {
    const own = ctx.optionalText(affiliates.text, `affiliates of ${what} text`, affiliates.source);
    if (own !== undefined) return [own];
    const texts = library.roles;
    const sentences: string[] = [];
    if (affiliates.mayRelyOnAgreement) sentences.push(ctx.t(texts.affiliatesMayRely)({ party: partyName }));
    if (affiliates.mayIssueInstructions) sentences.push(ctx.t(texts.affiliatesMayInstruct)({ party: partyName }));
    if (affiliates.rightsExercisedBy) sentences.push(ctx.t(texts.affiliatesRights[affiliates.rightsExercisedBy])({ party: partyName }));
    return sentences;
}

function representativeLine(ctx: ContractContext, representative: EuRepresentative, what: string): string {
    const texts = library.parties;
    const address = ctx.addressLine(ctx.optionalText(representative.address, `EU representative of ${what} address`, representative.source), representative.country);
    return [
        representative.name,
        address,
        representative.phone !== undefined ? `${ctx.t(texts.phoneLabel)} ${representative.phone}` : undefined,
        representative.email !== undefined ? `${ctx.t(texts.emailLabel)} ${representative.email}` : undefined
    ].filter((part): part is string => part !== undefined && part !== '').join(', ');
}

function contactItem(ctx: ContractContext, contact: Contact, what: string): ListItem {
    const texts = library.parties;
    const reachable = [
        ...contact.emails.map(email => `${ctx.t(texts.emailLabel)} ${email}`),
        ...contact.phones.map(phone => `${ctx.t(texts.phoneLabel)} ${phone}`)
    ];
    const description = ctx.optionalText(contact.description, `${what} ${contact.kind} contact description`, contact.source);
    const value = [reachable.join(', '), description].filter(part => part).join(' – ');
    return labelledItem(ctx.t(texts.contactKinds[contact.kind]), value);
}

function dpoLine(ctx: ContractContext, dpo: DataProtectionOfficer, what: string): string {
    const texts = library.parties;
    const address = ctx.addressLine(ctx.optionalText(dpo.address, `data protection officer of ${what} address`, dpo.source), dpo.country);
    const parts = [
        dpo.name,
        dpo.organisation,
        address,
        dpo.phone !== undefined ? `${ctx.t(texts.phoneLabel)} ${dpo.phone}` : undefined,
        dpo.email !== undefined ? `${ctx.t(texts.emailLabel)} ${dpo.email}` : undefined
    ].filter((part): part is string => part !== undefined && part !== '');
    const line = parts.join(', ');
    const appointedUnder = dpo.appointedUnder ? ctx.t(texts.dpoAppointedUnder)({ bases: dpo.appointedUnder }) : undefined;
    if (!dpo.external) return [line, appointedUnder ?? (line ? undefined : ctx.t(texts.dpoAppointed))].filter(part => part).join(', ');
    const external = ctx.t(texts.dpoExternal);
    const qualifiers = [external, appointedUnder].filter(part => part).join(', ');
    return line ? `${line} (${qualifiers})` : qualifiers;
}

function labelledItem(label: string, value: string): ListItem {
    return value ? item([emphasis(`${label}:`), ` ${value}`]) : item([emphasis(label)]);
}
