import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { DpaInputError, firstInvalidUtf8Byte, formatDiagnostic, readDpaFile } from '@dpa-as-code/language';
import { CHANGE_AREA_TITLES, describeChange } from '@dpa-as-code/generators';
import { DPA_CHANGE_AREAS, diffModels, withoutSourceLocations, type DpaChange, type DpaChangeArea, type DpaModel } from '@dpa-as-code/model';
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
        const description = describeChange(change);
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
        lines.push('', `## ${CHANGE_AREA_TITLES[area]}`, '');
        for (const change of inArea) {
            const description = describeChange(change);
            lines.push(`- ${escapeMarkdown(description.headline)}`, ...description.details.map(detail => `  - ${escapeMarkdown(detail)}`));
        }
    }
    return lines.join('\n') + '\n';
}
