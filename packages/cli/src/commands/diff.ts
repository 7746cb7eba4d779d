import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { DpaInputError, firstInvalidUtf8Byte, formatDiagnostic, readDpaFile } from '@dpa-as-code/language';
import {
    DPA_CHANGE_AREAS, diffModels, frequencyCapWords, notifyDutyWords, withoutSourceLocations,
    type DpaChange, type DpaChangeArea, type DpaModel, type FieldChange, type LocalizedText, type Measure, type MeasureParagraph, type Service, type ServiceChange
} from '@dpa-as-code/model';
import type { CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { compileTextForCli } from '../workspace.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

export interface DiffOptions {
    format?: DiffFormat;
    from?: string;
    /** Comma-separated change areas (`sub-processors,obligations`) that make the command exit 1. */
    failOn?: string;
}

/** A version of the agreement to compare: its text and how the output names it. */
interface Version {
    label: string;
    text: string;
    /** Where the file lives: the sub-processor lists or template it names are read relative to it (from the working tree). */
    path: string;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `dpa diff OLD NEW` / `dpa diff FILE --from REV`: the typed changes between two versions of an agreement
 * (sub-processors, obligations, SCC options, measures, parties, processing details, the rest), compared on
 * the model, so layout and comments never count. Exit 1 only for changes in a `--fail-on` area; 2 for
 * wrong usage, unreadable input or a version with errors.
 */
export async function diffCommand(files: string[], options: DiffOptions, io: CliIo): Promise<number> {
    const failOn = parseFailOn(options.failOn);
    if (!failOn.ok) return fail(io, `dpa diff: ${failOn.message}`, ExitCode.usage);
    const versions = readVersions(files, options.from, io);
    if (!versions.ok) return fail(io, `dpa diff: ${versions.message}`, ExitCode.usage);
    const [oldVersion, newVersion] = versions.value;

    const oldModel = await modelOf(oldVersion, io);
    if (!oldModel) return ExitCode.usage;
    const newModel = await modelOf(newVersion, io);
    if (!newModel) return ExitCode.usage;

    const changes = diffModels(oldModel, newModel);
    const format = options.format ?? 'text';
    const render = format === 'json' ? renderJson : format === 'markdown' ? renderMarkdown : renderText;
    io.stdout.write(render(changes, oldVersion.label, newVersion.label));
    return changes.some(change => failOn.value.has(change.area)) ? ExitCode.findings : ExitCode.ok;
}

function parseFailOn(value: string | undefined): Loaded<Set<DpaChangeArea>> {
    if (value === undefined) return { ok: true, value: new Set() };
    const areas = value.split(',').map(area => area.trim()).filter(area => area !== '');
    const unknown = areas.filter(area => !(DPA_CHANGE_AREAS as readonly string[]).includes(area));
    if (unknown.length > 0 || areas.length === 0) {
        return { ok: false, message: `--fail-on takes a comma-separated list of ${DPA_CHANGE_AREAS.join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}` };
    }
    return { ok: true, value: new Set(areas as DpaChangeArea[]) };
}

// ---------------------------------------------------------------- reading the two versions

function readVersions(files: string[], from: string | undefined, io: CliIo): Loaded<[Version, Version]> {
    if (from === undefined) {
        if (files.length !== 2) return { ok: false, message: 'give two files (OLD NEW), or one file and --from REV' };
        const [oldFile, newFile] = files as [string, string];
        const oldText = readWorkingFile(oldFile, io);
        if (!oldText.ok) return oldText;
        const newText = readWorkingFile(newFile, io);
        if (!newText.ok) return newText;
        return { ok: true, value: [
            { label: oldFile, text: oldText.value, path: resolve(io.cwd, oldFile) }, { label: newFile, text: newText.value, path: resolve(io.cwd, newFile) }
        ] };
    }
    if (files.length !== 1) return { ok: false, message: 'with --from REV give exactly one file (compared with its version in REV)' };
    const file = files[0];
    const current = readWorkingFile(file, io);
    if (!current.ok) return current;
    const previous = readFromGit(file, from, io);
    if (!previous.ok) return previous;
    const path = resolve(io.cwd, file);
    return { ok: true, value: [{ label: `${from}:${file}`, text: previous.value, path }, { label: file, text: current.value, path }] };
}

/** Reads a file as every `dpa` command does (strict UTF-8): one message on failure. */
function readWorkingFile(file: string, io: CliIo): Loaded<string> {
    try {
        return { ok: true, value: readDpaFile(resolve(io.cwd, file)) };
    } catch (error) {
        if (error instanceof DpaInputError) return { ok: false, message: `${file}: ${error.reason}` };
        throw error;
    }
}

class UnreadableInput extends Error {}

/** Strict UTF-8, as `dpa` reads every file; a byte order mark is dropped. */
function decodeDpaBytes(bytes: Buffer): string {
    const invalidAt = firstInvalidUtf8Byte(bytes);
    if (invalidAt >= 0) throw new UnreadableInput(`not valid UTF-8 (byte at offset ${String(invalidAt)}); save the file as UTF-8`);
    const text = bytes.toString('utf8');
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The file's content in a git revision (`git show REV:./NAME` run in the file's directory). */
function readFromGit(file: string, revision: string, io: CliIo): Loaded<string> {
    const path = resolve(io.cwd, file);
    const cwd = dirname(path);
    const git = (args: string[]) => spawnSync('git', args, { cwd, env: io.env, maxBuffer: 64 * 1024 * 1024 });
    const inside = git(['rev-parse', '--is-inside-work-tree']);
    if (inside.error) return { ok: false, message: `cannot run git (${(inside.error as NodeJS.ErrnoException).code ?? inside.error.message}); --from needs git` };
    if (inside.status !== 0) return { ok: false, message: `${file} is not in a git repository, so --from ${revision} cannot be read` };
    if (revision.startsWith('-')) return { ok: false, message: `${revision} is not a git revision` };
    const commit = git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
    if (commit.status !== 0) return { ok: false, message: `${revision} is not a revision of the git repository of ${file}` };
    const shown = git(['show', `${revision}:./${basename(path)}`]);
    if (shown.status !== 0) return { ok: false, message: `${file} does not exist in revision ${revision}` };
    try {
        return { ok: true, value: decodeDpaBytes(shown.stdout) };
    } catch (error) {
        if (error instanceof UnreadableInput) return { ok: false, message: `${revision}:${file}: ${error.message}` };
        throw error;
    }
}

/** The model of a version; errors go to stderr and give `undefined` (nothing is compared). */
async function modelOf(version: Version, io: CliIo): Promise<DpaModel | undefined> {
    const compiled = await compileTextForCli(version.text, version.label, { lint: false, path: version.path });
    if (compiled.blocking.length > 0 || !compiled.model) {
        for (const diagnostic of compiled.blocking) io.stderr.write(formatDiagnostic(diagnostic) + '\n');
        io.stderr.write(`dpa diff: ${version.label} has errors; nothing compared\n`);
        return undefined;
    }
    return compiled.model;
}

// ---------------------------------------------------------------- describing changes

const AREA_TITLES: Record<DpaChangeArea, string> = {
    'sub-processors': 'Sub-processors',
    obligations: 'Obligations',
    scc: 'Standard contractual clauses (2021/915)',
    measures: 'Technical and organisational measures',
    parties: 'Parties',
    processing: 'Processing details',
    agreement: 'Agreement'
};

/** A change as one headline and the lines of detail under it (plain text; the Markdown renderer escapes it). */
interface ChangeDescription {
    sign: '+' | '-' | '~';
    headline: string;
    details: string[];
}

function describe(change: DpaChange): ChangeDescription {
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

// ---------------------------------------------------------------- output formats

function counts(changes: readonly DpaChange[]): Partial<Record<DpaChangeArea, number>> {
    const result: Partial<Record<DpaChangeArea, number>> = {};
    for (const change of changes) result[change.area] = (result[change.area] ?? 0) + 1;
    return result;
}

function summary(changes: readonly DpaChange[]): string {
    if (changes.length === 0) return 'no changes';
    const parts = Object.entries(counts(changes)).map(([area, count]) => `${area} ${String(count)}`);
    return `${String(changes.length)} change${changes.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function renderText(changes: readonly DpaChange[], oldLabel: string, newLabel: string): string {
    const lines = [`${oldLabel} → ${newLabel}: ${summary(changes)}`];
    for (const change of changes) {
        const description = describe(change);
        lines.push(`${description.sign} ${description.headline}`, ...description.details.map(detail => `    ${detail}`));
    }
    return lines.join('\n') + '\n';
}

function renderJson(changes: readonly DpaChange[], oldLabel: string, newLabel: string): string {
    return JSON.stringify({ old: oldLabel, new: newLabel, counts: counts(changes), changes: withoutSourceLocations(changes) }, null, 2) + '\n';
}

/** Markdown's special characters in text taken from the files. */
function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>#|~]/g, character => `\\${character}`);
}

function renderMarkdown(changes: readonly DpaChange[], oldLabel: string, newLabel: string): string {
    const lines = ['# Changes to the data processing agreement', '', `From \`${oldLabel.replace(/`/g, "'")}\` to \`${newLabel.replace(/`/g, "'")}\`: ${summary(changes)}.`];
    for (const area of DPA_CHANGE_AREAS) {
        const inArea = changes.filter(change => change.area === area);
        if (inArea.length === 0) continue;
        lines.push('', `## ${AREA_TITLES[area]}`, '');
        for (const change of inArea) {
            const description = describe(change);
            lines.push(`- ${escapeMarkdown(description.headline)}`, ...description.details.map(detail => `  - ${escapeMarkdown(detail)}`));
        }
    }
    return lines.join('\n') + '\n';
}
