import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { ast } from '@dpa-as-code/language';
import { nodeAtDiagnostic, type OffsetEdit, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fix for `bilingual-completeness`: a text that lacks a declared language gets a stub in
 * that language right after its existing translation, holding the existing text behind
 * "TODO translate: ", so the file stays valid and the gap stays visible in the generated documents.
 */

export const TRANSLATION_STUB_PREFIX = 'TODO translate: ';

/**
 * The constructs the linter reports texts at (those with a source location in the model): a
 * finding about a text points at the innermost of these that contains it.
 */
const REPORTED_CONSTRUCTS = new Set<string>([
    ast.Agreement.$type, ast.Party.$type, ast.Contact.$type, ast.DataProtectionOfficer.$type, ast.Product.$type,
    ast.DataSubject.$type, ast.DataCategoryGroup.$type, ast.DataCategory.$type, ast.Processing.$type,
    ast.Instructions.$type, ast.Confidentiality.$type, ast.Security.$type, ast.SubProcessing.$type, ast.DataSubjectRights.$type,
    ast.ComplianceAssistance.$type, ast.BreachNotification.$type, ast.EndOfProcessing.$type, ast.Audits.$type,
    ast.ProcessingLocation.$type, ast.Anonymisation.$type, ast.ControllerResponsibility.$type, ast.Inspections.$type,
    ast.SccIncorporation.$type, ast.SccOption.$type, ast.SccSupplement.$type, ast.SubProcessor.$type, ast.Service.$type,
    ast.Measures.$type, ast.MeasureGroup.$type, ast.Measure.$type, ast.MeasureParagraph.$type,
    ast.Retention.$type, ast.RetentionRecord.$type, ast.Partners.$type, ast.Interface.$type, ast.PartnerEntry.$type
]);

const LANGUAGE_NAMES: Record<string, string> = { de: 'German', en: 'English' };

export function translationFixes(context: QuickFixContext): QuickFix[] {
    if (context.code !== 'bilingual-completeness') return [];
    let construct = nodeAtDiagnostic(context);
    while (construct && !REPORTED_CONSTRUCTS.has(construct.$type)) construct = construct.$container;
    if (!construct) return [];
    const declared: readonly string[] = context.agreement.languages;
    const named = /\('(de|en)'\)/.exec(context.diagnostic.message)?.[1];
    const languages = named ? [named] : declared;
    const fixes: QuickFix[] = [];
    for (const language of languages) {
        if (!declared.includes(language)) continue;
        const edits = textsOf(construct).map(text => stub(text, language)).filter((edit): edit is OffsetEdit => edit !== undefined);
        if (edits.length === 0) continue;
        const name = LANGUAGE_NAMES[language] ?? language;
        const article = /^[AEIOU]/.test(name) ? 'an' : 'a';
        const title = edits.length === 1 ? `Add ${article} ${name} translation stub` : `Add ${name} translation stubs (${edits.length} texts)`;
        fixes.push({ title, edits, preferred: true });
    }
    return fixes;
}

/** The texts the construct reports itself: its own, not those of constructs inside it. */
function textsOf(construct: AstNode): ast.Text[] {
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

/** ` en "TODO translate: <the existing text>"` after the text's last translation. */
function stub(text: ast.Text, language: string): OffsetEdit | undefined {
    const translations = text.translations;
    if (translations.length === 0 || translations.some(translation => translation.language === language)) return undefined;
    const last = translations[translations.length - 1].$cstNode;
    // The existing string as written (escapes included), so the stub is a valid string too.
    const written = GrammarUtils.findNodeForProperty(translations[0].$cstNode, 'value')?.text;
    if (!last || !written) return undefined;
    return { start: last.end, end: last.end, newText: ` ${language} "${TRANSLATION_STUB_PREFIX}${written.slice(1)}` };
}
