import { Command, CommanderError, Option, type OutputConfiguration } from 'commander';
import { processIo, type CliIo } from './cli-io.js';
import { ExitCode } from './exit-codes.js';
import type { DiffOptions } from './commands/diff.js';
import type { FormatOptions } from './commands/format.js';
import type { GenerateOptions } from './commands/generate.js';
import type { InitOptions } from './commands/init.js';
import type { LintOptions } from './commands/lint.js';
import type { NoticeOptions } from './commands/notice.js';
import { CLI_VERSION } from './version.js';

// Start-up time: a command's module (and with it the parser, the rules or the renderers) is imported
// only when that command runs, so `dpa --version` loads no parser and validate/lint load no contract
// renderer. The bundle (esbuild.mjs) puts each command into its own chunk; nothing here may import a
// command module or a workspace package statically.
interface CommandModules {
    validate?: typeof import('./commands/validate.js');
    lint?: typeof import('./commands/lint.js');
    generate?: typeof import('./commands/generate.js');
    init?: typeof import('./commands/init.js');
    diff?: typeof import('./commands/diff.js');
    notice?: typeof import('./commands/notice.js');
}

/** The module of the command named on the command line (or in `dpa help NAME`): its option choices are needed before parsing. */
async function loadRequestedCommand(argv: readonly string[]): Promise<CommandModules> {
    const words = argv.slice(2).filter(word => !word.startsWith('-'));
    switch (words[0] === 'help' ? words[1] : words[0]) {
        case 'validate': return { validate: await import('./commands/validate.js') };
        case 'lint': return { lint: await import('./commands/lint.js') };
        case 'generate': return { generate: await import('./commands/generate.js') };
        case 'init': return { init: await import('./commands/init.js') };
        case 'diff': return { diff: await import('./commands/diff.js') };
        case 'notice': return { notice: await import('./commands/notice.js') };
        default: return {};
    }
}

/** Choices are listed for the command that runs; the other commands are never parsed, so they need none. */
function withChoices(option: Option, choices: readonly string[] | undefined): Option {
    return choices ? option.choices(choices) : option;
}

