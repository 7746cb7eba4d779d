import { AstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DpaServices } from './dpa-module.js';
import { isGiven } from './ast-values.js';
import { checkTextReferences } from './text-references.js';
import { registerFileChecks } from './dpa-file-validation.js';
import { treeIndexOf } from './dpa-ast-walk.js';
import {
    type Agreement, type Effective, type EndOfProcessing, type Inspections, type Obligations, type RetentionRecord, type SccIncorporation,
    type ServerLocation, type Service, type Text, type TransferMechanism, type Translation, isAgreement,
    type DpaAstType, type Period, type SubProcessor, type SubProcessing, type GeneralTerms, type Jurisdiction,
    type Precedence, type Liability, type LiabilityCap, type Party, isSubProcessor,
    type Transfer, type Processing, isDataCategory, type Instructions, type RegionDefinition
} from './generated/ast.js';

/**
 * Structural checks that keep a file's meaning unambiguous: a property given twice would
 * otherwise silently drop the first value, a name given twice would make references
 * ambiguous, and a text in an undeclared language could never be published.
 * Legal completeness (Art. 28 GDPR) is the linter's job, not the validator's.
 */
export class DpaValidator {
    /** `given by blank` says the form leaves the person open; a name beside it would contradict that. */
    checkInstructionPersons(node: Instructions, accept: ValidationAcceptor): void {
        for (const [names, blank, keyword] of [[node.givenBy, node.givenByBlank, 'given by'], [node.receivedBy, node.receivedByBlank, 'received by']] as const) {
            if (names.length > 0 && isGiven(blank)) {
                accept('error', `'${keyword} blank' leaves the person to be filled in, but '${keyword}' also names one: keep one.`, { node, property: keyword === 'given by' ? 'givenByBlank' : 'receivedByBlank', code: 'conflicting-values' });
            }
        }
    }

    /**
     * Once-only properties are collected as lists by the grammar (see `onceOnlyProperties`), so
     * the check is a length test per listed property; the CST is only searched to place an error.
     */
    checkSinglePropertiesGivenOnce(node: AstNode, accept: ValidationAcceptor): void {
        for (const property of onceOnlyProperties[node.$type] ?? []) {
            const values = (node as unknown as Record<string, unknown>)[property];
            if (!Array.isArray(values) || values.length < 2) continue;
            const occurrences = GrammarUtils.findNodesForProperty(node.$cstNode, property);
            for (const occurrence of occurrences.slice(1)) {
                const written = writtenProperty(occurrence);
                const label = written.length > 0 ? written.map(leaf => leaf.text).join(' ') : property;
                const range = { start: (written[0] ?? occurrence).range.start, end: maxEnd(occurrence, written.at(-1)) };
                accept('error', `'${label}' is given more than once here; keep one so no value is silently dropped.`,
                    { node, range, code: 'duplicate-property' });
            }
        }
    }

    checkUniqueNames(agreement: Agreement, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        const check = (node: AstNode) => {
            const name = (node as { name?: unknown }).name;
            // Facts are named per measure and never referenced, so their names may repeat.
            if (typeof name !== 'string' || node.$type === 'Fact') return;
            const key = `${node.$type}:${name}`;
            const first = seen.get(key);
            if (first) {
                const line = (first.$cstNode?.range.start.line ?? 0) + 1;
                accept('error', `Duplicate ${describeType(node.$type)} name '${name}' (first defined on line ${line}).`,
                    { node, property: 'name', code: 'duplicate-name' });
            } else {
                seen.set(key, node);
            }
        };
        // Every node below the agreement, in the order of `AstUtils.streamAllContents` (a root's are indexed, see dpa-ast-walk.ts).
        if (agreement.$container) {
            AstUtils.streamAllContents(agreement).forEach(check);
            return;
        }
        // Only nodes with a string `name` can clash; the index lists them.
        for (const node of treeIndexOf(agreement).named) check(node);
    }

