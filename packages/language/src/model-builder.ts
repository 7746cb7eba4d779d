import { AstUtils, GrammarUtils, type AstNode, type Reference } from 'langium';
import type * as M from '@dpa-as-code/model';
import { SCHEMA_VERSION } from '@dpa-as-code/model';
import * as ast from './generated/ast.js';
import { isGiven, single } from './ast-values.js';
import { relativeFile, subProcessorsIn, templateOf } from './dpa-imports.js';
import { rangeInRoot } from './dpa-parser-memory.js';
import {
    buildingCover, coverValues, filledPartyDetails, filledPeriod, fillParameterValues, fillText, IN_OWN_FILE, otherFileOf, placeLocations, withBuildContext
} from './template-filling.js';


/**
 * Builds the plain model from a parsed, linked and error-free agreement.
 * References become the names written in the file; positions become 1-based lines.
 * Sub-processors of the lists the agreement uses stand at the place of their `use` line, their
 * source locations naming the list's file. Given a cover, the model is its template's with the
 * cover's values in place of the parameters (the model does not mention parameters).
 */
export function toDpaModel(agreement: ast.Agreement | ast.Cover | ast.SubProcessorList): M.DpaModel {
    const outerModel = currentModel;
    currentModel = {};
    try {
        return buildModel(agreement);
    } finally {
        currentModel = outerModel;
    }
}

function buildModel(agreement: ast.Agreement | ast.Cover | ast.SubProcessorList): M.DpaModel {
    if (ast.isSubProcessorList(agreement)) {
        // A list on its own: its entries (and those of the lists it uses), nothing an agreement states.
        const list = agreement;
        return withBuildContext({ root: list }, () => ({
            schemaVersion: SCHEMA_VERSION, id: list.name, languages: [], termsAsInGdpr: false, parties: [], products: [], dataSubjects: [],
            dataCategoryGroups: [], obligations: [], subProcessors: subProcessorsIn(list).map(reusedSubProcessor), source: at(list)
        }));
    }
    if (ast.isCover(agreement)) {
        const cover = agreement;
        const template = templateOf(cover);
        if (!template) throw new Error(`The template '${cover.template.$refText}' of cover '${cover.name}' is not loaded.`);
        const templateFile = relativeFile(AstUtils.getDocument(cover), AstUtils.getDocument(template));
        return withBuildContext({ root: cover, values: coverValues(cover) }, () => fillParameterValues(
            placeLocations({ ...agreementModel(template), id: cover.name }, templateFile)));
    }
    return withBuildContext({ root: agreement }, () => agreementModel(agreement));
}

function agreementModel(agreement: ast.Agreement): M.DpaModel {
    const sections = agreement.sections;
    const only = <T extends AstNode>(guard: (node: unknown) => node is T): T | undefined => sections.find(guard) as T | undefined;

    const processing = only(ast.isProcessing);
    const obligations = only(ast.isObligations);
    const scc = only(ast.isSccIncorporation);
    const measures = only(ast.isMeasures);
    const retention = only(ast.isRetention);
    const partners = only(ast.isPartners);
    const generalTermsSection = only(ast.isGeneralTerms);

    return {
        schemaVersion: SCHEMA_VERSION,
        id: agreement.name,
        ...opt('title', text(single(agreement.title))),
        ...opt('version', single(agreement.version)),
        ...opt('date', single(agreement.date)),
        languages: [...agreement.languages] as M.LanguageCode[],
        ...opt<'binding', M.LanguageCode | 'all'>('binding', binding(single(agreement.binding))),
        ...opt('mainContract', text(single(agreement.mainContract))),
        ...opt('annexLabel', text(single(agreement.annexLabel))),
        ...opt('effective', effective(single(agreement.effective))),
        ...opt('scope', text(single(agreement.scope))),
        ...opt('processorMayUpdate', text(single(agreement.processorMayUpdate))),
        ...opt('processorMayUpdateSource', processorMayUpdateSource(agreement)),
        termsAsInGdpr: isGiven(agreement.definitionsAsInGdpr),
        ...list('applicableLaws', agreement.applicableLaws as M.ApplicableLaw[]),
        ...list('regions', agreement.regions.map(region => ({
            id: region.name, label: text(region.label), eea: isGiven(region.includesEea), countries: [...region.countries], source: at(region)
        }))),
        parties: sections.filter(ast.isParty).map(node => party(withFilledDetails(node))),
        products: sections.filter(ast.isProduct).map(p => ({ id: p.name, label: text(p.label), source: at(p) })),
        dataSubjects: sections.filter(ast.isDataSubjects).flatMap(block => block.subjects.map(s => ({
            id: s.name, label: text(s.label), covers: s.covers.map(refName), source: at(s)
        }))),
        dataCategoryGroups: sections.filter(ast.isDataCategoryGroup).map(group => ({
            ...opt('title', text(group.title)),
            subjects: group.subjects.map(refName),
            categories: group.categories.map(category => ({
                id: category.name,
                label: text(category.label),
                subjects: category.subjects.map(refName),
                ...opt('special', single(category.special)),
                optional: isGiven(category.optional),
                ...opt('note', text(single(category.note))),
                source: at(category)
            })),
            source: at(group)
        })),
        ...opt('processing', processing ? processingDetails(processing) : undefined),
        obligations: obligations ? obligations.clauses.map(obligation) : [],
        ...opt('obligationsSource', obligations ? keywordSource(obligations, 'obligations') : undefined),
        ...opt('scc', scc ? sccIncorporation(scc) : undefined),
        ...opt('transfers', sections.some(ast.isTransfers) ? sections.filter(ast.isTransfers).flatMap(block => block.transfers.map(transfer)) : undefined),
        subProcessors: subProcessorsIn(agreement).map(reusedSubProcessor),
        ...opt('generalTerms', generalTermsSection ? generalTerms(generalTermsSection) : undefined),
        ...opt('measures', measures ? {
            ...opt('title', text(single(measures.title))),
            ...opt('version', single(measures.version)),
            ...opt('date', single(measures.date)),
            overview: measures.overview.map(t => text(t)),
            groups: measures.groups.map(reusedMeasureGroup),
            source: at(measures)
        } : undefined),
        ...opt('retention', retention ? {
            notes: retention.notes.map(t => text(t)),
            records: retention.records.map(record => ({
                id: record.name,
                label: text(record.label),
                ...opt('period', period(single(record.period))),
                ...opt('until', text(single(record.until))),
                basis: [...record.basis],
                source: at(record)
            })),
            source: at(retention)
        } : undefined),
        ...opt('partners', partners ? {
            ...opt('title', text(single(partners.title))),
            ...opt('description', text(single(partners.description))),
            interfaces: partners.interfaces.map(i => ({
                id: i.name,
                title: text(i.title),
                ...opt('description', text(single(i.description))),
                partners: i.partners.map(p => ({
                    legalName: p.legalName,
                    ...opt('address', text(single(p.address))),
                    ...opt('country', single(p.country)),
                    ...opt('securityConcept', single(p.securityConcept)),
                    ...opt('subProcessor', single(p.subProcessor)?.$refText),
                    source: at(p)
                })),
                source: at(i)
            })),
            source: at(partners)
        } : undefined),
        source: at(agreement)
    };
}

