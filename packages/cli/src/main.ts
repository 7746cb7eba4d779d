import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './exit-codes.js';
import { validateCommand } from './commands/validate.js';
import { FORMATS, generateCommand, LANGUAGE_CHOICES, LAYOUTS, type GenerateOptions } from './commands/generate.js';
import { LINT_FORMATS, lintCommand, type LintOptions } from './commands/lint.js';
import { CLI_VERSION } from './version.js';

function buildProgram(setExitCode: (code: number) => void): Command {
    const program = new Command('dpa')
        .description('Validate GDPR Art. 28 Data Processing Agreements written as .dpa files and generate the JSON model or the contract (Markdown, HTML, DOCX, PDF).\nThe output supports legal review; it is not legal advice.')
        .version(CLI_VERSION)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();

    program.command('validate')
        .description('check .dpa files for syntax and reference errors; prints file:line:col: severity: message')
        .argument('<files...>', '.dpa files to check')
        .action(async (files: string[]) => setExitCode(await validateCommand(files)));

    program.command('generate')
        .description('generate the JSON model or the contract (Markdown, HTML, DOCX, PDF) from one .dpa file into a directory; nothing is written if the file has errors')
        .argument('<file>', 'the .dpa file')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).makeOptionMandatory())
        .addOption(new Option('-l, --lang <lang>', 'contract language; de+en: the German text, then the English text, in one file (default: one file per language the agreement declares)').choices([...LANGUAGE_CHOICES]))
        .addOption(new Option('--layout <layout>', 'sequential: one language after the other; side-by-side: German and English in two columns').choices([...LAYOUTS]).default('sequential'))
        .requiredOption('-o, --out <dir>', 'output directory (created if missing)')
        .action(async (file: string, options: GenerateOptions) => setExitCode(await generateCommand(file, options)));

    program.command('lint')
        .description('check .dpa files against GDPR Art. 28 and related rules; prints findings with the article cited')
        .argument('[files...]', '.dpa files to lint')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...LINT_FORMATS]).default('text'))
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
        .option('--rule <id=setting>', 'set a rule to off, warn or error (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
        .option('-c, --config <file>', 'JSON file with rule settings: { "rules": { "RULE-ID": "off" } }')
        .option('--list-rules', 'list every rule with its severity and citation')
        .action(async (files: string[], options: LintOptions) => setExitCode(await lintCommand(files, options)));

    program.commands.forEach(command => command.exitOverride().showHelpAfterError('(run with --help for usage)'));
    return program;
}

/** Runs the CLI and returns the exit code; never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
    let exitCode: number = ExitCode.ok;
    const program = buildProgram(code => { exitCode = code; });
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here with code 0; usage errors were already printed.
            return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
        }
        process.stderr.write(`dpa: internal error: ${(error as Error).message ?? String(error)}\n`);
        return ExitCode.usage;
    }
}