    /** Sections that describe the agreement as a whole may appear once. */
    checkSingleSections(agreement: Agreement, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const section of agreement.sections) {
            const keyword = singleSections.get(section.$type);
            if (keyword === undefined) continue;
            const first = seen.get(section.$type);
            if (first) {
                accept('error', `Only one '${keyword}' section is allowed (first on line ${(first.$cstNode?.range.start.line ?? 0) + 1}); merge them.`,
                    { node: section, keyword, code: 'duplicate-section' });
            } else {
                seen.set(section.$type, section);
            }
        }
    }

    checkSingleObligationPerKind(obligations: Obligations, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const clause of obligations.clauses) {
            if (seen.has(clause.$type)) {
                const keyword = clause.$cstNode?.text.trim().split(/[\s{]/)[0] ?? clause.$type;
                accept('error', `The '${keyword}' obligation is given twice; keep one clause per obligation.`, { node: clause, keyword, code: 'duplicate-obligation' });
            }
            seen.add(clause.$type);
        }
    }

    checkLanguagesDeclared(agreement: Agreement, accept: ValidationAcceptor): void {
        const languages = agreement.languages;
        if (languages.length === 0) {
            accept('error', "Declare the languages this agreement is written in, e.g. 'languages de, en'.",
                { node: agreement, property: 'name', code: 'missing-languages' });
        }
        const seen = new Set<string>();
        languages.forEach((language, index) => {
            if (seen.has(language)) {
                accept('error', `Language '${language}' is declared twice.`, { node: agreement, property: 'languages', index, code: 'duplicate-language' });
            }
            seen.add(language);
        });
    }

    checkDate(agreement: Agreement, accept: ValidationAcceptor): void {
        agreement.date.forEach((date, index) => {
            if (typeof date === 'string' && !isCalendarDate(date)) {
                accept('error', `'${date}' is not a calendar date (YYYY-MM-DD).`, { node: agreement, property: 'date', index, code: 'invalid-date' });
            }
        });
    }

    checkTextLanguages(text: Text, accept: ValidationAcceptor): void {
        this.checkTranslations(text, text.translations, accept);
    }

    checkUrlLanguages(scc: SccIncorporation, accept: ValidationAcceptor): void {
        this.checkTranslations(scc, scc.urls, accept);
    }

    /** Each language at most once, and only languages the agreement declares. */
    private checkTranslations(owner: AstNode, translations: Translation[], accept: ValidationAcceptor): void {
        if (translations.length === 0) return;
        // An agreement is only ever the root of a file (grammar: DpaFile), so the root is the one to ask.
        const root = AstUtils.findRootNode(owner);
        const declared = declaredLanguages(isAgreement(root) ? root : undefined);
        for (let i = 0; i < translations.length; i++) {
            const translation = translations[i];
            // A translation cut short by a syntax error has no language yet; the parser reports it.
            if (typeof translation.language !== 'string') continue;
            // A text has a handful of translations: comparing with the earlier ones beats building a set per text.
            let repeated = false;
            for (let j = 0; j < i && !repeated; j++) repeated = translations[j].language === translation.language;
            if (repeated) {
                accept('error', `The '${translation.language}' text is given twice.`, { node: translation, property: 'language', code: 'duplicate-translation' });
            } else if (declared.size > 0 && !declared.has(translation.language)) {
                accept('error', `Text in '${translation.language}', but the agreement declares only: ${[...declared].join(', ')}.`,
                    { node: translation, property: 'language', code: 'undeclared-language' });
            }
        }
    }

    checkEffectiveDate(effective: Effective, accept: ValidationAcceptor): void {
        if (effective.onDate && !isCalendarDate(effective.onDate)) {
            accept('error', `'${effective.onDate}' is not a calendar date (YYYY-MM-DD).`, { node: effective, property: 'onDate', code: 'invalid-date' });
        }
    }

    /** Country codes are ISO 3166-1 alpha-2 in capitals; whether the code exists is a lint finding. */
    checkCountryCodeShape(node: AstNode & { country?: string[] }, accept: ValidationAcceptor): void {
        (node.country ?? []).forEach((country, index) => {
            if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country)) {
                accept('error', `'${country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).`,
                    { node, property: 'country', index, code: 'country-code-format' });
            }
        });
    }

    /**
     * An agreement-level transfer: the docking clause stated as both chosen and left out, `may end neither` with a
     * party besides it, and country codes
     * after `courts` and `governing-law` that are not two capital letters (docs/legal/transfers.md).
     */
    checkTransferChoices(transfer: Transfer, accept: ValidationAcceptor): void {
        if (transfer.dockingClause.length > 0 && transfer.noDockingClause.length > 0) {
            accept('error', "'docking clause' and 'no docking clause' contradict each other; keep the one the parties agreed.",
                { node: transfer, property: 'noDockingClause', code: 'contradicting-choice' });
        }
        for (const addendum of transfer.ukAddendum) {
            if (addendum.mayEnd.includes('neither') && addendum.mayEnd.length > 1) {
                accept('error', "'may end neither' cannot be combined with 'importer' or 'exporter'; name who may end the Addendum, or 'neither' alone.",
                    { node: addendum, property: 'mayEnd', code: 'contradicting-choice' });
            }
        }
        const codes: [AstNode, string, string | undefined][] = [
            ...transfer.courts.map((code): [AstNode, string, string] => [transfer, 'courts', code]),
            ...transfer.governingLaw.map((law): [AstNode, string, string | undefined] => [law, 'country', law.country])
        ];
        for (const [node, property, code] of codes) {
            if (code !== undefined && !/^[A-Z]{2}$/.test(code)) {
                accept('error', `'${code}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. IE, DE).`,
                    { node, property, code: 'country-code-format' });
            }
        }
    }

    checkServerLocation(location: ServerLocation, accept: ValidationAcceptor): void {
        location.countries.forEach((country, index) => {
            if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country) && country !== 'EU' && country !== 'EEA') {
                accept('error', `'${country}' is not a server location: write an ISO 3166-1 alpha-2 code (e.g. DE), EU, EEA or region-dependent.`,
                    { node: location, property: 'countries', index, code: 'country-code-format' });
            }
        });
    }

    checkTransferModule(transfer: TransferMechanism, accept: ValidationAcceptor): void {
        if (typeof transfer.module !== 'number' || typeof transfer.kind !== 'string') return;
        if (transfer.kind !== 'scc-2021/914') {
            accept('error', `A module belongs to 'scc-2021/914' only, not to '${transfer.kind}'.`, { node: transfer, property: 'module', code: 'transfer-module' });
        } else if (transfer.module < 1 || transfer.module > 4) {
            accept('error', `Decision 2021/914 has modules 1 to 4, not ${transfer.module}.`, { node: transfer, property: 'module', code: 'transfer-module' });
        }
    }

    /** Values that exclude each other: the second would make the first meaningless. */
    checkRetentionPeriod(record: RetentionRecord, accept: ValidationAcceptor): void {
        if (isGiven(record.period) && isGiven(record.until)) {
            accept('error', "A retention record has either a period or 'period until …', not both.", { node: record, property: 'until', code: 'conflicting-values' });
        }
    }

    checkInspectionNotice(inspections: Inspections, accept: ValidationAcceptor): void {
        // One `notice` holds either a period or `reasonable`; both can only come from two notices, reported here.
        checkNoticeWrittenOnce(inspections, accept);
    }

    /** Values of an inspections block that contradict each other or cannot be meant. */
    checkInspectionConditions(inspections: Inspections, accept: ValidationAcceptor): void {
        if (isGiven(inspections.reportsOnly) && isGiven(inspections.reportsFirst)) {
            accept('error', "'reports first' keeps inspections where reports do not suffice, 'reports only' waives them: keep one.", { node: inspections, property: 'reportsFirst', code: 'conflicting-values' });
        }
        if (isGiven(inspections.alwaysAllowed) && (isGiven(inspections.reportsOnly) || isGiven(inspections.reportsFirst))) {
            const other = isGiven(inspections.reportsOnly) ? 'reports only' : 'reports first';
            accept('error', `'always allowed' keeps inspections whatever reports are offered, '${other}' lets reports replace them: keep one.`, { node: inspections, property: 'alwaysAllowed', code: 'conflicting-values' });
        }
        if (isGiven(inspections.processorPaysOnMaterialBreach) && inspections.costs[0] === 'processor') {
            accept('error', "'unless material breach' shifts the costs to the processor, who bears them anyway under 'costs processor': remove it or name another cost bearer.", { node: inspections, property: 'processorPaysOnMaterialBreach', code: 'conflicting-values' });
        }
        const times = inspections.frequencyTimes[0];
        if (typeof times === 'number' && times < 2) {
            accept('error', times === 1 ? "Write 'at most once per …' for one inspection per period." : 'An inspection cap of 0 forbids inspections: give at least 1.', { node: inspections, property: 'frequencyTimes', code: 'frequency-times' });
        }
    }

    /** A deadline for what the agreed action never does: `return within` with `action delete`, and the reverse. */
    checkEndOfProcessingDeadlines(clause: EndOfProcessing, accept: ValidationAcceptor): void {
        const action = clause.action[0];
        if (action === 'delete' && isGiven(clause.returnWithin)) {
            accept('error', "'return within' gives a deadline for returning the data, but 'action delete' only deletes them: remove one.", { node: clause, property: 'returnWithin', code: 'conflicting-values' });
        }
        if (action === 'return' && isGiven(clause.deleteWithin)) {
            accept('error', "'delete within' gives a deadline for deleting the data, but 'action return' only returns them: remove one.", { node: clause, property: 'deleteWithin', code: 'conflicting-values' });
        }
        // `kept data …` says how data kept after all are handled; without a reason to keep any, it refers to nothing.
        const keepsData = clause.keptFor.length > 0 || isGiven(clause.legalRetentionException) || isGiven(clause.blockIfDeletionImpossible);
        if (clause.keptDataHandling.length > 0 && !keepsData) {
            accept('error', "'kept data' says how kept data are handled, but the clause keeps none: add 'keep …', 'unless law requires storage' or 'block if deletion impossible', or remove it.", { node: clause, property: 'keptDataHandling', code: 'conflicting-values' });
        }
    }

    checkSubProcessingConditions(clause: SubProcessing, accept: ValidationAcceptor): void {
        checkNoticeWrittenOnce(clause, accept);
        if (isGiven(clause.terminationOnlyAffectedServices) && clause.onObjection[0] === 'parties-negotiate') {
            accept('error', "'only affected services' limits a termination, but 'parties-negotiate' terminates nothing: use a '…-may-terminate' consequence or remove it.", { node: clause, property: 'terminationOnlyAffectedServices', code: 'conflicting-values' });
        }
    }

    checkServiceData(service: Service, accept: ValidationAcceptor): void {
        const listsData = service.data.length > 0;
        if (isGiven(service.allData) && listsData) {
            accept('error', "'data all' already includes every data category; remove the list or 'all'.", { node: service, property: 'data', code: 'conflicting-values' });
        }
        if (isGiven(service.noPersonalData) && (isGiven(service.allData) || listsData)) {
            accept('error', "'no personal data' contradicts the data listed for this service.", { node: service, property: 'noPersonalData', code: 'conflicting-values' });
        }
    }

    /** A published page must be reachable from the printed contract: an absolute http(s) URL. */
    checkUrls(node: SubProcessor | SubProcessing, accept: ValidationAcceptor): void {
        const property = isSubProcessor(node) ? 'url' : 'listUrl';
        const values = isSubProcessor(node) ? node.url : node.listUrl;
        values.forEach((value, index) => {
            if (typeof value === 'string' && !isHttpUrl(value)) {
                accept('error', `'${value}' is not an absolute http(s) URL: write it in full, e.g. "https://example.com/privacy".`,
                    { node, property, index, code: 'invalid-url' });
            }
        });
    }

    checkGeneralTerms(terms: GeneralTerms, accept: ValidationAcceptor): void {
        terms.governingLaw.forEach((country, index) => {
            if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country)) {
                accept('error', `'${country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).`,
                    { node: terms, property: 'governingLaw', index, code: 'country-code-format' });
            }
        });
    }

    checkJurisdiction(courts: Jurisdiction, accept: ValidationAcceptor): void {
        if (typeof courts.country === 'string' && !/^[A-Z]{2}$/.test(courts.country)) {
            accept('error', `'${courts.country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).`,
                { node: courts, property: 'country', code: 'country-code-format' });
        }
    }

    checkPrecedence(precedence: Precedence, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        precedence.order.forEach((document, index) => {
            if (seen.has(document)) {
                accept('error', `'${document}' appears twice in the order of precedence; name each document once.`, { node: precedence, property: 'order', index, code: 'conflicting-values' });
            }
            seen.add(document);
        });
    }

    checkLiabilityStated(liability: Liability, accept: ValidationAcceptor): void {
        if (!liability.asMainContract && liability.cap.length === 0 && liability.unlimitedFor.length === 0 && liability.text.length === 0
            && liability.statutoryArt82.length === 0 && liability.controllerIndemnifiesUnlawfulInstructions.length === 0) {
            accept('error', "'liability' states nothing: write 'liability as main contract' or give a cap, 'unlimited for …' or a 'text'.",
                { node: liability, code: 'empty-construct' });
        }
    }

    checkLiabilityCap(cap: LiabilityCap, accept: ValidationAcceptor): void {
        if (typeof cap.currency === 'string' && !/^[A-Z]{3}$/.test(cap.currency)) {
            accept('error', `'${cap.currency}' is not a currency code: write the three capital letters of ISO 4217 (e.g. EUR, USD).`,
                { node: cap, property: 'currency', code: 'currency-code-format' });
        }
    }

    /** `no sub-processors` says the list is empty on purpose: a file that lists or uses sub-processors contradicts it. */
    checkNoSubProcessors(clause: SubProcessing, accept: ValidationAcceptor): void {
        if (clause.noSubProcessors.length === 0) return;
        const agreement = AstUtils.getContainerOfType(clause, isAgreement);
        const listed = agreement?.sections.filter(section => isSubProcessor(section) || section.$type === 'SubProcessorImport').length ?? 0;
        if (listed > 0) {
            accept('error', `'no sub-processors' contradicts the sub-processors this file lists or uses (${listed}); remove the flag or the entries.`,
                { node: clause, property: 'noSubProcessors', code: 'conflicting-values' });
        }
    }

    /** Only the party in the controller's position can itself be a processor acting for its own controllers. */
    checkActsAsProcessor(party: Party, accept: ValidationAcceptor): void {
        const acts = party.actsAsProcessor.at(0);
        if (acts && party.role === 'processor') {
            accept('error', "'acts as processor' belongs to the party that gives the instructions (role controller); this party is already the processor.",
                { node: acts, code: 'conflicting-values' });
        }
    }

    checkRegionCountries(region: RegionDefinition, accept: ValidationAcceptor): void {
        if (region.includesEea.length === 0 && region.countries.length === 0) {
            accept('error', `Region '${region.name}' names no country: add 'eea' or 'countries CC, …'.`, { node: region, property: 'name', code: 'empty-construct' });
        }
        region.countries.forEach((country, index) => {
            if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country)) {
                accept('error', `'${country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. GB, CH).`,
                    { node: region, property: 'countries', index, code: 'country-code-format' });
            }
        });
    }

    /** `no special categories` and a category marked `special art9` cannot both be true; a `name` fills the blank `name to be inserted` leaves. */
    checkStatedAbsences(node: Processing | Party, accept: ValidationAcceptor): void {
        if (node.$type === 'Party') {
            if (isGiven(node.legalName) && isGiven(node.legalNameToBeInserted)) {
                accept('error', "'name to be inserted' leaves the name blank, but a 'name' is given too: keep one.", { node, property: 'legalNameToBeInserted', code: 'conflicting-values' });
            }
            return;
        }
        if (!isGiven(node.noSpecialCategories)) return;
        const agreement = AstUtils.getContainerOfType(node, isAgreement);
        const special = agreement ? AstUtils.streamAllContents(agreement).filter(isDataCategory).find(category => category.special.includes('art9')) : undefined;
        if (special) {
            accept('error', `'no special categories' contradicts category '${special.name}', marked 'special art9': remove one.`, { node, property: 'noSpecialCategories', code: 'conflicting-values' });
        }
    }

    checkPeriodUnit(period: Period, accept: ValidationAcceptor): void {
        // A period cut short by a syntax error (`within 24 }`) has no unit; the parser reports it.
        if (typeof period.unit !== 'string' || typeof period.value !== 'number') return;
        const singular = !period.unit.endsWith('s');
        if (singular && period.value !== 1) {
            accept('error', `Write '${period.value} ${period.unit}s' for a period of ${period.value}.`, { node: period, property: 'unit', code: 'period-unit-number' });
        } else if (!singular && period.value === 1) {
            accept('error', `Write '1 ${period.unit.slice(0, -1)}' for a period of 1.`, { node: period, property: 'unit', code: 'period-unit-number' });
        }
    }
}

