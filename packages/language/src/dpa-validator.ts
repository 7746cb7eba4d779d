import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DpaServices } from './dpa-module.js';
import {
    type Agreement, type Obligations, type Text, isAgreement,
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
            if (typeof name !== 'string') continue;
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
        const agreement = AstUtils.getContainerOfType(text, isAgreement);
        const declared = new Set(agreement?.languages ?? []);
        const seen = new Set<string>();
        for (const translation of text.translations) {
            if (seen.has(translation.language)) {
                accept('error', `The '${translation.language}' text is given twice.`, { node: translation, property: 'language', code: 'duplicate-translation' });
            } else if (declared.size > 0 && !declared.has(translation.language)) {
                accept('error', `Text in '${translation.language}', but the agreement declares only: ${[...declared].join(', ')}.`,
                    { node: translation, property: 'language', code: 'undeclared-language' });
            }
            seen.add(translation.language);
        }
    }

    checkPeriodUnit(period: Period, accept: ValidationAcceptor): void {
        const singular = period.unit.endsWith('day') || period.unit.endsWith('hour') || period.unit.endsWith('week')
            || period.unit.endsWith('month') || period.unit.endsWith('year');
        if (singular && period.value !== 1) {
            accept('error', `Write '${period.value} ${period.unit}s' for a period of ${period.value}.`, { node: period, property: 'unit', code: 'period-unit-number' });
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
        Period: validator.checkPeriodUnit
    };
    services.validation.ValidationRegistry.register(checks, validator);
}
