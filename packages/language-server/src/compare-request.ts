import { EmptyFileSystem, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { compileText, type CompileResult } from '@dpa-as-code/compiler';
import { createDpaServices, type DpaServices } from '@dpa-as-code/language';
import { buildChangeNotice, ChangeNoticeError, escapeHtmlText, renderChangeNotice } from '@dpa-as-code/generators';
import {
    diffModels, frequencyCapWords, isIsoCalendarDate, withoutSourceLocations,
    type DpaChange, type DpaModel, type FieldChange, type LanguageCode, type ServiceChange
} from '@dpa-as-code/model';
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
    const described = changes.map(describeChange);
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

function describeChange(change: DpaChange): CompareChange {
    const { area, kind } = change;
    const said = (headline: string, details: string[] = []): CompareChange => ({ area, kind, headline, details });
    switch (change.kind) {
        case 'sub-processor-added':
        case 'sub-processor-removed':
            return said(`Sub-processor ${subProcessorLabel(change.subProcessor)} ${change.kind === 'sub-processor-added' ? 'added' : 'removed'}`,
                change.kind === 'sub-processor-added' ? change.subProcessor.services.map(service => `service ${valueWords(service.purpose)}`) : []);
        case 'sub-processor-changed':
            return said(`Sub-processor ${subProcessorLabel(change.after)} changed${change.renamed ? ` (formerly ${change.before.id})` : ''}`,
                [...change.fields.map(fieldWords), ...change.services.flatMap(serviceWords)]);
        case 'obligation-added':
        case 'obligation-removed':
            return said(`Obligation ${change.obligation.kind} ${change.kind === 'obligation-added' ? 'added' : 'removed'}`);
        case 'obligation-changed':
            return said(`Obligation ${change.obligationKind} changed`, change.fields.map(fieldWords));
        case 'scc-added':
        case 'scc-removed':
            return said(`Standard contractual clauses ${change.scc.decision} ${change.kind === 'scc-added' ? 'incorporated' : 'no longer incorporated'}`);
        case 'scc-option-changed':
            return said(`SCC clause ${change.clause}: option ${change.before ? String(change.before.option) : 'none'} → ${change.after ? String(change.after.option) : 'none'}`);
        case 'scc-changed':
            return said('Standard contractual clauses changed', change.fields.map(fieldWords));
        case 'measures-changed':
            return said('Technical and organisational measures changed', change.fields.map(fieldWords));
        case 'measure-group-added':
        case 'measure-group-removed':
        case 'measure-group-changed':
            return said(`Measure group ${[...change.groupPath, change.group.id].join(' › ')} ${change.kind.slice('measure-group-'.length)}`,
                change.kind === 'measure-group-changed' ? change.fields.map(fieldWords) : []);
        case 'measure-added':
        case 'measure-removed':
            return said(`Measure in ${change.groupPath.join(' › ') || 'the measures'} ${change.kind.slice('measure-'.length)}`, [valueWords(change.measure.text)]);
        case 'measure-changed':
            return said(`Measure in ${change.groupPath.join(' › ') || 'the measures'} changed`, change.fields.map(fieldWords));
        case 'party-added':
        case 'party-removed':
            return said(`Party ${change.party.id} (${change.party.role}) ${change.kind.slice('party-'.length)}`);
        case 'party-changed':
            return said(`Party ${change.after.id} (${change.after.role}) changed`, change.fields.map(fieldWords));
        case 'processing-changed':
            return said('Processing details changed', change.fields.map(fieldWords));
        case 'agreement-changed':
            return said('Agreement changed', change.fields.map(fieldWords));
    }
}

function subProcessorLabel(subProcessor: { id: string; legalName?: string; country?: string }): string {
    const facts = [subProcessor.legalName, subProcessor.country].filter((fact): fact is string => fact !== undefined);
    return facts.length > 0 ? `${subProcessor.id} (${facts.join(', ')})` : subProcessor.id;
}

function serviceWords(change: ServiceChange): string[] {
    switch (change.kind) {
        case 'service-added': return [`service ${valueWords(change.service.purpose)} added`];
        case 'service-removed': return [`service ${valueWords(change.service.purpose)} removed`];
        case 'service-changed': return change.fields.map(field => `service ${valueWords(change.after.purpose)}: ${fieldWords(field)}`);
    }
}

function fieldWords(field: FieldChange): string {
    if (field.before === undefined) return `${field.path}: now ${valueWords(field.after)}`;
    if (field.after === undefined) return `${field.path}: ${valueWords(field.before)} no longer stated`;
    return `${field.path}: ${valueWords(field.before)} → ${valueWords(field.after)}`;
}

/** A model value in a few words: a text in English (else as written), a period as "30 days", other values as JSON. */
function valueWords(value: unknown): string {
    if (value === undefined || value === null) return '(not stated)';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(valueWords).join(', ');
    const record = withoutSourceLocations(value) as Record<string, unknown>;
    const text = record.en ?? record.neutral ?? record.de;
    if (typeof text === 'string') return `“${text}”`;
    if (typeof record.value === 'number' && typeof record.unit === 'string') return `${String(record.value)} ${record.unit}`;
    const cap = frequencyCapWords(record);
    if (cap !== undefined) return cap;
    return JSON.stringify(record);
}

const AREA_TITLES: Record<DpaChange['area'], string> = {
    'sub-processors': 'Sub-processors',
    obligations: 'Obligations',
    scc: 'Standard contractual clauses',
    measures: 'Technical and organisational measures',
    parties: 'Parties',
    processing: 'Processing details',
    agreement: 'Agreement'
};

function changesHtml(changes: readonly CompareChange[], againstLabel: string, file: string): string {
    const count = changes.length === 1 ? '1 change' : `${String(changes.length)} changes`;
    const parts = [`<p>${escapeHtmlText(`${againstLabel} → ${file}: ${changes.length === 0 ? 'no changes' : count}`)}</p>`];
    for (const [area, title] of Object.entries(AREA_TITLES)) {
        const inArea = changes.filter(change => change.area === area);
        if (inArea.length === 0) continue;
        const items = inArea.map(change => {
            const details = change.details.length > 0 ? `<ul>${change.details.map(detail => `<li>${escapeHtmlText(detail)}</li>`).join('')}</ul>` : '';
            return `<li>${escapeHtmlText(change.headline)}${details}</li>`;
        });
        parts.push(`<h3>${escapeHtmlText(title)}</h3>`, `<ul>${items.join('')}</ul>`);
    }
    return parts.join('\n');
}