const noLanguages: ReadonlySet<string> = new Set();
const languagesByAgreement = new WeakMap<Agreement, ReadonlySet<string>>();

/** The languages an agreement declares, as a set made once per parsed agreement (its texts all ask). */
function declaredLanguages(agreement: Agreement | undefined): ReadonlySet<string> {
    if (!agreement) return noLanguages;
    let languages = languagesByAgreement.get(agreement);
    if (!languages) {
        languages = new Set(agreement.languages);
        languagesByAgreement.set(agreement, languages);
    }
    return languages;
}

/**
 * Placeholders (`{annex measures}`) are looked for only in texts with a `{` in a value: unquoting keeps
 * every `{`, so any other text has none, and `checkTextReferences` would report nothing for it.
 */
export function checkTextReferencesIfAny(text: Text, accept: ValidationAcceptor): void {
    if (text.neutral !== undefined) {
        if (typeof text.neutral === 'string' && !text.neutral.includes('{')) return;
    } else {
        let any = false;
        for (const translation of text.translations) {
            if (typeof translation.value !== 'string' || translation.value.includes('{')) {
                any = true;
                break;
            }
        }
        if (!any) return;
    }
    checkTextReferences(text, accept);
}

/**
 * Properties written at most once per block, by AST type. The grammar collects them as lists
 * (`title+=Text` inside a repeated group) so that a repetition still parses and is reported here
 * rather than silently replacing the first value. Every other list property may be repeated;
 * test/validator-once-only.test.ts makes sure each list property of the grammar is classified.
 */
