import { AstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DpaServices } from './dpa-module.js';
import { isGiven } from './ast-values.js';
import { checkTextReferences } from './text-references.js';
import {
    type Agreement, type Effective, type Inspections, type Obligations, type RetentionRecord, type SccIncorporation,
    type ServerLocation, type Service, type Text, type TransferMechanism, type Translation, isAgreement,
    type DpaAstType, type Period
} from './generated/ast.js';

/**
 * Structural checks that keep a file's meaning unambiguous: a property given twice would
 * otherwise silently drop the first value, a name given twice would make references
 * ambiguous, and a text in an undeclared language could never be published.
 * Legal completeness (Art. 28 GDPR) is the linter's job, not the validator's.
 */
export class DpaValidator {
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
        for (const node of AstUtils.streamAllContents(agreement)) {
            const name = (node as { name?: unknown }).name;
            // Facts are named per measure and never referenced, so their names may repeat.
            if (typeof name !== 'string' || node.$type === 'Fact') continue;
            const key = `${node.$type}:${name}`;
            const first = seen.get(key);
            if (first) {
                const line = (first.$cstNode?.range.start.line ?? 0) + 1;
                accept('error', `Duplicate ${describeType(node.$type)} name '${name}' (first defined on line ${line}).`,
                    { node, property: 'name', code: 'duplicate-name' });
            } else {
                seen.set(key, node);
            }
        }
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
        const agreement = AstUtils.getContainerOfType(owner, isAgreement);
        const declared = new Set(agreement?.languages ?? []);
        const seen = new Set<string>();
        for (const translation of translations) {
            // A translation cut short by a syntax error has no language yet; the parser reports it.
            if (typeof translation.language !== 'string') continue;
            if (seen.has(translation.language)) {
                accept('error', `The '${translation.language}' text is given twice.`, { node: translation, property: 'language', code: 'duplicate-translation' });
            } else if (declared.size > 0 && !declared.has(translation.language)) {
                accept('error', `Text in '${translation.language}', but the agreement declares only: ${[...declared].join(', ')}.`,
                    { node: translation, property: 'language', code: 'undeclared-language' });
            }
            seen.add(translation.language);
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
        if (isGiven(inspections.noticePeriod) && isGiven(inspections.reasonableNotice)) {
            accept('error', "Give the inspection notice either as a period or as 'reasonable', not both.", { node: inspections, property: 'reasonableNotice', code: 'conflicting-values' });
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

/**
 * Properties written at most once per block, by AST type. The grammar collects them as lists
 * (`title+=Text` inside a repeated group) so that a repetition still parses and is reported here
 * rather than silently replacing the first value. Every other list property may be repeated;
 * test/validator-once-only.test.ts makes sure each list property of the grammar is classified.
 */
export const onceOnlyProperties: Readonly<Record<string, readonly string[]>> = {
    Agreement: ['title', 'version', 'date', 'binding', 'mainContract', 'annexLabel', 'effective', 'scope', 'processorMayUpdate', 'definitionsAsInGdpr'],
    Party: ['legalName', 'roleName', 'address', 'country', 'dpo'],
    Contact: ['description'],
    DataProtectionOfficer: ['personName', 'organisation', 'address', 'country', 'phone', 'email', 'external', 'informsOfChanges'],
    DataCategory: ['special', 'optional', 'note'],
    Processing: ['subjectMatter', 'nature', 'duration', 'sensitiveDataSafeguards'],
    Duration: ['terminatesWithMainContract', 'noSeparateTermination', 'text'],
    Instructions: ['onlyOnInstructions', 'documentedOnly', 'coversTransfers', 'informsOfInfringement', 'text', 'supplement'],
    Confidentiality: ['staffCommitted', 'survivesTermination', 'text', 'supplement'],
    Security: ['referencesMeasures', 'text', 'supplement'],
    SubProcessing: ['authorisation', 'notice', 'noticeChannel', 'emergencyNotice', 'emergencyCondition', 'objectionPeriod', 'objectionForGoodCause', 'onObjection', 'changesNotified', 'flowDown', 'processorLiable', 'controllerMayMonitor', 'noSubProcessors', 'text', 'supplement'],
    DataSubjectRights: ['withinStatutoryDeadlines', 'text', 'supplement'],
    ComplianceAssistance: ['text', 'supplement'],
    BreachNotification: ['withoutUndueDelay', 'deadline', 'assistsWithNotifications', 'text', 'supplement'],
    EndOfProcessing: ['action', 'controllersChoice', 'includesCopies', 'legalRetentionException', 'blockIfDeletionImpossible', 'certifiesDeletion', 'text', 'supplement'],
    Audits: ['informationOnRequest', 'informationWithin', 'inspections', 'text', 'supplement'],
    Inspections: ['noticePeriod', 'reasonableNotice', 'duringBusinessHours', 'businessHours', 'withoutDisruption', 'thirdPartyAuditor', 'processorConsent', 'consentNotUnreasonablyWithheld', 'costs', 'protectsBusinessSecrets', 'reportsOnly', 'text'],
    ProcessingLocation: ['region', 'exceptionsInAnnex', 'informsInAdvance', 'text', 'supplement'],
    Anonymisation: ['purpose', 'forProcessorPurposes', 'notControllerDataAfterwards', 'informsBeforeFirst', 'informChannel', 'text', 'supplement'],
    ControllerResponsibility: ['solelyResponsible', 'text', 'supplement'],
    SccIncorporation: ['annex', 'dockingClause'],
    SubProcessor: ['legalName', 'address', 'country', 'urgent'],
    Service: ['allData', 'noPersonalData', 'function', 'location', 'transfer', 'hostedBy'],
    Measures: ['title', 'version'],
    MeasureGroup: ['control', 'goal'],
    Measure: ['processorPurposes'],
    RetentionRecord: ['period', 'until'],
    Partners: ['title', 'description'],
    Interface: ['description'],
    PartnerEntry: ['address', 'country', 'securityConcept', 'subProcessor'],
    Signatory: ['personName', 'function', 'place', 'date'],
};

const singleSections = new Map<string, string>([
    ['Processing', 'processing'], ['Obligations', 'obligations'], ['SccIncorporation', 'scc'],
    ['Measures', 'measures'], ['Retention', 'retention'], ['Partners', 'partners']
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
        Text: [validator.checkTextLanguages, checkTextReferences],
        SccIncorporation: validator.checkUrlLanguages,
        Effective: validator.checkEffectiveDate,
        Party: validator.checkCountryCodeShape,
        DataProtectionOfficer: validator.checkCountryCodeShape,
        SubProcessor: validator.checkCountryCodeShape,
        PartnerEntry: validator.checkCountryCodeShape,
        ServerLocation: validator.checkServerLocation,
        TransferMechanism: validator.checkTransferModule,
        RetentionRecord: validator.checkRetentionPeriod,
        Inspections: validator.checkInspectionNotice,
        Service: validator.checkServiceData,
        Period: validator.checkPeriodUnit
    };
    services.validation.ValidationRegistry.register(checks, validator);
    // Registered per type, so nodes without once-only properties cost nothing.
    const onceOnlyChecks = Object.fromEntries(Object.keys(onceOnlyProperties).map(type => [type, validator.checkSinglePropertiesGivenOnce]));
    services.validation.ValidationRegistry.register(onceOnlyChecks, validator);
}
/* eslint-enable @typescript-eslint/unbound-method */
