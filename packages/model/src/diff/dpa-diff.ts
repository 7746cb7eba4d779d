/**
 * A typed comparison of two versions of one agreement: what a customer has to be told when a DPA
 * changes (a new sub-processor, a shorter notice period, a dropped measure). It compares models,
 * never text, and ignores every source location, so reformatting and comments are no change.
 */
import type {
    DataCategory, DataSubject, DpaModel, Measure, MeasureGroup, MeasureItem, MeasureParagraph, Obligation, ObligationKind,
    Party, SccIncorporation, SccOption, SccSupplement, Service, SubProcessor, Transfer
} from '../dpa-model.js';

/** The parts of an agreement a change can concern; the choices of `dpa diff --fail-on`. */
export type DpaChangeArea = 'sub-processors' | 'obligations' | 'scc' | 'measures' | 'parties' | 'processing' | 'agreement';
export const DPA_CHANGE_AREAS: readonly DpaChangeArea[] = ['sub-processors', 'obligations', 'scc', 'measures', 'parties', 'processing', 'agreement'];

/**
 * One changed property of a compared item. `path` is the property's name, dotted for nested ones
 * ("inspections.noticePeriod"), or `<list>.<id>` for an entry of a list keyed by id ("dataCategories.email").
 * `before` / `after` are the model's values without source locations; `undefined` means not stated.
 */
export interface FieldChange {
    path: string;
    before?: unknown;
    after?: unknown;
}

export type ServiceChange =
    | { kind: 'service-added'; service: Service }
    | { kind: 'service-removed'; service: Service }
    | { kind: 'service-changed'; before: Service; after: Service; fields: FieldChange[] };

export interface SubProcessorAdded { area: 'sub-processors'; kind: 'sub-processor-added'; subProcessor: SubProcessor }
export interface SubProcessorRemoved { area: 'sub-processors'; kind: 'sub-processor-removed'; subProcessor: SubProcessor }
export interface SubProcessorChanged {
    area: 'sub-processors';
    kind: 'sub-processor-changed';
    before: SubProcessor;
    after: SubProcessor;
    /** The `.dpa` name differs; the two were matched by their legal name. */
    renamed: boolean;
    /** id, legalName, address, country, products, notes. */
    fields: FieldChange[];
    services: ServiceChange[];
}

export interface ObligationAdded { area: 'obligations'; kind: 'obligation-added'; obligation: Obligation }
export interface ObligationRemoved { area: 'obligations'; kind: 'obligation-removed'; obligation: Obligation }
export interface ObligationChanged {
    area: 'obligations';
    kind: 'obligation-changed';
    obligationKind: ObligationKind;
    before: Obligation;
    after: Obligation;
    fields: FieldChange[];
}

export interface SccAdded { area: 'scc'; kind: 'scc-added'; scc: SccIncorporation }
export interface SccRemoved { area: 'scc'; kind: 'scc-removed'; scc: SccIncorporation }
/** An option chosen in one version and not the other (`before` or `after` absent), or chosen differently. */
export interface SccOptionChanged { area: 'scc'; kind: 'scc-option-changed'; clause: string; before?: SccOption; after?: SccOption }
/** annex, urls, dockingClause; supplements by clause, a kept one's fields as `supplements[7.7(a)].notice`. */
export interface SccChanged { area: 'scc'; kind: 'scc-changed'; fields: FieldChange[] }

