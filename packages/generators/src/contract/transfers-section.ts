import { SWISS_FADP, UK_ADDENDUM, type Transfer, type TransferParticipant, type UkAddendum, type SwissFadpAdaptation } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { formatDate, formatList } from '../clauses/format.js';
import type { ContractContext } from './contract-context.js';
import { atLine, bulletList, item, paragraph, section, type Block, type Section } from './document.js';

const texts = clauseLibrary.transfers;

/**
 * The transfers the agreement governs, one subsection each: who transfers to whom, on which Chapter V basis,
 * and for the SCCs of Decision 2021/914 the module and every choice stated, then the UK Addendum and the Swiss
 * adaptations. A transfer with its own wording (`text`) prints that wording instead of the library's sentences
 * (one voice); `supplement` follows them.
 */
export function buildTransfersSection(ctx: ContractContext): Section | undefined {
    const transfers = ctx.model.transfers ?? [];
    if (transfers.length === 0) return undefined;
    const parts = transfers.map((transfer, index) => atLine(section(`transfers:${index + 1}`, heading(ctx, transfer), transferBlocks(ctx, transfer)), transfer.source.line));
    return atLine(section('transfers', ctx.t(texts.heading), parts), transfers[0].source.line);
}

function heading(ctx: ContractContext, transfer: Transfer): string {
    if (!transfer.exporter || !transfer.importer) return ctx.t(texts.unnamedHeading)({ id: transfer.id });
    return ctx.t(texts.transferHeading)({ exporter: participantName(ctx, transfer.exporter), importer: participantName(ctx, transfer.importer) });
}

function participantName(ctx: ContractContext, participant: TransferParticipant): string {
    if (participant.kind === 'sub-processor') return ctx.subProcessorName(participant.id);
    const party = ctx.model.parties.find(candidate => candidate.id === participant.id);
    if (!party) return participant.id;
    return ctx.optionalText(party.legalName, `party ${party.id} name`, party.source)
        ?? ctx.optionalText(party.roleName, `party ${party.id} role name`, party.source)
        ?? party.id;
}

function transferBlocks(ctx: ContractContext, transfer: Transfer): Block[] {
    const own = ctx.optionalText(transfer.text, `transfer ${transfer.id} text`, transfer.source);
    const blocks: Block[] = own !== undefined ? [paragraph(own)] : libraryBlocks(ctx, transfer);
    // Clarifications are typed values of their own: printed whether or not the transfer has its own wording.
    const clarifications = clarificationSentences(ctx, transfer);
    if (clarifications.length > 0) blocks.push(paragraph(ctx.t(texts.clarifications.intro)), bulletList(clarifications.map(sentence => item(sentence))));
    const supplement = ctx.optionalText(transfer.supplement, `transfer ${transfer.id} supplement`, transfer.source);
    if (supplement !== undefined) blocks.push(paragraph(supplement));
    return blocks;
}

function clarificationSentences(ctx: ContractContext, transfer: Transfer): string[] {
    const given = transfer.clarifications;
    if (!given) return [];
    const library = texts.clarifications;
    const processing = ctx.annexLabel('processing');
    const measures = ctx.annexLabel('measures');
    return [
        ...(given.appendicesAsAnnexes ? [ctx.t(library.appendicesAsAnnexes)({ ...(processing !== undefined ? { processing } : {}), ...(measures !== undefined ? { measures } : {}) })] : []),
        ...(given.disclosableToAuthorities ? [ctx.t(library.disclosableToAuthorities)] : []),
        ...(given.clausesConfidential ? [ctx.t(library.clausesConfidential)] : []),
        ...(given.suspendOnlyAffectedServices ? [ctx.t(library.suspendOnlyAffectedServices)] : []),
        ...(given.auditsAsInDpa ? [ctx.t(library.auditsAsInDpa)] : []),
        ...(given.subProcessorCopiesConfidential ? [ctx.t(library.subProcessorCopiesConfidential)] : []),
        ...(given.liabilityAsMainContractExceptDataSubjects ? [ctx.t(library.liabilityAsMainContractExceptDataSubjects)({ mainContract: ctx.mainContractTerm() })] : []),
        ...(given.onwardSubProcessingConsented ? [ctx.t(library.onwardSubProcessingConsented)] : [])
    ];
}

function libraryBlocks(ctx: ContractContext, transfer: Transfer): Block[] {
    const blocks: Block[] = [];
    const opening: string[] = [];
    if (transfer.exporter && transfer.importer) {
        opening.push(ctx.t(texts.parties)({
            exporter: participantName(ctx, transfer.exporter),
            importer: participantName(ctx, transfer.importer),
            ...(transfer.importerCountry !== undefined ? { country: ctx.country(transfer.importerCountry) } : {})
        }));
    }
    const mechanism = transfer.mechanism;
    if (mechanism) {
        const stated = ctx.optionalText(mechanism.stated, `transfer ${transfer.id} basis`, transfer.source);
        const moduleTitle = mechanism.kind === 'scc-2021/914' && mechanism.module !== undefined ? texts.moduleTitles[mechanism.module] as (typeof texts.moduleTitles)[number] | undefined : undefined;
        if (stated !== undefined) opening.push(stated);
        // SCCs with a known module: one sentence names the clauses, the module with its roles and the Official Journal.
        else if (moduleTitle && mechanism.module !== undefined) opening.push(ctx.t(texts.module)({ module: mechanism.module, title: ctx.t(moduleTitle) }));
        else opening.push(ctx.t(texts.basis)({ basis: ctx.t(clauseLibrary.subProcessorAnnex.transfers[mechanism.kind])(mechanism.module === undefined ? {} : { module: mechanism.module }) }));
    }
    if (transfer.authorisedByController) opening.push(ctx.t(texts.authorisedByController));
    if (transfer.successorMechanism) opening.push(ctx.t(texts.successorMechanism));
    if (opening.length > 0) blocks.push(paragraph(opening.join(' ')));
    const choices = sccChoices(ctx, transfer);
    if (choices.length > 0) blocks.push(paragraph(ctx.t(texts.choicesIntro)), bulletList(choices.map(choice => item(choice))));
    if (transfer.ukAddendum) blocks.push(paragraph(ukAddendumSentences(ctx, transfer.ukAddendum).join(' ')));
    if (transfer.swissFadp) {
        const adaptations = swissSentences(ctx, transfer.swissFadp);
        blocks.push(paragraph(ctx.t(texts.swiss.applies)({ recognised: formatDate(SWISS_FADP.fdpicRecognition, ctx.lang), listFollows: adaptations.length > 0 })));
        if (adaptations.length > 0) blocks.push(bulletList(adaptations.map(sentence => item(sentence))));
    }
    return blocks;
}

