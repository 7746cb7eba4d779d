import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { ast, single } from '@dpa-as-code/language';
import { agreementHeader, firstToken } from './grammar-queries.js';
import { documentLanguages, firstLanguageText, shorten } from './node-descriptions.js';
import { OBLIGATION_EXPLANATIONS } from './obligation-explanations.js';

/**
 * The outline of a DPA: one entry per section with a readable name ("obligations",
 * "sub-processor AWS", "group 2.1 Zugangskontrolle"), and the items of each section below it.
 * Texts are shown in the first of the agreement's languages.
 */
export class DpaDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!ast.isAgreement(root)) return [];
        const languages = documentLanguages(root);
        const symbols: DocumentSymbol[] = [];
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- after a syntax error the name can be missing
        const header = this.symbol(root, `agreement ${root.name ?? ''}`.trim(), SymbolKind.Namespace, this.headerRange(root), this.nameNode(root));
        if (header) symbols.push(header);
        for (const section of root.sections) {
            const symbol = this.sectionSymbol(section, languages);
            if (symbol) symbols.push(symbol);
        }
        return symbols;
    }

    protected sectionSymbol(section: ast.Section, languages: string[]): DocumentSymbol | undefined {
        const text = (value: ast.Text | undefined) => shorten(firstLanguageText(value, languages));
        if (ast.isParty(section)) {
            return this.symbol(section, `party ${section.name} (${section.role})`, SymbolKind.Class, undefined, undefined, single(section.legalName) ? text(single(section.legalName)) : undefined);
        }
        if (ast.isProduct(section)) {
            return this.symbol(section, `product ${section.name}`, SymbolKind.EnumMember, undefined, undefined, text(section.label));
        }
        if (ast.isDataSubjects(section)) {
            return this.symbol(section, 'data subjects', SymbolKind.Namespace, undefined, undefined, undefined,
                section.subjects.map(s => this.symbol(s, `subject ${s.name}`, SymbolKind.Field, undefined, undefined, text(s.label))));
        }
        if (ast.isDataCategoryGroup(section)) {
            const of = section.subjects.length > 0 ? ` of ${section.subjects.map(s => s.$refText).join(', ')}` : '';
            return this.symbol(section, `data categories${of}`, SymbolKind.Namespace, undefined, undefined, section.title ? text(section.title) : undefined,
                section.categories.map(c => this.symbol(c, `category ${c.name}`, SymbolKind.Field, undefined, undefined, text(c.label))));
        }
        if (ast.isProcessing(section)) {
            return this.symbol(section, 'processing', SymbolKind.Namespace);
        }
        if (ast.isObligations(section)) {
            return this.symbol(section, 'obligations', SymbolKind.Namespace, undefined, undefined, undefined,
                section.clauses.map(clause => this.obligationSymbol(clause)));
        }
        if (ast.isSccIncorporation(section)) {
            const children = [
                ...section.options.map(option => this.symbol(option, `clause ${option.clause} option ${option.option}`, SymbolKind.EnumMember)),
                ...section.supplements.map(supplement => {
                    const kind = this.obligationKeyword(supplement.body);
                    const name = `supplement${supplement.clause !== undefined ? ` clause ${supplement.clause}` : ''}${kind ? ` (${kind})` : ''}`;
                    return this.symbol(supplement, name, SymbolKind.Object, undefined, undefined, supplement.title ? text(supplement.title) : undefined);
                })
            ];
            return this.symbol(section, 'scc 2021/915', SymbolKind.Namespace, undefined, undefined, 'Decision (EU) 2021/915', children);
        }
        if (ast.isSubProcessor(section)) {
            return this.symbol(section, `sub-processor ${section.name}`, SymbolKind.Class, undefined, undefined,
                [single(section.legalName), single(section.country)].filter(Boolean).join(', ') || undefined,
                section.services.map(service => this.symbol(service, `service ${text(service.purpose)}`, SymbolKind.Method, undefined, this.firstLeaf(service))));
        }
        if (ast.isMeasures(section)) {
            return this.symbol(section, 'measures', SymbolKind.Namespace, undefined, undefined, single(section.title) ? text(single(section.title)) : undefined,
                section.groups.map(group => this.measureGroupSymbol(group, languages)));
        }
        if (ast.isRetention(section)) {
            return this.symbol(section, 'retention', SymbolKind.Namespace, undefined, undefined, undefined,
                section.records.map(record => this.symbol(record, `record ${record.name}`, SymbolKind.Field, undefined, undefined, text(record.label))));
        }
        if (ast.isPartners(section)) {
            return this.symbol(section, 'partners', SymbolKind.Namespace, undefined, undefined, single(section.title) ? text(single(section.title)) : undefined,
                section.interfaces.map(i => this.symbol(i, `interface ${i.name}`, SymbolKind.Interface, undefined, undefined, text(i.title),
                    i.partners.map(p => this.symbol(p, `partner ${p.legalName}`, SymbolKind.Object)))));
        }
        if (ast.isGeneralTerms(section)) {
            // One entry per provision that is a block of its own (governing law is a plain value), named by its keyword.
            const provisions: [string, AstNode | undefined][] = [
                ['precedence', single(section.precedence)], ['liability', single(section.liability)], ['courts', single(section.courts)],
                ['term', single(section.term)], ['amendment on change of law', single(section.changeOfLaw)], ['severability', single(section.severability)]
            ];
            const detail = single(section.governingLaw) !== undefined ? `governing-law ${single(section.governingLaw)}` : undefined;
            return this.symbol(section, 'general-terms', SymbolKind.Namespace, undefined, undefined, detail,
                provisions.flatMap(([name, node]) => node ? [this.symbol(node, name, SymbolKind.Property)] : []));
        }
        return undefined;
    }

    protected obligationSymbol(clause: ast.Obligation): DocumentSymbol | undefined {
        const keyword = this.obligationKeyword(clause) ?? clause.$type;
        return this.symbol(clause, keyword, SymbolKind.Property, undefined, undefined, OBLIGATION_EXPLANATIONS[keyword]?.gdpr);
    }

    protected measureGroupSymbol(group: ast.MeasureGroup, languages: string[]): DocumentSymbol | undefined {
        const title = shorten(firstLanguageText(group.title, languages));
        const name = ['group', group.section !== undefined ? String(group.section) : undefined, title || group.name].filter(Boolean).join(' ');
        const children = group.items.map(item => {
            if (ast.isMeasureGroup(item)) return this.measureGroupSymbol(item, languages);
            if (ast.isMeasure(item)) {
                const measure = ['measure', item.section !== undefined ? String(item.section) : undefined, shorten(firstLanguageText(item.text, languages), 50)].filter(Boolean).join(' ');
                return this.symbol(item, measure, SymbolKind.Constant, undefined, this.firstLeaf(item));
            }
            return undefined;
        });
        return this.symbol(group, name, SymbolKind.Module, undefined, undefined, group.name, children);
    }

    /** `audits` for an Audits clause: its first keyword. */
    protected obligationKeyword(clause: ast.Obligation | undefined): string | undefined {
        return clause?.$cstNode ? this.firstLeaf(clause)?.text : undefined;
    }

    protected symbol(node: AstNode, name: string, kind: SymbolKind, range?: Range, selectionNode?: CstNode, detail?: string,
        children?: (DocumentSymbol | undefined)[]): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) return undefined;
        const selection = selectionNode ?? this.nameNode(node) ?? this.firstLeaf(node) ?? cst;
        const kids = children?.filter((child): child is DocumentSymbol => child !== undefined);
        return {
            name: name || node.$type,
            kind,
            range: range ?? cst.range,
            selectionRange: selection.range,
            ...(detail ? { detail } : {}),
            ...(kids && kids.length > 0 ? { children: kids } : {})
        };
    }

    protected nameNode(node: AstNode): CstNode | undefined {
        return 'name' in node && node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
    }

    protected firstLeaf(node: AstNode): CstNode | undefined {
        return node.$cstNode ? firstToken(node.$cstNode) : undefined;
    }

    /** The agreement header, from `agreement` to its closing brace. */
    protected headerRange(root: ast.Agreement): Range | undefined {
        const cst = root.$cstNode;
        const header = cst ? agreementHeader(cst) : undefined;
        return header ? { start: header.open.range.start, end: header.close.range.end } : cst?.range;
    }
}