/** Spreads `{ key: value }` only when the value is present, so absent facts stay absent in JSON. */
function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
    return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

/** A flag added in schema version 1 as an optional field: present (true) only when the file sets it. */
function flag<K extends string>(key: K, value: unknown[]): Partial<Record<K, true>> {
    return (isGiven(value) ? { [key]: true } : {}) as Partial<Record<K, true>>;
}

/** A list added as an optional field: present only when the file gives at least one entry. */
function list<K extends string, V>(key: K, values: readonly V[]): Partial<Record<K, V[]>> {
    return (values.length > 0 ? { [key]: [...values] } : {}) as Partial<Record<K, V[]>>;
}

function at(node: AstNode): M.SourceLocation {
    const file = otherFileOf(node);
    if (file !== undefined) return { ...positionOf(node), file };
    return buildingCover() ? Object.assign(positionOf(node), { [IN_OWN_FILE]: true }) : positionOf(node);
}

/** A template's party that names a parameter, with the cover's details in place of its own. */
function withFilledDetails(node: ast.Party): ast.Party {
    const details = filledPartyDetails(node);
    if (!details) return node;
    const either = <T>(filled: T[], own: T[]): T[] => filled.length > 0 ? filled : own;
    return {
        ...node,
        legalName: either(details.legalName, node.legalName),
        address: either(details.address, node.address),
        country: either(details.country, node.country),
        dpo: either(details.dpo, node.dpo),
        contacts: [...node.contacts, ...details.contacts],
        signatories: [...node.signatories, ...details.signatories]
    };
}

function positionOf(node: AstNode): M.SourceLocation {
    const range = node.$cstNode?.range;
    // The agreement is the root: its own range is its header block, not the whole file.
    const end = ast.isAgreement(node) ? GrammarUtils.findNodeForKeyword(node.$cstNode, '}')?.range.end ?? range?.end : range?.end;
    return {
        line: (range?.start.line ?? 0) + 1, column: (range?.start.character ?? 0) + 1,
        endLine: (end?.line ?? 0) + 1, endColumn: (end?.character ?? 0) + 1
    };
}

