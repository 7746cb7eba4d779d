import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import {
    CompletionItemKind, type CompletionItem, type Hover, type LocationLink, type Range, type TextEdit
} from 'vscode-languageserver';
import {
    ast, agreementOf, describeTextReferenceKind, single, findTextReferenceTarget, referencesTo, textReferenceAt,
    textReferenceTargets, type LocatedTextReference, type TextReferenceTarget
} from '@dpa-as-code/language';
import { TEXT_REFERENCE_KINDS, type TextReferenceKind } from '@dpa-as-code/model';

/**
 * Editor features for typed references inside texts (`{annex measures}`): completion of the
 * kind and the name, hover with the number the contract gives the target, go to definition,
 * and rename of a party, sub-processor or retention record together with the placeholders
 * that name it.
 */

// ---------------------------------------------------------------- completion

/** Completions when the cursor is inside `{…` in a string literal; undefined elsewhere. */
export function textReferenceCompletions(document: LangiumDocument, offset: number): CompletionItem[] | undefined {
    const root = document.parseResult.value;
    const leaf = root.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, offset) : undefined;
    if (!leaf || !leaf.text.startsWith('"') || offset <= leaf.offset || offset >= leaf.end) return undefined;
    const agreement = agreementOf(root);
    if (!agreement) return undefined;
    const before = leaf.text.slice(0, offset - leaf.offset);
    const typingName = /\{[ \t]*(annex|section|party|sub-processor|period)[ \t]+([\w-]*)$/.exec(before);
    if (typingName) {
        const kind = typingName[1] as TextReferenceKind;
        const range = rangeOf(document, offset - typingName[2].length, offset);
        return textReferenceTargets(agreement, kind).map((target, index) => ({
            label: target.name,
            kind: CompletionItemKind.Reference,
            detail: targetSummary(target, index),
            textEdit: { range, newText: target.name }
        }));
    }
    const typingKind = /\{[ \t]*([\w-]*)$/.exec(before);
    if (typingKind) {
        const range = rangeOf(document, offset - typingKind[1].length, offset);
        return TEXT_REFERENCE_KINDS.map(kind => ({
            label: kind,
            kind: CompletionItemKind.Keyword,
            detail: `typed reference to a ${describeTextReferenceKind(kind)}`,
            textEdit: { range, newText: `${kind} ` },
            command: { title: 'names', command: 'editor.action.triggerSuggest' }
        }));
    }
    return undefined;
}

// ---------------------------------------------------------------- hover

export function textReferenceHover(document: LangiumDocument, offset: number): Hover | undefined {
    const reference = textReferenceAt(document, offset);
    const agreement = reference ? agreementOf(reference.text) : undefined;
    if (!reference || !agreement) return undefined;
    const targets = textReferenceTargets(agreement, reference.kind);
    const index = targets.findIndex(target => target.name === reference.name);
    const placeholder = `\`{${reference.kind}${reference.name ? ` ${reference.name}` : ''}}\``;
    const value = index < 0
        ? `${placeholder}: no ${describeTextReferenceKind(reference.kind)} of this name in the agreement.`
        : `${placeholder} → ${targetSummary(targets[index], index)}`;
    return { contents: { kind: 'markdown', value }, range: rangeOf(document, reference.start, reference.end) };
}

/** What the target is and how the contract prints it ("Anlage 3 / Annex 3 — measures, line 40"). */
function targetSummary(target: TextReferenceTarget, index: number): string {
    const line = (target.node.$cstNode?.range.start.line ?? 0) + 1;
    switch (target.kind) {
        case 'annex':
            return `Anlage ${index + 1} / Annex ${index + 1}: ${target.name} (line ${line})`;
        case 'section':
            return `Ziffer ${index + 1} / Section ${index + 1}: ${target.name === 'subject' ? 'subject matter' : `${target.name}${target.name === 'scc' ? '' : ' clause'}`} (line ${line})`;
        case 'party': {
            const party = target.node as ast.Party;
            return `party ${target.name} (${party.role}): ${textOf(party.legalName) ?? target.name} (line ${line})`;
        }
        case 'sub-processor': {
            const legalName = single((target.node as ast.SubProcessor).legalName);
            return `sub-processor ${legalName ?? target.name} (line ${line})`;
        }
        case 'period': {
            const record = target.node as ast.RetentionRecord;
            const period = single(record.period);
            return `retention period of record ${target.name}${period ? `: ${period.value} ${period.unit}` : ''} (line ${line})`;
        }
        case 'parameter': {
            const parameter = target.node as ast.Parameter;
            return `parameter ${target.name} (${parameter.type})${parameter.label ? `: ${textOf(parameter.label)}` : ''}, filled in by each cover (line ${line})`;
        }
    }
}

function textOf(text: ast.Text | ast.Text[] | undefined): string | undefined {
    const first = single(([] as ast.Text[]).concat(text ?? []));
    if (!first) return undefined;
    return first.neutral ?? first.translations.map(translation => translation.value).join(' / ');
}

// ---------------------------------------------------------------- definition

export function textReferenceDefinition(document: LangiumDocument, offset: number): LocationLink[] | undefined {
    const reference = textReferenceAt(document, offset);
    const agreement = reference ? agreementOf(reference.text) : undefined;
    const target = reference && agreement ? findTextReferenceTarget(agreement, reference.kind, reference.name) : undefined;
    const targetRange = target?.node.$cstNode?.range;
    if (!reference || !target || !targetRange) return undefined;
    const nameRange = nameNode(target.node)?.range ?? targetRange;
    return [{
        originSelectionRange: rangeOf(document, reference.start, reference.end),
        targetUri: AstUtils.getDocument(target.node).uri.toString(),
        targetRange,
        targetSelectionRange: nameRange
    }];
}

function nameNode(node: AstNode) {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}

// ---------------------------------------------------------------- rename

/** The renamable target named by the placeholder at `offset`, with the range of the name to select. */
export function renamableTextReferenceAt(document: LangiumDocument, offset: number): { target: TextReferenceTarget; range: Range } | undefined {
    const reference = textReferenceAt(document, offset);
    const agreement = reference ? agreementOf(reference.text) : undefined;
    const target = reference && agreement ? findTextReferenceTarget(agreement, reference.kind, reference.name) : undefined;
    if (!reference || !target?.renamable) return undefined;
    return { target, range: rangeOf(document, reference.nameStart, reference.nameEnd) };
}

/** The target a declaration node stands for, when texts can name it. */
export function textReferenceTargetOf(node: AstNode): TextReferenceTarget | undefined {
    const agreement = agreementOf(node);
    const kind: TextReferenceKind | undefined = ast.isParty(node) ? 'party' : ast.isSubProcessor(node) ? 'sub-processor'
        : ast.isRetentionRecord(node) ? 'period' : undefined;
    if (!agreement || !kind) return undefined;
    return textReferenceTargets(agreement, kind).find(target => target.node === node);
}

/** Edits that rename `target` in every placeholder naming it. */
export function textReferenceRenameEdits(document: LangiumDocument, target: TextReferenceTarget, newName: string): TextEdit[] {
    return referencesTo(document.parseResult.value, target)
        .map((reference: LocatedTextReference) => ({ range: rangeOf(document, reference.nameStart, reference.nameEnd), newText: newName }));
}

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}