export const onceOnlyProperties: Readonly<Record<string, readonly string[]>> = {
    Agreement: ['title', 'version', 'date', 'binding', 'mainContract', 'annexLabel', 'effective', 'scope', 'processorMayUpdate', 'definitionsAsInGdpr'],
    Party: ['legalName', 'legalNameToBeInserted', 'roleName', 'address', 'country', 'dpo', 'actsAsProcessor', 'affiliates', 'euRepresentative', 'fromParameter'],
    PartyDetails: ['legalName', 'address', 'country', 'dpo'],
    SubProcessorList: ['url'],
    Contact: ['description'],
    DataProtectionOfficer: ['personName', 'organisation', 'address', 'country', 'phone', 'email', 'external', 'informsOfChanges', 'detailsNotified'],
    DataCategory: ['special', 'optional', 'note'],
    Processing: ['subjectMatter', 'nature', 'duration', 'sensitiveDataSafeguards', 'noSpecialCategories'],
    Duration: ['terminatesWithMainContract', 'noSeparateTermination', 'text'],
    Instructions: ['onlyOnInstructions', 'documentedOnly', 'coversTransfers', 'informsOfInfringement', 'informsIfUnable', 'informsOfLegalRequirement',
        'noOtherPurposes', 'noThirdPartyDisclosure', 'copiesOnlyWhereNeeded', 'oralConfirmed', 'retained', 'maySuspend', 'givenByBlank', 'receivedByBlank',
        'personChangesNotified', 'changesAgreedJointly', 'text', 'supplement'],
    Confidentiality: ['staffCommitted', 'survivesTermination', 'ownStaffOnly', 'regularTraining', 'accessDataSecret', 'text', 'supplement'],
    Security: ['referencesMeasures', 'measuresAdaptable', 'text', 'supplement'],
    SubProcessing: ['authorisation', 'notice', 'noticeChannel', 'emergencyNotice', 'emergencyCondition', 'objectionPeriod', 'objectionForGoodCause', 'objectionOnReasonableGrounds', 'deemedAccepted', 'onObjection', 'terminationOnlyAffectedServices', 'changesNotified', 'flowDown', 'processorLiable', 'controllerMayMonitor', 'noSubProcessors', 'listUrl', 'consentRevocableForGoodCause', 'dataOnlyAfterContract', 'complianceCheckedRegularly', 'ancillaryServicesChecked', 'text', 'supplement'],
    DataSubjectRights: ['withinStatutoryDeadlines', 'reasonable', 'onlyOnInstructions', 'forwardsRequests', 'forwardsIfIdentifiable', 'informationOnlyOnInstructions', 'staffInformationViaContacts', 'costs', 'text', 'supplement'],
    ComplianceAssistance: ['costs', 'text', 'supplement'],
    BreachNotification: ['withoutUndueDelay', 'deadline', 'assistsWithNotifications', 'informationInPhases', 'securesDataAtOnce', 'supportSurvivesTermination', 'noAdmissionOfFault', 'text', 'supplement'],
    EndOfProcessing: ['action', 'controllersChoice', 'includesCopies', 'legalRetentionException', 'blockIfDeletionImpossible', 'certifiesDeletion', 'certifiesOnRequest', 'certificationWithin', 'certificationChannel', 'includesSubProcessors', 'includesTestMaterial', 'deleteWithin', 'returnWithin', 'text', 'supplement'],
    Audits: ['informationOnRequest', 'informationWithin', 'inspections', 'text', 'supplement'],
    Inspections: ['noticePeriod', 'reasonableNotice', 'coordinatedNotice', 'beforeProcessingStarts', 'repeatedly', 'asFarAsNeeded', 'untilClaimsTimeBarred', 'whileDataStored', 'alwaysAllowed', 'noticeChannel', 'frequencyTimes', 'frequencyPer', 'duringBusinessHours', 'businessHours', 'withoutDisruption', 'thirdPartyAuditor', 'processorConsent', 'consentNotUnreasonablyWithheld', 'costs', 'processorPaysOnMaterialBreach', 'protectsBusinessSecrets', 'reportsOnly', 'reportsFirst', 'auditorConfidentiality', 'auditorApproval', 'auditorApprovalNotUnreasonablyWithheld', 'text'],
    ProcessingLocation: ['region', 'exceptionsInAnnex', 'informsInAdvance', 'outsideOnlyWithPriorConsent', 'text', 'supplement'],
    Anonymisation: ['purpose', 'forProcessorPurposes', 'notControllerDataAfterwards', 'informsBeforeFirst', 'informChannel', 'text', 'supplement'],
    ControllerResponsibility: ['solelyResponsible', 'text', 'supplement'],
    SccIncorporation: ['annex', 'dockingClause'],
    SubProcessor: ['legalName', 'address', 'country', 'urgent', 'url', 'urlKind'],
    Service: ['allData', 'noPersonalData', 'function', 'location', 'transfer', 'hostedBy'],
    Measures: ['title', 'version', 'date'],
    MeasureGroup: ['control', 'goal'],
    Measure: ['processorPurposes'],
    RetentionRecord: ['period', 'until'],
    Partners: ['title', 'description'],
    Interface: ['description'],
    PartnerEntry: ['address', 'country', 'securityConcept', 'subProcessor'],
    Signatory: ['personName', 'function', 'place', 'date'],
    GeneralTerms: ['precedence', 'liability', 'governingLaw', 'governingLawExcludesCisg', 'courts', 'term', 'changeOfLaw', 'severability', 'stricterLawApplies', 'stricterLawDecidedByProcessor', 'mainContractOtherwiseUnchanged', 'dataAccessNoConsideration', 'ccpa'],
    CcpaTerms: ['noSelling', 'businessPurposeOnly', 'certifiesUnderstanding'],
    RegionDefinition: ['includesEea'],
    SccClarifications: ['disclosableToAuthorities', 'clausesConfidential', 'suspendOnlyAffectedServices', 'auditsAsInDpa', 'subProcessorCopiesConfidential', 'liabilityAsMainContractExceptDataSubjects', 'onwardSubProcessingConsented', 'appendicesAsAnnexes'],
    Precedence: ['except', 'text'],
    Liability: ['cap', 'statutoryArt82', 'controllerIndemnifiesUnlawfulInstructions', 'text'],
    AgreementTerm: ['survivesUntilDataDeleted', 'terminationForm', 'text'],
    ChangeOfLaw: ['text'],
    Severability: ['text'],
    Affiliates: ['description', 'mayIssueInstructions', 'mayRelyOnAgreement', 'rightsExercisedBy', 'text'],
    EuRepresentative: ['personName', 'address', 'country', 'email', 'phone'],
    Transfer: ['exporter', 'importer', 'country', 'mechanism', 'dockingClause', 'noDockingClause', 'subProcessorAuthorisation', 'disputeBody', 'disputeBodyName', 'authority', 'authorityName', 'governingLaw', 'courts', 'ukAddendum', 'swissFadp', 'authorisedByController', 'successorMechanism', 'clarifications', 'text', 'supplement'],
    UkAddendum: ['start', 'appendsTo', 'appendix'],
    SwissFadp: ['authority', 'law', 'sueInSwitzerland', 'gdprReadAsFadp'],
};

