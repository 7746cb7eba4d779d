import { createHash } from 'node:crypto';
import {
    adequacyDecisionFor, allDataCategories, CITATIONS, diffModels, holidayCalendarFor, isEeaCountry, isEuMemberState,
    periodEndDate, textIn, withoutSourceLocations,
    type DpaChange, type DpaModel, type LanguageCode, type Service, type SubProcessor
} from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { countryName } from '../clauses/countries.js';
import { formatDate, formatList } from '../clauses/format.js';
import { escapeHtml, escapeHtmlAttribute } from '../html/html-escape.js';
import { subProcessorChangeTerms } from '../notice/change-notice.js';

/**
 * The processor's published list of sub-processors: a static bilingual HTML page, the same data as JSON,
 * and an Atom feed of the changes between the git revisions of the `.dpa` file, each with its notice date
 * and the date it takes effect under the agreed notice period. Nothing depends on the current time.
 */

/** One committed version of the agreement: the commit hash, its commit date (ISO 8601 with offset) and its model. */
export interface ModelRevision {
    commit: string;
    date: string;
    model: DpaModel;
}

const texts = clauseLibrary.subProcessorList;
const annex = clauseLibrary.subProcessorAnnex;
const noticeTexts = clauseLibrary.notice;

function agreementTitle(model: DpaModel, lang: LanguageCode): string {
    return textIn(model.title, lang) ?? model.id;
}

/** Every processor party by name (an agreement may have several), or the role where none is named. */
function processorName(model: DpaModel, lang: LanguageCode): string {
    const names = model.parties.filter(party => party.role === 'processor').flatMap(party => textIn(party.legalName, lang) ?? []);
    return names.length > 0 ? formatList(names, lang) : noticeTexts.unnamedParty.processor[lang];
}

/** Where the agreement says its list of sub-processors is published (`list url` in sub-processing). */
function publishedListUrl(model: DpaModel): string | undefined {
    for (const clause of model.obligations) if (clause.kind === 'sub-processing' && clause.listUrl !== undefined) return clause.listUrl;
    return undefined;
}

function subProcessorName(subProcessor: SubProcessor): string {
    return subProcessor.legalName ?? subProcessor.id;
}

/** EU Member State, EEA country, third country with (or without) an adequacy decision. */
function countryStatus(code: string, lang: LanguageCode): string {
    const status = noticeTexts.countryStatus;
    if (isEuMemberState(code)) return status.eu[lang];
    if (isEeaCountry(code)) return status.eea[lang];
    const adequacy = adequacyDecisionFor(code);
    if (!adequacy) return status.thirdCountry[lang];
    const decision = adequacy.decision ?? (adequacy.date ? formatDate(adequacy.date, lang) : '');
    const entry = adequacy.requiresCertification === 'dpf' ? status.dpf : status.adequacy;
    return entry[lang]({ decision, citation: CITATIONS.art45[lang] });
}

function countryWithStatus(code: string | undefined, lang: LanguageCode): string {
    return code === undefined ? noticeTexts.countryStatus.unknown[lang] : `${countryName(code, lang)} (${countryStatus(code, lang)})`;
}

function serviceData(model: DpaModel, service: Service, lang: LanguageCode): string {
    if (service.allData) return annex.allData[lang];
    if (service.noPersonalData) return annex.noPersonalData[lang];
    const labels = new Map(allDataCategories(model).map(category => [category.id, category.label]));
    return formatList(service.data.map(id => textIn(labels.get(id), lang) ?? id), lang);
}

function serviceLocation(service: Service, lang: LanguageCode): string {
    if (!service.location) return texts.notStated[lang];
    if (service.location.regionDependent) return annex.regionDependent[lang];
    return formatList(service.location.countries.map(code => countryWithStatus(code, lang)), lang);
}

function serviceTransfer(service: Service, lang: LanguageCode): string {
    if (!service.transfer) return texts.notStated[lang];
    const basis = annex.transfers[service.transfer.kind][lang]({ module: service.transfer.module });
    const stated = textIn(service.transfer.stated, lang);
    return stated === undefined ? basis : `${basis}: ${stated}`;
}

// ---------------------------------------------------------------- JSON

/** Objects with their keys sorted, `undefined` left out, so equal data always gives equal bytes. */
function sortedKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortedKeys);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([key, item]) => [key, sortedKeys(item)]));
    }
    return value;
}

/** The agreement's identity and its sub-processors as in the model (without source locations), keys sorted. */
export function renderSubProcessorJson(model: DpaModel): string {
    const data = {
        agreement: { id: model.id, title: model.title, version: model.version, date: model.date, languages: model.languages, listUrl: publishedListUrl(model) },
        subProcessors: withoutSourceLocations(model.subProcessors)
    };
    return JSON.stringify(sortedKeys(data), null, 2) + '\n';
}

