import type {
    AnonymisationClause, AuditsClause, BreachNotificationClause, ComplianceAssistanceClause, ConfidentialityClause,
    ControllerResponsibilityClause, DataSubjectRightsClause, EndOfProcessingClause, Inspections, InstructionsClause, Obligation,
    ObligationKind, ProcessingLocationClause, SecurityClause, SubProcessingClause
} from '@dpa-as-code/model';
import { clauseLibrary, obligationHeading } from '../clauses/clause-library.js';
import { formatList } from '../clauses/format.js';
import type { ContractContext } from './contract-context.js';
import { bulletList, item, labelled, paragraph, section, type Block, type Section } from './document.js';

const texts = clauseLibrary.obligations;

/** Kinds whose statute applies even when the file names the clause without detail (the heading cites it). */
const statutoryKinds: ReadonlySet<ObligationKind> = new Set<ObligationKind>([
    'instructions', 'confidentiality', 'security', 'sub-processing', 'data-subject-rights', 'compliance-assistance',
    'breach-notification', 'end-of-processing', 'audits', 'processing-location', 'controller-responsibility'
]);

/** One numbered section per obligation, headed by its title and GDPR citation. */
export function buildObligationSection(ctx: ContractContext, clause: Obligation): Section {
    const beyondArt32To36 = clause.kind === 'compliance-assistance' && (clause.articles.includes('art30') || (clause.notify?.length ?? 0) > 0);
    return section(`obligation:${clause.kind}`, obligationHeading(clause.kind, ctx.lang, beyondArt32To36), obligationBlocks(ctx, clause, `${clause.kind} clause`));
}

/**
 * One voice per clause: the file's own wording when it gives one, otherwise the library's
 * sentences for the clause's flags (which stay the machine-readable claims either way), then
 * the file's supplement, labelled. A clause with neither says only that it adds nothing.
 * `what` names the clause in error messages ("audits clause", "SCC supplement to clause 7.6").
 */
export function obligationBlocks(ctx: ContractContext, clause: Obligation, what: string): Block[] {
    const ownWording = ctx.optionalText(clause.text, `${what} text`, clause.source);
    const blocks = ownWording !== undefined ? ownWordingBlocks(ctx, clause, ownWording, what) : clauseSentences(ctx, clause, what);
    const supplement = ctx.optionalText(clause.supplement, `${what} supplement`, clause.source);
    if (supplement !== undefined) blocks.push(labelled(ctx.t(texts.supplementLabel), supplement));
    if (blocks.length === 0 && statutoryKinds.has(clause.kind)) blocks.push(paragraph(ctx.t(texts.noOwnProvision)));
    return blocks;
}

/** The file's wording; an audits clause keeps its inspections, which have a voice of their own. */
function ownWordingBlocks(ctx: ContractContext, clause: Obligation, ownWording: string, what: string): Block[] {
    const blocks: Block[] = [paragraph(ownWording)];
    if (clause.kind === 'audits' && clause.inspections) blocks.push(...inspectionBlocks(ctx, clause.inspections, what));
    return blocks;
}

function clauseSentences(ctx: ContractContext, clause: Obligation, what: string): Block[] {
    switch (clause.kind) {
        case 'instructions': return instructions(ctx, clause);
        case 'confidentiality': return confidentiality(ctx, clause);
        case 'security': return security(ctx, clause);
        case 'sub-processing': return subProcessing(ctx, clause, what);
        case 'data-subject-rights': return dataSubjectRights(ctx, clause);
        case 'compliance-assistance': return complianceAssistance(ctx, clause);
        case 'breach-notification': return breachNotification(ctx, clause);
        case 'end-of-processing': return endOfProcessing(ctx, clause);
        case 'audits': return audits(ctx, clause, what);
        case 'processing-location': return processingLocation(ctx, clause);
        case 'anonymisation': return anonymisation(ctx, clause, what);
        case 'controller-responsibility': return controllerResponsibility(ctx, clause);
    }
}

/** Paragraphs from groups of sentences; empty groups are dropped. */
function paragraphs(...groups: (string | false | undefined)[][]): Block[] {
    return groups
        .map(group => group.filter((sentence): sentence is string => typeof sentence === 'string' && sentence !== ''))
        .filter(group => group.length > 0)
        .map(group => paragraph(group.join(' ')));
}