/** Where a keyword of a construct is written (`obligations`), or undefined if it is not. */
function keywordSource(node: AstNode, keyword: string): M.SourceLocation | undefined {
    const range = GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range;
    if (!range) return undefined;
    return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** From `updates` to the end of its text: the reserved right to update, as written in the header. */
function processorMayUpdateSource(agreement: ast.Agreement): M.SourceLocation | undefined {
    const value = single(agreement.processorMayUpdate);
    const keyword = GrammarUtils.findNodeForKeyword(agreement.$cstNode, 'updates');
    if (!value?.$cstNode || !keyword) return undefined;
    const start = keyword.range.start;
    const end = value.$cstNode.range.end;
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function processorPurposes(node: ast.ProcessorPurposes | undefined): M.ProcessorPurposes | undefined {
    if (!node) return undefined;
    return { ...opt('recipient', node.recipient), source: at(node) };
}

function refName(reference: Reference): string {
    return reference.$refText;
}

function binding(value: ast.BindingLanguage | undefined): M.LanguageCode | 'all' | undefined {
    if (!value) return undefined;
    return value.all ? 'all' : value.language;
}

function serverLocation(value: ast.ServerLocation | undefined): M.Service['location'] {
    if (!value) return undefined;
    return value.regionDependent ? { regionDependent: true } : { regionDependent: false, countries: [...value.countries] };
}

function transferMechanism(value: ast.TransferMechanism | undefined): M.Service['transfer'] {
    if (!value) return undefined;
    return { kind: value.kind, ...opt('module', value.module), ...opt('stated', text(value.stated)) };
}

function text(value: ast.Text): M.LocalizedText;
function text(value: ast.Text | undefined): M.LocalizedText | undefined;
function text(value: ast.Text | undefined): M.LocalizedText | undefined {
    if (!value) return undefined;
    if (value.neutral !== undefined) return fillText({ neutral: value.neutral });
    const result: M.LocalizedText = {};
    for (const translation of value.translations) {
        result[translation.language] = translation.value;
    }
    return fillText(result);
}

const pluralUnits: Record<string, M.TimeUnit> = {
    minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days', 'working-day': 'working-days', 'working-days': 'working-days', 'business-day': 'business-days', 'business-days': 'business-days',
    week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years'
};

function period(value: ast.Period): M.Period;
function period(value: ast.Period | undefined): M.Period | undefined;
function period(value: ast.Period | undefined): M.Period | undefined {
    if (!value) return undefined;
    const written = value.parameter ? filledPeriod(value) : value;
    // A template's period slot left unfilled (the template built on its own) is not stated.
    if (written?.value === undefined || written.unit === undefined) return undefined;
    return { value: written.value, unit: pluralUnits[written.unit] };
}

function effective(value: ast.Effective | undefined): M.Effective | undefined {
    if (!value) return undefined;
    if (value.onSignature) return { kind: 'on-signature', ofBothContracts: value.ofBothContracts };
    if (value.onDate) return { kind: 'on-date', date: value.onDate };
    return value.described ? { kind: 'described', text: text(value.described) } : undefined;
}

function party(node: ast.Party): M.Party {
    return {
        id: node.name,
        role: node.role,
        ...opt('legalName', text(single(node.legalName))),
        // A cover that fills in the name replaces the blank.
        ...(node.legalName.length === 0 ? flag('legalNameToBeInserted', node.legalNameToBeInserted) : {}),
        ...opt('roleName', text(single(node.roleName))),
        ...opt('address', text(single(node.address))),
        ...opt('country', single(node.country)),
        contacts: node.contacts.map(contact => ({
            kind: contact.kind,
            emails: [...contact.emails],
            phones: [...contact.phones],
            ...opt('description', text(single(contact.description))),
            source: at(contact)
        })),
        ...opt('dpo', dataProtectionOfficer(single(node.dpo))),
        notes: node.notes.map(t => text(t)),
        signatories: node.signatories.map(signatory),
        ...opt('actsAsProcessor', actsAsProcessor(single(node.actsAsProcessor))),
        ...opt('affiliates', affiliates(single(node.affiliates))),
        ...opt('euRepresentative', euRepresentative(single(node.euRepresentative))),
        source: at(node)
    };
}

function actsAsProcessor(node: ast.ActsAsProcessor | undefined): M.Party['actsAsProcessor'] {
    if (!node) return undefined;
    return node.always ? 'always' : 'where-applicable';
}

function affiliates(node: ast.Affiliates | undefined): M.Affiliates | undefined {
    if (!node) return undefined;
    return {
        ...opt('description', text(single(node.description))),
        mayIssueInstructions: isGiven(node.mayIssueInstructions),
        mayRelyOnAgreement: isGiven(node.mayRelyOnAgreement),
        ...opt('rightsExercisedBy', single(node.rightsExercisedBy)),
        ...opt('text', text(single(node.text))),
        source: at(node)
    };
}

function liabilityCap(cap: ast.LiabilityCap | undefined): M.LiabilityCap | undefined {
    if (!cap) return undefined;
    // The grammar gives either fees with a period or an amount with a currency.
    return cap.feesPeriod ? { kind: 'fees', period: period(cap.feesPeriod) } : { kind: 'amount', amount: cap.amount ?? 0, currency: cap.currency ?? '' };
}

function euRepresentative(node: ast.EuRepresentative | undefined): M.EuRepresentative | undefined {
    if (!node) return undefined;
    return {
        ...opt('name', single(node.personName)),
        ...opt('address', text(single(node.address))),
        ...opt('country', single(node.country)),
        ...opt('email', single(node.email)),
        ...opt('phone', single(node.phone)),
        source: at(node)
    };
}

function sccClarifications(node: ast.SccClarifications | undefined): M.SccClarifications | undefined {
    if (!node) return undefined;
    return {
        ...flag('disclosableToAuthorities', node.disclosableToAuthorities),
        ...flag('clausesConfidential', node.clausesConfidential),
        ...flag('suspendOnlyAffectedServices', node.suspendOnlyAffectedServices),
        ...flag('auditsAsInDpa', node.auditsAsInDpa),
        ...flag('subProcessorCopiesConfidential', node.subProcessorCopiesConfidential),
        ...flag('liabilityAsMainContractExceptDataSubjects', node.liabilityAsMainContractExceptDataSubjects),
        ...flag('onwardSubProcessingConsented', node.onwardSubProcessingConsented),
        ...flag('appendicesAsAnnexes', node.appendicesAsAnnexes),
        source: at(node)
    };
}

function ccpaTerms(node: ast.CcpaTerms | undefined): M.CcpaTerms | undefined {
    if (!node) return undefined;
    return {
        ...flag('noSelling', node.noSelling),
        ...flag('businessPurposeOnly', node.businessPurposeOnly),
        ...flag('certifiesUnderstanding', node.certifiesUnderstanding),
        source: at(node)
    };
}

function terminationTerms(term: ast.AgreementTerm): { controllerTerminationGrounds?: M.TerminationGround[]; terminationForm?: M.NoticeChannel } {
    return {
        ...list('controllerTerminationGrounds', term.terminationGrounds as M.TerminationGround[]),
        ...opt<'terminationForm', M.NoticeChannel>('terminationForm', single(term.terminationForm))
    };
}

function generalTerms(node: ast.GeneralTerms): M.GeneralTerms {
    const precedence = single(node.precedence);
    const liability = single(node.liability);
    const courts = single(node.courts);
    const term = single(node.term);
    const changeOfLaw = single(node.changeOfLaw);
    const severability = single(node.severability);
    return {
        ...opt('precedence', precedence ? {
            order: [...precedence.order] as M.PrecedenceDocument[],
            ...opt('except', text(single(precedence.except))),
            ...opt('text', text(single(precedence.text))),
            source: at(precedence)
        } : undefined),
        ...opt('liability', liability ? {
            asMainContract: liability.asMainContract,
            ...opt('cap', liabilityCap(single(liability.cap))),
            unlimitedFor: [...liability.unlimitedFor] as M.UnlimitedLiability[],
            ...flag('statutoryArt82', liability.statutoryArt82),
            ...flag('controllerIndemnifiesUnlawfulInstructions', liability.controllerIndemnifiesUnlawfulInstructions),
            ...opt('text', text(single(liability.text))),
            source: at(liability)
        } : undefined),
        ...opt('governingLaw', single(node.governingLaw)),
        ...opt('governingLawSource', single(node.governingLaw) === undefined ? undefined : propertySource(node, 'governing-law', 'governingLaw')),
        ...flag('governingLawExcludesCisg', node.governingLawExcludesCisg),
        ...opt('courts', courts ? {
            country: courts.country,
            ...opt('place', text(courts.place)),
            exclusive: courts.exclusive,
            ...(courts.statutoryVenuesUnaffected ? { statutoryVenuesUnaffected: true } : {}),
            source: at(courts)
        } : undefined),
        ...opt('term', term ? (term.fixed
            ? { kind: 'fixed' as const, period: period(term.fixed), survivesUntilDataDeleted: isGiven(term.survivesUntilDataDeleted), ...terminationTerms(term), ...opt('text', text(single(term.text))), source: at(term) }
            : { kind: 'as-main-contract' as const, survivesUntilDataDeleted: isGiven(term.survivesUntilDataDeleted), ...terminationTerms(term), ...opt('text', text(single(term.text))), source: at(term) }) : undefined),
        ...opt('changeOfLaw', changeOfLaw ? { ...opt('text', text(single(changeOfLaw.text))), source: at(changeOfLaw) } : undefined),
        ...opt('severability', severability ? { ...opt('text', text(single(severability.text))), source: at(severability) } : undefined),
        ...flag('stricterLawApplies', node.stricterLawApplies),
        ...flag('stricterLawDecidedByProcessor', node.stricterLawDecidedByProcessor),
        ...flag('mainContractOtherwiseUnchanged', node.mainContractOtherwiseUnchanged),
        ...flag('dataAccessNoConsideration', node.dataAccessNoConsideration),
        ...opt('ccpa', ccpaTerms(single(node.ccpa))),
        source: at(node)
    };
}


function dataProtectionOfficer(dpo: ast.DataProtectionOfficer | undefined): M.DataProtectionOfficer | undefined {
    if (!dpo) return undefined;
    return {
        ...opt('name', single(dpo.personName)),
        ...opt('organisation', single(dpo.organisation)),
        ...opt('address', text(single(dpo.address))),
        ...opt('country', single(dpo.country)),
        ...opt('phone', single(dpo.phone)),
        ...opt('email', single(dpo.email)),
        external: isGiven(dpo.external),
        changesNotified: isGiven(dpo.informsOfChanges),
        ...flag('detailsNotified', dpo.detailsNotified),
        ...list('appointedUnder', dpo.appointedUnder as M.DpoBasis[]),
        source: at(dpo)
    };
}

function signatory(node: ast.Signatory): M.Signatory {
    return {
        ...opt('name', node.personName[0]),
        ...opt('function', text(node.function[0])),
        ...opt('place', text(node.place[0])),
        ...opt('date', node.date[0]),
        source: at(node)
    };
}

function processingDetails(node: ast.Processing): M.ProcessingDetails {
    let duration: M.Duration | undefined;
    const d = single(node.duration);
    if (d) {
        duration = d.asMainContract
            ? { kind: 'as-main-contract', endsWithMainContract: isGiven(d.terminatesWithMainContract), noSeparateTermination: isGiven(d.noSeparateTermination), ...opt('text', text(single(d.text))) }
            : d.fixed ? { kind: 'fixed', period: period(d.fixed) }
            : d.described ? { kind: 'described', text: text(d.described) } : undefined;
    }
    return {
        ...opt('subjectMatter', text(single(node.subjectMatter))),
        ...opt('nature', text(single(node.nature))),
        purposes: node.purposes.map(t => text(t)),
        ...opt('duration', duration),
        ...opt('sensitiveDataSafeguards', text(single(node.sensitiveDataSafeguards))),
        ...flag('noSpecialCategories', node.noSpecialCategories),
        notes: node.notes.map(t => text(t)),
        source: at(node)
    };
}

/** The typed details of an `instructions` clause beyond Art. 28(3)(a) itself (who, how, what happens to them). */
function instructionHandling(node: ast.Instructions): Partial<M.InstructionsClause> {
    return {
        ...flag('noOtherPurposes', node.noOtherPurposes), ...flag('noThirdPartyDisclosure', node.noThirdPartyDisclosure),
        ...flag('copiesOnlyWhereNeeded', node.copiesOnlyWhereNeeded), ...list('channels', node.channels as M.NoticeChannel[]),
        ...flag('oralConfirmed', node.oralConfirmed), ...flag('retained', node.retained), ...flag('maySuspend', node.maySuspend),
        ...list('givenBy', node.givenBy), ...flag('givenByBlank', node.givenByBlank),
        ...list('receivedBy', node.receivedBy), ...flag('receivedByBlank', node.receivedByBlank),
        ...flag('personChangesNotified', node.personChangesNotified), ...flag('changesAgreedJointly', node.changesAgreedJointly)
    };
}

function base(node: AstNode & { text: ast.Text[]; supplement: ast.Text[] }) {
    return { ...opt('text', text(single(node.text))), ...opt('supplement', text(single(node.supplement))), source: at(node) };
}

export function obligation(node: ast.Obligation): M.Obligation {
    switch (node.$type) {
        case 'Instructions':
            return { kind: 'instructions', onlyOnInstructions: isGiven(node.onlyOnInstructions), documentedOnly: isGiven(node.documentedOnly), coversTransfers: isGiven(node.coversTransfers), informsOfInfringement: isGiven(node.informsOfInfringement), ...flag('informsIfUnable', node.informsIfUnable), ...flag('informsOfLegalRequirement', node.informsOfLegalRequirement), ...instructionHandling(node), ...base(node) };
        case 'Confidentiality':
            return {
                kind: 'confidentiality', staffCommitted: isGiven(node.staffCommitted), survivesTermination: isGiven(node.survivesTermination),
                ...flag('ownStaffOnly', node.ownStaffOnly), ...flag('regularTraining', node.regularTraining),
                ...list('otherSecrets', node.otherSecrets as M.OtherSecret[]), ...flag('accessDataSecret', node.accessDataSecret), ...base(node)
            };
        case 'Security':
            return {
                kind: 'security',
                referencesMeasures: isGiven(node.referencesMeasures),
                ...flag('measuresAdaptable', node.measuresAdaptable),
                // Each handling once, in the order first written.
                ...list('materialChanges', [...new Set(node.materialChanges)] as M.MaterialChangeHandling[]),
                ...list('securityDuties', [...new Set(node.securityDuties)] as M.SecurityDuty[]),
                ...list('remoteWork', [...new Set(node.remoteWork)] as M.RemoteWorkCondition[]),
                ...base(node)
            };
        case 'SubProcessing':
            return {
                kind: 'sub-processing',
                ...opt('authorisation', single(node.authorisation)),
                ...opt('notice', period(single(node.notice))),
                ...opt('noticeChannel', single(node.noticeChannel)),
                ...opt('emergencyNotice', period(single(node.emergencyNotice))),
                ...opt('emergencyCondition', text(single(node.emergencyCondition))),
                ...opt('objectionPeriod', period(single(node.objectionPeriod))),
                objectionForGoodCause: isGiven(node.objectionForGoodCause),
                ...flag('objectionOnReasonableGrounds', node.objectionOnReasonableGrounds),
                ...flag('deemedAccepted', node.deemedAccepted),
                ...opt('onObjection', single(node.onObjection)),
                ...flag('terminationOnlyAffectedServices', node.terminationOnlyAffectedServices),
                changesNotified: isGiven(node.changesNotified),
                flowDown: isGiven(node.flowDown),
                processorLiable: isGiven(node.processorLiable),
                controllerMayMonitor: isGiven(node.controllerMayMonitor),
                noSubProcessors: isGiven(node.noSubProcessors),
                ...opt('listUrl', single(node.listUrl)),
                ...flag('consentRevocableForGoodCause', node.consentRevocableForGoodCause),
                ...flag('dataOnlyAfterContract', node.dataOnlyAfterContract),
                ...flag('complianceCheckedRegularly', node.complianceCheckedRegularly),
                ...list('ancillaryServices', [...new Set(node.ancillaryServices)] as M.AncillaryService[]),
                ...flag('ancillaryServicesChecked', node.ancillaryServicesChecked),
                ...base(node)
            };
        case 'DataSubjectRights':
            return {
                kind: 'data-subject-rights', withinStatutoryDeadlines: isGiven(node.withinStatutoryDeadlines), rights: [...node.rights] as M.DataSubjectRight[],
                ...flag('reasonable', node.reasonable), ...flag('onlyOnInstructions', node.onlyOnInstructions),
                ...flag('forwardsRequests', node.forwardsRequests), ...flag('forwardsIfIdentifiable', node.forwardsIfIdentifiable),
                ...flag('informationOnlyOnInstructions', node.informationOnlyOnInstructions), ...flag('staffInformationViaContacts', node.staffInformationViaContacts),
                ...opt('costs', single(node.costs)), ...base(node)
            };
        case 'ComplianceAssistance':
            return {
                kind: 'compliance-assistance', articles: [...node.articles] as M.ComplianceAssistanceClause['articles'],
                ...list('notify', node.notify.map(duty => ({ triggers: [...duty.triggers] as M.NotifyTrigger[], withoutDelay: duty.withoutDelay }))),
                ...list('accessRequests', node.accessRequests as M.AccessRequestStep[]),
                ...opt('costs', single(node.costs)), ...base(node)
            };
        case 'BreachNotification':
            return { kind: 'breach-notification', withoutUndueDelay: isGiven(node.withoutUndueDelay), ...opt('deadline', period(single(node.deadline))), assistsWithNotifications: isGiven(node.assistsWithNotifications), ...list('content', node.content as M.BreachNoticeItem[]), ...flag('informationInPhases', node.informationInPhases),
                ...flag('securesDataAtOnce', node.securesDataAtOnce), ...list('alsoReports', [...new Set(node.alsoReports)] as M.BreachReportTrigger[]),
                ...list('incidentKinds', [...new Set(node.incidentKinds)] as M.IncidentKind[]), ...flag('supportSurvivesTermination', node.supportSurvivesTermination),
                ...flag('noAdmissionOfFault', node.noAdmissionOfFault), ...base(node) };
        case 'EndOfProcessing':
            return {
                kind: 'end-of-processing',
                ...opt('action', single(node.action)),
                controllersChoice: isGiven(node.controllersChoice),
                includesCopies: isGiven(node.includesCopies),
                legalRetentionException: isGiven(node.legalRetentionException),
                blockIfDeletionImpossible: isGiven(node.blockIfDeletionImpossible),
                certifiesDeletion: isGiven(node.certifiesDeletion),
                ...flag('certifiesOnRequest', node.certifiesOnRequest),
                ...opt('certificationWithin', period(single(node.certificationWithin))),
                ...opt('certificationChannel', single(node.certificationChannel)),
                ...flag('includesSubProcessors', node.includesSubProcessors),
                ...flag('includesTestMaterial', node.includesTestMaterial),
                ...list('keptFor', [...new Set(node.keptFor)] as M.KeepReason[]),
                ...list('keptDataHandling', [...new Set(node.keptDataHandling)] as M.KeptDataHandling[]),
                ...opt('deleteWithin', period(single(node.deleteWithin))),
                ...opt('returnWithin', period(single(node.returnWithin))),
                ...base(node)
            };
        case 'Audits':
            return {
                kind: 'audits',
                informationOnRequest: isGiven(node.informationOnRequest),
                ...opt('informationWithin', period(single(node.informationWithin))),
                ...list('certifications', node.certifications as M.Certification[]),
                ...opt('inspections', inspections(single(node.inspections))),
                ...base(node)
            };
        case 'ProcessingLocation':
            return {
                kind: 'processing-location',
                ...opt('region', single(node.region)),
                exceptionsInAnnex: isGiven(node.exceptionsInAnnex),
                outsideWith: [...node.outsideWith] as M.TransferCondition[],
                informsInAdvance: isGiven(node.informsInAdvance),
                ...flag('outsideOnlyWithPriorConsent', node.outsideOnlyWithPriorConsent),
                ...opt('priorConsentChannel', single(node.outsideOnlyWithPriorConsent)?.channel),
                ...base(node)
            };
        case 'Anonymisation':
            return {
                kind: 'anonymisation',
                ...opt('purpose', text(single(node.purpose))),
                forProcessorPurposes: isGiven(node.forProcessorPurposes),
                notControllerDataAfterwards: isGiven(node.notControllerDataAfterwards),
                informsBeforeFirst: isGiven(node.informsBeforeFirst),
                ...opt('informChannel', single(node.informChannel)),
                ...base(node)
            };
        case 'ControllerResponsibility':
            return { kind: 'controller-responsibility', solelyResponsible: isGiven(node.solelyResponsible), ...list('duties', node.duties as M.ControllerDuty[]), ...base(node) };
    }
}

function inspections(node: ast.Inspections | undefined): M.Inspections | undefined {
    if (!node) return undefined;
    return {
        ...opt('noticePeriod', period(single(node.noticePeriod))),
        reasonableNotice: isGiven(node.reasonableNotice),
        ...flag('coordinatedNotice', node.coordinatedNotice),
        ...flag('beforeProcessingStarts', node.beforeProcessingStarts),
        ...flag('repeatedly', node.repeatedly),
        ...flag('asFarAsNeeded', node.asFarAsNeeded),
        ...list('scope', [...new Set(node.scope)] as M.InspectionScope[]),
        ...list('unannouncedIf', [...new Set(node.unannouncedIf)] as M.UnannouncedCase[]),
        ...flag('untilClaimsTimeBarred', node.untilClaimsTimeBarred),
        ...flag('whileDataStored', node.whileDataStored),
        ...flag('alwaysAllowed', node.alwaysAllowed),
        ...opt('noticeChannel', single(node.noticeChannel)),
        ...opt('frequencyCap', frequencyCap(node)),
        duringBusinessHours: isGiven(node.duringBusinessHours),
        ...opt('businessHours', text(single(node.businessHours))),
        withoutDisruption: isGiven(node.withoutDisruption),
        thirdPartyAuditor: isGiven(node.thirdPartyAuditor),
        processorConsent: isGiven(node.processorConsent),
        consentNotUnreasonablyWithheld: isGiven(node.consentNotUnreasonablyWithheld),
        ...opt('costs', single(node.costs)),
        ...flag('processorPaysOnMaterialBreach', node.processorPaysOnMaterialBreach),
        protectsBusinessSecrets: isGiven(node.protectsBusinessSecrets),
        reportsOnly: isGiven(node.reportsOnly),
        ...flag('reportsFirst', node.reportsFirst),
        ...flag('auditorConfidentiality', node.auditorConfidentiality),
        ...flag('auditorApproval', node.auditorApproval),
        ...flag('auditorApprovalNotUnreasonablyWithheld', node.auditorApprovalNotUnreasonablyWithheld),
        ...opt('text', text(single(node.text))),
        source: at(node)
    };
}

/** `at most once per 12 months unless after-breach`: the cap is given once (the validator reports a second). */
function frequencyCap(node: ast.Inspections): M.InspectionFrequencyCap | undefined {
    const per = period(single(node.frequencyPer));
    if (!per) return undefined;
    return { times: single(node.frequencyTimes) ?? 1, per, exceptions: [...node.frequencyExceptions] as M.InspectionFrequencyException[] };
}

function sccIncorporation(node: ast.SccIncorporation): M.SccIncorporation {
    const urls: M.SccIncorporation['urls'] = {};
    for (const url of node.urls) urls[url.language] = url.value;
    return {
        decision: '2021/915',
        ...opt('annex', text(single(node.annex))),
        urls,
        dockingClause: isGiven(node.dockingClause),
        options: node.options.map(option => ({
            clause: String(option.clause),
            option: option.option,
            ...opt('period', period(option.period)),
            ...opt('see', text(option.see)),
            source: at(option)
        })),
        supplements: node.supplements.map(supplement => ({
            ...opt('clause', supplement.clause === undefined ? undefined : String(supplement.clause)),
            ...opt('title', text(supplement.title)),
            body: obligation(supplement.body),
            source: at(supplement)
        })),
        source: at(node)
    };
}

function transfer(node: ast.Transfer): M.Transfer {
    const ukAddendum = single(node.ukAddendum);
    const swissFadp = single(node.swissFadp);
    const docking = isGiven(node.dockingClause) ? true : isGiven(node.noDockingClause) ? false : undefined;
    const authority = single(node.authority);
    const law = single(node.governingLaw);
    const subProcessors = single(node.subProcessorAuthorisation);
    return {
        id: node.name,
        ...opt('exporter', transferParticipant(single(node.exporter))),
        ...opt('importer', transferParticipant(single(node.importer))),
        ...opt('importerCountry', single(node.country)),
        ...opt('mechanism', transferMechanism(single(node.mechanism))),
        ...opt('mechanismSource', single(node.mechanism) ? propertySource(node, 'mechanism', 'mechanism') : undefined),
        ...opt('dockingClause', docking),
        ...opt('subProcessorAuthorisation', subProcessors ? {
            option: subProcessors.kind === 'specific' ? 1 : 2,
            kind: subProcessors.kind,
            ...opt('period', period(subProcessors.period)),
            source: propertySource(node, 'sub-processors', 'subProcessorAuthorisation') ?? at(subProcessors)
        } : undefined),
        ...opt('disputeBody', isGiven(node.disputeBody) ? { ...opt('name', text(single(node.disputeBodyName))) } : undefined),
        ...opt('supervisoryAuthority', authority ? {
            basis: authority,
            ...opt('name', text(single(node.authorityName))),
            source: propertySource(node, 'supervisory-authority', node.authorityName.length > 0 ? 'authorityName' : 'authority') ?? at(node)
        } : undefined),
        ...opt('governingLaw', law ? {
            ...opt('option', law.option), ...opt('country', law.country),
            source: propertySource(node, 'governing-law', 'governingLaw') ?? at(law)
        } : undefined),
        ...opt('courts', courts(node)),
        ...opt('ukAddendum', ukAddendum ? {
            ...opt('start', single(ukAddendum.start)),
            ...opt('appendsTo', addendumAppendsTo(single(ukAddendum.appendsTo))),
            ...opt('appendix', text(single(ukAddendum.appendix))),
            ...opt('mayEnd', ukAddendum.mayEnd.length > 0 ? [...ukAddendum.mayEnd] : undefined),
            source: at(ukAddendum)
        } : undefined),
        ...opt('swissFadp', swissFadp ? {
            ...opt('authority', single(swissFadp.authority)),
            ...opt('law', single(swissFadp.law)),
            sueInSwitzerland: isGiven(swissFadp.sueInSwitzerland),
            gdprReadAsFadp: isGiven(swissFadp.gdprReadAsFadp),
            source: at(swissFadp)
        } : undefined),
        authorisedByController: isGiven(node.authorisedByController),
        successorMechanism: isGiven(node.successorMechanism),
        ...opt('clarifications', sccClarifications(single(node.clarifications))),
        notes: node.notes.map(t => text(t)),
        ...opt('text', text(single(node.text))),
        ...opt('supplement', text(single(node.supplement))),
        source: at(node)
    };
}

/** From a property's keyword to the end of its value (`courts IE`, `mechanism scc-2021/914 module 2`). */
function propertySource(node: AstNode, keyword: string, property: string): M.SourceLocation | undefined {
    const start = GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range.start;
    const end = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range.end;
    if (!start || !end) return undefined;
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function courts(node: ast.Transfer): M.Transfer['courts'] {
    const country = single(node.courts);
    const source = propertySource(node, 'courts', 'courts');
    return country && source ? { country, source } : undefined;
}

function transferParticipant(reference: Reference<ast.TransferParticipant> | undefined): M.TransferParticipant | undefined {
    if (!reference) return undefined;
    return { kind: ast.isSubProcessor(reference.ref) ? 'sub-processor' : 'party', id: reference.$refText };
}

function addendumAppendsTo(node: ast.AddendumAppendsTo | undefined): M.UkAddendum['appendsTo'] {
    if (!node) return undefined;
    if (node.thisTransfer) return { kind: 'this-transfer' };
    return { kind: 'version', date: node.date ?? '', ...opt('reference', text(node.reference)) };
}

/**
 * The model of a construct as the last model of its document had it, when its text and its starting
 * line and column are the same: the editor rebuilds the model on every keystroke, and all but one of
 * the sub-processors and measure groups are unchanged. What the builder makes of such a construct
 * depends only on its text (values, references by name) and on where it starts (every position inside
 * follows from both). A cover's values and a construct of another file (a used list) are not
 * remembered. Each document keeps only the constructs of its last model: from its first model on in the
 * editor (see {@link rememberConstructsFromFirstModel}), from its second model on otherwise.
 */
function reused<N extends AstNode, T>(node: N, build: (node: N) => T): T {
    const cstNode = node.$cstNode;
    const document = (AstUtils.findRootNode(node) as Partial<Pick<AstNode, '$document'>>).$document;
    if (!cstNode || !document) return build(node);
    let memory = builtConstructs.get(document);
    if (!memory) {
        // The document's first model (the only one `dpa lint` and `dpa generate` build): nothing to
        // reuse; remembered only in the editor, which builds the next model on the next keystroke.
        memory = documentsRememberedFromFirstModel.has(document) ? { model: currentModel, previous: new Map(), current: new Map() } : { model: currentModel };
        builtConstructs.set(document, memory);
    } else if (memory.model !== currentModel) {
        // A new model of the document: what the last one built is what it may reuse.
        memory = { model: currentModel, previous: memory.current ?? new Map(), current: new Map() };
        builtConstructs.set(document, memory);
    }
    if (!memory.previous || !memory.current || buildingCover() || otherFileOf(node) !== undefined) return build(node);
    // Where it starts, counted as its tokens' ranges are (without working out the whole range).
    const { start } = rangeInRoot(cstNode.root, cstNode.offset, 0);
    const key = `${node.$type} ${start.line}:${start.character} ${cstNode.text}`;
    const remembered = memory.previous.get(key);
    if (remembered) {
        // Kept under the last model's key string: the new one (a copy of the construct's text) is then
        // dropped at once instead of living on to the next keystroke, 2.8 MB of them at 37,000 lines.
        memory.current.set(remembered.key, remembered);
        return remembered.built as T;
    }
    const built = build(node);
    memory.current.set(key, { key, built });
    return built;
}

/** A construct's model as built, under the key it was remembered by. */
interface BuiltConstruct { key: string; built: unknown }

const builtConstructs = new WeakMap<object, { model: object | undefined; previous?: Map<string, BuiltConstruct>; current?: Map<string, BuiltConstruct> }>();

const documentsRememberedFromFirstModel = new WeakSet();

/**
 * For a document open in the editor: remember the constructs of its first model too, so that the first
 * keystroke after opening the file already reuses the unchanged ones. A command-line run builds one model
 * per file and does not call this (nothing to keep). Set by DpaDocumentFactory when the language server
 * asks it to (`remembersFirstModels`).
 */
export function rememberConstructsFromFirstModel(document: object): void {
    documentsRememberedFromFirstModel.add(document);
}

/** Identifies the model being built (a new object for each `toDpaModel` call). */
let currentModel: object | undefined;

const reusedSubProcessor = (node: ast.SubProcessor) => reused(node, subProcessor);
const reusedMeasureGroup = (node: ast.MeasureGroup) => reused(node, measureGroup);

function subProcessor(node: ast.SubProcessor): M.SubProcessor {
    return {
        id: node.name,
        ...opt('legalName', single(node.legalName)),
        ...opt('address', text(single(node.address))),
        ...opt('country', single(node.country)),
        products: node.products.map(refName),
        services: node.services.map(service => ({
            purpose: text(service.purpose),
            allData: isGiven(service.allData),
            data: service.data.map(refName),
            noPersonalData: isGiven(service.noPersonalData),
            ...opt('function', single(service.function)),
            ...opt('location', serverLocation(single(service.location))),
            ...opt('transfer', transferMechanism(single(service.transfer))),
            ...opt('hostedBy', single(service.hostedBy)?.$refText),
            notes: service.notes.map(t => text(t)),
            source: at(service)
        })),
        notes: node.notes.map(t => text(t)),
        ...opt('urgent', text(single(node.urgent))),
        ...opt('url', single(node.url)),
        ...opt('urlKind', single(node.urlKind)),
        source: at(node)
    };
}

function measureGroup(node: ast.MeasureGroup): M.MeasureGroup {
    return {
        kind: 'group',
        id: node.name,
        ...opt('section', node.section === undefined ? undefined : String(node.section)),
        title: text(node.title),
        objectives: [...node.objectives] as M.Art32Objective[],
        ...opt('control', single(node.control)),
        ...opt('goal', text(single(node.goal))),
        items: node.items.map(measureItem),
        source: at(node)
    };
}

function measureItem(node: ast.MeasureItem): M.MeasureItem {
    if (ast.isMeasureGroup(node)) return measureGroup(node);
    if (ast.isMeasureParagraph(node)) return { kind: 'paragraph', text: text(node.text), source: at(node) };
    return {
        kind: 'measure',
        ...opt('section', node.section === undefined ? undefined : String(node.section)),
        text: text(node.text),
        facts: node.facts.map(fact => ({
            name: fact.name,
            value: fact.period ? { kind: 'period' as const, period: period(fact.period) }
                : fact.quantity !== undefined ? { kind: 'quantity' as const, amount: fact.quantity, ...opt('unit', fact.unit) }
                // The grammar requires one of period, quantity and text.
                : { kind: 'text' as const, text: fact.text ?? '' }
        })),
        ...opt('processorPurposes', processorPurposes(single(node.processorPurposes))),
        source: at(node)
    };
}

