import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import { ast, textReferenceTargets } from '@dpa-as-code/language';
import { findHardCodedReferences, type HardCodedReference } from '@dpa-as-code/lint';
import { nodeAtDiagnostic, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fix for `hygiene-hard-coded-reference`: "Anlage 3" becomes `{annex measures}` when the
 * generated contract's Anlage 3 is the measures annex; "Ziffer 4" becomes `{section …}` for the
 * contract's section 4; a pasted "4.1:" is removed. The title names the target, because the
 * number in a copied text may have meant another document's numbering: the author confirms.
 */
export function hardCodedReferenceFixes(context: QuickFixContext): QuickFix[] {
    if (context.code !== 'hygiene-hard-coded-reference') return [];
    // The finding's data names the reference as written (never read from the message).
    const quoted = (context.diagnostic.data as { data?: { text?: unknown } } | undefined)?.data?.text;
    let construct = nodeAtDiagnostic(context);
    while (construct && !REPORTED_CONSTRUCTS.has(construct.$type)) construct = construct.$container;
    if (!construct || typeof quoted !== 'string') return [];
    const fixes: QuickFix[] = [];
    for (const literal of textsOf(construct).flatMap(literalsOf)) {
        // The literal's content without its quotes (escapes kept), so offsets map to the document.
        for (const reference of findHardCodedReferences(literal.text.slice(1, -1))) {
            if (reference.text !== quoted) continue;
            const fix = fixFor(context.agreement, reference, literal.offset + 1);
            if (fix) fixes.push(fix);
        }
    }
    return fixes;
}

function literalsOf(text: ast.Text): CstNode[] {
    const nodes = text.neutral !== undefined
        ? [GrammarUtils.findNodeForProperty(text.$cstNode, 'neutral')]
        : text.translations.map(translation => GrammarUtils.findNodeForProperty(translation.$cstNode, 'value'));
    return nodes.filter((node): node is CstNode => node !== undefined);
}

function fixFor(agreement: ast.Agreement, reference: HardCodedReference, literalOffset: number): QuickFix | undefined {
    const start = literalOffset + reference.start;
    const end = literalOffset + reference.end;
    if (reference.kind === 'pasted-number') {
        // The number, its colon and the space after it.
        return { title: `Remove the pasted section number "${reference.text}"`, edits: [{ start, end: end + 1, newText: '' }] };
    }
    if (reference.number === undefined) return undefined;
    const targets = textReferenceTargets(agreement, reference.kind);
    const target = targets[reference.number - 1] as (typeof targets)[number] | undefined;
    if (!target) return undefined;
    const label = reference.kind === 'annex' ? `Anlage ${reference.number} / Annex ${reference.number}` : `Ziffer ${reference.number} / Section ${reference.number}`;
    return {
        title: `Replace "${reference.text}" with {${reference.kind} ${target.name}} (${label} of the generated contract)`,
        edits: [{ start, end, newText: `{${reference.kind} ${target.name}}` }]
    };
}

/**
 * The constructs the linter reports texts at (those with a source location in the model): a
 * finding about a text points at the innermost of these that contains it.
 */
export const REPORTED_CONSTRUCTS = new Set<string>([
    ast.Agreement.$type, ast.Party.$type, ast.Contact.$type, ast.DataProtectionOfficer.$type, ast.Product.$type,
    ast.DataSubject.$type, ast.DataCategoryGroup.$type, ast.DataCategory.$type, ast.Processing.$type,
    ast.Instructions.$type, ast.Confidentiality.$type, ast.Security.$type, ast.SubProcessing.$type, ast.DataSubjectRights.$type,
    ast.ComplianceAssistance.$type, ast.BreachNotification.$type, ast.EndOfProcessing.$type, ast.Audits.$type,
    ast.ProcessingLocation.$type, ast.Anonymisation.$type, ast.ControllerResponsibility.$type, ast.Inspections.$type,
    ast.SccIncorporation.$type, ast.SccOption.$type, ast.SccSupplement.$type, ast.SubProcessor.$type, ast.Service.$type,
    ast.Measures.$type, ast.MeasureGroup.$type, ast.Measure.$type, ast.MeasureParagraph.$type,
    ast.Retention.$type, ast.RetentionRecord.$type, ast.Partners.$type, ast.Interface.$type, ast.PartnerEntry.$type
]);

/** The texts the construct reports itself: its own, not those of constructs inside it. */
export function textsOf(construct: AstNode): ast.Text[] {
    const texts: ast.Text[] = [];
    const visit = (node: AstNode) => {
        for (const child of AstUtils.streamContents(node)) {
            if (ast.isText(child)) texts.push(child);
            else if (!REPORTED_CONSTRUCTS.has(child.$type)) visit(child);
        }
    };
    visit(construct);
    return texts;
}
