import {
    adequacyDecisionFor, allDataCategories, CITATIONS, findObligation, holidayCalendarFor, isEeaCountry, isEuMemberState,
    periodEndDate, sccOptionClauseOf, textIn,
    type Citation, type DpaChange, type DpaModel, type HolidayCalendar, type LanguageCode, type NoticeChannel, type Period,
    type Service, type ServiceChange, type SourceLocation, type SubProcessingClause, type SubProcessor
} from '@dpa-as-code/model';
import { clauseLibrary, type Bilingual } from '../clauses/clause-library.js';
import { countryName } from '../clauses/countries.js';
import { formatDate, formatList } from '../clauses/format.js';
import { escapeHtmlText } from '../html/html-escape.js';
import { escapeMarkdown } from '../markdown/markdown-escape.js';

/**
 * The processor's notice to the controller of sub-processor changes between two versions of one agreement
 * (Art. 28(2) GDPR, SCC 2021/915 Clause 7.7(a)), or, where the agreement gives no general written
 * authorisation, its request for a specific one. The terms (periods, how days are counted, what follows
 * an objection) are those of the version in force when the notice is given: the old one.
 */

export const NOTICE_FORMATS = ['markdown', 'html', 'text'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

export interface ChangeNoticeOptions {
    /** The notice date, ISO (YYYY-MM-DD). */
    date: string;
    /** Use the agreement's emergency notice period (also used when the new version marks a changed sub-processor `urgent`). */
    urgent: boolean;
    languages: LanguageCode[];
}

/** A notice that the agreement's terms cannot give, e.g. an urgent notice without an emergency period. */
export class ChangeNoticeError extends Error {
    /** `source`: where in the new version the notice's cause is written, when it is written there. */
    constructor(message: string, readonly source?: SourceLocation) {
        super(message);
    }
}

/** What the agreement says about changing sub-processors, read from the SCC option and the sub-processing clauses. */
export interface SubProcessorChangeTerms {
    /** `general`: changes are notified and may be objected to; `specific`: each change needs the controller's authorisation. */
    authorisation: 'general' | 'specific';
    citations: Citation[];
    notice?: Period;
    noticeChannel?: NoticeChannel;
    emergencyNotice?: Period;
    emergencyCondition?: SubProcessingClause['emergencyCondition'];
    objectionPeriod?: Period;
    objectionForGoodCause: boolean;
    objectionOnReasonableGrounds: boolean;
    /** Silence until the end of the objection period counts as authorisation. */
    deemedAccepted: boolean;
    onObjection?: SubProcessingClause['onObjection'];
    terminationOnlyAffectedServices: boolean;
}

export function subProcessorChangeTerms(model: DpaModel): SubProcessorChangeTerms {
    const clauses: SubProcessingClause[] = [];
    const obligation = findObligation(model, 'sub-processing');
    if (obligation) clauses.push(obligation);
    for (const supplement of model.scc?.supplements ?? []) {
        if (supplement.body.kind === 'sub-processing') clauses.push(supplement.body);
    }
    const first = <T>(pick: (clause: SubProcessingClause) => T | undefined): T | undefined =>
        clauses.map(pick).find(value => value !== undefined);
    // Clause 7.7(a): option 1 is specific prior authorisation, option 2 general written authorisation.
    const sccOption = model.scc?.options.find(option => sccOptionClauseOf(option.clause)?.id === '7.7(a)');
    const stated = first(clause => clause.authorisation);
    const authorisation = sccOption ? (sccOption.option === 2 ? 'general' : 'specific') : (stated === 'general' ? 'general' : 'specific');
    return {
        authorisation,
        citations: sccOption ? [CITATIONS.scc915_clause7_7a, CITATIONS.art28_2] : [CITATIONS.art28_2],
        notice: first(clause => clause.notice) ?? sccOption?.period,
        noticeChannel: first(clause => clause.noticeChannel),
        emergencyNotice: first(clause => clause.emergencyNotice),
        emergencyCondition: first(clause => clause.emergencyCondition),
        objectionPeriod: first(clause => clause.objectionPeriod),
        objectionForGoodCause: clauses.some(clause => clause.objectionForGoodCause),
        objectionOnReasonableGrounds: clauses.some(clause => clause.objectionOnReasonableGrounds === true),
        deemedAccepted: clauses.some(clause => clause.deemedAccepted === true),
        onObjection: first(clause => clause.onObjection),
        terminationOnlyAffectedServices: clauses.some(clause => clause.terminationOnlyAffectedServices === true)
    };
}

type SubProcessorChange = Extract<DpaChange, { area: 'sub-processors' }>;

export interface NoticeListItem {
    text: string;
    details: string[];
}

export type NoticeBlock =
    | { kind: 'heading'; level: 1 | 2; text: string }
    | { kind: 'paragraph'; text: string }
    | { kind: 'list'; items: NoticeListItem[] };

export interface ChangeNotice {
    kind: 'notice' | 'request';
    /** ISO date from which the changes apply (absent when the agreement sets no period). */
    effectiveDate?: string;
    /** ISO date, the last day on which the controller can object. */
    objectionDeadline?: string;
    /** The notice per language, in the order requested. */
    editions: { lang: LanguageCode; blocks: NoticeBlock[] }[];
}

const texts = clauseLibrary.notice;

/** German notices write dates as 31.12.2026, English ones as 31 December 2026. */
function noticeDate(isoDate: string, lang: LanguageCode): string {
    return lang === 'de' ? isoDate.split('-').reverse().join('.') : formatDate(isoDate, lang);
}

/** Every party in the role by name (an agreement may have several controllers or processors), or the role where none is named. */
function partyName(model: DpaModel, role: 'processor' | 'controller', lang: LanguageCode): string {
    const names = model.parties.filter(candidate => candidate.role === role).flatMap(party => textIn(party.legalName, lang) ?? []);
    return names.length > 0 ? formatList(names, lang) : texts.unnamedParty[role][lang];
}

function countryStatus(code: string, lang: LanguageCode): string {
    if (isEuMemberState(code)) return texts.countryStatus.eu[lang];
    if (isEeaCountry(code)) return texts.countryStatus.eea[lang];
    const adequacy = adequacyDecisionFor(code);
    if (!adequacy) return texts.countryStatus.thirdCountry[lang];
    const decision = adequacy.decision ?? (adequacy.date ? formatDate(adequacy.date, lang) : '');
    const entry = adequacy.requiresCertification === 'dpf' ? texts.countryStatus.dpf : texts.countryStatus.adequacy;
    return entry[lang]({ decision, citation: CITATIONS.art45[lang] });
}

function subProcessorName(subProcessor: SubProcessor): string {
    return subProcessor.legalName ?? subProcessor.id;
}

function serviceDetails(model: DpaModel, service: Service, lang: LanguageCode): string[] {
    const annex = clauseLibrary.subProcessorAnnex;
    const categories = new Map(allDataCategories(model).map(category => [category.id, category]));
    const data = service.allData ? annex.allData[lang]
        : service.noPersonalData ? annex.noPersonalData[lang]
            : formatList(service.data.map(id => textIn(categories.get(id)?.label, lang) ?? id), lang);
    const details = [texts.data[lang]({ data })];
    if (service.location) {
        const location = service.location.regionDependent ? annex.regionDependent[lang]
            : formatList(service.location.countries.map(code => `${countryName(code, lang)} (${countryStatus(code, lang)})`), lang);
        details.push(texts.location[lang]({ location }));
    }
    const transfer = service.transfer;
    const basis = transfer ? annex.transfers[transfer.kind][lang]({ module: transfer.module }) : texts.noTransferStated[lang];
    details.push(texts.transfer[lang]({ basis }));
    return details;
}

function subProcessorDetails(model: DpaModel, subProcessor: SubProcessor, lang: LanguageCode): string[] {
    const details: string[] = [];
    const address = textIn(subProcessor.address, lang);
    if (address) details.push(texts.address[lang]({ address }));
    details.push(subProcessor.country
        ? texts.country[lang]({ country: countryName(subProcessor.country, lang), status: countryStatus(subProcessor.country, lang) })
        : texts.countryStatus.unknown[lang]);
    for (const service of subProcessor.services) {
        details.push(texts.service[lang]({ service: textIn(service.purpose, lang) ?? '' }), ...serviceDetails(model, service, lang));
    }
    return details;
}

function fieldList(paths: readonly string[], lang: LanguageCode): string {
    const names: Partial<Record<string, Bilingual<string>>> = texts.fieldNames;
    const labels = paths.map(path => names[path.split('.')[0] ?? path]?.[lang] ?? path);
    return formatList([...new Set(labels)], lang);
}

function serviceChangeDetails(model: DpaModel, change: ServiceChange, lang: LanguageCode): string[] {
    switch (change.kind) {
        case 'service-added':
            return [texts.serviceAdded[lang]({ service: textIn(change.service.purpose, lang) ?? '' }), ...serviceDetails(model, change.service, lang)];
        case 'service-removed':
            return [texts.serviceRemoved[lang]({ service: textIn(change.service.purpose, lang) ?? '' })];
        case 'service-changed':
            return [
                texts.serviceChanged[lang]({ service: textIn(change.after.purpose, lang) ?? '' }),
                texts.changedFields[lang]({ fields: fieldList(change.fields.map(field => field.path), lang) }),
                ...serviceDetails(model, change.after, lang)
            ];
    }
}

function changeItem(next: DpaModel, change: SubProcessorChange, lang: LanguageCode): NoticeListItem {
    switch (change.kind) {
        case 'sub-processor-added':
            return { text: texts.added[lang]({ name: subProcessorName(change.subProcessor) }), details: subProcessorDetails(next, change.subProcessor, lang) };
        case 'sub-processor-removed': {
            const country = change.subProcessor.country;
            return {
                text: texts.removed[lang]({ name: subProcessorName(change.subProcessor) }),
                details: country ? [texts.country[lang]({ country: countryName(country, lang), status: countryStatus(country, lang) })] : []
            };
        }
        case 'sub-processor-changed': {
            const details: string[] = [];
            if (change.renamed || subProcessorName(change.before) !== subProcessorName(change.after)) {
                details.push(texts.renamedFrom[lang]({ name: subProcessorName(change.before) }));
            }
            if (change.fields.length > 0) details.push(texts.changedFields[lang]({ fields: fieldList(change.fields.map(field => field.path), lang) }));
            const address = textIn(change.after.address, lang);
            if (address) details.push(texts.address[lang]({ address }));
            const country = change.after.country;
            if (country) details.push(texts.country[lang]({ country: countryName(country, lang), status: countryStatus(country, lang) }));
            for (const service of change.services) details.push(...serviceChangeDetails(next, service, lang));
            return { text: texts.changed[lang]({ name: subProcessorName(change.after) }), details };
        }
    }
}

function countingRule(unit: Period['unit'], calendar: HolidayCalendar | undefined, year: number, lang: LanguageCode): string[] {
    const rule = texts.counting;
    const sentences = [rule.start[lang]];
    if (unit === 'working-days' || unit === 'business-days') {
        sentences.push((unit === 'working-days' ? rule.werktage : rule.businessDays)[lang]);
        sentences.push(calendar
            ? rule.holidays[lang]({
                country: countryName(calendar.jurisdiction, lang),
                holidays: formatList(calendar.holidaysIn(year).map(holiday => holiday.name[lang]), lang)
            })
            : rule.noHolidayCalendar[lang]);
    } else {
        sentences.push(rule.calendarDays[lang]);
    }
    return sentences;
}

/**
 * The notice (or request) for the sub-processor changes among `changes`, from `old` to `next`.
 * Throws ChangeNoticeError when the agreement's terms cannot give it.
 */
export function buildChangeNotice(old: DpaModel, next: DpaModel, changes: readonly DpaChange[], options: ChangeNoticeOptions): ChangeNotice {
    const subProcessorChanges = changes.filter((change): change is SubProcessorChange => change.area === 'sub-processors');
    const terms = subProcessorChangeTerms(old);
    const processorCountry = old.parties.find(party => party.role === 'processor')?.country;
    const calendar = holidayCalendarFor(processorCountry);
    const general = terms.authorisation === 'general';
    // Added or changed sub-processors the new version marks `urgent`: the file's own reason for the emergency period.
    const markedUrgent = subProcessorChanges.flatMap(change =>
        change.kind === 'sub-processor-added' ? [change.subProcessor] : change.kind === 'sub-processor-changed' ? [change.after] : [])
        .filter(subProcessor => subProcessor.urgent !== undefined);
    const urgent = options.urgent || markedUrgent.length > 0;

    if (options.urgent && !terms.emergencyNotice) {
        throw new ChangeNoticeError('--urgent: the agreement agrees no emergency notice period (`emergency notice N days` in its sub-processing clause)');
    }
    const firstMarked = markedUrgent.at(0);
    if (firstMarked && !terms.emergencyNotice) {
        throw new ChangeNoticeError(`sub-processor '${firstMarked.id}' is marked urgent, but the agreement agrees no emergency notice period (\`emergency notice N days\` in its sub-processing clause)`, firstMarked.source);
    }
    const noticePeriod = general && urgent ? terms.emergencyNotice : terms.notice;
    const effectiveDate = noticePeriod ? periodEndDate(options.date, noticePeriod, calendar) : undefined;
    const objectionDeadline = general && terms.objectionPeriod ? periodEndDate(options.date, terms.objectionPeriod, calendar) : undefined;
    const year = Number(options.date.slice(0, 4));

    const editions = options.languages.map(lang => {
        const processor = partyName(old, 'processor', lang);
        const citations = formatList(terms.citations.map(citation => citation[lang]), lang);
        const blocks: NoticeBlock[] = [
            { kind: 'heading', level: 1, text: (general ? texts.title : texts.requestTitle)[lang] },
            {
                kind: 'list', items: [
                    texts.agreement[lang]({ title: textIn(old.title, lang) ?? old.id }),
                    texts.from[lang]({ processor }),
                    texts.to[lang]({ controller: partyName(old, 'controller', lang) }),
                    texts.date[lang]({ date: noticeDate(options.date, lang) }),
                    ...(urgent ? [texts.urgentLabel[lang]] : [])
                ].map(text => ({ text, details: [] }))
            },
            { kind: 'paragraph', text: (general ? texts.intro : texts.requestIntro)[lang]({ processor, citation: citations }) },
            { kind: 'heading', level: 2, text: texts.changesHeading[lang] },
            { kind: 'list', items: subProcessorChanges.map(change => changeItem(next, change, lang)) },
            { kind: 'heading', level: 2, text: texts.effectiveHeading[lang] }
        ];
        const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });

        if (!general) {
            paragraph(noticePeriod && effectiveDate
                ? texts.requestTiming[lang]({ date: noticeDate(effectiveDate, lang), period: noticePeriod })
                : texts.requestNoPeriod[lang]);
        } else {
            if (noticePeriod && effectiveDate) {
                const entry = urgent ? texts.effectiveUrgent : texts.effective;
                paragraph(entry[lang]({ date: noticeDate(effectiveDate, lang), period: noticePeriod }));
                const condition = textIn(terms.emergencyCondition, lang);
                if (urgent && condition) paragraph(texts.emergencyCondition[lang]({ condition }));
                for (const subProcessor of markedUrgent) {
                    const reason = textIn(subProcessor.urgent, lang);
                    if (reason !== undefined) paragraph(texts.urgentReason[lang]({ name: subProcessorName(subProcessor), reason }));
                }
            } else {
                paragraph(texts.noNoticePeriod[lang]);
            }
            blocks.push({ kind: 'heading', level: 2, text: texts.objectionHeading[lang] });
            if (terms.objectionPeriod && objectionDeadline) {
                paragraph(texts.objection[lang]({ deadline: noticeDate(objectionDeadline, lang), period: terms.objectionPeriod }));
            } else if (effectiveDate) {
                paragraph(texts.objectionUntilEffective[lang]({ date: noticeDate(effectiveDate, lang) }));
            } else {
                paragraph(texts.objectionNoDate[lang]);
            }
            if (terms.objectionForGoodCause) paragraph(texts.objectionForGoodCause[lang]);
            else if (terms.objectionOnReasonableGrounds) paragraph(texts.objectionOnReasonableGrounds[lang]);
            if (terms.noticeChannel) paragraph(texts.objectionChannel[lang]({ channel: terms.noticeChannel }));
            if (terms.deemedAccepted) paragraph(texts.deemedAccepted[lang]({ deadline: terms.objectionPeriod && objectionDeadline ? noticeDate(objectionDeadline, lang) : undefined }));
            if (terms.onObjection) paragraph(texts.onObjection[terms.onObjection][lang]);
            if (terms.onObjection && terms.terminationOnlyAffectedServices) paragraph(texts.terminationOnlyAffectedServices[lang]);
        }
        const countedUnit = (general ? terms.objectionPeriod : undefined)?.unit ?? noticePeriod?.unit;
        if (countedUnit) paragraph(countingRule(countedUnit, calendar, year, lang).join(' '));
        blocks.push({ kind: 'heading', level: 2, text: texts.governingHeading[lang] });
        paragraph((general ? texts.governing : texts.requestGoverning)[lang]({ citations }));
        paragraph(texts.notLegalAdvice[lang]);
        return { lang, blocks };
    });
    return { kind: general ? 'notice' : 'request', effectiveDate, objectionDeadline, editions };
}

