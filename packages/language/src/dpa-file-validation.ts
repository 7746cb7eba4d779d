import {
    AstUtils, GrammarAST, GrammarUtils, isOperationCancelled, ValidationRegistry, type AstNode, type CstNode, type MaybePromise,
    type ValidationAcceptor, type ValidationCategory, type ValidationCheck, type ValidationChecks
} from 'langium';
import { parseTextReferences } from '@dpa-as-code/model';
import * as ast from './generated/ast.js';
import type { DpaAstType } from './generated/ast.js';
import { isCalendarDate, isHttpUrl } from './dpa-validator.js';
import { importCycle, isTemplate, listOf, templateOf, parameterNamedBy, parametersOf, relativeFile, subProcessorsIn } from './dpa-imports.js';

/**
 * Checks of files that use other files: `use sub-processors from` lines, templates and covers.
 * Each error stands at the line the user can act on: the `use` line, the cover's assignment or
 * its header for a value it lacks, the template's slot that names an unsuitable parameter.
 */

type ParameterType = ast.Parameter['type'];

/**
 * A date or country slot holding `{parameter x}` is checked here, not by the checks of written dates and codes.
 * A check that returns at once is called and guarded without a promise (Langium wraps every check in an
 * async function, which made a promise per check per node); the lists of checks per type are kept.
 */
export class DpaValidationRegistry extends ValidationRegistry {
    private readonly checksByType = new Map<string, readonly ValidationCheck[]>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            const filtered = this.filtering(accept);
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, filtered, cancelToken);
            } catch (error) {
                reportFailedCheck(error, node, filtered);
                return undefined;
            }
            if (!isPromiseLike(result)) return undefined;
            return Promise.resolve(result).then(undefined, (error: unknown) => {
                reportFailedCheck(error, node, filtered);
            });
        };
    }

    /**
     * The filtering acceptor made for each acceptor: a document's validation passes the same one to every check.
     * Weak, so that a finished validation's acceptor (and the document it reports on) can be collected.
     */
    private readonly filteredAcceptors = new WeakMap<ValidationAcceptor, ValidationAcceptor>();

    private filtering(accept: ValidationAcceptor): ValidationAcceptor {
        let filtered = this.filteredAcceptors.get(accept);
        if (!filtered) {
            filtered = (severity, message, info) => {
                if (namesParameter(info)) return;
                accept(severity, message, info);
            };
            this.filteredAcceptors.set(accept, filtered);
        }
        return filtered;
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        this.checksByType.clear();
        super.addEntry(type, entry);
    }

    /** `getChecks` as an array, kept until the next registration. */
    checksFor(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const key = categories ? `${type}\0${categories.join('\0')}` : type;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = this.getChecks(type, categories).toArray();
            this.checksByType.set(key, checks);
        }
        return checks;
    }
}

