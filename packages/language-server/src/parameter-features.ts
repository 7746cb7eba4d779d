import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Hover, LocationLink } from 'vscode-languageserver';
import { ast, parametersOf, single } from '@dpa-as-code/language';
import { documentLanguages, renderText } from './node-descriptions.js';

/*
 * Templates and covers in the editor: a parameter's declaration on hover in the template (its
 * uses in date and country slots included), its declaration and the value this cover gives it on
 * hover in a cover, and go to definition from such a slot to the declaration.
 */

/** Markdown for a declared parameter: name, type, label; `value`, when a cover gives one. */
export function describeParameter(parameter: ast.Parameter, value?: ast.ParameterAssignment): string {
    const languages = documentLanguages(parameter);
    const template = AstUtils.getDocument(parameter);
    const line = (parameter.$cstNode?.range.start.line ?? 0) + 1;
    const lines = [`**parameter** \`${parameter.name}\` (${parameter.type})${parameter.label ? `: ${renderText(parameter.label, languages)}` : ''}`,
        '', `Declared in ${template.uri.path.split('/').pop() ?? ''}, line ${line}; each cover gives its value.`];
    if (value) lines.push('', `Value in this cover: ${describeValue(value, languages)}`);
    return lines.join('\n');
}

function describeValue(value: ast.ParameterAssignment, languages: readonly string[]): string {
    if (value.date !== undefined) return value.date;
    if (value.country !== undefined) return value.country;
    if (value.period) return value.period.value !== undefined ? `${value.period.value} ${value.period.unit}` : '';
    if (value.text) return renderText(value.text, languages);
    if (value.party) return renderText(single(value.party.legalName), languages) || 'party details';
    return '';
}

/** The parameter a leaf of a date or country slot names (`country parameter governingLaw`), with the slot's leaves. */
function markedSlotAt(document: LangiumDocument, offset: number): { parameter: ast.Parameter; range: CstNode['range'] } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    if (!leaf) return undefined;
    // The leaves `parameter` and the name come from the ParameterValue rule, inside a DATE or CountryCode call.
    let call: CstNode | undefined;
    for (let node: CstNode | undefined = leaf; node?.astNode === leaf.astNode; node = node.container) {
        if (GrammarAST.isRuleCall(node.grammarSource) && node.grammarSource.rule.ref?.name === 'ParameterValue') {
            call = node;
            break;
        }
    }
    if (!call) return undefined;
    const name = call.text.replace(/^parameter\s+/, '').trim();
    const agreement = AstUtils.findRootNode(leaf.astNode);
    const parameter = ast.isAgreement(agreement) ? parametersOf(agreement).find(candidate => candidate.name === name) : undefined;
    return parameter ? { parameter, range: call.range } : undefined;
}

/** Hover on a parameter in a template's date or country slot, or on the parameter of a cover's assignment. */
export function parameterHover(document: LangiumDocument, offset: number): Hover | undefined {
    const slot = markedSlotAt(document, offset);
    if (slot) return { contents: { kind: 'markdown', value: describeParameter(slot.parameter) }, range: slot.range };
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    const assignment = leaf?.astNode;
    if (!ast.isParameterAssignment(assignment)) return undefined;
    const nameNode = assignment.parameter.$refNode;
    const parameter = assignment.parameter.ref;
    if (!nameNode || !parameter || offset < nameNode.offset || offset >= nameNode.end) return undefined;
    return { contents: { kind: 'markdown', value: describeParameter(parameter, assignment) }, range: nameNode.range };
}

/** Go to definition from `country parameter governingLaw` to the declaration of `governingLaw`. */
export function parameterDefinition(document: LangiumDocument, offset: number): LocationLink[] | undefined {
    const slot = markedSlotAt(document, offset);
    const target = slot?.parameter.$cstNode;
    if (!slot || !target) return undefined;
    const nameRange = GrammarUtils.findNodeForProperty(target, 'name')?.range ?? target.range;
    return [{ originSelectionRange: slot.range, targetUri: AstUtils.getDocument(slot.parameter).uri.toString(), targetRange: target.range, targetSelectionRange: nameRange }];
}

/** What the keywords of files that use other files mean, on hover. */
export function fileKeywordHover(node: AstNode, keyword: string): string | undefined {
    if (ast.isSubProcessorImport(node) && (keyword === 'use' || keyword === 'from')) {
        return '**use sub-processors from "PATH"**: the sub-processors of a list file (`sub-processors NAME { … }`) belong to this file, '
            + 'at the place of this line. The path is relative to this file. Data categories the list names must be defined here.';
    }
    if (ast.isSubProcessorList(node) && keyword === 'sub-processors') {
        return '**Sub-processor list**: sub-processors kept in a file of their own, used by several agreements with `use sub-processors from "PATH"`. '
            + 'Their `data` names are checked in each agreement that uses the list.';
    }
    if (ast.isCover(node) && (keyword === 'cover' || keyword === 'template')) {
        return '**Cover**: one customer\'s values for a template (an agreement with `parameters`), named by its path relative to this file. '
            + '`dpa generate` on the cover writes that customer\'s contract: the template with these values.';
    }
    if (ast.isParameters(node) && keyword === 'parameters') {
        return '**Parameters**: make this agreement a template. Each parameter (`NAME text|date|period|country|party`) is filled in by every cover; '
            + 'use it as `parameter NAME` in a period, date, country or party, or as `{parameter NAME}` in a text.';
    }
    return undefined;
}
