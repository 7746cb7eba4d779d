import { Command, CommanderError, Option } from 'commander';
import { ExitCode } from './exit-codes.js';
import { validateCommand } from './commands/validate.js';
import { FORMATS, generateCommand, type GenerateOptions } from './commands/generate.js';

function buildProgram(setExitCode: (code: number) => void): Command {
    const program = new Command('dpa')
        .description('Validate GDPR Art. 28 Data Processing Agreements written as .dpa files and generate JSON, Markdown and contract text.\nThe output supports legal review; it is not legal advice.')
        .version('0.1.0')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();

    program.command('validate')
        .description('check .dpa files for syntax and reference errors; prints file:line:col: severity: message')
        .argument('<files...>', '.dpa files to check')
        .action(async (files: string[]) => setExitCode(await validateCommand(files)));

    program.command('generate')
        .description('generate outputs from one .dpa file into a directory; nothing is written if the file has errors')
        .argument('<file>', 'the .dpa file')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).makeOptionMandatory())
        .addOption(new Option('-l, --lang <lang>', 'output language (default: every language the agreement declares)').choices(['de', 'en']))
        .requiredOption('-o, --out <dir>', 'output directory (created if missing)')
        .action(async (file: string, options: GenerateOptions) => setExitCode(await generateCommand(file, options)));

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