/**
 * `notice 30 days` and `notice in-writing` in one block are two notices even though they fill different
 * properties (period, channel), so the once-only check cannot see them; `emergency notice` is not counted.
 */
function checkNoticeWrittenOnce(node: Inspections | SubProcessing, accept: ValidationAcceptor): void {
    const notices = GrammarUtils.findNodesForKeyword(node.$cstNode, 'notice')
        .filter(keyword => previousTokenText(keyword) !== 'emergency');
    for (const keyword of notices.slice(1)) {
        accept('error', "'notice' is given more than once here; keep one so no value is silently dropped.", { node, range: keyword.range, code: 'duplicate-property' });
    }
}

/** The text of the visible token just before a keyword (`emergency` before `notice`). */
function previousTokenText(keyword: CstNode): string | undefined {
    const siblings = keyword.container?.content ?? [];
    const visible = siblings.filter(node => isLeafCstNode(node) && !node.hidden);
    return visible[visible.indexOf(keyword) - 1]?.text;
}

const singleSections = new Map<string, string>([
    ['Processing', 'processing'], ['Obligations', 'obligations'], ['SccIncorporation', 'scc'],
    ['Measures', 'measures'], ['Retention', 'retention'], ['Partners', 'partners'], ['GeneralTerms', 'general-terms']
]);