/** What Langium's `handleException` does with a failing check: log it and report it on the node. */
function reportFailedCheck(error: unknown, node: AstNode, accept: ValidationAcceptor): void {
    // Langium's cancellation marker (a symbol) passes through, as in `handleException`.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (isOperationCancelled(error)) throw error;
    const messageContext = 'An error occurred during validation';
    console.error(`${messageContext}:`, error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    accept('error', `${messageContext}: ${error instanceof Error ? error.message : String(error)}`, { node });
}

function isPromiseLike(value: unknown): value is PromiseLike<void> {
    return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function namesParameter(info: { node: AstNode; property?: string; index?: number }): boolean {
    if (!info.property || !(info.property in info.node)) return false;
    const value = (info.node as unknown as Record<string, unknown>)[info.property];
    const written: unknown = Array.isArray(value) ? (value as unknown[])[info.index ?? 0] : value;
    return parameterNamedBy(written) !== undefined;
}

export function checkImport(use: ast.SubProcessorImport, accept: ValidationAcceptor): void {
    const list = listOf(use);
    if (!list) return;
    const document = AstUtils.getDocument(use);
    const listDocument = AstUtils.getDocument(list);
    const cycle = importCycle(use);
    if (cycle) {
        const path = [document, ...cycle.map(AstUtils.getDocument)].map(d => relativeFile(document, d));
        accept('error', `The lists use each other in a circle: ${path.join(' → ')}; remove one 'use' line.`, { node: use, property: 'list', code: 'import-cycle' });
        return;
    }
    const broken = listDocument.parseResult.lexerErrors.length + listDocument.parseResult.parserErrors.length
        + listDocument.references.filter(reference => reference.error !== undefined).length;
    if (broken > 0) {
        accept('error', `'${use.list.$refText}' has ${broken} syntax or reference error${broken === 1 ? '' : 's'}; fix that file first.`, { node: use, property: 'list', code: 'import-has-errors' });
    }
    const root = AstUtils.findRootNode(use);
    if (!ast.isAgreement(root)) return;
    // A list's services name data categories the using agreement defines.
    const categories = new Set(root.sections.filter(ast.isDataCategoryGroup).flatMap(group => group.categories.map(category => category.name)));
    const own = new Set(root.sections.filter(ast.isSubProcessor).map(sub => sub.name));
    const usedBefore = root.sections.slice(0, root.sections.indexOf(use)).filter(ast.isSubProcessorImport);
    const earlier = new Map(subProcessorsIn({ $type: 'Agreement', sections: usedBefore } as unknown as ast.Agreement, new Set([root])).map(sub => [sub.name, sub]));
    const listed = subProcessorsIn({ $type: 'Agreement', sections: [use] } as unknown as ast.Agreement, new Set([root]));
    for (const sub of listed) {
        const where = (node: AstNode) => `${relativeFile(document, AstUtils.getDocument(node))}:${(node.$cstNode?.range.start.line ?? 0) + 1}`;
        if (own.has(sub.name)) {
            accept('error', `Sub-processor '${sub.name}' is defined in this file and in ${where(sub)}; give one of them another name.`, { node: use, property: 'list', code: 'duplicate-name' });
        }
        const before = earlier.get(sub.name);
        if (before && before !== sub) {
            accept('error', `Sub-processor '${sub.name}' of ${where(sub)} has the name of one in ${where(before)}, used above; give one of them another name.`, { node: use, property: 'list', code: 'duplicate-name' });
        }
        for (const service of sub.services) {
            for (const data of service.data) {
                if (categories.has(data.$refText)) continue;
                accept('error', `Sub-processor '${sub.name}' (${where(service)}) names data category '${data.$refText}', which this agreement does not define; define it with 'category ${data.$refText} …' or change the list.`,
                    { node: use, property: 'list', code: 'unknown-imported-data' });
            }
        }
    }
}

/** A value for every parameter, each of its declared type, each once. */
export function checkCover(cover: ast.Cover, accept: ValidationAcceptor): void {
    const template = templateOf(cover);
    if (!template) return;
    const templateDocument = AstUtils.getDocument(template);
    const broken = templateDocument.parseResult.lexerErrors.length + templateDocument.parseResult.parserErrors.length
        + templateDocument.references.filter(reference => reference.error !== undefined).length;
    if (broken > 0) {
        accept('error', `The template '${cover.template.$refText}' has ${broken} syntax or reference error${broken === 1 ? '' : 's'}; fix it first.`, { node: cover, property: 'template', code: 'template-has-errors' });
    }
    const assigned = new Map<string, ast.ParameterAssignment>();
    for (const assignment of cover.assignments) {
        const name = assignment.parameter.$refText;
        const first = assigned.get(name);
        if (first) {
            accept('error', `The parameter '${name}' is given a value twice (first on line ${(first.$cstNode?.range.start.line ?? 0) + 1}).`, { node: assignment, property: 'parameter', code: 'duplicate-property' });
            continue;
        }
        assigned.set(name, assignment);
        const parameter = assignment.parameter.ref;
        if (parameter) checkAssignedType(assignment, parameter, accept);
    }
    const missing = parametersOf(template).filter(parameter => !assigned.has(parameter.name));
    for (const parameter of missing) {
        accept('error', `The cover gives no value for the parameter '${parameter.name}' (${parameter.type}, line ${(parameter.$cstNode?.range.start.line ?? 0) + 1} of ${cover.template.$refText}); add '${parameter.name} ${example[parameter.type]}'.`,
            { node: cover, property: 'name', code: 'missing-parameter' });
    }
}

const example: Record<ParameterType, string> = {
    text: '"…"', date: 'YYYY-MM-DD', period: '30 days', country: 'DE', party: 'party { name "…" address "…" country DE }'
};

function assignedType(assignment: ast.ParameterAssignment): ParameterType | undefined {
    if (assignment.party) return 'party';
    if (assignment.period) return 'period';
    if (assignment.date !== undefined) return 'date';
    if (assignment.country !== undefined) return 'country';
    if (assignment.text) return 'text';
    return undefined;
}

function checkAssignedType(assignment: ast.ParameterAssignment, parameter: ast.Parameter, accept: ValidationAcceptor): void {
    const given = assignedType(assignment);
    if (!given) return;
    const valueNode: AstNode | undefined = assignment.party ?? assignment.period ?? assignment.text;
    const at: { node: AstNode; property?: string } = valueNode ? { node: valueNode } : { node: assignment, property: given === 'date' ? 'date' : 'country' };
    if (given !== parameter.type) {
        accept('error', `The parameter '${parameter.name}' is a ${parameter.type}, not a ${given}: write ${example[parameter.type]}.`, { ...at, code: 'parameter-type' });
        return;
    }
    if (assignment.period?.parameter) {
        accept('error', `A cover gives values; '${parameter.name}' cannot name another parameter.`, { node: assignment.period, code: 'parameter-type' });
    }
    if (given === 'country' && assignment.country !== undefined && !/^[A-Z]{2}$/.test(assignment.country)) {
        accept('error', `'${assignment.country}' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).`, { node: assignment, property: 'country', code: 'country-code-format' });
    }
    if (given === 'date' && assignment.date !== undefined && !isCalendarDate(assignment.date)) {
        accept('error', `'${assignment.date}' is not a calendar date (YYYY-MM-DD).`, { node: assignment, property: 'date', code: 'invalid-date' });
    }
}

/**
 * In a template: every slot that names a parameter names one of the slot's type; a text names
 * text and date parameters only (a period, country or party is a typed value, written in its slot).
 */
export function checkParameterUses(agreement: ast.Agreement, accept: ValidationAcceptor): void {
    // The first declaration of a name counts; a repetition is reported as a duplicate name.
    const declared = new Map<string, ast.Parameter>();
    for (const parameter of parametersOf(agreement)) if (!declared.has(parameter.name)) declared.set(parameter.name, parameter);
    const wrongType = (name: string, wanted: string, node: AstNode, range: CstNode['range'] | undefined, property?: string) => {
        const parameter = declared.get(name);
        const message = !parameter
            ? (declared.size === 0 ? `'parameter ${name}' names no parameter: only a template (an agreement with a 'parameters' block) has parameters.` : `Unknown parameter '${name}': declare it in the 'parameters' block (known: ${[...declared.keys()].join(', ')}).`)
            : wanted.split('|').includes(parameter.type) ? undefined
            : `The parameter '${name}' is a ${parameter.type}; this place needs a ${wanted.replace('|', ' or ')}.`;
        if (message) accept('error', message, { node, ...(range ? { range } : property ? { property } : {}), code: 'parameter-type' });
    };
    for (const node of AstUtils.streamAst(agreement)) {
        if (ast.isPeriod(node) && node.parameter?.ref) {
            wrongType(node.parameter.$refText, 'period', node, undefined, 'parameter');
        } else if (ast.isParty(node)) {
            node.fromParameter.forEach(reference => { if (reference.ref) wrongType(reference.$refText, 'party', node, reference.$refNode?.range); });
        } else if (ast.isText(node)) {
            const literals = node.neutral !== undefined ? [GrammarUtils.findNodeForProperty(node.$cstNode, 'neutral')]
                : node.translations.map(translation => GrammarUtils.findNodeForProperty(translation.$cstNode, 'value'));
            for (const literal of literals) {
                if (!literal) continue;
                for (const placeholder of parseTextReferences(literal.text)) {
                    if (placeholder.kind !== 'parameter' || !declared.has(placeholder.name)) continue;
                    const document = AstUtils.getDocument(node).textDocument;
                    const range = { start: document.positionAt(literal.offset + placeholder.start), end: document.positionAt(literal.offset + placeholder.end) };
                    wrongType(placeholder.name, 'text|date', node, range);
                }
            }
        }
        checkMarkedSlots(node, wrongType);
    }
}

/** Date and country slots that hold `{parameter x}` (see `ParameterValue` in the grammar). */
function checkMarkedSlots(node: AstNode, wrongType: (name: string, wanted: string, node: AstNode, range: CstNode['range'] | undefined) => void): void {
    for (const cst of node.$cstNode ? directValueNodes(node) : []) {
        const name = parameterNamedBy(cst.value);
        if (name === undefined) continue;
        wrongType(name, cst.rule === 'DATE' ? 'date' : 'country', node, cst.node.range);
    }
}

/** The CST nodes of `node`'s own properties written through the DATE or CountryCode rules, with their values. */
function directValueNodes(node: AstNode): { node: CstNode; rule: string; value: unknown }[] {
    const found: { node: CstNode; rule: string; value: unknown }[] = [];
    for (const [property, value] of Object.entries(node)) {
        if (property.startsWith('$')) continue;
        const values = Array.isArray(value) ? value : [value];
        if (!values.some(v => parameterNamedBy(v) !== undefined)) continue;
        GrammarUtils.findNodesForProperty(node.$cstNode, property).forEach((cst, index) => {
            const call = cst.grammarSource;
            const rule = GrammarAST.isRuleCall(call) ? call.rule.ref?.name : undefined;
            if (rule === 'DATE' || rule === 'CountryCode') found.push({ node: cst, rule, value: values[index] });
        });
    }
    return found;
}

/** Where a list is published must be reachable from a printed contract: an absolute http(s) URL. */
function checkListUrl(list: ast.SubProcessorList, accept: ValidationAcceptor): void {
    list.url.forEach((value, index) => {
        if (!isHttpUrl(value)) {
            accept('error', `'${value}' is not an absolute http(s) URL: write it in full, e.g. "https://example.com/sub-processors".`, { node: list, property: 'url', index, code: 'invalid-url' });
        }
    });
}

/** A cover's template is a template (the linker checks the kind); a list file holds sub-processors only. */
export function registerFileChecks(registry: ValidationRegistry): void {
    const checks: ValidationChecks<DpaAstType> = {
        SubProcessorImport: checkImport,
        SubProcessorList: checkListUrl,
        Cover: checkCover,
        Agreement: (agreement, accept) => { if (isTemplate(agreement) || hasParameterUse(agreement)) checkParameterUses(agreement, accept); }
    };
    registry.register(checks);
}

/** Cheap test whether a non-template still names parameters (then each such use is an error). */
function hasParameterUse(agreement: ast.Agreement): boolean {
    const text = agreement.$cstNode?.root.fullText ?? '';
    // The keyword stands alone (an identifier can neither end nor go on with it): `parameterisation` in a text does not count.
    return /(?<![\w-])parameters?(?![\w-])/.test(text);
}
