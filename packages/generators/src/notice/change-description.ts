import {
    frequencyCapWords, notifyDutyWords, withoutSourceLocations,
    type DpaChange, type DpaChangeArea, type FieldChange, type LocalizedText, type Measure, type MeasureParagraph, type Service, type ServiceChange
} from '@dpa-as-code/model';

/**
 * One typed change between two versions of an agreement (`diffModels`) in plain English words, shared by
 * `dpa diff` (text and Markdown) and the editor's "Compare with Previous Version", so both say the same.
 * This is a reviewer's summary, not contract text: it is not in the bilingual clause library.
 */

/** The headings of the change areas, in the order of `DPA_CHANGE_AREAS`. */
export const CHANGE_AREA_TITLES: Readonly<Record<DpaChangeArea, string>> = {
    'sub-processors': 'Sub-processors',
    obligations: 'Obligations',
    scc: 'Standard contractual clauses (2021/915)',
    measures: 'Technical and organisational measures',
    parties: 'Parties',
    processing: 'Processing details',
    agreement: 'Agreement'
};

/** A change as one headline and the lines of detail under it: plain text, which each output format escapes. */
export interface ChangeDescription {
    /** `+` added, `-` removed, `~` changed. */
    sign: '+' | '-' | '~';
    headline: string;
    details: string[];
}

export function describeChange(change: DpaChange): ChangeDescription {
    switch (change.kind) {
        case 'sub-processor-added':
            return { sign: '+', headline: `sub-processor ${subProcessorName(change.subProcessor)} added`, details: change.subProcessor.services.map(serviceSummary) };
        case 'sub-processor-removed':
            return { sign: '-', headline: `sub-processor ${subProcessorName(change.subProcessor)} removed`, details: [] };
        case 'sub-processor-changed':
            return {
                sign: '~',
                headline: `sub-processor ${subProcessorName(change.after)} changed${change.renamed ? ` (was ${change.before.id})` : ''}`,
                details: [...change.fields.map(fieldLine), ...change.services.flatMap(serviceChangeLines)]
            };
        case 'obligation-added':
            return { sign: '+', headline: `obligation ${change.obligation.kind} added`, details: [] };
        case 'obligation-removed':
            return { sign: '-', headline: `obligation ${change.obligation.kind} removed`, details: [] };
        case 'obligation-changed':
            return { sign: '~', headline: `obligation ${change.obligationKind} changed`, details: change.fields.map(fieldLine) };
        case 'scc-added':
            return { sign: '+', headline: `standard contractual clauses ${change.scc.decision} incorporated`, details: change.scc.options.map(option => `clause ${option.clause}: ${sccOptionText(option)}`) };
        case 'scc-removed':
            return { sign: '-', headline: `standard contractual clauses ${change.scc.decision} no longer incorporated`, details: [] };
        case 'scc-option-changed':
            return {
                sign: change.before === undefined ? '+' : change.after === undefined ? '-' : '~',
                headline: `SCC clause ${change.clause}: ${change.before ? sccOptionText(change.before) : 'no option'} → ${change.after ? sccOptionText(change.after) : 'no option'}`,
                details: []
            };
        case 'scc-changed':
            return { sign: '~', headline: 'standard contractual clauses changed', details: change.fields.map(fieldLine) };
        case 'measures-changed':
            return { sign: '~', headline: 'measures changed', details: change.fields.map(fieldLine) };
        case 'measure-group-added':
        case 'measure-group-removed':
            return {
                sign: change.kind === 'measure-group-added' ? '+' : '-',
                headline: `measure group ${[...change.groupPath, change.group.id].join(' › ')}${change.group.section ? ` (${change.group.section})` : ''} ${change.kind === 'measure-group-added' ? 'added' : 'removed'}`,
                details: [`title: ${valueText(change.group.title)}`]
            };
        case 'measure-group-changed':
            return { sign: '~', headline: `measure group ${[...change.groupPath, change.group.id].join(' › ')} changed`, details: change.fields.map(fieldLine) };
        case 'measure-added':
        case 'measure-removed':
            return {
                sign: change.kind === 'measure-added' ? '+' : '-',
                headline: `${measureName(change.measure)} in ${groupPathText(change.groupPath)} ${change.kind === 'measure-added' ? 'added' : 'removed'}`,
                details: [valueText(change.measure.text)]
            };
        case 'measure-changed':
            return { sign: '~', headline: `${measureName(change.after)} in ${groupPathText(change.groupPath)} changed`, details: change.fields.map(fieldLine) };
        case 'party-added':
            return { sign: '+', headline: `party ${change.party.id} (${change.party.role}) added`, details: [] };
        case 'party-removed':
            return { sign: '-', headline: `party ${change.party.id} (${change.party.role}) removed`, details: [] };
        case 'party-changed':
            return { sign: '~', headline: `party ${change.after.id} (${change.after.role}) changed`, details: change.fields.map(fieldLine) };
        case 'processing-changed':
            return { sign: '~', headline: 'processing details changed', details: change.fields.map(fieldLine) };
        case 'agreement-changed':
            return { sign: '~', headline: 'agreement changed', details: change.fields.map(fieldLine) };
    }
}