function instructions(ctx: ContractContext, clause: InstructionsClause): Block[] {
    const t = texts.instructions;
    return paragraphs(
        [instructionsSentence(ctx, clause), clause.coversTransfers && ctx.t(t.coversTransfers)],
        [clause.informsOfInfringement && ctx.t(t.informsOfInfringement), clause.informsIfUnable && ctx.t(t.informsIfUnable)],
        [clause.informsOfLegalRequirement && ctx.t(t.informsOfLegalRequirement)],
        [
            clause.noOtherPurposes && ctx.t(t.noOtherPurposes),
            clause.noThirdPartyDisclosure && ctx.t(t.noThirdPartyDisclosure),
            clause.copiesOnlyWhereNeeded && ctx.t(t.copiesOnlyWhereNeeded)
        ],
        [
            clause.channels && ctx.t(t.channels)({ channels: clause.channels }),
            clause.oralConfirmed && ctx.t(t.oralConfirmed)({ inTheseForms: clause.channels !== undefined }),
            clause.retained && ctx.t(t.retained),
            clause.maySuspend && ctx.t(t.maySuspend)
        ],
        [
            (clause.givenBy !== undefined || clause.givenByBlank) && ctx.t(t.givenBy)({ names: clause.givenBy ?? [] }),
            (clause.receivedBy !== undefined || clause.receivedByBlank) && ctx.t(t.receivedBy)({ names: clause.receivedBy ?? [] }),
            clause.personChangesNotified && ctx.t(t.personChangesNotified),
            clause.changesAgreedJointly && ctx.t(t.changesAgreedJointly)
        ]
    );
}

/** "Only on instructions" and "documented" combine into the one sentence Art. 28(3)(a) has. */
function instructionsSentence(ctx: ContractContext, clause: InstructionsClause): string | undefined {
    const t = texts.instructions;
    if (clause.onlyOnInstructions && clause.documentedOnly) return ctx.t(t.onlyOnDocumentedInstructions);
    if (clause.onlyOnInstructions) return ctx.t(t.onlyOnInstructions);
    if (clause.documentedOnly) return ctx.t(t.instructionsDocumented);
    return undefined;
}

function confidentiality(ctx: ContractContext, clause: ConfidentialityClause): Block[] {
    const t = texts.confidentiality;
    return paragraphs(
        [clause.staffCommitted && ctx.t(t.staffCommitted), clause.survivesTermination && ctx.t(t.survivesTermination)],
        [
            clause.ownStaffOnly && ctx.t(t.ownStaffOnly),
            clause.regularTraining && ctx.t(t.regularTraining),
            clause.otherSecrets && ctx.t(t.otherSecrets)({ secrets: clause.otherSecrets }),
            clause.accessDataSecret && ctx.t(t.accessDataSecret)
        ]
    );
}

function security(ctx: ContractContext, clause: SecurityClause): Block[] {
    const t = texts.security;
    return paragraphs(
        [clause.referencesMeasures && ctx.t(t.takesAnnexedMeasures)({ annex: ctx.annexLabel('measures') })],
        [clause.measuresAdaptable && ctx.t(t.measuresAdaptable), ...(clause.materialChanges ?? []).map(handling => ctx.t(t.materialChanges[handling]))],
        (clause.securityDuties ?? []).map(duty => ctx.t(t.securityDuties[duty])),
        clause.remoteWork ? [ctx.t(t.remoteWorkIntro), ...clause.remoteWork.map(condition => ctx.t(t.remoteWork[condition]))] : []
    );
}

