import { basename, dirname, resolve } from 'node:path';
import { formatDiagnostic } from '@dpa-as-code/language';
import {
    buildChangeNotice, ChangeNoticeError, LANGUAGE_CHOICES, NOTICE_FORMATS, renderChangeNotice,
    type LanguageChoice, type NoticeFormat
} from '@dpa-as-code/generators';
import { diffModels, isIsoCalendarDate, type DpaModel, type LanguageCode } from '@dpa-as-code/model';
import type { CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';
import { OutputWriteError, writeOutputsAtomically } from '../output-files.js';
import { compileForCli } from '../workspace.js';

export { LANGUAGE_CHOICES as NOTICE_LANGUAGES, NOTICE_FORMATS };

export interface NoticeOptions {
    date: string;
    lang?: LanguageChoice;
    format?: NoticeFormat;
    urgent?: boolean;
    out?: string;
}

/**
 * `dpa notice OLD NEW --date YYYY-MM-DD`: the processor's notice of the sub-processor changes between two
 * versions of an agreement, with the date they take effect and the objection deadline counted under the
 * old version's terms; a request for specific authorisation where the agreement gives no general one.
 * Exit 0 when written (or when there is nothing to notify), 2 for wrong usage or a version with errors.
 */
export async function noticeCommand(oldFile: string, newFile: string, options: NoticeOptions, io: CliIo): Promise<number> {
    if (!isIsoCalendarDate(options.date)) return fail(io, `dpa notice: --date ${options.date} is not a calendar date in the form YYYY-MM-DD`, ExitCode.usage);
    const oldModel = await modelOf(oldFile, io);
    if (!oldModel) return ExitCode.usage;
    const newModel = await modelOf(newFile, io);
    if (!newModel) return ExitCode.usage;

    const languages = options.lang === undefined ? (['de', 'en'] as const).filter(lang => oldModel.languages.includes(lang))
        : options.lang === 'de+en' ? ['de', 'en'] as const : [options.lang];
    const missing = languages.filter(lang => !oldModel.languages.includes(lang));
    if (missing.length > 0 || languages.length === 0) {
        return fail(io, `dpa notice: ${oldFile} is written in ${oldModel.languages.join(', ')}; --lang ${options.lang ?? ''} asks for ${missing.join(', ')}`, ExitCode.usage);
    }

    const changes = diffModels(oldModel, newModel).filter(change => change.area === 'sub-processors');
    if (changes.length === 0) {
        io.stderr.write(`dpa notice: no sub-processor changes between ${oldFile} and ${newFile}; no notice needed\n`);
        return ExitCode.ok;
    }
    let content: string;
    let kind: string;
    try {
        const notice = buildChangeNotice(oldModel, newModel, changes, { date: options.date, urgent: options.urgent === true, languages: [...languages] as LanguageCode[] });
        content = renderChangeNotice(notice, options.format ?? 'markdown');
        kind = notice.kind === 'notice' ? 'notice' : 'request for specific authorisation';
    } catch (error) {
        if (error instanceof ChangeNoticeError) {
            const at = error.source ? `${newFile}:${String(error.source.line)}:${String(error.source.column)}: ` : '';
            return fail(io, `dpa notice: ${at}${error.message}`, ExitCode.usage);
        }
        throw error;
    }

    if (options.out === undefined) {
        io.stdout.write(content);
        return ExitCode.ok;
    }
    const target = resolve(io.cwd, options.out);
    try {
        writeOutputsAtomically(dirname(target), [{ name: basename(target), content }]);
    } catch (error) {
        if (error instanceof OutputWriteError) return fail(io, `dpa notice: ${error.message}`, ExitCode.usage);
        throw error;
    }
    io.stderr.write(`wrote ${options.out}: ${kind} of ${String(changes.length)} sub-processor change${changes.length === 1 ? '' : 's'}\n`);
    return ExitCode.ok;
}

async function modelOf(file: string, io: CliIo): Promise<DpaModel | undefined> {
    const result = await compileForCli(file, { lint: false }, io.cwd);
    if (!result.ok) {
        io.stderr.write(`dpa notice: ${result.message}\n`);
        return undefined;
    }
    const { blocking, model } = result.compiled;
    if (blocking.length > 0 || !model) {
        for (const diagnostic of blocking) io.stderr.write(formatDiagnostic(diagnostic) + '\n');
        io.stderr.write(`dpa notice: ${file} has errors; no notice written\n`);
        return undefined;
    }
    return model;
}
