import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { onLargeParse } from '@dpa-as-code/language';
import {
    allRules, checkSettings, countBySeverity, DOCS_URL_ENV, fixUntilStable, formatJson, formatSarif, formatText, LintConfigError, readLintConfig, setDocsBaseUrl,
    ruleDocsUrl, type FileLintReport, type RuleSetting, type TextFormatOptions
} from '@dpa-as-code/lint';
import { writeFixedFile, readFixableFile } from '../lint-fix-files.js';
import { unifiedDiff } from '../unified-diff.js';
import { isTerminal, useColour, type CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { fileBeside } from '@dpa-as-code/compiler';
import { compileTextForCli, lintForCli } from '../workspace.js';
import { expandFileArguments } from '../file-arguments.js';
import { CLI_VERSION } from '../version.js';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;

export interface LintOptions {
    format: typeof LINT_FORMATS[number];
    maxWarnings?: string;
    rule: string[];
    config?: string;
    listRules?: boolean;
    /** Apply the safe fixes to the files, then report what remains. */
    fix?: boolean;
    /** Print the diff the safe fixes would make, writing nothing. */
    fixDryRun?: boolean;
}

/** At most this many rounds of lint, fix, lint again (a fix can make another one possible). */
const MAX_FIX_PASSES = 10;

/** `dpa lint FILE...`: Art. 28 findings with citations, as text, JSON or SARIF. */
export async function lintCommand(files: string[], options: LintOptions, io: CliIo): Promise<number> {
    // Rule links point at the documentation shipped with the CLI unless DPA_DOCS_URL names a published copy.
    const docsProblem = setDocsBaseUrl(io.env[DOCS_URL_ENV]);
    if (docsProblem) return fail(io, `dpa lint: ${docsProblem}`, ExitCode.usage);
    if (options.listRules) return listRules(options.format, io);
    if (files.length === 0) return fail(io, 'dpa lint: name at least one .dpa file (or use --list-rules)', ExitCode.usage);
    const expanded = expandFileArguments(files, io.cwd);
    if (!expanded.ok) return fail(io, `dpa lint: ${expanded.message}`, ExitCode.usage);
    files = expanded.files;
    const settings = resolveSettings(options);
    if (typeof settings === 'string') return fail(io, settings, ExitCode.usage);
    const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        return fail(io, `dpa lint: --max-warnings takes a whole number of 0 or more, not '${options.maxWarnings}'`, ExitCode.usage);
    }

    const collectGarbage = collectGarbageAfterLargeParses();
    const reports: FileLintReport[] = [];
    let unreadable = false;
    if (options.fix && options.fixDryRun) return fail(io, 'dpa lint: use --fix or --fix-dry-run, not both', ExitCode.usage);
    if (options.fixDryRun) return fixDryRun(files, settings, io);
    for (const file of files) {
        if (options.fix) {
            const problem = await fixFile(file, settings, io);
            if (problem) {
                io.stderr.write(problem + '\n');
                unreadable = true;
                continue;
            }
        }
        const result = await lintForCli(file, settings, io.cwd, collectGarbage);
        if (!result.ok) {
            io.stderr.write(result.message + '\n');
            unreadable = true;
            continue;
        }
        // The compile step decides, for the editor too: errors of the language are reported as blocking;
        // the rules run whenever a model could be built (no syntax or reference errors).
        const { blocking, lint } = result;
        // A cover's template and the lists a file uses report under their own names.
        const reportFor = (name: string): FileLintReport => {
            let report = reports.find(candidate => candidate.file === name);
            if (!report) reports.push(report = { file: name, blocking: [], findings: [], suppressed: [] });
            return report;
        };
        reportFor(file);
        for (const d of blocking) reportFor(d.file).blocking.push({ line: d.line, column: d.column, message: d.message, ...(d.code ? { code: d.code } : {}) });
        for (const finding of lint?.findings ?? []) reportFor(finding.file === undefined ? file : fileBeside(file, finding.file)).findings.push(finding);
        for (const finding of lint?.suppressed ?? []) reportFor(finding.file === undefined ? file : fileBeside(file, finding.file)).suppressed.push(finding);
    }

    switch (options.format) {
        case 'text': io.stdout.write(formatText(reports, textOptions(io))); break;
        case 'json': io.stdout.write(formatJson(reports)); break;
        case 'sarif': io.stdout.write(formatSarif(reports, { toolVersion: CLI_VERSION, toUri: file => toRepositoryUri(file, io.cwd) })); break;
    }
    if (unreadable) return ExitCode.usage;
    const { errors, warnings } = countBySeverity(reports);
    if (errors > 0) return ExitCode.findings;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        return fail(io, `dpa lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}`, ExitCode.findings);
    }
    return ExitCode.ok;
}

/**
 * The safe fixes of one file, applied until none is left (or MAX_FIX_PASSES), keeping everything
 * else (comments, layout, line ends) as written. Undefined when the file could be read, or else the message.
 */