/**
 * The keywords of a property as written: those introducing a value (`main contract` before its
 * text), or a flag's own keywords (`staff committed`), so an error can name and underline it.
 */
function writtenProperty(occurrence: CstNode): LeafCstNode[] {
    const assignment = AstUtils.getContainerOfType(occurrence.grammarSource, GrammarAST.isAssignment);
    const siblings = occurrence.container?.content;
    if (!assignment || !siblings) return [];
    const index = siblings.indexOf(occurrence);
    const isFlag = GrammarAST.isKeyword(assignment.terminal);
    const expected = isFlag ? flagKeywords(assignment) : introducingKeywords(assignment);
    const candidates = isFlag
        ? siblings.slice(index, index + expected.length)
        : siblings.slice(Math.max(0, index - expected.length), index);
    const leaves = candidates.filter((node): node is LeafCstNode => isLeafCstNode(node) && !node.hidden);
    const matches = leaves.length === expected.length && leaves.every((leaf, i) => leaf.text === expected[i]);
    return matches ? leaves : [];
}

/** `'changes' 'notified'` for `changesNotified+='changes' 'notified'`: the flag keyword and those following it. */
function flagKeywords(assignment: GrammarAST.Assignment): string[] {
    const words = [(assignment.terminal as GrammarAST.Keyword).value];
    const group = assignment.$container;
    if (GrammarAST.isGroup(group)) {
        for (const element of group.elements.slice(group.elements.indexOf(assignment) + 1)) {
            if (!GrammarAST.isKeyword(element) || element.cardinality) break;
            words.push(element.value);
        }
    }
    return words;
}