/** title, version, overview; the path `measures` when the whole block is added or removed. */
export interface MeasuresChanged { area: 'measures'; kind: 'measures-changed'; fields: FieldChange[] }
export interface MeasureGroupAddedOrRemoved {
    area: 'measures';
    kind: 'measure-group-added' | 'measure-group-removed';
    /** Ids of the enclosing groups, outermost first. */
    groupPath: string[];
    group: MeasureGroup;
}
/** section, title, objectives, control, goal of a group kept under the same id. */
export interface MeasureGroupChanged { area: 'measures'; kind: 'measure-group-changed'; groupPath: string[]; group: MeasureGroup; fields: FieldChange[] }
export interface MeasureAddedOrRemoved {
    area: 'measures';
    kind: 'measure-added' | 'measure-removed';
    /** Ids of the enclosing groups, outermost first (the measure's own group last). */
    groupPath: string[];
    measure: Measure | MeasureParagraph;
}
export interface MeasureChanged {
    area: 'measures';
    kind: 'measure-changed';
    groupPath: string[];
    before: Measure | MeasureParagraph;
    after: Measure | MeasureParagraph;
    fields: FieldChange[];
}

export interface PartyAddedOrRemoved { area: 'parties'; kind: 'party-added' | 'party-removed'; party: Party }
export interface PartyChanged { area: 'parties'; kind: 'party-changed'; before: Party; after: Party; fields: FieldChange[] }

/** The processing block's fields, and `dataSubjects.<id>`, `dataCategories.<id>`, `dataCategoryGroups.<n>` entries. */
export interface ProcessingChanged { area: 'processing'; kind: 'processing-changed'; fields: FieldChange[] }

/** Everything else at the top level: title, version, date, languages, binding, effective, scope, products, retention, partners... */
export interface AgreementChanged { area: 'agreement'; kind: 'agreement-changed'; fields: FieldChange[] }

export type DpaChange =
    | SubProcessorAdded | SubProcessorRemoved | SubProcessorChanged
    | ObligationAdded | ObligationRemoved | ObligationChanged
    | SccAdded | SccRemoved | SccOptionChanged | SccChanged
    | MeasuresChanged | MeasureGroupAddedOrRemoved | MeasureGroupChanged | MeasureAddedOrRemoved | MeasureChanged
    | PartyAddedOrRemoved | PartyChanged
    | ProcessingChanged
    | AgreementChanged;

export type DpaChangeKind = DpaChange['kind'];

/**
 * The changes from `old` to `next`, grouped by area in the order of `DPA_CHANGE_AREAS`; within a list,
 * kept and added items in the order of `next`, removed ones after them in the order of `old`.
 */
export function diffModels(old: DpaModel, next: DpaModel): DpaChange[] {
    return [
        ...diffSubProcessors(old.subProcessors, next.subProcessors),
        ...diffObligations(old.obligations, next.obligations),
        ...diffScc(old.scc, next.scc),
        ...diffMeasures(old, next),
        ...diffParties(old.parties, next.parties),
        ...diffProcessing(old, next),
        ...diffAgreement(old, next)
    ];
}

// ---------------------------------------------------------------- comparing values

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isSourceLocation(value: object): boolean {
    const keys = Object.keys(value);
    return keys.length === 4 && ['line', 'column', 'endLine', 'endColumn'].every(key => keys.includes(key));
}

/** The value without source locations and without properties that are undefined: what two versions are compared on. */
export function withoutSourceLocations(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutSourceLocations);
    if (value !== null && typeof value === 'object') {
        const result: Record<string, unknown> = {};
        for (const [key, entry] of Object.entries(value) as [string, unknown][]) {
            if (entry === undefined) continue;
            if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && isSourceLocation(entry)) continue;
            result[key] = withoutSourceLocations(entry);
        }
        return result;
    }
    return value;
}

/** A canonical text of a value (keys sorted, no source locations): equal texts mean equal values. */
function canonical(value: unknown): string {
    return JSON.stringify(sortKeys(withoutSourceLocations(value)));
}

function sortKeys(value: unknown): Plain {
    if (value === undefined) return null;
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([key, entry]) => [key, sortKeys(entry)]));
    }
    return value as Plain;
}

function same(a: unknown, b: unknown): boolean {
    return canonical(a) === canonical(b);
}

function fieldChange(path: string, before: unknown, after: unknown): FieldChange {
    const change: FieldChange = { path };
    if (before !== undefined) change.before = withoutSourceLocations(before);
    if (after !== undefined) change.after = withoutSourceLocations(after);
    return change;
}