async function fixedText(file: string, settings: Record<string, RuleSetting>, io: CliIo) {
    const read = readFixableFile(file, io.cwd);
    if (!read.ok) return read;
    const original = await compileTextForCli(read.text, file, { lint: { settings } });
    const blockingBefore = original.blocking.length;
    // A pass whose text stops compiling, or compiles with more errors of the language, is not kept.
    const run = await fixUntilStable(read.text, async text => {
        const compiled = text === read.text ? original : await compileTextForCli(text, file, { lint: { settings } });
        return compiled.lint && compiled.blocking.length <= blockingBefore ? compiled.lint.findings : undefined;
    }, MAX_FIX_PASSES);
    return { ok: true as const, read, run };
}

/** `--fix`: writes the fixed file (all at once) and says how many fixes it applied. */
async function fixFile(file: string, settings: Record<string, RuleSetting>, io: CliIo): Promise<string | undefined> {
    const fixed = await fixedText(file, settings, io);
    if (!fixed.ok) return fixed.message;
    if (fixed.run.fixed === 0) return undefined;
    const written = writeFixedFile(fixed.read, fixed.run.text);
    if (written) return `dpa lint: ${file}: ${written}`;
    io.stderr.write(`${file}: ${fixed.run.fixed} fix${fixed.run.fixed === 1 ? '' : 'es'} applied\n`);
    return undefined;
}

/** `--fix-dry-run`: the unified diff of every file the safe fixes would change; nothing is written. */
async function fixDryRun(files: string[], settings: Record<string, RuleSetting>, io: CliIo): Promise<number> {
    let unreadable = false;
    for (const file of files) {
        const fixed = await fixedText(file, settings, io);
        if (!fixed.ok) {
            io.stderr.write(fixed.message + '\n');
            unreadable = true;
            continue;
        }
        if (fixed.run.fixed === 0) continue;
        io.stdout.write(unifiedDiff(fixed.read.text, fixed.run.text, `a/${file}`, `b/${file}`));
        io.stderr.write(`${file}: ${fixed.run.fixed} fix${fixed.run.fixed === 1 ? '' : 'es'} would be applied\n`);
    }
    return unreadable ? ExitCode.usage : ExitCode.ok;
}

/**
 * A full garbage collection after each parse of a large file (over about 50,000 lines), so the parser's
 * token list is freed before the rules run instead of adding to the peak (50 MB of it at 10,000
 * sub-processors, for about 0.2 s of CPU). Node offers `gc` only behind a flag, set here (as Jest does
 * for `--logHeapUsage`); without it only the peak is higher. Returns `gc` for the collection after the
 * parsed documents are let go (`lintForCli`).
 */
function collectGarbageAfterLargeParses(): (() => void) | undefined {
    try {
        setFlagsFromString('--expose-gc');
        const collect = runInNewContext('gc') as () => void;
        onLargeParse(collect);
        return collect;
    } catch {
        onLargeParse(undefined);
        return undefined;
    }
}

/** `--list-rules`: one line per rule, or with `--format json` an array for scripts. */
function listRules(format: LintOptions['format'], io: CliIo): number {
    if (format === 'sarif') return fail(io, 'dpa lint: --list-rules prints text or json, not sarif (a SARIF log lists the rules of a run)', ExitCode.usage);
    if (format === 'json') {
        const rules = allRules.map(rule => ({
            id: rule.id, kind: rule.kind, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable === true, hasSuggestions: rule.hasSuggestions === true,
            citation: rule.citation, description: rule.description, docs: ruleDocsUrl(rule.id)
        }));
        io.stdout.write(JSON.stringify(rules, null, 2) + '\n');
        return ExitCode.ok;
    }
    for (const rule of allRules) {
        io.stdout.write(`${rule.id}  ${rule.defaultSeverity}  ${rule.citation.en}  ${rule.description}\n`);
    }
    return ExitCode.ok;
}

/** Colour and wrapping for people at a terminal; plain, one line per message, for logs and pipes. */
function textOptions(io: CliIo): TextFormatOptions {
    const columns = (io.stdout as { columns?: number }).columns;
    return { colour: useColour(io.stdout, io.env), ...(isTerminal(io.stdout) && columns ? { width: columns } : {}) };
}

/** Config file first, then --rule options, which win. Returns an error message on bad input. */
function resolveSettings(options: LintOptions): Record<string, RuleSetting> | string {
    let settings: Record<string, RuleSetting> = {};
    if (options.config) {
        try {
            settings = { ...readLintConfig(options.config).rules };
        } catch (error) {
            if (error instanceof LintConfigError) return error.message;
            throw error;
        }
    }
    for (const entry of options.rule) {
        const match = /^([\w-]+)=(.*)$/.exec(entry);
        if (!match) return `dpa lint: --rule takes ID=off|warn|error, not '${entry}'`;
        const problems = checkSettings({ [match[1]]: match[2] }, '--rule');
        if (problems.length > 0) return problems[0];
        settings[match[1]] = match[2] as RuleSetting;
    }
    return settings;
}

/**
 * SARIF consumers (GitHub code scanning) expect paths relative to the checkout with forward slashes
 * (the SARIF formatter percent-encodes them); a file on another drive gets an absolute `file:` URI.
 */
function toRepositoryUri(file: string, cwd: string): string {
    const path = relative(cwd, resolve(cwd, file));
    return isAbsolute(path) ? pathToFileURL(resolve(cwd, file)).href : path.split(sep).join('/');
}
