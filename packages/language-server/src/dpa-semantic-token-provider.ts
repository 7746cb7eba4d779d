import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { ast } from '@dpa-as-code/language';

/** Token modifiers of this language besides the standard ones: the language of a text. */
export const DpaTokenModifiers = {
    langDe: 'langDe',
    langEn: 'langEn'
} as const;

const languageModifier: Record<string, string> = { de: DpaTokenModifiers.langDe, en: DpaTokenModifiers.langEn };

/** How each kind of defined thing is highlighted, at its definition and at every reference to it. */
const NAME_TYPES: Record<string, SemanticTokenTypes> = {
    [ast.DataCategory.$type]: SemanticTokenTypes.property,
    [ast.DataSubject.$type]: SemanticTokenTypes.type,
    [ast.Product.$type]: SemanticTokenTypes.enum,
    [ast.SubProcessor.$type]: SemanticTokenTypes.class,
    [ast.Party.$type]: SemanticTokenTypes.class,
    [ast.Agreement.$type]: SemanticTokenTypes.namespace,
    [ast.MeasureGroup.$type]: SemanticTokenTypes.namespace,
    [ast.RetentionRecord.$type]: SemanticTokenTypes.variable,
    [ast.Interface.$type]: SemanticTokenTypes.interface,
    [ast.Fact.$type]: SemanticTokenTypes.variable
};

const OBLIGATION_KEYWORDS: Partial<Record<string, string>> = {
    [ast.Instructions.$type]: 'instructions',
    [ast.Confidentiality.$type]: 'confidentiality',
    [ast.Security.$type]: 'security',
    [ast.SubProcessing.$type]: 'sub-processing',
    [ast.DataSubjectRights.$type]: 'data-subject-rights',
    [ast.ComplianceAssistance.$type]: 'compliance-assistance',
    [ast.BreachNotification.$type]: 'breach-notification',
    [ast.EndOfProcessing.$type]: 'end-of-processing',
    [ast.Audits.$type]: 'audits',
    [ast.ProcessingLocation.$type]: 'location',
    [ast.Anonymisation.$type]: 'anonymisation',
    [ast.ControllerResponsibility.$type]: 'controller-responsibility'
};

/**
 * Semantic highlighting on top of the TextMate grammar: names where they are defined
 * (`declaration` modifier) and where they are referenced, in the same colour per kind; country
 * codes; periods (`30 days`); the keyword that opens each obligation clause; and texts with a
 * modifier for their language (`langDe`, `langEn`), so themes can tell German from English.
 */
export class DpaSemanticTokenProvider extends AbstractSemanticTokenProvider {

    override get tokenModifiers(): Record<string, number> {
        const standard = Object.keys(AllSemanticTokenModifiers).length;
        return {
            ...AllSemanticTokenModifiers,
            [DpaTokenModifiers.langDe]: 1 << standard,
            [DpaTokenModifiers.langEn]: 1 << (standard + 1)
        };
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const nameType = NAME_TYPES[node.$type] as SemanticTokenTypes | undefined;
        if (nameType && 'name' in node) {
            acceptor({ node, property: 'name', type: nameType, modifier: SemanticTokenModifiers.declaration });
        }
        const obligationKeyword = OBLIGATION_KEYWORDS[node.$type];
        if (obligationKeyword) {
            acceptor({ node, keyword: obligationKeyword, index: 0, type: SemanticTokenTypes.keyword });
        }
        if (ast.isDataSubject(node)) {
            acceptor({ node, property: 'covers', type: NAME_TYPES.DataSubject });
        } else if (ast.isDataCategoryGroup(node) || ast.isDataCategory(node)) {
            acceptor({ node, property: 'subjects', type: NAME_TYPES.DataSubject });
        } else if (ast.isService(node)) {
            acceptor({ node, property: 'data', type: NAME_TYPES.DataCategory });
            acceptor({ node, property: 'hostedBy', type: NAME_TYPES.SubProcessor });
        } else if (ast.isSubProcessor(node)) {
            acceptor({ node, property: 'products', type: NAME_TYPES.Product });
            acceptor({ node, property: 'country', type: SemanticTokenTypes.enumMember });
        } else if (ast.isPartnerEntry(node)) {
            acceptor({ node, property: 'subProcessor', type: NAME_TYPES.SubProcessor });
            acceptor({ node, property: 'country', type: SemanticTokenTypes.enumMember });
        } else if (ast.isParty(node) || ast.isDataProtectionOfficer(node)) {
            acceptor({ node, property: 'country', type: SemanticTokenTypes.enumMember });
        } else if (ast.isServerLocation(node)) {
            acceptor({ node, property: 'countries', type: SemanticTokenTypes.enumMember });
        } else if (ast.isPeriod(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.number });
        } else if (ast.isTranslation(node)) {
            const modifier = languageModifier[node.language];
            acceptor({ node, property: 'language', type: SemanticTokenTypes.keyword, modifier });
            acceptor({ node, property: 'value', type: SemanticTokenTypes.string, modifier });
        } else if (ast.isText(node) && node.neutral !== undefined) {
            acceptor({ node, property: 'neutral', type: SemanticTokenTypes.string });
        }
    }
}
