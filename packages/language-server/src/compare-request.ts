import { EmptyFileSystem, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compileText, type CompileResult } from '@dpa-as-code/compiler';
import { createDpaServices, type DpaServices } from '@dpa-as-code/language';
import { buildChangeNotice, CHANGE_AREA_TITLES, ChangeNoticeError, describeChange, escapeHtmlText, renderChangeNotice } from '@dpa-as-code/generators';
import { DPA_CHANGE_AREAS, diffModels, isIsoCalendarDate, type DpaChange, type DpaModel, type LanguageCode } from '@dpa-as-code/model';
import { CompareRequest, type CompareChange, type CompareParams, type CompareResult, type PreviewError } from './preview-protocol.js';

/**
 * `dpa/compare`: the open document's text (new) against a previous version the editor sends
 * (old, e.g. from git HEAD). Both are compiled apart from the workspace, so the previous version
 * never shows up as a document of its own (no diagnostics, no duplicate names).
 */
export function registerCompareRequest(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(CompareRequest, params => compareWithPrevious(shared, params));
}

let detachedServices: DpaServices | undefined;

/** A language instance of its own, without the editor's workspace or file system. */
function detached(): DpaServices {
    detachedServices ??= createDpaServices(EmptyFileSystem).Dpa;
    return detachedServices;
}

export async function compareWithPrevious(shared: LangiumSharedServices, params: CompareParams): Promise<CompareResult> {
    const uri = URI.parse(params.uri);
    const file = UriUtils.basename(uri);
    const openText = shared.workspace.TextDocuments.get(params.uri)?.getText() ?? shared.workspace.LangiumDocuments.getDocument(uri)?.textDocument.getText();
    if (openText === undefined) return errorResult([`${file}:1:1: the language server does not know this file; open it in the editor`]);
    const againstLabel = params.againstLabel ?? `previous:${file}`;

    const previous = await modelOf(params.againstText, againstLabel);
    if ('errors' in previous) return previous;
    const current = await modelOf(openText, file);
    if ('errors' in current) return current;

    const changes = diffModels(previous.model, current.model);
    const described = changes.map(describedChange);
    const date = params.date !== undefined && isIsoCalendarDate(params.date) ? params.date : new Date().toISOString().slice(0, 10);
    return { html: changesHtml(described, againstLabel, file), changes: described, date, ...noticeFor(previous.model, current.model, changes, date) };
}

/** Compiles run one at a time: the detached workspace replaces a document of the same name. */
let queue: Promise<unknown> = Promise.resolve();

function modelOf(text: string, label: string): Promise<{ model: DpaModel } | { error: string; errors: PreviewError[] }> {
    const next = queue.then(() => compileDetached(text, label));
    queue = next.catch(() => undefined);
    return next;
}

async function compileDetached(text: string, label: string): Promise<{ model: DpaModel } | { error: string; errors: PreviewError[] }> {
    const compiled: CompileResult = await compileText(detached(), text, label, { lint: false });
    // The detached workspace keeps nothing between requests.
    detached().shared.workspace.LangiumDocuments.deleteDocument(compiled.document.uri);
    if (compiled.blocking.length > 0 || !compiled.model) {
        const errors = compiled.blocking.map(diagnostic => ({ line: diagnostic.line, column: diagnostic.column, message: diagnostic.message }));
        return errorResult(errors.map(error => `${label}:${String(error.line)}:${String(error.column)}: ${error.message}`), errors);
    }
    return { model: compiled.model };
}

function errorResult(lines: string[], errors: PreviewError[] = []): { error: string; errors: PreviewError[] } {
    return { error: lines.join('\n'), errors };
}

/** The notice in the contract's first language, dated `date`; or why there is none. */
function noticeFor(previous: DpaModel, current: DpaModel, changes: readonly DpaChange[], date: string): { noticeHtml?: string; noticeNote?: string; noticeLanguage?: string } {
    const subProcessorChanges = changes.filter(change => change.area === 'sub-processors');
    if (subProcessorChanges.length === 0) return { noticeNote: 'No sub-processor changed, so no notice to the controller is needed.' };
    // The terms in force are the previous version's, so its first language decides.
    const language: LanguageCode | undefined = previous.languages.at(0) ?? current.languages.at(0);
    if (!language) return { noticeNote: 'The agreement names no language, so the notice cannot be written.' };
    try {
        const notice = buildChangeNotice(previous, current, subProcessorChanges, { date, urgent: false, languages: [language] });
        const html = renderChangeNotice(notice, 'html');
        const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
        return { noticeHtml: body ? body[1] : html, noticeLanguage: language };
    } catch (error) {
        if (error instanceof ChangeNoticeError) return { noticeNote: error.message };
        throw error;
    }
}

// ---------------------------------------------------------------- the changes in words

/** A change in the words `dpa diff` uses, with its area and kind for the editor. */
function describedChange(change: DpaChange): CompareChange {
    const { headline, details } = describeChange(change);
    return { area: change.area, kind: change.kind, headline, details };
}

function changesHtml(changes: readonly CompareChange[], againstLabel: string, file: string): string {
    const count = changes.length === 1 ? '1 change' : `${String(changes.length)} changes`;
    const parts = [`<p>${escapeHtmlText(`${againstLabel} → ${file}: ${changes.length === 0 ? 'no changes' : count}`)}</p>`];
    for (const area of DPA_CHANGE_AREAS) {
        const inArea = changes.filter(change => change.area === area);
        if (inArea.length === 0) continue;
        const items = inArea.map(change => {
            const details = change.details.length > 0 ? `<ul>${change.details.map(detail => `<li>${escapeHtmlText(detail)}</li>`).join('')}</ul>` : '';
            return `<li>${escapeHtmlText(change.headline)}${details}</li>`;
        });
        parts.push(`<h3>${escapeHtmlText(CHANGE_AREA_TITLES[area])}</h3>`, `<ul>${items.join('')}</ul>`);
    }
    return parts.join('\n');
}