function buildProgram(io: CliIo, modules: CommandModules, setExitCode: (code: number) => void): Command {
    const program = new Command('dpa')
        .configureOutput(outputTo(io))
        .description('Validate GDPR Art. 28 Data Processing Agreements written as .dpa files and generate the JSON model or the contract (Markdown, HTML, DOCX, PDF).\nThe output supports legal review; it is not legal advice.')
        .version(CLI_VERSION)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();

    program.command('validate')
        .description('check .dpa files for syntax and reference errors; prints file:line:col: severity: message')
        .argument('<files...>', '.dpa files to check')
        .action(async (files: string[]) => { setExitCode(await (modules.validate ?? await import('./commands/validate.js')).validateCommand(files, io)); });

    program.command('generate')
        .description('generate the JSON model, the contract (Markdown, HTML, DOCX, PDF) or the published sub-processor list from .dpa files into a directory; nothing is written if a file has errors')
        .argument('<files...>', '.dpa files or glob patterns')
        .addOption(withChoices(new Option('-f, --format <format>', 'output format'), modules.generate?.FORMATS).makeOptionMandatory())
        .addOption(withChoices(new Option('-l, --lang <lang>', 'contract language; de+en: the German text, then the English text, in one file (default: one file per language the agreement declares)'), modules.generate?.LANGUAGE_CHOICES))
        .addOption(withChoices(new Option('--layout <layout>', 'sequential: one language after the other; side-by-side: German and English in two columns'), modules.generate?.LAYOUTS).default('sequential'))
        .option('--history', 'with --format subprocessors: also an Atom feed of sub-processor changes over the file\'s git revisions')
        .requiredOption('-o, --out <dir>', 'output directory (created if missing)')
        .action(async (files: string[], options: GenerateOptions) => { setExitCode(await (modules.generate ?? await import('./commands/generate.js')).generateCommand(files, options, io)); });

    program.command('lint')
        .description('check .dpa files against GDPR Art. 28 and related rules; prints findings with the article cited')
        .argument('[files...]', '.dpa files to lint')
        .addOption(withChoices(new Option('-f, --format <format>', 'output format'), modules.lint?.LINT_FORMATS).default('text'))
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
        .option('--rule <id=setting>', 'set a rule to off, warn or error (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
        .option('-c, --config <file>', 'JSON file with rule settings: { "rules": { "RULE-ID": "off" } }')
        .option('--list-rules', 'list every rule with its severity and citation')
        .option('--fix', 'apply the safe fixes to the files (keeping comments and layout), then report what remains')
        .option('--fix-dry-run', 'print the unified diff the safe fixes would make, without writing')
        .addHelpText('after', '\nRule links point at the rule pages shipped with dpa; set DPA_DOCS_URL to the address of a published copy (npm run docs) to link there.')
        .action(async (files: string[], options: LintOptions) => { setExitCode(await (modules.lint ?? await import('./commands/lint.js')).lintCommand(files, options, io)); });

    program.command('format')
        .description('rewrite .dpa files in the standard layout (as the editor formats them), keeping every comment')
        .argument('<files...>', '.dpa files or glob patterns')
        .option('--check', 'write nothing; list the files that would change and exit 1 if there are any')
        .action(async (files: string[], options: FormatOptions) => { setExitCode(await (await import('./commands/format.js')).formatCommand(files, options, io)); });

    program.command('init')
        .description('write a starter .dpa file that passes `dpa lint`, from a few answers given as options')
        .option('--processor <name>', 'the processor\'s name', 'Example Processor GmbH')
        .option('--controller <name>', 'the controller\'s name', 'Example Controller GmbH')
        .option('--country <code>', 'the processor\'s country (ISO 3166 code)', 'DE')
        .addOption(withChoices(new Option('-l, --lang <lang>', 'languages of the agreement'), modules.init?.INIT_LANGUAGES).default('en'))
        .option('--scc', 'the agreement uses the standard contractual clauses of Decision (EU) 2021/915')
        .option('-o, --out <file>', 'the file to write', 'agreement.dpa')
        .option('--force', 'replace the file if it exists')
        .action(async (options: InitOptions) => { setExitCode((modules.init ?? await import('./commands/init.js')).initCommand(options, io)); });

    program.command('diff')
        .description('list the changes between two versions of an agreement (sub-processors, obligations, SCC options, measures, parties, processing); layout and comments are not changes')
        .argument('<files...>', 'OLD NEW, or one file with --from REV')
        .option('--from <rev>', 'compare FILE with its version in this git revision (e.g. HEAD, main, v1.2)')
        .addOption(withChoices(new Option('-f, --format <format>', 'output format'), modules.diff?.DIFF_FORMATS).default('text'))
        .option('--fail-on <areas>', 'exit 1 when there are changes in these areas (comma-separated: sub-processors, obligations, scc, measures, parties, processing, agreement)')
        .action(async (files: string[], options: DiffOptions) => { setExitCode(await (modules.diff ?? await import('./commands/diff.js')).diffCommand(files, options, io)); });

    program.command('notice')
        .description('write the notice of sub-processor changes between two versions of an agreement (or, without a general authorisation, the request for a specific one), with effective date and objection deadline')
        .argument('<old>', 'the agreement in force')
        .argument('<new>', 'the agreement with the changes')
        .requiredOption('--date <YYYY-MM-DD>', 'the date of the notice; periods are counted from the next day')
        .addOption(withChoices(new Option('-l, --lang <lang>', 'language of the notice; de+en: German, then English (default: the agreement\'s languages)'), modules.notice?.NOTICE_LANGUAGES))
        .addOption(withChoices(new Option('-f, --format <format>', 'output format'), modules.notice?.NOTICE_FORMATS).default('markdown'))
        .option('--urgent', 'an exceptional case: use the agreement\'s emergency notice period')
        .option('-o, --out <file>', 'write the notice to this file instead of standard output')
        .action(async (oldFile: string, newFile: string, options: NoticeOptions) => { setExitCode(await (modules.notice ?? await import('./commands/notice.js')).noticeCommand(oldFile, newFile, options, io)); });

    program.commands.forEach(command => command.exitOverride().showHelpAfterError('(run with --help for usage)'));
    return program;
}

/** Commander's help and usage errors go to the given streams; colours and width only for a real terminal. */
function outputTo(io: CliIo): OutputConfiguration {
    const isProcess = io.stdout === process.stdout;
    return {
        writeOut: text => { io.stdout.write(text); },
        writeErr: text => { io.stderr.write(text); },
        ...(isProcess ? {} : { getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false })
    };
}

/**
 * Runs the CLI on `argv` (as process.argv: node, script, arguments...) and returns the exit code.
 * All output goes through `io`; it never exits the process and never lets a stack trace reach the user.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
    let exitCode: number = ExitCode.ok;
    try {
        const program = buildProgram(io, await loadRequestedCommand(argv), code => { exitCode = code; });
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here with code 0; usage errors were already printed.
            return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
        }
        io.stderr.write(`dpa: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return ExitCode.usage;
    }
}
