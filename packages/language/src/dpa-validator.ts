import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DpaServices } from './dpa-module.js';
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
    constructor(private readonly services: DpaServices) {}

    checkSinglePropertiesGivenOnce(node: AstNode, accept: ValidationAcceptor): void {
        const metaData = this.services.shared.AstReflection.getTypeMetaData(node.$type);
        for (const property of Object.values(metaData.properties)) {
            if (Array.isArray(property.defaultValue)) continue;
            const occurrences = GrammarUtils.findNodesForProperty(node.$cstNode, property.name);
            if (occurrences.length > 1) {
                const start = leadingKeywords(node.$cstNode!, occurrences[1]);
                const label = start.length > 0 ? start.map(leaf => leaf.text).join(' ') : property.name;
                const range = { start: (start[0] ?? occurrences[1]).range.start, end: occurrences[1].range.end };
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
                    { node, property: 'name' as never, code: 'duplicate-name' });
            } else {
                seen.set(key, node);
            }
        }
    }

    /** Sections that describe the agreement as a whole may appear once. */
    checkSingleSections(agreement: Agreement, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const section of agreement.sections) {
            if (!singleSections.has(section.$type)) continue;
            const first = seen.get(section.$type);
            if (first) {
                accept('error', `Only one '${singleSections.get(section.$type)}' section is allowed (first on line ${(first.$cstNode?.range.start.line ?? 0) + 1}); merge them.`,
                    { node: section, keyword: singleSections.get(section.$type)!, code: 'duplicate-section' });
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
        if (agreement.languages.length === 0) {
            accept('error', "Declare the languages this agreement is written in, e.g. 'languages de, en'.",
                { node: agreement, property: 'name', code: 'missing-languages' });
        }
        const seen = new Set<string>();
        agreement.languages.forEach((language, index) => {
            if (seen.has(language)) {
                accept('error', `Language '${language}' is declared twice.`, { node: agreement, property: 'languages', index, code: 'duplicate-language' });
            }
            seen.add(language);
        });
    }

    checkDate(agreement: Agreement, accept: ValidationAcceptor): void {
        if (agreement.date && !isCalendarDate(agreement.date)) {
            accept('error', `'${agreement.date}' is not a calendar date (YYYY-MM-DD).`, { node: agreement, property: 'date', code: 'invalid-date' });
        }
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
    checkCountryCodeShape(node: AstNode, accept: ValidationAcceptor): void {
        const country = (node as { country?: unknown }).country;
        if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country)) {
            accept('error', `'${country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).`,
                { node, property: 'country' as never, code: 'country-code-format' });
        }
    }

    checkServerLocation(location: ServerLocation, accept: ValidationAcceptor): void {
        location.countries.forEach((country, index) => {
            if (!/^[A-Z]{2}$/.test(country) && country !== 'EU' && country !== 'EEA') {
                accept('error', `'${country}' is not a server location: write an ISO 3166-1 alpha-2 code (e.g. DE), EU, EEA or region-dependent.`,
                    { node: location, property: 'countries', index, code: 'country-code-format' });
            }
        });
    }

    checkTransferModule(transfer: TransferMechanism, accept: ValidationAcceptor): void {
        if (transfer.module === undefined) return;
        if (transfer.kind !== 'scc-2021/914') {
            accept('error', `A module belongs to 'scc-2021/914' only, not to '${transfer.kind}'.`, { node: transfer, property: 'module', code: 'transfer-module' });
        } else if (transfer.module < 1 || transfer.module > 4) {
            accept('error', `Decision 2021/914 has modules 1 to 4, not ${transfer.module}.`, { node: transfer, property: 'module', code: 'transfer-module' });
        }
    }

    /** Values that exclude each other: the second would make the first meaningless. */
    checkRetentionPeriod(record: RetentionRecord, accept: ValidationAcceptor): void {
        if (record.period && record.until) {
            accept('error', "A retention record has either a period or 'period until …', not both.", { node: record, property: 'until', code: 'conflicting-values' });
        }
    }

    checkInspectionNotice(inspections: Inspections, accept: ValidationAcceptor): void {
        if (inspections.noticePeriod && inspections.reasonableNotice) {
            accept('error', "Give the inspection notice either as a period or as 'reasonable', not both.", { node: inspections, property: 'reasonableNotice', code: 'conflicting-values' });
        }
    }

    checkServiceData(service: Service, accept: ValidationAcceptor): void {
        if (service.allData && service.data.length > 0) {
            accept('error', "'data all' already includes every data category; remove the list or 'all'.", { node: service, property: 'data', code: 'conflicting-values' });
        }
        if (service.noPersonalData && (service.allData || service.data.length > 0)) {
            accept('error', "'no personal data' contradicts the data listed for this service.", { node: service, property: 'noPersonalData', code: 'conflicting-values' });
        }
    }

    checkPeriodUnit(period: Period, accept: ValidationAcceptor): void {
        const singular = !period.unit.endsWith('s');
        if (singular && period.value !== 1) {
            accept('error', `Write '${period.value} ${period.unit}s' for a period of ${period.value}.`, { node: period, property: 'unit', code: 'period-unit-number' });
        } else if (!singular && period.value === 1) {
            accept('error', `Write '1 ${period.unit.slice(0, -1)}' for a period of 1.`, { node: period, property: 'unit', code: 'period-unit-number' });
        }
    }
}

const singleSections = new Map<string, string>([
    ['Processing', 'processing'], ['Obligations', 'obligations'], ['SccIncorporation', 'scc'],
    ['Measures', 'measures'], ['Retention', 'retention'], ['Partners', 'partners']
]);

/**
 * The keywords that introduce a property value (`main contract` before its text), so a
 * diagnostic can point at the property as written rather than at its value.
 */
function leadingKeywords(container: CstNode, value: CstNode): LeafCstNode[] {
    const leaves = CstUtils.streamCst(container).filter((n): n is LeafCstNode => isLeafCstNode(n) && !n.hidden).toArray();
    let index = leaves.findIndex(leaf => leaf.offset === value.offset);
    const result: LeafCstNode[] = [];
    // A '?=' flag is its own keyword; only values have introducing keywords.
    if (index < 0 || GrammarAST.isKeyword(value.grammarSource)) return result;
    while (--index >= 0) {
        const leaf = leaves[index];
        const keyword = leaf.grammarSource;
        if (!GrammarAST.isKeyword(keyword) || !/^[a-z]/.test(keyword.value) || GrammarAST.isAssignment(keyword.$container)) break;
        result.unshift(leaf);
    }
    return result;
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

export function registerValidationChecks(services: DpaServices): void {
    const validator = services.validation.DpaValidator;
    const checks: ValidationChecks<DpaAstType> = {
        AstNode: validator.checkSinglePropertiesGivenOnce,
        Agreement: [validator.checkUniqueNames, validator.checkSingleSections, validator.checkLanguagesDeclared, validator.checkDate],
        Obligations: validator.checkSingleObligationPerKind,
        Text: validator.checkTextLanguages,
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
}
