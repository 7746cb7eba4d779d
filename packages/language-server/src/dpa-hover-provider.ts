import { AstUtils, CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { ast } from '@dpa-as-code/language';
import { countryMarkdown, describeCountry } from './country-info.js';
import { describeNode } from './node-descriptions.js';
import { clauseValueHover } from './clause-value-explanations.js';
import { firstToken } from './grammar-queries.js';
import { textReferenceHover } from './text-reference-features.js';
import { describeParameter, fileKeywordHover, parameterHover } from './parameter-features.js';
import { TRANSFER_KEYWORDS } from './transfer-explanations.js';
import { GENERAL_TERMS_KEYWORDS } from './general-terms-explanations.js';
import {
    NOT_LEGAL_ADVICE, OBLIGATION_EXPLANATIONS, SCC_914_MODULES, SCC_915, TRANSFER_MECHANISMS,
    citationLine, keywordHoverMarkdown, sccClauseHeading, sccOptionClauseInfo
} from './obligation-explanations.js';

/**
 * Hover: what the law requires for an obligation clause (GDPR and DSGVO citation), what an
 * option of the SCCs of Decision 2021/915 means, a country's name and transfer status, a
 * transfer mechanism's basis, and for a reference the referenced item (label, legal name,
 * country, services). Everything else falls back to Langium's default.
 */
export class DpaHoverProvider extends AstNodeHoverProvider {

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const referenceHover = textReferenceHover(document, offset) ?? parameterHover(document, offset);
        if (referenceHover) return referenceHover;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (leaf && leaf.offset <= offset && offset < leaf.end && !leaf.hidden) {
            const content = this.hoverForLeaf(leaf);
            if (content) {
                return { contents: { kind: 'markdown', value: content }, range: leaf.range };
            }
        }
        return super.getHoverContent(document, params);
    }

    /** Referenced and defined things (data categories, subjects, products, sub-processors, parties). */
    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (ast.isParameter(node)) return describeParameter(node);
        return describeNode(node);
    }

    protected hoverForLeaf(leaf: CstNode): string | undefined {
        const node = leaf.astNode;
        const source = leaf.grammarSource;
        const rule = source ? AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name : undefined;

        // A country code wherever one is expected: `country DE`, `located DE, IE`.
        if (this.isInRuleCall(leaf, 'CountryCode')) {
            const info = describeCountry(leaf.text);
            return info ? countryMarkdown(info) : `**${leaf.text}** is not an assigned ISO 3166-1 alpha-2 country code.`;
        }
        if (GrammarAST.isKeyword(source)) {
            // The keyword that opens an obligation clause.
            if (ast.isObligation(node) && rule && this.isFirstKeyword(leaf, node)) {
                return this.obligationHover(node, source.value);
            }
            if (rule === 'TransferKind') {
                return this.transferHover(source.value);
            }
            const clauseValue = rule ? clauseValueHover(rule, source.value) : undefined;
            if (clauseValue) return clauseValue;
            if (ast.isSccIncorporation(node) && (source.value === 'scc' || source.value === '2021/915')) {
                return `**${SCC_915.title}**\n\n${SCC_915.summary}`;
            }
            if (ast.isTransferMechanism(node) && source.value === 'module' && node.module !== undefined) {
                return this.moduleHover(node.module);
            }
            const transferKeyword = this.transferKeywordHover(node, source.value);
            if (transferKeyword) return transferKeyword;
            const generalTermsKeyword = this.generalTermsKeywordHover(node, source.value);
            if (generalTermsKeyword) return generalTermsKeyword;
            const fileKeyword = fileKeywordHover(node, source.value);
            if (fileKeyword) return fileKeyword;
        }
        if (ast.isSccOption(node)) {
            return this.sccOptionHover(node);
        }
        if (ast.isSccSupplement(node) && node.clause !== undefined && (this.isInRuleCall(leaf, 'SectionNumber') || (GrammarAST.isKeyword(source) && ['supplement', 'clause'].includes(source.value)))) {
            return this.sccClauseHover(String(node.clause));
        }
        if (ast.isTransferMechanism(node) && node.module !== undefined && /^\d+$/.test(leaf.text) && Number(leaf.text) === node.module) {
            return this.moduleHover(node.module);
        }
        return undefined;
    }

    /** A keyword of the `transfers` section (`governing-law`, `uk-addendum`, …): the choice it states and its source. */
    protected transferKeywordHover(node: AstNode, keyword: string): string | undefined {
        const inTransfers = ast.isTransfers(node) || ast.isTransfer(node) || ast.isUkAddendum(node) || ast.isSwissFadp(node);
        const info = inTransfers ? TRANSFER_KEYWORDS[keyword] : undefined;
        return info ? keywordHoverMarkdown(info) : undefined;
    }

    /** A keyword of `general-terms`, of the roles beyond one pair, or `list url` in sub-processing: what it states and its source. */
    protected generalTermsKeywordHover(node: AstNode, keyword: string): string | undefined {
        const applies = AstUtils.getContainerOfType(node, ast.isGeneralTerms) !== undefined
            || ast.isActsAsProcessor(node) || ast.isAffiliates(node) || ast.isEuRepresentative(node)
            || (ast.isSubProcessing(node) && keyword === 'list') || (ast.isSubProcessor(node) && keyword === 'url');
        const info = applies ? GENERAL_TERMS_KEYWORDS[keyword] : undefined;
        return info ? keywordHoverMarkdown(info) : undefined;
    }

    protected obligationHover(node: AstNode, keyword: string): string | undefined {
        const explanation = OBLIGATION_EXPLANATIONS[keyword];
        if (!explanation) return undefined;
        const lines = [
            `**${explanation.title}** (${explanation.titleDe})`,
            '',
            citationLine(explanation),
            '',
            explanation.requirement
        ];
        const supplement = AstUtils.getContainerOfType(node, ast.isSccSupplement);
        if (supplement?.clause !== undefined) {
            const clause = String(supplement.clause);
            const heading = sccClauseHeading(clause);
            lines.push('', `Supplements ${SCC_915.citation}, Clause ${clause}${heading ? ` (${heading})` : ''}; a supplement must not contradict the Clauses (Clause 2).`);
        }
        lines.push('', `_${NOT_LEGAL_ADVICE}_`);
        return lines.join('\n');
    }

    protected sccOptionHover(option: ast.SccOption): string {
        const written = String(option.clause);
        const info = sccOptionClauseInfo(written);
        if (!info) {
            const heading = sccClauseHeading(written);
            return `**${SCC_915.citation}, Clause ${written}**${heading ? `: ${heading}` : ''}\n\nThis clause offers no numbered options.`;
        }
        const lines = [
            `**${SCC_915.citation}, Clause ${info.clause}**: ${info.heading}`,
            '',
            `Implements ${info.serves.map(citation => `${citation.gdpr} · ${citation.dsgvo}`).join('; ')}.`,
            '',
            `The choice: ${info.about}.`,
            ''
        ];
        for (const [number, meaning] of Object.entries(info.options)) {
            const chosen = Number(number) === option.option;
            lines.push(`- ${chosen ? '**' : ''}Option ${number}${chosen ? ' (chosen)**' : ''}: ${meaning}`);
        }
        if (!(option.option in info.options)) {
            lines.push('', `Option ${option.option} does not exist for this clause.`);
        }
        if (info.needsPeriod && !option.period) {
            lines.push('', 'This option needs a time period: add `period 30 days` (or the agreed period).');
        }
        lines.push('', `_${NOT_LEGAL_ADVICE}_`);
        return lines.join('\n');
    }

    protected sccClauseHover(clause: string): string {
        const heading = sccClauseHeading(clause);
        return `**${SCC_915.citation}, Clause ${clause}**${heading ? `: ${heading}` : ''}\n\nAdditions to the Clauses are allowed as long as they do not contradict them (Clause 2).`;
    }

    protected transferHover(kind: string): string | undefined {
        const info = TRANSFER_MECHANISMS[kind];
        return info ? `**${info.title}**\n\n${info.gdpr} · ${info.dsgvo}\n\n${info.explanation}\n\n_${NOT_LEGAL_ADVICE}_` : undefined;
    }

    protected moduleHover(module: number): string {
        const info = SCC_914_MODULES[module];
        return info ? `**Decision (EU) 2021/914, ${info.title}**\n\n${info.explanation}` : `Decision (EU) 2021/914 has modules 1 to 4 only, not ${module}.`;
    }

    /** The leaf is (part of) a call of the datatype rule `ruleName`, e.g. a CountryCode. */
    protected isInRuleCall(leaf: CstNode, ruleName: string): boolean {
        for (let current: CstNode | undefined = leaf; current?.astNode === leaf.astNode; current = current.container) {
            const source = current.grammarSource;
            if (GrammarAST.isRuleCall(source) && source.rule.ref?.name === ruleName) return true;
        }
        return false;
    }

    /** The keyword is the first token of the node (`audits` in `audits { … }`). */
    protected isFirstKeyword(leaf: CstNode, node: AstNode): boolean {
        return node.$cstNode !== undefined && firstToken(node.$cstNode) === leaf;
    }
}
