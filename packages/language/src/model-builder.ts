import { GrammarUtils, type AstNode, type Reference } from 'langium';
import type * as M from '@dpa-as-code/model';
import { SCHEMA_VERSION } from '@dpa-as-code/model';
import * as ast from './generated/ast.js';
import { isGiven, single } from './ast-values.js';


/**
 * Builds the plain model from a parsed, linked and error-free agreement.
 * References become the names written in the file; positions become 1-based lines.
 */
export function toDpaModel(agreement: ast.Agreement): M.DpaModel {
    const sections = agreement.sections;
    const only = <T extends AstNode>(guard: (node: unknown) => node is T): T | undefined => sections.find(guard) as T | undefined;

    const processing = only(ast.isProcessing);
    const obligations = only(ast.isObligations);
    const scc = only(ast.isSccIncorporation);
    const measures = only(ast.isMeasures);
    const retention = only(ast.isRetention);
    const partners = only(ast.isPartners);

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
        parties: sections.filter(ast.isParty).map(party),
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
        subProcessors: sections.filter(ast.isSubProcessor).map(subProcessor),
        ...opt('measures', measures ? {
            ...opt('title', text(single(measures.title))),
            ...opt('version', single(measures.version)),
            overview: measures.overview.map(t => text(t)),
            groups: measures.groups.map(measureGroup),
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

function at(node: AstNode): M.SourceLocation {
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
    if (value.neutral !== undefined) return { neutral: value.neutral };
    const result: M.LocalizedText = {};
    for (const translation of value.translations) {
        result[translation.language] = translation.value;
    }
    return result;
}

const pluralUnits: Record<string, M.TimeUnit> = {
    minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days', 'working-day': 'working-days', 'working-days': 'working-days', 'business-day': 'business-days', 'business-days': 'business-days',
    week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years'
};

function period(value: ast.Period): M.Period;
function period(value: ast.Period | undefined): M.Period | undefined;
function period(value: ast.Period | undefined): M.Period | undefined {
    return value ? { value: value.value, unit: pluralUnits[value.unit] } : undefined;
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
        notes: node.notes.map(t => text(t)),
        source: at(node)
    };
}

function base(node: AstNode & { text: ast.Text[]; supplement: ast.Text[] }) {
    return { ...opt('text', text(single(node.text))), ...opt('supplement', text(single(node.supplement))), source: at(node) };
}

export function obligation(node: ast.Obligation): M.Obligation {
    switch (node.$type) {
        case 'Instructions':
            return { kind: 'instructions', onlyOnInstructions: isGiven(node.onlyOnInstructions), documentedOnly: isGiven(node.documentedOnly), coversTransfers: isGiven(node.coversTransfers), informsOfInfringement: isGiven(node.informsOfInfringement), ...base(node) };
        case 'Confidentiality':
            return { kind: 'confidentiality', staffCommitted: isGiven(node.staffCommitted), survivesTermination: isGiven(node.survivesTermination), ...base(node) };
        case 'Security':
            return { kind: 'security', referencesMeasures: isGiven(node.referencesMeasures), ...base(node) };
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
                ...opt('onObjection', single(node.onObjection)),
                changesNotified: isGiven(node.changesNotified),
                flowDown: isGiven(node.flowDown),
                processorLiable: isGiven(node.processorLiable),
                controllerMayMonitor: isGiven(node.controllerMayMonitor),
                noSubProcessors: isGiven(node.noSubProcessors),
                ...base(node)
            };
        case 'DataSubjectRights':
            return { kind: 'data-subject-rights', withinStatutoryDeadlines: isGiven(node.withinStatutoryDeadlines), rights: [...node.rights] as M.DataSubjectRight[], ...base(node) };
        case 'ComplianceAssistance':
            return { kind: 'compliance-assistance', articles: [...node.articles] as M.ComplianceAssistanceClause['articles'], ...base(node) };
        case 'BreachNotification':
            return { kind: 'breach-notification', withoutUndueDelay: isGiven(node.withoutUndueDelay), ...opt('deadline', period(single(node.deadline))), assistsWithNotifications: isGiven(node.assistsWithNotifications), ...base(node) };
        case 'EndOfProcessing':
            return {
                kind: 'end-of-processing',
                ...opt('action', single(node.action)),
                controllersChoice: isGiven(node.controllersChoice),
                includesCopies: isGiven(node.includesCopies),
                legalRetentionException: isGiven(node.legalRetentionException),
                blockIfDeletionImpossible: isGiven(node.blockIfDeletionImpossible),
                certifiesDeletion: isGiven(node.certifiesDeletion),
                ...base(node)
            };
        case 'Audits':
            return {
                kind: 'audits',
                informationOnRequest: isGiven(node.informationOnRequest),
                ...opt('informationWithin', period(single(node.informationWithin))),
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
            return { kind: 'controller-responsibility', solelyResponsible: isGiven(node.solelyResponsible), ...base(node) };
    }
}

function inspections(node: ast.Inspections | undefined): M.Inspections | undefined {
    if (!node) return undefined;
    return {
        ...opt('noticePeriod', period(single(node.noticePeriod))),
        reasonableNotice: isGiven(node.reasonableNotice),
        duringBusinessHours: isGiven(node.duringBusinessHours),
        ...opt('businessHours', text(single(node.businessHours))),
        withoutDisruption: isGiven(node.withoutDisruption),
        thirdPartyAuditor: isGiven(node.thirdPartyAuditor),
        processorConsent: isGiven(node.processorConsent),
        consentNotUnreasonablyWithheld: isGiven(node.consentNotUnreasonablyWithheld),
        ...opt('costs', single(node.costs)),
        protectsBusinessSecrets: isGiven(node.protectsBusinessSecrets),
        reportsOnly: isGiven(node.reportsOnly),
        ...opt('text', text(single(node.text))),
        source: at(node)
    };
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