// ---------------------------------------------------------------- HTML

const PAGE_STYLES = `
body { font-family: system-ui, sans-serif; line-height: 1.4; margin: 1.5rem; color: #111; background: #fff; }
section + section { margin-top: 3rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { border: 1px solid #666; padding: 0.4rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
ul { margin: 0; padding-left: 1.1rem; }
.meta, .disclaimer { color: #333; }
@media print {
  body { margin: 0; font-size: 10pt; }
  section + section { break-before: page; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}`;

function list(items: readonly string[]): string {
    return `<ul>${items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function serviceSummary(model: DpaModel, service: Service, lang: LanguageCode): string {
    const parts = [textIn(service.purpose, lang) ?? texts.notStated[lang]];
    if (service.function) parts.push(texts.functionLabel[lang]({ function: annex.functions[service.function][lang] }));
    parts.push(texts.dataLabel[lang]({ data: serviceData(model, service, lang) }));
    return parts.join('; ');
}

function subProcessorRow(model: DpaModel, subProcessor: SubProcessor, lang: LanguageCode): string {
    const cells = [
        `<th scope="row">${escapeHtml(subProcessorName(subProcessor))}${subProcessor.url === undefined ? ''
            : `<br><a href="${escapeHtmlAttribute(subProcessor.url)}">${escapeHtml(annex.url[lang]({ url: subProcessor.url, ...(subProcessor.urlKind ? { kind: subProcessor.urlKind } : {}) }))}</a>`}</th>`,
        `<td>${escapeHtml(textIn(subProcessor.address, lang) ?? texts.notStated[lang])}</td>`,
        `<td>${escapeHtml(countryWithStatus(subProcessor.country, lang))}</td>`,
        `<td>${list(subProcessor.services.map(service => serviceSummary(model, service, lang)))}</td>`,
        `<td>${list(subProcessor.services.map(service => serviceLocation(service, lang)))}</td>`,
        `<td>${list(subProcessor.services.map(service => serviceTransfer(service, lang)))}</td>`
    ];
    return `<tr>${cells.join('')}</tr>`;
}

function languageSection(model: DpaModel, lang: LanguageCode): string {
    const title = texts.title[lang]({ agreement: agreementTitle(model, lang) });
    const meta = [
        model.version === undefined ? undefined : texts.version[lang]({ version: model.version }),
        model.date === undefined ? undefined : texts.asOf[lang]({ date: formatDate(model.date, lang) })
    ].filter((part): part is string => part !== undefined);
    const listUrl = publishedListUrl(model);
    const columns = texts.columns;
    const header = [columns.name, columns.address, columns.country, columns.services, columns.location, columns.transfer]
        .map(column => `<th scope="col">${escapeHtml(column[lang])}</th>`).join('');
    const table = model.subProcessors.length === 0 ? `<p>${escapeHtml(texts.none[lang])}</p>` : [
        '<table>',
        `<caption>${escapeHtml(texts.caption[lang]({ processor: processorName(model, lang) }))}</caption>`,
        `<thead><tr>${header}</tr></thead>`,
        '<tbody>',
        ...model.subProcessors.map(subProcessor => subProcessorRow(model, subProcessor, lang)),
        '</tbody>',
        '</table>'
    ].join('\n');
    return [
        `<section lang="${lang}">`,
        `<h1>${escapeHtml(title)}</h1>`,
        meta.length > 0 ? `<p class="meta">${escapeHtml(meta.join(' · '))}</p>` : '',
        listUrl === undefined ? '' : `<p class="meta">${escapeHtml(texts.publishedAt[lang])} <a href="${escapeHtmlAttribute(listUrl)}">${escapeHtml(listUrl)}</a></p>`,
        table,
        `<p class="disclaimer">${escapeHtml(texts.notLegalAdvice[lang])}</p>`,
        '</section>'
    ].filter(line => line !== '').join('\n');
}

/** The list as one static page, one section per language; no scripts, no remote resources. */
export function renderSubProcessorHtml(model: DpaModel, languages: readonly LanguageCode[]): string {
    const first = languages.at(0) ?? 'en';
    const title = [...new Set(languages.map(lang => texts.title[lang]({ agreement: agreementTitle(model, lang) })))].join(' / ');
    return [
        '<!DOCTYPE html>',
        `<html lang="${first}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${PAGE_STYLES}\n</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...languages.map(lang => languageSection(model, lang)),
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

// ---------------------------------------------------------------- Atom

/** A name-based UUID (version 5 layout, SHA-1) as a URN: the same input always gives the same id. */
function uuidUrn(name: string): string {
    const hex = createHash('sha1').update(`dpa-as-code:${name}`).digest('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

type SubProcessorChange = Extract<DpaChange, { area: 'sub-processors' }>;

function changeLine(change: SubProcessorChange, lang: LanguageCode): string {
    switch (change.kind) {
        case 'sub-processor-added': {
            const added = change.subProcessor;
            return `${noticeTexts.added[lang]({ name: subProcessorName(added) })} – ${countryWithStatus(added.country, lang)}`;
        }
        case 'sub-processor-removed':
            return noticeTexts.removed[lang]({ name: subProcessorName(change.subProcessor) });
        case 'sub-processor-changed': {
            const paths = [...change.fields.map(field => field.path.split('.')[0] ?? field.path),
                ...change.services.flatMap(service => service.kind === 'service-changed' ? service.fields.map(field => field.path) : ['purpose'])];
            const names = noticeTexts.fieldNames as Partial<Record<string, { de: string; en: string }>>;
            const fields = [...new Set(paths.map(path => names[path]?.[lang] ?? path))];
            const line = noticeTexts.changed[lang]({ name: subProcessorName(change.after) });
            return fields.length > 0 ? `${line} – ${noticeTexts.changedFields[lang]({ fields: fields.join(', ') })}` : line;
        }
    }
}

function entryContent(before: DpaModel, revision: ModelRevision, changes: readonly SubProcessorChange[], languages: readonly LanguageCode[]): string {
    const noticeDate = revision.date.slice(0, 10);
    // The terms of the version in force when the change is announced: the previous one.
    const terms = subProcessorChangeTerms(before);
    const processorCountry = before.parties.find(party => party.role === 'processor')?.country;
    const effective = terms.notice === undefined ? undefined : periodEndDate(noticeDate, terms.notice, holidayCalendarFor(processorCountry));
    const sections = languages.map(lang => {
        const dates = [
            texts.noticeDate[lang]({ date: formatDate(noticeDate, lang) }),
            effective === undefined || terms.notice === undefined ? texts.noNoticePeriod[lang]
                : texts.effectiveDate[lang]({ date: formatDate(effective, lang), period: terms.notice }),
            texts.revision[lang]({ commit: revision.commit })
        ];
        return `<div lang="${lang}" xml:lang="${lang}">${list(changes.map(change => changeLine(change, lang)))}${list(dates)}</div>`;
    });
    return `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${sections.join('')}</div></content>`;
}

/**
 * An Atom 1.0 feed with one entry per revision that changed the sub-processors (newest first).
 * `revisions` are the file's committed versions, oldest first; `name` is the output's base name.
 */
export function renderSubProcessorFeed(model: DpaModel, name: string, languages: readonly LanguageCode[], revisions: readonly ModelRevision[]): string {
    const entries: string[] = [];
    let lastChange: string | undefined;
    for (let index = 1; index < revisions.length; index++) {
        const before = revisions.at(index - 1);
        const revision = revisions.at(index);
        if (before === undefined || revision === undefined) continue;
        const changes = diffModels(before.model, revision.model)
            .filter((change): change is SubProcessorChange => change.area === 'sub-processors');
        if (changes.length === 0) continue;
        lastChange = revision.date;
        const title = languages.map(lang => texts.entryTitle[lang]({ changes: changes.length })).join(' / ');
        entries.unshift([
            '<entry>',
            `<id>${uuidUrn(`${name}:subprocessors:${revision.commit}`)}</id>`,
            `<title>${escapeHtml(title)}</title>`,
            `<updated>${escapeHtml(revision.date)}</updated>`,
            entryContent(before.model, revision, changes, languages),
            '</entry>'
        ].join('\n'));
    }
    const first = languages.at(0) ?? 'en';
    const feedTitle = languages.map(lang => texts.feedTitle[lang]({ agreement: agreementTitle(model, lang) })).join(' / ');
    // The feed changes only when an entry is added, so commits that leave the sub-processors alone change nothing.
    const updated = lastChange ?? revisions.at(0)?.date ?? `${model.date ?? '1970-01-01'}T00:00:00Z`;
    return [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${first}">`,
        `<id>${uuidUrn(`${name}:subprocessors`)}</id>`,
        `<title>${escapeHtml(feedTitle)}</title>`,
        `<updated>${escapeHtml(updated)}</updated>`,
        `<author><name>${escapeHtml(processorName(model, first))}</name></author>`,
        // Relative references (RFC 4287 §3.4 allows them): the feed is published beside the list, wherever that is.
        `<link rel="self" type="application/atom+xml" href="${escapeHtmlAttribute(`${name}.subprocessors.atom`)}"/>`,
        `<link rel="alternate" type="text/html" href="${escapeHtmlAttribute(`${name}.subprocessors.html`)}"/>`,
        ...entries,
        '</feed>',
        ''
    ].join('\n');
}
