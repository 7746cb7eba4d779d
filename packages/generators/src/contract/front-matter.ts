import type { Contact, DataProtectionOfficer, Party } from '@dpa-as-code/model';
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
    const role = ctx.t(texts.roles[party.role]) + (ownName ? `, ${ctx.t(texts.referredToAs)({ roleName: ownName })}` : '');
    const items: ListItem[] = [labelledItem(ctx.t(texts.roleLabel), role)];
    const address = ctx.addressLine(ctx.optionalText(party.address, `${what} address`, party.source), party.country);
    if (address) items.push(labelledItem(ctx.t(texts.addressLabel), address));
    if (party.contacts.length > 0) {
        items.push(item([emphasis(`${ctx.t(texts.contactsLabel)}:`)], bulletList(party.contacts.map(contact => contactItem(ctx, contact, what)))));
    }
    if (party.dpo) items.push(labelledItem(ctx.t(texts.dpoLabel), dpoLine(ctx, party.dpo, what)));
    for (const note of party.notes) {
        items.push(labelledItem(ctx.t(texts.noteLabel), ctx.text(note, `${what} note`, party.source)));
    }

    const blocks: Block[] = [bulletList(items)];
    if (party.dpo?.changesNotified) blocks.push(paragraph(ctx.t(texts.dpoChangesNotified)({ role: party.role })));
    return section(`party:${party.id}`, heading, blocks);
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
    if (!dpo.external) return line;
    const external = ctx.t(texts.dpoExternal);
    return line ? `${line} (${external})` : external;
}

function labelledItem(label: string, value: string): ListItem {
    return value ? item([emphasis(`${label}:`), ` ${value}`]) : item([emphasis(label)]);
}