function subProcessorName(subProcessor: { id: string; legalName?: string; country?: string }): string {
    const facts = [subProcessor.legalName, subProcessor.country].filter((fact): fact is string => fact !== undefined);
    return facts.length > 0 ? `${subProcessor.id} (${facts.join(', ')})` : subProcessor.id;
}

function serviceSummary(service: Service): string {
    const facts = [
        service.noPersonalData ? 'no personal data' : service.allData ? 'data: all' : `data: ${service.data.join(', ')}`,
        ...(service.function ? [`function: ${service.function}`] : []),
        ...(service.location ? [`located: ${valueText(service.location)}`] : []),
        ...(service.transfer ? [`transfer: ${valueText(service.transfer)}`] : []),
        ...(service.hostedBy ? [`hosted by: ${service.hostedBy}`] : [])
    ];
    return `service ${valueText(service.purpose)}: ${facts.join('; ')}`;
}

function serviceChangeLines(change: ServiceChange): string[] {
    switch (change.kind) {
        case 'service-added': return [`+ ${serviceSummary(change.service)}`];
        case 'service-removed': return [`- service ${valueText(change.service.purpose)}`];
        case 'service-changed': return change.fields.map(field => `~ service ${valueText(change.after.purpose)}: ${fieldLine(field)}`);
    }
}

function sccOptionText(option: { option: number; period?: unknown; see?: unknown }): string {
    return `option ${String(option.option)}${option.period !== undefined ? `, ${valueText(option.period)}` : ''}${option.see !== undefined ? `, see ${valueText(option.see)}` : ''}`;
}

function measureName(measure: Measure | MeasureParagraph): string {
    return measure.kind === 'measure' ? `measure${measure.section ? ` ${measure.section}` : ''}` : 'paragraph';
}

function groupPathText(groupPath: string[]): string {
    return groupPath.length > 0 ? groupPath.join(' › ') : 'the measures';
}

function fieldLine(field: FieldChange): string {
    if (field.before === undefined) return `${field.path}: ${valueText(field.after)} (added)`;
    if (field.after === undefined) return `${field.path}: ${valueText(field.before)} (removed)`;
    return `${field.path}: ${valueText(field.before)} → ${valueText(field.after)}`;
}

const TEXT_KEYS = new Set(['neutral', 'de', 'en']);

/** A model value in a few words: texts quoted (English, else neutral, else German), periods as "30 days", lists joined. */
function valueText(value: unknown): string {
    if (value === undefined || value === null) return '(not stated)';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(valueText).join(', ');
    const record = withoutSourceLocations(value) as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length > 0 && keys.every(key => TEXT_KEYS.has(key))) {
        const text = record as LocalizedText;
        return `"${text.en ?? text.neutral ?? text.de ?? ''}"`;
    }
    if (typeof record.value === 'number' && typeof record.unit === 'string' && keys.length === 2) return `${String(record.value)} ${record.unit}`;
    if (typeof record.regionDependent === 'boolean') return record.regionDependent ? 'depends on the region chosen' : valueText(record.countries);
    if (typeof record.kind === 'string' && typeof record.module === 'number') return `${record.kind} module ${String(record.module)}`;
    if (typeof record.kind === 'string' && keys.every(key => key === 'kind' || key === 'stated')) return record.kind;
    const cap = frequencyCapWords(record);
    if (cap !== undefined) return cap;
    const notice = notifyDutyWords(record);
    if (notice !== undefined) return notice;
    return JSON.stringify(record);
}
