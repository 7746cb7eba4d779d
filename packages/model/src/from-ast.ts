import type { AstNode, Reference } from 'langium';
import { ast } from '@dpa-as-code/language';
import type * as M from './dpa-model.js';
import { SCHEMA_VERSION } from './dpa-model.js';


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
        ...opt('title', text(agreement.title)),
        ...opt('version', agreement.version),
        ...opt('date', agreement.date),
        languages: [...agreement.languages] as M.LanguageCode[],
        ...opt<'binding', M.LanguageCode | 'all'>('binding', agreement.binding ? (agreement.binding.all ? 'all' : agreement.binding.language as M.LanguageCode) : undefined),
        ...opt('mainContract', text(agreement.mainContract)),
        ...opt('annexLabel', text(agreement.annexLabel)),
        ...opt('effective', agreement.effective ? effective(agreement.effective) : undefined),
        ...opt('scope', text(agreement.scope)),
        ...opt('processorMayUpdate', text(agreement.processorMayUpdate)),
        termsAsInGdpr: agreement.definitionsAsInGdpr,
        parties: sections.filter(ast.isParty).map(party),
        products: sections.filter(ast.isProduct).map(p => ({ id: p.name, label: text(p.label)!, source: at(p) })),
        dataSubjects: sections.filter(ast.isDataSubjects).flatMap(block => block.subjects.map(s => ({
            id: s.name, label: text(s.label)!, covers: s.covers.map(refName), source: at(s)
        }))),
        dataCategoryGroups: sections.filter(ast.isDataCategoryGroup).map(group => ({
            ...opt('title', text(group.title)),
            subjects: group.subjects.map(refName),
            categories: group.categories.map(category => ({
                id: category.name,
                label: text(category.label)!,
                subjects: category.subjects.map(refName),
                ...opt('special', category.special as M.DataCategory['special']),
                optional: category.optional,
                ...opt('note', text(category.note)),
                source: at(category)
            })),
            source: at(group)
        })),
        ...opt('processing', processing ? processingDetails(processing) : undefined),
        obligations: obligations ? obligations.clauses.map(obligation) : [],
        ...opt('scc', scc ? sccIncorporation(scc) : undefined),
        subProcessors: sections.filter(ast.isSubProcessor).map(subProcessor),
        ...opt('measures', measures ? {
            ...opt('title', text(measures.title)),
            ...opt('version', measures.version),
            overview: measures.overview.map(t => text(t)!),
            groups: measures.groups.map(measureGroup),
            source: at(measures)
        } : undefined),
        ...opt('retention', retention ? {
            notes: retention.notes.map(t => text(t)!),
            records: retention.records.map(record => ({
                id: record.name,
                label: text(record.label)!,
                ...opt('period', period(record.period)),
                ...opt('until', text(record.until)),
                basis: [...record.basis],
                source: at(record)
            })),
            source: at(retention)
        } : undefined),
        ...opt('partners', partners ? {
            ...opt('title', text(partners.title)),
            ...opt('description', text(partners.description)),
            interfaces: partners.interfaces.map(i => ({
                id: i.name,
                title: text(i.title)!,
                ...opt('description', text(i.description)),
                partners: i.partners.map(p => ({
                    legalName: p.legalName,
                    ...opt('address', text(p.address)),
                    ...opt('country', p.country),
                    ...opt('securityConcept', p.securityConcept),
                    ...opt('subProcessor', p.subProcessor ? refName(p.subProcessor) : undefined),
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
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function at(node: AstNode): M.SourceLocation {
    const start = node.$cstNode?.range.start;
    return { line: (start?.line ?? 0) + 1, column: (start?.character ?? 0) + 1 };
}

function refName(reference: Reference): string {
    return reference.$refText;
}

function text(value: ast.Text | undefined): M.LocalizedText | undefined {
    if (!value) return undefined;
    if (value.neutral !== undefined) return { neutral: value.neutral };
    const result: M.LocalizedText = {};
    for (const translation of value.translations) {
        result[translation.language as M.LanguageCode] = translation.value;
    }
    return result;
}

const pluralUnits: Record<string, M.TimeUnit> = {
    minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours', day: 'days', days: 'days', 'working-day': 'working-days', 'working-days': 'working-days',
    week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years', years: 'years'
};

function period(value: ast.Period | undefined): M.Period | undefined {
    return value ? { value: value.value, unit: pluralUnits[value.unit] } : undefined;
}

function effective(value: ast.Effective): M.Effective {
    if (value.onSignature) return { kind: 'on-signature', ofBothContracts: value.ofBothContracts };
    if (value.onDate) return { kind: 'on-date', date: value.onDate };
    return { kind: 'described', text: text(value.described)! };
}

function party(node: ast.Party): M.Party {
    return {
        id: node.name,
        role: node.role as M.PartyRole,
        ...opt('legalName', text(node.legalName)),
        ...opt('roleName', text(node.roleName)),
        ...opt('address', text(node.address)),
        ...opt('country', node.country),
        contacts: node.contacts.map(contact => ({
            kind: contact.kind as M.ContactKind,
            emails: [...contact.emails],
            phones: [...contact.phones],
            ...opt('description', text(contact.description)),
            source: at(contact)
        })),
        ...opt('dpo', node.dpo ? {
            ...opt('name', node.dpo.personName),
            ...opt('organisation', node.dpo.organisation),
            ...opt('address', text(node.dpo.address)),
            ...opt('country', node.dpo.country),
            ...opt('phone', node.dpo.phone),
            ...opt('email', node.dpo.email),
            external: node.dpo.external,
            changesNotified: node.dpo.informsOfChanges,
            source: at(node.dpo)
        } : undefined),
        notes: node.notes.map(t => text(t)!),
        source: at(node)
    };
}

function processingDetails(node: ast.Processing): M.ProcessingDetails {
    let duration: M.Duration | undefined;
    if (node.duration) {
        const d = node.duration;
        duration = d.asMainContract
            ? { kind: 'as-main-contract', endsWithMainContract: d.terminatesWithMainContract, noSeparateTermination: d.noSeparateTermination, ...opt('text', text(d.text)) }
            : d.fixed ? { kind: 'fixed', period: period(d.fixed)! }
            : { kind: 'described', text: text(d.described)! };
    }
    return {
        ...opt('subjectMatter', text(node.subjectMatter)),
        ...opt('nature', text(node.nature)),
        purposes: node.purposes.map(t => text(t)!),
        ...opt('duration', duration),
        ...opt('sensitiveDataSafeguards', text(node.sensitiveDataSafeguards)),
        notes: node.notes.map(t => text(t)!),
        source: at(node)
    };
}

function base(node: AstNode & { text?: ast.Text }) {
    return { ...opt('text', text(node.text)), source: at(node) };
}

export function obligation(node: ast.Obligation): M.Obligation {
    switch (node.$type) {
        case 'Instructions':
            return { kind: 'instructions', onlyOnInstructions: node.onlyOnInstructions, documentedOnly: node.documentedOnly, coversTransfers: node.coversTransfers, informsOfInfringement: node.informsOfInfringement, ...base(node) };
        case 'Confidentiality':
            return { kind: 'confidentiality', staffCommitted: node.staffCommitted, survivesTermination: node.survivesTermination, ...base(node) };
        case 'Security':
            return { kind: 'security', referencesMeasures: node.referencesMeasures, ...base(node) };
        case 'SubProcessing':
            return {
                kind: 'sub-processing',
                ...opt('authorisation', node.authorisation as M.SubProcessingClause['authorisation']),
                ...opt('notice', period(node.notice)),
                ...opt('noticeChannel', node.noticeChannel as M.NoticeChannel | undefined),
                ...opt('emergencyNotice', period(node.emergencyNotice)),
                ...opt('emergencyCondition', text(node.emergencyCondition)),
                ...opt('objectionPeriod', period(node.objectionPeriod)),
                objectionForGoodCause: node.objectionForGoodCause,
                ...opt('onObjection', node.onObjection as M.SubProcessingClause['onObjection']),
                changesNotified: node.changesNotified,
                flowDown: node.flowDown,
                processorLiable: node.processorLiable,
                controllerMayMonitor: node.controllerMayMonitor,
                ...base(node)
            };
        case 'DataSubjectRights':
            return { kind: 'data-subject-rights', withinStatutoryDeadlines: node.withinStatutoryDeadlines, rights: [...node.rights] as M.DataSubjectRight[], ...base(node) };
        case 'ComplianceAssistance':
            return { kind: 'compliance-assistance', articles: [...node.articles] as M.ComplianceAssistanceClause['articles'], ...base(node) };
        case 'BreachNotification':
            return { kind: 'breach-notification', withoutUndueDelay: node.withoutUndueDelay, ...opt('deadline', period(node.deadline)), assistsWithNotifications: node.assistsWithNotifications, ...base(node) };
        case 'EndOfProcessing':
            return {
                kind: 'end-of-processing',
                ...opt('action', node.action as M.EndOfProcessingClause['action']),
                controllersChoice: node.controllersChoice,
                includesCopies: node.includesCopies,
                legalRetentionException: node.legalRetentionException,
                blockIfDeletionImpossible: node.blockIfDeletionImpossible,
                certifiesDeletion: node.certifiesDeletion,
                ...base(node)
            };
        case 'Audits':
            return {
                kind: 'audits',
                informationOnRequest: node.informationOnRequest,
                ...opt('informationWithin', period(node.informationWithin)),
                ...opt('inspections', node.inspections ? inspections(node.inspections) : undefined),
                ...base(node)
            };
        case 'ProcessingLocation':
            return {
                kind: 'processing-location',
                ...opt('region', node.region as M.ProcessingLocationClause['region']),
                exceptionsInAnnex: node.exceptionsInAnnex,
                outsideWith: [...node.outsideWith] as M.TransferCondition[],
                informsInAdvance: node.informsInAdvance,
                ...base(node)
            };
        case 'Anonymisation':
            return {
                kind: 'anonymisation',
                ...opt('purpose', text(node.purpose)),
                notControllerDataAfterwards: node.notControllerDataAfterwards,
                informsBeforeFirst: node.informsBeforeFirst,
                ...opt('informChannel', node.informChannel as M.NoticeChannel | undefined),
                ...base(node)
            };
        case 'ControllerResponsibility':
            return { kind: 'controller-responsibility', solelyResponsible: node.solelyResponsible, ...base(node) };
    }
}

function inspections(node: ast.Inspections): M.Inspections {
    return {
        ...opt('noticePeriod', period(node.noticePeriod)),
        reasonableNotice: node.reasonableNotice,
        duringBusinessHours: node.duringBusinessHours,
        ...opt('businessHours', text(node.businessHours)),
        withoutDisruption: node.withoutDisruption,
        thirdPartyAuditor: node.thirdPartyAuditor,
        processorConsent: node.processorConsent,
        consentNotUnreasonablyWithheld: node.consentNotUnreasonablyWithheld,
        ...opt('costs', node.costs as M.Inspections['costs']),
        protectsBusinessSecrets: node.protectsBusinessSecrets,
        ...opt('text', text(node.text)),
        source: at(node)
    };
}

function sccIncorporation(node: ast.SccIncorporation): M.SccIncorporation {
    const urls: M.SccIncorporation['urls'] = {};
    for (const url of node.urls) urls[url.language as M.LanguageCode] = url.value;
    return {
        decision: '2021/915',
        ...opt('annex', text(node.annex)),
        urls,
        dockingClause: node.dockingClause,
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
        ...opt('legalName', node.legalName),
        ...opt('address', text(node.address)),
        ...opt('country', node.country),
        products: node.products.map(refName),
        services: node.services.map(service => ({
            purpose: text(service.purpose)!,
            allData: service.allData,
            data: service.data.map(refName),
            noPersonalData: service.noPersonalData,
            ...opt('function', service.function as M.Service['function']),
            ...opt('location', service.location ? (service.location.regionDependent
                ? { regionDependent: true as const }
                : { regionDependent: false as const, countries: [...service.location.countries] }) : undefined),
            ...opt('transfer', service.transfer ? {
                kind: service.transfer.kind as M.TransferKind,
                ...opt('module', service.transfer.module),
                ...opt('stated', text(service.transfer.stated))
            } : undefined),
            ...opt('hostedBy', service.hostedBy ? refName(service.hostedBy) : undefined),
            notes: service.notes.map(t => text(t)!),
            source: at(service)
        })),
        notes: node.notes.map(t => text(t)!),
        source: at(node)
    };
}

function measureGroup(node: ast.MeasureGroup): M.MeasureGroup {
    return {
        kind: 'group',
        id: node.name,
        ...opt('section', node.section === undefined ? undefined : String(node.section)),
        title: text(node.title)!,
        objectives: [...node.objectives] as M.Art32Objective[],
        ...opt('control', node.control as M.ControlCategory | undefined),
        ...opt('goal', text(node.goal)),
        items: node.items.map(measureItem),
        source: at(node)
    };
}

function measureItem(node: ast.MeasureItem): M.MeasureItem {
    if (ast.isMeasureGroup(node)) return measureGroup(node);
    if (ast.isMeasureParagraph(node)) return { kind: 'paragraph', text: text(node.text)!, source: at(node) };
    return {
        kind: 'measure',
        ...opt('section', node.section === undefined ? undefined : String(node.section)),
        text: text(node.text)!,
        facts: node.facts.map(fact => ({
            name: fact.name,
            value: fact.period ? { kind: 'period' as const, period: period(fact.period)! }
                : fact.text !== undefined ? { kind: 'text' as const, text: fact.text }
                : { kind: 'quantity' as const, amount: fact.quantity!, ...opt('unit', fact.unit) }
        })),
        source: at(node)
    };
}