/**
 * The keywords written right before a value (`'period' ( period+=Period | 'until' until+=Text )`
 * gives `period until` for `until`), up to the repeated block the property sits in.
 */
function introducingKeywords(assignment: GrammarAST.Assignment): string[] {
    const words: string[] = [];
    let element: GrammarAST.AbstractElement = assignment;
    while (element.cardinality !== '*' && element.cardinality !== '+') {
        const parent: AstNode | undefined = element.$container;
        if (GrammarAST.isGroup(parent)) {
            let index = parent.elements.indexOf(element) - 1;
            for (; index >= 0; index--) {
                const before = parent.elements[index];
                if (!GrammarAST.isKeyword(before) || before.cardinality) break;
                words.unshift(before.value);
            }
            if (index >= 0) break;
            element = parent;
        } else if (GrammarAST.isAlternatives(parent) || GrammarAST.isUnorderedGroup(parent)) {
            element = parent;
        } else {
            break;
        }
    }
    return words;
}

function maxEnd(value: CstNode, lastKeyword: CstNode | undefined) {
    return lastKeyword && lastKeyword.offset > value.offset ? lastKeyword.range.end : value.range.end;
}

function describeType(type: string): string {
    return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** An absolute URL with the http or https scheme and a host. */
export function isHttpUrl(value: string): boolean {
    if (/\s/.test(value)) return false;
    try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
        return false;
    }
}