function subProcessing(ctx: ContractContext, clause: SubProcessingClause, what: string): Block[] {
    const t = texts['sub-processing'];
    const annex = ctx.annexLabel('sub-processors');
    const condition = ctx.optionalText(clause.emergencyCondition, `${what} emergency condition`, clause.source);
    const notice = clause.notice
        ? ctx.t(t.advanceNotice)({ notice: clause.notice, channel: clause.noticeChannel })
        : clause.noticeChannel ? ctx.t(t.changesNotifiedVia)({ channel: clause.noticeChannel })
        : clause.changesNotified && ctx.t(t.changesNotified);
    return paragraphs(
        [
            clause.authorisation === 'general' && ctx.t(t.generalAuthorisation),
            clause.authorisation === 'specific' && ctx.t(t.specificAuthorisation),
            clause.authorisation === 'required' && ctx.t(t.authorisationRequired),
            annex !== undefined && ctx.t(t.listedIn)({ annex }),
            clause.noSubProcessors && ctx.t(t.noSubProcessors),
            clause.listUrl !== undefined && ctx.t(t.listPublishedAt)({ url: clause.listUrl })
        ],
        [notice, clause.emergencyNotice && ctx.t(t.emergencyNotice)({ emergency: clause.emergencyNotice, condition })],
        [
            clause.objectionPeriod && ctx.t(t.objection)({ objection: clause.objectionPeriod, forGoodCause: clause.objectionForGoodCause, onReasonableGrounds: clause.objectionOnReasonableGrounds === true }),
            clause.deemedAccepted && ctx.t(t.deemedAccepted)({ withinPeriod: clause.objectionPeriod !== undefined }),
            clause.onObjection && ctx.t(t.onObjection[clause.onObjection]),
            clause.onObjection && clause.terminationOnlyAffectedServices && ctx.t(t.terminationOnlyAffectedServices)
        ],
        [
            clause.flowDown && ctx.t(t.flowDown),
            clause.processorLiable && ctx.t(t.processorLiable),
            clause.controllerMayMonitor && ctx.t(t.controllerMayMonitor),
            clause.consentRevocableForGoodCause && ctx.t(t.consentRevocableForGoodCause),
            clause.dataOnlyAfterContract && ctx.t(t.dataOnlyAfterContract),
            clause.complianceCheckedRegularly && ctx.t(t.complianceCheckedRegularly)
        ],
        [clause.ancillaryServices && ctx.t(t.ancillaryServices)({ items: clause.ancillaryServices.map(service => ctx.t(t.ancillaryServiceNames[service])), checked: clause.ancillaryServicesChecked === true })]
    );
}

function dataSubjectRights(ctx: ContractContext, clause: DataSubjectRightsClause): Block[] {
    const t = texts['data-subject-rights'];
    const rights = clause.rights.map(right => ctx.t(t.rights[right]));
    // The statutory duty is restated only when the file says something about the assistance itself.
    const describesAssistance = rights.length > 0 || clause.withinStatutoryDeadlines || clause.reasonable === true || clause.costs !== undefined;
    return paragraphs(
        [
            describesAssistance && ctx.t(t.assists),
            rights.length > 0 && ctx.t(t.covers)({ items: rights }),
            clause.withinStatutoryDeadlines && ctx.t(t.withinStatutoryDeadlines),
            clause.reasonable && ctx.t(t.reasonable),
            clause.costs && ctx.t(t.costs[clause.costs])
        ],
        [
            clause.onlyOnInstructions && ctx.t(t.onlyOnInstructions),
            clause.forwardsRequests && ctx.t(t.forwardsRequests)({ ifIdentifiable: clause.forwardsIfIdentifiable === true }),
            clause.informationOnlyOnInstructions && ctx.t(t.informationOnlyOnInstructions),
            clause.staffInformationViaContacts && ctx.t(t.staffInformationViaContacts)
        ]
    );
}

function complianceAssistance(ctx: ContractContext, clause: ComplianceAssistanceClause): Block[] {
    const t = texts['compliance-assistance'];
    // Only the articles the file lists; an empty clause claims nothing.
    const blocks: Block[] = clause.articles.length === 0 ? []
        : [paragraph(ctx.t(t.assistsWith)), bulletList(clause.articles.map(article => item(ctx.t(t.articles[article]))))];
    blocks.push(...paragraphs(
        [clause.costs && ctx.t(t.costs[clause.costs])],
        (clause.notify ?? []).map(duty => ctx.t(t.notify)({ items: duty.triggers.map(trigger => ctx.t(t.notifyTriggers[trigger])), withoutDelay: duty.withoutDelay })),
        (clause.accessRequests ?? []).map(step => ctx.t(t.accessRequests[step]))
    ));
    return blocks;
}

function breachNotification(ctx: ContractContext, clause: BreachNotificationClause): Block[] {
    const t = texts['breach-notification'];
    const timed = clause.withoutUndueDelay || clause.deadline !== undefined;
    const blocks = paragraphs(
        [clause.securesDataAtOnce && ctx.t(t.securesDataAtOnce)],
        [
            timed && ctx.t(t.notifies)({ withoutUndueDelay: clause.withoutUndueDelay, deadline: clause.deadline }),
            clause.incidentKinds && ctx.t(t.incidents)({ items: clause.incidentKinds.map(kind => ctx.t(t.incidentKinds[kind])) }),
            clause.alsoReports && ctx.t(t.alsoReports)({ items: clause.alsoReports.map(trigger => ctx.t(t.reportTriggers[trigger])) }),
            clause.assistsWithNotifications && ctx.t(t.assistsWithNotifications)
        ]
    );
    const content = clause.content ?? [];
    if (content.length > 0) blocks.push(paragraph(ctx.t(t.contentIntro)), bulletList(content.map(entry => item(ctx.t(t.content[entry])))));
    if (clause.informationInPhases) blocks.push(paragraph(ctx.t(t.informationInPhases)));
    blocks.push(...paragraphs([clause.supportSurvivesTermination && ctx.t(t.supportSurvivesTermination), clause.noAdmissionOfFault && ctx.t(t.noAdmissionOfFault)]));
    return blocks;
}