/**
 * The properties that differ between two records of one type, in the order of `keys` (or of the
 * properties of both when none are given). `nested` properties are compared one level deeper.
 */
function fieldChanges<T extends object>(before: T, after: T, options: { keys?: readonly string[]; skip?: readonly string[]; nested?: readonly string[]; prefix?: string } = {}): FieldChange[] {
    const beforeRecord = before as Record<string, unknown>;
    const afterRecord = after as Record<string, unknown>;
    const keys = options.keys ?? [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
    const prefix = options.prefix ?? '';
    const changes: FieldChange[] = [];
    for (const key of keys) {
        if (options.skip?.includes(key) || key === 'source') continue;
        const a = beforeRecord[key];
        const b = afterRecord[key];
        if (same(a, b)) continue;
        if (options.nested?.includes(key) && isRecord(a) && isRecord(b)) {
            changes.push(...fieldChanges(a, b, { prefix: `${prefix}${key}.` }));
        } else {
            changes.push(fieldChange(prefix + key, a, b));
        }
    }
    return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Entries of a list keyed by id as field changes `<list>.<id>`, in the order of `after`, removed ones last. */
function keyedListChanges<T extends { id: string }>(list: string, before: readonly T[], after: readonly T[]): FieldChange[] {
    const beforeById = new Map(before.map(item => [item.id, item]));
    const afterIds = new Set(after.map(item => item.id));
    const changes: FieldChange[] = [];
    for (const item of after) {
        const previous = beforeById.get(item.id);
        if (!same(previous, item)) changes.push(fieldChange(`${list}.${item.id}`, previous, item));
    }
    for (const item of before) {
        if (!afterIds.has(item.id)) changes.push(fieldChange(`${list}.${item.id}`, item, undefined));
    }
    return changes;
}

interface Matching<T> {
    pairs: { before: T; after: T }[];
    added: T[];
    removed: T[];
}

/**
 * Pairs the items of two lists: first by each key function in turn (an item is paired at most once, and
 * only with an unpaired item of equal key), then, with `pairLeftovers`, the remaining ones in order.
 */
function match<T>(before: readonly T[], after: readonly T[], keys: ((item: T) => string | undefined)[], pairLeftovers: boolean): Matching<T> {
    const partnerOfAfter = new Map<number, number>();
    const pairedBefore = new Set<number>();
    for (const key of keys) {
        const freeBefore = new Map<string, number[]>();
        before.forEach((item, index) => {
            const value = key(item);
            if (value === undefined || pairedBefore.has(index)) return;
            freeBefore.set(value, [...(freeBefore.get(value) ?? []), index]);
        });
        after.forEach((item, index) => {
            const value = key(item);
            if (value === undefined || partnerOfAfter.has(index)) return;
            const candidate = freeBefore.get(value)?.shift();
            if (candidate === undefined) return;
            partnerOfAfter.set(index, candidate);
            pairedBefore.add(candidate);
        });
    }
    if (pairLeftovers) {
        const leftBefore = before.map((_, index) => index).filter(index => !pairedBefore.has(index));
        after.forEach((_, index) => {
            if (partnerOfAfter.has(index)) return;
            const candidate = leftBefore.shift();
            if (candidate === undefined) return;
            partnerOfAfter.set(index, candidate);
            pairedBefore.add(candidate);
        });
    }
    const pairs: { before: T; after: T }[] = [];
    const added: T[] = [];
    after.forEach((item, index) => {
        const partner = partnerOfAfter.get(index);
        if (partner === undefined) added.push(item);
        else pairs.push({ before: before[partner], after: item });
    });
    const removed = before.filter((_, index) => !pairedBefore.has(index));
    return { pairs, added, removed };
}

// ---------------------------------------------------------------- sub-processors

// `urgent` is left out on purpose: it says how a change is announced (the emergency period), not what changes.
const SUB_PROCESSOR_FIELDS = ['id', 'legalName', 'address', 'country', 'products', 'notes'] as const;
const SERVICE_FIELDS = ['purpose', 'allData', 'data', 'noPersonalData', 'function', 'location', 'transfer', 'hostedBy', 'notes'] as const;

function diffSubProcessors(before: readonly SubProcessor[], after: readonly SubProcessor[]): DpaChange[] {
    const matching = match(before, after, [item => item.id, item => item.legalName], false);
    const changes: DpaChange[] = [];
    const addedSet = new Set(matching.added);
    for (const item of after) {
        if (addedSet.has(item)) {
            changes.push({ area: 'sub-processors', kind: 'sub-processor-added', subProcessor: item });
            continue;
        }
        const pair = matching.pairs.find(candidate => candidate.after === item);
        if (!pair) continue;
        const fields = fieldChanges(pair.before, pair.after, { keys: SUB_PROCESSOR_FIELDS });
        const services = diffServices(pair.before.services, pair.after.services);
        if (fields.length > 0 || services.length > 0) {
            changes.push({ area: 'sub-processors', kind: 'sub-processor-changed', before: pair.before, after: pair.after, renamed: pair.before.id !== pair.after.id, fields, services });
        }
    }
    for (const item of matching.removed) changes.push({ area: 'sub-processors', kind: 'sub-processor-removed', subProcessor: item });
    return changes;
}

function diffServices(before: readonly Service[], after: readonly Service[]): ServiceChange[] {
    const matching = match(before, after, [service => canonical(service.purpose)], true);
    const changes: ServiceChange[] = [];
    const addedSet = new Set(matching.added);
    for (const service of after) {
        if (addedSet.has(service)) {
            changes.push({ kind: 'service-added', service });
            continue;
        }
        const pair = matching.pairs.find(candidate => candidate.after === service);
        if (!pair) continue;
        const fields = fieldChanges(pair.before, pair.after, { keys: SERVICE_FIELDS });
        if (fields.length > 0) changes.push({ kind: 'service-changed', before: pair.before, after: pair.after, fields });
    }
    for (const service of matching.removed) changes.push({ kind: 'service-removed', service });
    return changes;
}

// ---------------------------------------------------------------- obligations

function diffObligations(before: readonly Obligation[], after: readonly Obligation[]): DpaChange[] {
    const changes: DpaChange[] = [];
    const beforeByKind = new Map(before.map(obligation => [obligation.kind, obligation]));
    const afterKinds = new Set(after.map(obligation => obligation.kind));
    for (const obligation of after) {
        const previous = beforeByKind.get(obligation.kind);
        if (!previous) {
            changes.push({ area: 'obligations', kind: 'obligation-added', obligation });
            continue;
        }
        const fields = fieldChanges(previous, obligation, { nested: ['inspections'] });
        if (fields.length > 0) changes.push({ area: 'obligations', kind: 'obligation-changed', obligationKind: obligation.kind, before: previous, after: obligation, fields });
    }
    for (const obligation of before) {
        if (!afterKinds.has(obligation.kind)) changes.push({ area: 'obligations', kind: 'obligation-removed', obligation });
    }
    return changes;
}

// ---------------------------------------------------------------- SCC 2021/915

function diffScc(before: SccIncorporation | undefined, after: SccIncorporation | undefined): DpaChange[] {
    if (!before && !after) return [];
    if (!before && after) return [{ area: 'scc', kind: 'scc-added', scc: after }];
    if (before && !after) return [{ area: 'scc', kind: 'scc-removed', scc: before }];
    if (!before || !after) return [];
    const changes: DpaChange[] = [];
    const fields = [...fieldChanges(before, after, { skip: ['options', 'supplements'] }), ...supplementChanges(before.supplements, after.supplements)];
    if (fields.length > 0) changes.push({ area: 'scc', kind: 'scc-changed', fields });
    const beforeByClause = new Map(before.options.map(option => [option.clause, option]));
    const afterClauses = new Set(after.options.map(option => option.clause));
    for (const option of after.options) {
        const previous = beforeByClause.get(option.clause);
        if (!same(previous, option)) {
            changes.push(previous ? { area: 'scc', kind: 'scc-option-changed', clause: option.clause, before: previous, after: option }
                : { area: 'scc', kind: 'scc-option-changed', clause: option.clause, after: option });
        }
    }
    for (const option of before.options) {
        if (!afterClauses.has(option.clause)) changes.push({ area: 'scc', kind: 'scc-option-changed', clause: option.clause, before: option });
    }
    return changes;
}

/** A supplement's name in paths: `supplements[7.7(a)]`, or its title for one to the SCCs as a whole. */
function supplementKey(supplement: SccSupplement): string {
    return supplement.clause ?? (supplement.title ? (supplement.title.en ?? supplement.title.neutral ?? supplement.title.de ?? '') : '');
}

/**
 * Supplements matched by the clause they supplement (else their title); a kept one's clause reported field by
 * field (`supplements[7.7(a)].notice`), as the obligations are, since many agreements put their Art. 28 terms there.
 */
function supplementChanges(before: readonly SccSupplement[], after: readonly SccSupplement[]): FieldChange[] {
    const matching = match(before, after, [supplementKey], false);
    const changes: FieldChange[] = [];
    const addedSet = new Set(matching.added);
    for (const supplement of after) {
        const path = `supplements[${supplementKey(supplement)}]`;
        if (addedSet.has(supplement)) {
            changes.push(fieldChange(path, undefined, supplement));
            continue;
        }
        const pair = matching.pairs.find(candidate => candidate.after === supplement);
        if (!pair) continue;
        if (!same(pair.before.title, pair.after.title)) changes.push(fieldChange(`${path}.title`, pair.before.title, pair.after.title));
        if (pair.before.body.kind !== pair.after.body.kind) changes.push(fieldChange(`${path}.body`, pair.before.body, pair.after.body));
        else changes.push(...fieldChanges(pair.before.body, pair.after.body, { nested: ['inspections'], prefix: `${path}.` }));
    }
    for (const supplement of matching.removed) changes.push(fieldChange(`supplements[${supplementKey(supplement)}]`, supplement, undefined));
    return changes;
}

// ---------------------------------------------------------------- measures

function diffMeasures(old: DpaModel, next: DpaModel): DpaChange[] {
    const before = old.measures;
    const after = next.measures;
    if (!before && !after) return [];
    if (!before || !after) return [{ area: 'measures', kind: 'measures-changed', fields: [fieldChange('measures', before, after)] }];
    const changes: DpaChange[] = [];
    const fields = fieldChanges(before, after, { keys: ['title', 'version', 'overview'] });
    if (fields.length > 0) changes.push({ area: 'measures', kind: 'measures-changed', fields });
    changes.push(...diffMeasureItems([], before.groups, after.groups));
    return changes;
}

/** A measure's identity within its group: its section number, else its text. */
function measureKey(item: MeasureItem): string | undefined {
    if (item.kind === 'group') return undefined;
    return item.kind === 'measure' && item.section !== undefined ? `section ${item.section}` : `text ${canonical(item.text)}`;
}

function diffMeasureItems(groupPath: string[], before: readonly MeasureItem[], after: readonly MeasureItem[]): DpaChange[] {
    const changes: DpaChange[] = [];
    const beforeGroups = before.filter((item): item is MeasureGroup => item.kind === 'group');
    const afterGroups = after.filter((item): item is MeasureGroup => item.kind === 'group');
    const beforeGroupsById = new Map(beforeGroups.map(group => [group.id, group]));
    const afterGroupIds = new Set(afterGroups.map(group => group.id));

    const beforeMeasures = before.filter((item): item is Measure | MeasureParagraph => item.kind !== 'group');
    const afterMeasures = after.filter((item): item is Measure | MeasureParagraph => item.kind !== 'group');
    const matching = match(beforeMeasures, afterMeasures, [measureKey], true);
    const addedSet = new Set(matching.added);

    for (const item of after) {
        if (item.kind === 'group') {
            const previous = beforeGroupsById.get(item.id);
            if (!previous) {
                changes.push({ area: 'measures', kind: 'measure-group-added', groupPath, group: item });
                continue;
            }
            const fields = fieldChanges(previous, item, { keys: ['section', 'title', 'objectives', 'control', 'goal'] });
            if (fields.length > 0) changes.push({ area: 'measures', kind: 'measure-group-changed', groupPath, group: item, fields });
            changes.push(...diffMeasureItems([...groupPath, item.id], previous.items, item.items));
            continue;
        }
        if (addedSet.has(item)) {
            changes.push({ area: 'measures', kind: 'measure-added', groupPath, measure: item });
            continue;
        }
        const pair = matching.pairs.find(candidate => candidate.after === item);
        if (!pair) continue;
        const fields = fieldChanges(pair.before, pair.after);
        if (fields.length > 0) changes.push({ area: 'measures', kind: 'measure-changed', groupPath, before: pair.before, after: pair.after, fields });
    }
    for (const group of beforeGroups) {
        if (!afterGroupIds.has(group.id)) changes.push({ area: 'measures', kind: 'measure-group-removed', groupPath, group });
    }
    for (const measure of matching.removed) changes.push({ area: 'measures', kind: 'measure-removed', groupPath, measure });
    return changes;
}

// ---------------------------------------------------------------- parties

function diffParties(before: readonly Party[], after: readonly Party[]): DpaChange[] {
    const matching = match(before, after, [party => party.id, party => (party.legalName ? canonical(party.legalName) : undefined)], false);
    const changes: DpaChange[] = [];
    const addedSet = new Set(matching.added);
    for (const party of after) {
        if (addedSet.has(party)) {
            changes.push({ area: 'parties', kind: 'party-added', party });
            continue;
        }
        const pair = matching.pairs.find(candidate => candidate.after === party);
        if (!pair) continue;
        const fields = fieldChanges(pair.before, pair.after, { nested: ['dpo', 'affiliates', 'euRepresentative'] });
        if (fields.length > 0) changes.push({ area: 'parties', kind: 'party-changed', before: pair.before, after: pair.after, fields });
    }
    for (const party of matching.removed) changes.push({ area: 'parties', kind: 'party-removed', party });
    return changes;
}

// ---------------------------------------------------------------- processing details

function diffProcessing(old: DpaModel, next: DpaModel): DpaChange[] {
    const fields: FieldChange[] = [];
    if (old.processing && next.processing) fields.push(...fieldChanges(old.processing, next.processing));
    else if (!same(old.processing, next.processing)) fields.push(fieldChange('processing', old.processing, next.processing));
    fields.push(...keyedListChanges<DataSubject>('dataSubjects', old.dataSubjects, next.dataSubjects));
    const categoriesOf = (model: DpaModel): DataCategory[] => model.dataCategoryGroups.flatMap(group => group.categories);
    fields.push(...keyedListChanges<DataCategory>('dataCategories', categoriesOf(old), categoriesOf(next)));
    // The groups themselves (titles, common subjects), compared without their categories.
    const groupsOf = (model: DpaModel) => model.dataCategoryGroups.map(group => ({ title: group.title, subjects: group.subjects }));
    const beforeGroups = groupsOf(old);
    const afterGroups = groupsOf(next);
    for (let index = 0; index < Math.max(beforeGroups.length, afterGroups.length); index++) {
        const a = beforeGroups[index];
        const b = afterGroups[index];
        if (!same(a, b)) fields.push(fieldChange(`dataCategoryGroups.${String(index + 1)}`, a, b));
    }
    return fields.length > 0 ? [{ area: 'processing', kind: 'processing-changed', fields }] : [];
}

// ---------------------------------------------------------------- the rest of the agreement

/** Top-level properties compared by the other areas (or not compared at all). */
const COMPARED_ELSEWHERE = new Set([
    'schemaVersion', 'source', 'processorMayUpdateSource', 'obligationsSource',
    'subProcessors', 'obligations', 'scc', 'measures', 'parties', 'processing', 'dataSubjects', 'dataCategoryGroups',
    'transfers', 'generalTerms'
]);

function diffAgreement(old: DpaModel, next: DpaModel): DpaChange[] {
    const fields = [...fieldChanges(old, next, { skip: [...COMPARED_ELSEWHERE] }), ...transferChanges(old.transfers ?? [], next.transfers ?? []), ...generalTermsChanges(old, next)];
    return fields.length > 0 ? [{ area: 'agreement', kind: 'agreement-changed', fields }] : [];
}

/**
 * Agreement-level transfers by id: an added or removed one as `transfers.<id>`, a kept one choice by choice
 * (`transfers.<id>.governingLaw`, `transfers.<id>.ukAddendum.mayEnd`), so a customer hears which choice changed.
 */
function transferChanges(before: readonly Transfer[], after: readonly Transfer[]): FieldChange[] {
    const beforeById = new Map(before.map(transfer => [transfer.id, transfer]));
    const afterIds = new Set(after.map(transfer => transfer.id));
    const changes: FieldChange[] = [];
    for (const transfer of after) {
        const previous = beforeById.get(transfer.id);
        if (!previous) changes.push(fieldChange(`transfers.${transfer.id}`, undefined, transfer));
        else changes.push(...fieldChanges(previous, transfer, { prefix: `transfers.${transfer.id}.`, skip: ['mechanismSource'], nested: ['ukAddendum', 'swissFadp'] }));
    }
    for (const transfer of before) {
        if (!afterIds.has(transfer.id)) changes.push(fieldChange(`transfers.${transfer.id}`, transfer, undefined));
    }
    return changes;
}

/**
 * The general terms provision by provision (`generalTerms.governingLaw`, `generalTerms.liability`), so a customer hears
 * which one changed; the whole section when one version has none.
 */
function generalTermsChanges(old: DpaModel, next: DpaModel): FieldChange[] {
    const before = old.generalTerms;
    const after = next.generalTerms;
    if (!before || !after) return same(before, after) ? [] : [fieldChange('generalTerms', before, after)];
    return fieldChanges(before, after, { prefix: 'generalTerms.', skip: ['governingLawSource'] });
}

/**
 * One `notify` line of `compliance-assistance` as the `.dpa` file writes it, for describing a change of `notify`
 * ("notify without delay access-request, certificate-change"); undefined for any other value.
 */
export function notifyDutyWords(value: unknown): string | undefined {
    if (!isRecord(value) || typeof value.withoutDelay !== 'boolean' || !Array.isArray(value.triggers) || Object.keys(value).length !== 2) return undefined;
    return `notify${value.withoutDelay ? ' without delay' : ''} ${value.triggers.map(String).join(', ')}`;
}

/**
 * An inspection frequency cap as the `.dpa` file writes it, for describing a change of `inspections.frequencyCap`
 * ("at most once per 12 months unless after-breach"); undefined for any other value.
 */
export function frequencyCapWords(value: unknown): string | undefined {
    if (!isRecord(value) || typeof value.times !== 'number' || !isRecord(value.per) || !Array.isArray(value.exceptions)) return undefined;
    const per = value.per as { value?: unknown; unit?: unknown };
    if (typeof per.value !== 'number' || typeof per.unit !== 'string') return undefined;
    const times = value.times === 1 ? 'once' : `${String(value.times)} times`;
    const exceptions = value.exceptions.length > 0 ? ` unless ${value.exceptions.map(String).join(', ')}` : '';
    return `at most ${times} per ${String(per.value)} ${per.unit}${exceptions}`;
}