// ---------------------------------------------------------------- rendering

function markdownBlocks(blocks: readonly NoticeBlock[]): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'heading': return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
            case 'paragraph': return escapeMarkdown(block.text);
            case 'list': return block.items.map(item =>
                [`- ${escapeMarkdown(item.text)}`, ...item.details.map(detail => `  - ${escapeMarkdown(detail)}`)].join('\n')).join('\n');
        }
    }).join('\n\n');
}

function textBlocks(blocks: readonly NoticeBlock[]): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'heading': return `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(block.text.length)}`;
            case 'paragraph': return block.text;
            case 'list': return block.items.map(item => [`- ${item.text}`, ...item.details.map(detail => `    ${detail}`)].join('\n')).join('\n');
        }
    }).join('\n\n');
}

function htmlBlocks(blocks: readonly NoticeBlock[]): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'heading': return `<h${String(block.level)}>${escapeHtmlText(block.text)}</h${String(block.level)}>`;
            case 'paragraph': return `<p>${escapeHtmlText(block.text)}</p>`;
            case 'list': return `<ul>\n${block.items.map(item => {
                const details = item.details.length > 0 ? `\n<ul>${item.details.map(detail => `<li>${escapeHtmlText(detail)}</li>`).join('')}</ul>\n` : '';
                return `<li>${escapeHtmlText(item.text)}${details}</li>`;
            }).join('\n')}\n</ul>`;
        }
    }).join('\n');
}

/** The notice as one file: each language in turn (German first when both are requested). */
export function renderChangeNotice(notice: ChangeNotice, format: NoticeFormat): string {
    switch (format) {
        case 'markdown':
            return notice.editions.map(edition => markdownBlocks(edition.blocks)).join('\n\n---\n\n') + '\n';
        case 'text':
            return notice.editions.map(edition => textBlocks(edition.blocks)).join('\n\n' + '-'.repeat(60) + '\n\n') + '\n';
        case 'html': {
            const first = notice.editions.at(0);
            const title = first?.blocks.find(block => block.kind === 'heading');
            const sections = notice.editions.map(edition => `<section lang="${edition.lang}">\n${htmlBlocks(edition.blocks)}\n</section>`).join('\n<hr>\n');
            return `<!DOCTYPE html>\n<html lang="${first?.lang ?? 'en'}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtmlText(title?.kind === 'heading' ? title.text : '')}</title>\n`
                + '<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>\n'
                + `</head>\n<body>\n${sections}\n</body>\n</html>\n`;
        }
    }
}