function endOfProcessing(ctx: ContractContext, clause: EndOfProcessingClause): Block[] {
    const t = texts['end-of-processing'];
    const action = clause.action
        ? ctx.t(t.action[clause.action])({ controllersChoice: clause.controllersChoice })
        : clause.controllersChoice && ctx.t(t.controllerChooses);
    const timedCertificate = clause.certifiesOnRequest === true || clause.certificationWithin !== undefined;
    return paragraphs(
        [
            action, clause.includesCopies && ctx.t(t.includesCopies), clause.includesTestMaterial && ctx.t(t.includesTestMaterial),
            clause.includesSubProcessors && ctx.t(t.includesSubProcessors), clause.legalRetentionException && ctx.t(t.legalRetentionException)
        ],
        [clause.deleteWithin && ctx.t(t.deleteWithin)({ within: clause.deleteWithin }), clause.returnWithin && ctx.t(t.returnWithin)({ within: clause.returnWithin })],
        [
            clause.blockIfDeletionImpossible && ctx.t(t.blockIfDeletionImpossible),
            clause.certifiesDeletion && (timedCertificate
                ? ctx.t(t.certifiesDeletionTimed)({ onRequest: clause.certifiesOnRequest === true, within: clause.certificationWithin })
                : ctx.t(t.certifiesDeletion)),
            clause.certifiesDeletion && clause.certificationChannel && ctx.t(t.certificationChannel)({ channel: clause.certificationChannel })
        ],
        [clause.keptFor && ctx.t(t.keptFor)({ items: clause.keptFor.map(reason => ctx.t(t.keepReasons[reason])) })],
        clause.keptDataHandling ? [ctx.t(t.keptDataIntro), ...clause.keptDataHandling.map(handling => ctx.t(t.keptDataHandling[handling]))] : []
    );
}

function audits(ctx: ContractContext, clause: AuditsClause, what: string): Block[] {
    const t = texts.audits;
    const certifications = (clause.certifications ?? []).map(certification => ctx.t(t.certificationNames[certification]));
    const blocks = paragraphs([
        clause.informationOnRequest && ctx.t(t.informationOnRequest)({ within: clause.informationWithin }),
        certifications.length > 0 && ctx.t(t.certifications)({ items: certifications })
    ]);
    if (clause.inspections) blocks.push(...inspectionBlocks(ctx, clause.inspections, what));
    return blocks;
}