/** The Decision 2021/914 choices in the Decision's order: Clauses 7, 9(a), 11(a), 13(a), 17, 18(b). */
function sccChoices(ctx: ContractContext, transfer: Transfer): string[] {
    const choices: string[] = [];
    if (transfer.dockingClause !== undefined) choices.push(ctx.t(transfer.dockingClause ? texts.docking : texts.noDocking));
    const subProcessors = transfer.subProcessorAuthorisation;
    if (subProcessors) {
        const entry = subProcessors.kind === 'specific' ? texts.specificAuthorisation : texts.generalAuthorisation;
        choices.push(ctx.t(entry)({ ...(subProcessors.period ? { period: ctx.period(subProcessors.period) } : {}) }));
    }
    if (transfer.disputeBody) {
        const name = ctx.optionalText(transfer.disputeBody.name, `transfer ${transfer.id} dispute resolution body`, transfer.source);
        choices.push(ctx.t(texts.disputeBody)({ ...(name !== undefined ? { name } : {}) }));
    }
    const authority = transfer.supervisoryAuthority;
    if (authority) {
        const name = ctx.optionalText(authority.name, `transfer ${transfer.id} supervisory authority`, authority.source);
        choices.push(ctx.t(texts.authority)({ basis: ctx.t(texts.authorityBases[authority.basis]), ...(name !== undefined ? { name } : {}) }));
    }
    const law = transfer.governingLaw;
    if (law) {
        const country = law.country !== undefined ? ctx.country(law.country) : undefined;
        if (law.option === 2) choices.push(ctx.t(texts.lawOption2)({ ...(country !== undefined ? { country } : {}) }));
        else if (country !== undefined) choices.push(ctx.t(law.option === undefined ? texts.lawCountry : texts.lawOption1)({ country }));
    }
    if (transfer.courts) choices.push(ctx.t(texts.courts)({ country: ctx.country(transfer.courts.country) }));
    return choices;
}

function ukAddendumSentences(ctx: ContractContext, addendum: UkAddendum): string[] {
    const uk = texts.ukAddendum;
    const sentences = [ctx.t(uk.applies)({ inForce: formatDate(UK_ADDENDUM.inForce, ctx.lang) })];
    if (addendum.start !== undefined) sentences.push(ctx.t(uk.start)({ date: formatDate(addendum.start, ctx.lang) }));
    const appendsTo = addendum.appendsTo;
    if (appendsTo?.kind === 'this-transfer') sentences.push(ctx.t(uk.thisTransfer));
    if (appendsTo?.kind === 'version') {
        const reference = ctx.optionalText(appendsTo.reference, 'UK Addendum version reference', addendum.source);
        sentences.push(ctx.t(uk.version)({ date: formatDate(appendsTo.date, ctx.lang), ...(reference !== undefined ? { reference } : {}) }));
    }
    const appendix = ctx.optionalText(addendum.appendix, 'UK Addendum appendix', addendum.source);
    if (appendix !== undefined) sentences.push(ctx.t(uk.appendix)({ where: appendix }));
    const enders = (addendum.mayEnd ?? []).filter(ender => ender !== 'neither');
    if (enders.length > 0) sentences.push(ctx.t(uk.mayEnd)({ who: formatList(enders.map(ender => ctx.t(uk.enders[ender])), ctx.lang), both: enders.length > 1 }));
    else if (addendum.mayEnd?.includes('neither')) sentences.push(ctx.t(uk.mayEndNeither));
    return sentences;
}

function swissSentences(ctx: ContractContext, swiss: SwissFadpAdaptation): string[] {
    const swissTexts = texts.swiss;
    const sentences: string[] = [];
    if (swiss.authority === 'fdpic') sentences.push(ctx.t(swissTexts.fdpic));
    if (swiss.authority === 'fdpic-and-eu') sentences.push(ctx.t(swissTexts.fdpicAndEu));
    if (swiss.law === 'swiss') sentences.push(ctx.t(swissTexts.swissLaw));
    if (swiss.law === 'scc') sentences.push(ctx.t(swissTexts.sccLaw));
    if (swiss.sueInSwitzerland) sentences.push(ctx.t(swissTexts.sue));
    if (swiss.gdprReadAsFadp) sentences.push(ctx.t(swissTexts.gdprReadAsFadp));
    return sentences;
}
