import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Hover, LocationLink, Range, TextEdit } from 'vscode-languageserver';
import { agreementOf, allTextReferences, ast, parametersOf, single, textReferenceAt } from '@dpa-as-code/language';
import { documentLanguages, renderText } from './node-descriptions.js';

/*
 * Templates and covers in the editor: a parameter's declaration on hover in the template (its
 * uses in date and country slots included), its declaration and the value this cover gives it on
 * hover in a cover, go to definition from such a slot to the declaration, and rename of a
 * parameter with every use in the template and in the covers that fill it in.
 */

/** Markdown for a declared parameter: name, type, label; `value`, when a cover gives one. */
export function describeParameter(parameter: ast.Parameter, value?: ast.ParameterAssignment): string {
    const languages = documentLanguages(parameter);
    const template = AstUtils.getDocument(parameter);
    const line = (parameter.$cstNode?.range.start.line ?? 0) + 1;
    const lines = [`**parameter** \`${parameter.name}\` (${parameter.type})${parameter.label ? `: ${renderText(parameter.label, languages)}` : ''}`,
        '', `Declared in ${template.uri.path.split('/').pop() ?? ''}, line ${line}; each cover gives its value.`];
    if (value) lines.push('', `Value in this cover: ${describeParameterValue(value, languages)}`);
    return lines.join('\n');
}

/** The value a cover gives, as the user wrote it (a text in the first of `languages`, a party by its name). */
export function describeParameterValue(value: ast.ParameterAssignment, languages: readonly string[],
    textOf: (text: ast.Text | undefined, languages: readonly string[]) => string = renderText): string {
    if (value.date !== undefined) return value.date;
    if (value.country !== undefined) return value.country;
    if (value.period) return value.period.value !== undefined ? `${value.period.value} ${value.period.unit}` : '';
    if (value.text) return textOf(value.text, languages);
    if (value.party) return textOf(single(value.party.legalName), languages) || 'party details';
    return '';
}

/** The call of the `ParameterValue` rule a leaf belongs to (`parameter governingLaw` in a date or country slot). */
function parameterValueCall(leaf: CstNode): CstNode | undefined {
    for (let node: CstNode | undefined = leaf; node?.astNode === leaf.astNode; node = node.container) {
        if (isParameterValueCall(node)) return node;
    }
    return undefined;
}

function isParameterValueCall(node: CstNode): boolean {
    return GrammarAST.isRuleCall(node.grammarSource) && node.grammarSource.rule.ref?.name === 'ParameterValue';
}

/** The leaf of the name in a `ParameterValue` call (the last token; `parameter` comes first). */
function slotNameLeaf(call: CstNode): CstNode | undefined {
    return [...CstUtils.streamCst(call)].filter(node => isLeafCstNode(node) && !node.hidden).at(-1);
}

/** The parameter a leaf of a date or country slot names (`country parameter governingLaw`), with the slot's leaves. */
function markedSlotAt(document: LangiumDocument, offset: number): { parameter: ast.Parameter; range: CstNode['range']; nameRange: CstNode['range'] } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    if (!leaf) return undefined;
    // The leaves `parameter` and the name come from the ParameterValue rule, inside a DATE or CountryCode call.
    const call = parameterValueCall(leaf);
    const nameLeaf = call ? slotNameLeaf(call) : undefined;
    if (!call || !nameLeaf) return undefined;
    const agreement = AstUtils.findRootNode(leaf.astNode);
    const parameter = ast.isAgreement(agreement) ? parametersOf(agreement).find(candidate => candidate.name === nameLeaf.text) : undefined;
    return parameter ? { parameter, range: call.range, nameRange: nameLeaf.range } : undefined;
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

// ---------------------------------------------------------------- rename

/**
 * The parameter named at `offset` by a use that is no cross-reference: a date or country slot
 * (`country parameter law`) or a placeholder in a text (`{parameter customerName}`); with the name's range.
 */
export function parameterUseAt(document: LangiumDocument, offset: number): { parameter: ast.Parameter; range: Range } | undefined {
    const slot = markedSlotAt(document, offset);
    if (slot) return { parameter: slot.parameter, range: slot.nameRange };
    const placeholder = textReferenceAt(document, offset);
    const agreement = placeholder?.kind === 'parameter' ? agreementOf(placeholder.text) : undefined;
    const parameter = agreement ? parametersOf(agreement).find(candidate => candidate.name === placeholder?.name) : undefined;
    if (!placeholder || !parameter) return undefined;
    const text = document.textDocument;
    return { parameter, range: { start: text.positionAt(placeholder.nameStart), end: text.positionAt(placeholder.nameEnd) } };
}

/**
 * The edits that rename `parameter`, by file URI: its declaration and every use in its template
 * (periods and parties that name it, date and country slots, placeholders in texts), and the
 * assignment of every cover among `documents` that fills in this template. A name that only
 * looks the same (in prose, in another template or its covers) is left alone.
 */
export function parameterRenameEdits(parameter: ast.Parameter, newName: string, documents: LangiumDocuments): Record<string, TextEdit[]> {
    const template = AstUtils.findRootNode(parameter);
    const templateDocument = AstUtils.getDocument(parameter);
    const name = parameter.name;
    const ranges: Range[] = [];
    const declared = GrammarUtils.findNodeForProperty(parameter.$cstNode, 'name');
    if (declared) ranges.push(declared.range);
    for (const node of AstUtils.streamAst(template)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = 'ref' in reference ? reference.ref : undefined;
            if (reference.$refNode && reference.$refText === name && target === parameter) ranges.push(reference.$refNode.range);
        }
    }
    if (template.$cstNode) {
        for (const node of CstUtils.streamCst(template.$cstNode)) {
            const nameLeaf = isParameterValueCall(node) ? slotNameLeaf(node) : undefined;
            if (nameLeaf?.text === name) ranges.push(nameLeaf.range);
        }
    }
    const text = templateDocument.textDocument;
    for (const placeholder of allTextReferences(template)) {
        if (placeholder.kind === 'parameter' && placeholder.name === name) {
            ranges.push({ start: text.positionAt(placeholder.nameStart), end: text.positionAt(placeholder.nameEnd) });
        }
    }
    const changes: Record<string, TextEdit[]> = { [templateDocument.uri.toString()]: ranges.map(range => ({ range, newText: newName })) };
    for (const document of documents.all) {
        const cover = document.parseResult.value;
        // Compared by file: a cover linked before the template's last edit still points at its older tree.
        const filled = ast.isCover(cover) ? cover.template.ref : undefined;
        if (!ast.isCover(cover) || !filled || AstUtils.getDocument(filled).uri.toString() !== templateDocument.uri.toString()) continue;
        const edits = cover.assignments.flatMap(assignment => {
            const nameNode = assignment.parameter.$refNode;
            return nameNode && assignment.parameter.$refText === name ? [{ range: nameNode.range, newText: newName }] : [];
        });
        if (edits.length > 0) changes[document.uri.toString()] = edits;
    }
    return changes;
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