/** The inspections' own wording, or the library's sentences for their flags. */
function inspectionBlocks(ctx: ContractContext, inspections: Inspections, what: string): Block[] {
    const t = texts.audits;
    const ownWording = ctx.optionalText(inspections.text, `${what} inspections text`, inspections.source);
    if (ownWording !== undefined) return [paragraph(ownWording)];
    const blocks: Block[] = [paragraph(ctx.t(t.allowsInspections)({ thirdPartyAuditor: inspections.thirdPartyAuditor }))];
    const hours = ctx.optionalText(inspections.businessHours, `${what} business hours`, inspections.source);
    const frequency = inspections.frequencyCap;
    const rules = [
        inspections.reportsFirst && ctx.t(t.reportsFirst),
        inspections.alwaysAllowed && ctx.t(t.alwaysAllowed),
        (inspections.beforeProcessingStarts === true || inspections.repeatedly === true) && ctx.t(t.timing)({ before: inspections.beforeProcessingStarts === true, repeatedly: inspections.repeatedly === true }),
        inspections.coordinatedNotice && !inspections.noticePeriod && !inspections.reasonableNotice
            ? (inspections.noticeChannel ? ctx.t(t.coordinatedNoticeVia)({ channel: inspections.noticeChannel }) : ctx.t(t.coordinatedNotice))
            : inspections.noticeChannel
            ? ctx.t(t.noticeVia)({ channel: inspections.noticeChannel, notice: inspections.noticePeriod, reasonable: inspections.reasonableNotice })
            : inspections.noticePeriod ? ctx.t(t.noticePeriod)({ notice: inspections.noticePeriod })
            : inspections.reasonableNotice && ctx.t(t.reasonableNotice),
        frequency && ctx.t(t.frequencyCap)({ times: frequency.times, per: frequency.per, exceptions: frequency.exceptions.map(exception => ctx.t(t.frequencyExceptions[exception])) }),
        inspections.duringBusinessHours && ctx.t(t.duringBusinessHours)({ hours }),
        inspections.withoutDisruption && ctx.t(t.withoutDisruption),
        inspections.asFarAsNeeded && ctx.t(t.asFarAsNeeded),
        inspections.scope && ctx.t(t.scope)({ items: inspections.scope.map(entry => ctx.t(t.scopeItems[entry])) }),
        inspections.unannouncedIf && ctx.t(t.unannounced)({ items: inspections.unannouncedIf.map(entry => ctx.t(t.unannouncedCases[entry])) }),
        inspections.reportsOnly && ctx.t(t.reportsOnly),
        inspections.processorConsent && ctx.t(t.processorConsent)({ notUnreasonablyWithheld: inspections.consentNotUnreasonablyWithheld }),
        inspections.auditorApproval && ctx.t(t.auditorApproval)({ notUnreasonablyWithheld: inspections.auditorApprovalNotUnreasonablyWithheld === true }),
        inspections.auditorConfidentiality && ctx.t(t.auditorConfidentiality),
        inspections.costs && ctx.t(t.costs[inspections.costs]),
        inspections.costs && inspections.costs !== 'processor' && inspections.processorPaysOnMaterialBreach && ctx.t(t.processorPaysOnMaterialBreach),
        inspections.protectsBusinessSecrets && ctx.t(t.protectsBusinessSecrets),
        inspections.untilClaimsTimeBarred && ctx.t(t.untilClaimsTimeBarred)({ whileDataStored: inspections.whileDataStored === true })
    ].filter((rule): rule is string => typeof rule === 'string');
    if (rules.length > 0) blocks.push(paragraph(ctx.t(t.inspectionRules)), bulletList(rules.map(rule => item(rule))));
    return blocks;
}

function processingLocation(ctx: ContractContext, clause: ProcessingLocationClause): Block[] {
    const t = texts['processing-location'];
    const conditions = clause.outsideWith.map(condition => ctx.t(t.conditions[condition]));
    // The location rule and its exceptions form one paragraph; "only" is claimed only when the file gives no exception.
    const hasExceptions = clause.exceptionsInAnnex || conditions.length > 0 || clause.outsideOnlyWithPriorConsent === true;
    const rule = clause.region && (hasExceptions ? ctx.t(t.withinAsRule) : ctx.t(t.onlyWithin))({ region: clause.region });
    return paragraphs([
        rule,
        clause.exceptionsInAnnex && ctx.t(t.exceptionsInAnnex)({ annex: ctx.annexLabel('sub-processors') }),
        clause.outsideOnlyWithPriorConsent && ctx.t(t.priorConsentOutside)({ afterRegion: clause.region !== undefined, ...(clause.priorConsentChannel ? { channel: clause.priorConsentChannel } : {}) }),
        conditions.length > 0 && ctx.t(t.thirdCountryOnlyIf)({ items: conditions }),
        clause.informsInAdvance && ctx.t(t.informsInAdvance)
    ]);
}

function anonymisation(ctx: ContractContext, clause: AnonymisationClause, what: string): Block[] {
    const t = texts.anonymisation;
    const purpose = ctx.optionalText(clause.purpose, `${what} purpose`, clause.source);
    return paragraphs([
        purpose !== undefined && ctx.t(t.allowedFor)({ text: purpose }),
        clause.notControllerDataAfterwards && ctx.t(t.notControllerDataAfterwards),
        clause.informsBeforeFirst && ctx.t(t.informsBeforeFirst)({ channel: clause.informChannel })
    ]);
}

function controllerResponsibility(ctx: ContractContext, clause: ControllerResponsibilityClause): Block[] {
    const library = texts['controller-responsibility'];
    const duties = clause.duties?.map(duty => ctx.t(library.duty[duty]));
    return paragraphs([
        clause.solelyResponsible && ctx.t(library.solelyResponsible),
        duties !== undefined && ctx.t(library.duties)({ duties: formatList(duties, ctx.lang) })
    ]);
}
