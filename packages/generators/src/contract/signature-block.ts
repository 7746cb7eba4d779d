import type { Party, Signatory } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { formatDate } from '../clauses/format.js';
import type { ContractContext } from './contract-context.js';
import { atLine, labelled, paragraph, section, type Block, type Section } from './document.js';

const texts = clauseLibrary.signatures;

/**
 * Where the parties sign: per party each signatory the file names, with place, date, name
 * and function as written and a blank line for each of them the file leaves open (and
 * always for the signature itself). A party without signatories gets one blank set.
 */
export function buildSignatureBlock(ctx: ContractContext): Section | undefined {
    const { model } = ctx;
    if (model.parties.length === 0) return undefined;
    const blocks: Block[] = [];
    if (model.scc) {
        blocks.push(paragraph(ctx.t(clauseLibrary.sccAnnexes.partiesServeAs)({ title: ctx.t(clauseLibrary.sccAnnexes.titles.I) })));
    }
    blocks.push(...model.parties.map(party => partySignatures(ctx, party)));
    return atLine(section('signatures', ctx.t(texts.heading), blocks), model.parties[0].source.line);
}

function partySignatures(ctx: ContractContext, party: Party): Section {
    const what = `party '${party.id}'`;
    const name = ctx.optionalText(party.legalName, `${what} name`, party.source)
        ?? ctx.optionalText(party.roleName, `${what} role name`, party.source)
        ?? ctx.t(clauseLibrary.parties.unnamed[party.role]);
    const signatories = party.signatories.length > 0 ? party.signatories : [undefined];
    const blocks = signatories.flatMap(signatory => signatoryLines(ctx, signatory, what).map(line => atLine(line, signatory?.source.line)));
    return atLine(section(`signatures:${party.id}`, ctx.t(texts.forParty)({ party: name }), blocks), party.source.line);
}

function signatoryLines(ctx: ContractContext, signatory: Signatory | undefined, what: string): Block[] {
    const blank = ctx.t(texts.blank);
    const filled = signatory ? {
        place: ctx.optionalText(signatory.place, `signatory of ${what} place`, signatory.source),
        func: ctx.optionalText(signatory.function, `signatory of ${what} function`, signatory.source),
        date: signatory.date !== undefined ? formatDate(signatory.date, ctx.lang) : undefined,
        name: signatory.name
    } : {};
    return [
        labelled(ctx.t(texts.placeLabel), filled.place ?? blank),
        labelled(ctx.t(texts.dateLabel), filled.date ?? blank),
        labelled(ctx.t(texts.signatureLabel), blank),
        labelled(ctx.t(texts.nameLabel), filled.name ?? blank),
        labelled(ctx.t(texts.functionLabel), filled.func ?? blank)
    ];
}