export function isCalendarDate(value: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/* eslint-disable @typescript-eslint/unbound-method -- ValidationRegistry.register(checks, validator) calls every check with `this` = validator. */
export function registerValidationChecks(services: DpaServices): void {
    const validator = services.validation.DpaValidator;
    const checks: ValidationChecks<DpaAstType> = {
        Agreement: [validator.checkUniqueNames, validator.checkSingleSections, validator.checkLanguagesDeclared, validator.checkDate],
        Obligations: validator.checkSingleObligationPerKind,
        Text: [validator.checkTextLanguages, checkTextReferencesIfAny],
        SccIncorporation: validator.checkUrlLanguages,
        Effective: validator.checkEffectiveDate,
        Party: [validator.checkCountryCodeShape, validator.checkActsAsProcessor, validator.checkStatedAbsences],
        Processing: validator.checkStatedAbsences,
        RegionDefinition: validator.checkRegionCountries,
        DataProtectionOfficer: validator.checkCountryCodeShape,
        Instructions: validator.checkInstructionPersons,
        SubProcessor: [validator.checkCountryCodeShape, validator.checkUrls],
        SubProcessing: [validator.checkUrls, validator.checkSubProcessingConditions, validator.checkNoSubProcessors],
        GeneralTerms: validator.checkGeneralTerms,
        Jurisdiction: validator.checkJurisdiction,
        Precedence: validator.checkPrecedence,
        LiabilityCap: validator.checkLiabilityCap,
        Liability: validator.checkLiabilityStated,
        EuRepresentative: validator.checkCountryCodeShape,
        PartnerEntry: validator.checkCountryCodeShape,
        Transfer: [validator.checkCountryCodeShape, validator.checkTransferChoices],
        ServerLocation: validator.checkServerLocation,
        TransferMechanism: validator.checkTransferModule,
        RetentionRecord: validator.checkRetentionPeriod,
        Inspections: [validator.checkInspectionNotice, validator.checkInspectionConditions],
        EndOfProcessing: validator.checkEndOfProcessingDeadlines,
        Service: validator.checkServiceData,
        Period: validator.checkPeriodUnit
    };
    services.validation.ValidationRegistry.register(checks, validator);
    // Registered per type, so nodes without once-only properties cost nothing.
    const onceOnlyChecks = Object.fromEntries(Object.keys(onceOnlyProperties).map(type => [type, validator.checkSinglePropertiesGivenOnce]));
    services.validation.ValidationRegistry.register(onceOnlyChecks, validator);
    registerFileChecks(services.validation.ValidationRegistry);
}
/* eslint-enable @typescript-eslint/unbound-method */
