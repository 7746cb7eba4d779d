import { relative, sep } from 'node:path';
import { toDpaModel } from '@dpa-as-code/model';
import {
    allRules, checkSettings, countBySeverity, formatJson, formatSarif, formatText, lintModel, LintConfigError, readLintConfig,
    type FileLintReport, type RuleSetting
} from '@dpa-as-code/lint';
import { ExitCode, fail } from '../exit-codes.js';
import { loadForCli } from '../workspace.js';
import { CLI_VERSION } from '../version.js';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;

export interface LintOptions {
    format: typeof LINT_FORMATS[number];
    maxWarnings?: string;
    rule: string[];
    config?: string;
    listRules?: boolean;
}

/** `dpa lint FILE...`: Art. 28 findings with citations, as text, JSON or SARIF. */
export async function lintCommand(files: string[], options: LintOptions): Promise<number> {
    if (options.listRules) {
        for (const rule of allRules) {
            process.stdout.write(`${rule.id}  ${rule.defaultSeverity}  ${rule.citation.en}  ${rule.description}\n`);
        }
        return ExitCode.ok;
    }
    if (files.length === 0) return fail('dpa lint: name at least one .dpa file (or use --list-rules)', ExitCode.usage);
    const settings = resolveSettings(options);
    if (typeof settings === 'string') return fail(settings, ExitCode.usage);
    const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        return fail(`dpa lint: --max-warnings takes a whole number of 0 or more, not '${options.maxWarnings}'`, ExitCode.usage);
    }

    const reports: FileLintReport[] = [];
    let unreadable = false;
    for (const file of files) {
        const result = await loadForCli(file);
        if (!result.ok) {
            process.stderr.write(result.message + '\n');
            unreadable = true;
            continue;
        }
        const { loaded } = result;
        if (loaded.hasErrors) {
            const blocking = loaded.diagnostics.filter(d => d.severity === 'error')
                .map(d => ({ line: d.line, column: d.column, message: d.message, ...(d.code ? { code: d.code } : {}) }));
            reports.push({ file, blocking, findings: [], suppressed: [] });
            continue;
        }
        const model = toDpaModel(loaded.document.parseResult.value);
        const { findings, suppressed } = lintModel(model, { settings, sourceText: loaded.document.textDocument.getText() });
        reports.push({ file, blocking: [], findings, suppressed });
    }

    switch (options.format) {
        case 'text': process.stdout.write(formatText(reports)); break;
        case 'json': process.stdout.write(formatJson(reports)); break;
        case 'sarif': process.stdout.write(formatSarif(reports, { toolVersion: CLI_VERSION, toUri: toRepositoryUri })); break;
    }
    if (unreadable) return ExitCode.usage;
    const { errors, warnings } = countBySeverity(reports);
    if (errors > 0) return ExitCode.findings;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        return fail(`dpa lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}`, ExitCode.findings);
    }
    return ExitCode.ok;
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

/** SARIF consumers (GitHub code scanning) expect forward slashes relative to the checkout. */
function toRepositoryUri(file: string): string {
    return relative(process.cwd(), file).split(sep).join('/');
}
