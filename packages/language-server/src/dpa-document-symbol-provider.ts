import { CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { ast, single } from '@dpa-as-code/language';
import { agreementHeader, firstToken } from './grammar-queries.js';
import { documentLanguages, firstLanguageText, shorten } from './node-descriptions.js';
import { OBLIGATION_EXPLANATIONS } from './obligation-explanations.js';
import { describeParameterValue } from './parameter-features.js';

/** Keywords that open a provision of `general-terms` written directly in the section (the others open a rule of their own). */
const GENERAL_TERMS_OPENERS = new Set(['precedence', 'liability', 'governing-law', 'courts', 'term', 'conflict', 'main', 'data']);

/**
 * The outline of a DPA: one entry per section with a readable name ("obligations",
 * "sub-processor AWS", "group 2.1 Zugangskontrolle"), and the items of each section below it.
 * Texts are shown in the first of the agreement's languages.
 */
export class DpaDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (ast.isCover(root)) return this.coverSymbols(root);
        if (ast.isSubProcessorList(root)) return this.listSymbols(root);
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
            const detail = single(section.governingLaw) !== undefined ? `governing-law ${single(section.governingLaw)}` : undefined;
            return this.symbol(section, 'general-terms', SymbolKind.Namespace, undefined, undefined, detail, this.generalTermsProvisions(section));
        }
        if (ast.isParameters(section)) {
            return this.symbol(section, 'parameters', SymbolKind.Namespace, undefined, undefined, undefined,
                section.parameters.map(parameter => this.symbol(parameter, parameter.name, SymbolKind.TypeParameter, undefined, undefined,
                    [parameter.type, text(parameter.label)].filter(Boolean).join(', '))));
        }
        if (ast.isSubProcessorImport(section)) {
            return this.symbol(section, `use sub-processors from ${section.list.$refNode?.text ?? section.list.$refText}`, SymbolKind.File);
        }
        return undefined;
    }

    /**
     * One entry per provision of `general-terms`, in file order, named as written up to its block
     * (`governing-law DE excluding cisg`, `liability as main contract`), from its first keyword to its end.
     * Some provisions are values of the section itself, so they are found in its syntax tree, not in its properties.
     */
    protected generalTermsProvisions(section: ast.GeneralTerms): DocumentSymbol[] {
        let cst = section.$cstNode;
        // The section's node may wrap the node of its own rule (called through `Section`).
        while (cst && isCompositeCstNode(cst) && cst.content.filter(node => !node.hidden).length === 1 && isCompositeCstNode(cst.content.find(node => !node.hidden))) {
            cst = cst.content.find(node => !node.hidden);
        }
        if (!cst || !isCompositeCstNode(cst)) return [];
        const members = cst.content.filter(node => !node.hidden);
        // Between `general-terms {` and the closing brace (absent while typing).
        const inner = members.slice(2, members.at(-1)?.text === '}' ? -1 : undefined);
        const provisions: CstNode[][] = [];
        for (const node of inner) {
            const current = provisions.at(-1);
            const opensHere = isLeafCstNode(node) ? GENERAL_TERMS_OPENERS.has(node.text)
                // A rule of its own (`amendment on change of law`, `severability`, `ccpa`) unless it follows its keyword (`precedence …`).
                : node.astNode !== section && !(current?.length === 1 && isLeafCstNode(current[0]));
            if (opensHere || !current) provisions.push([node]);
            else current.push(node);
        }
        return provisions.flatMap(nodes => {
            const leaves = nodes.flatMap(node => [...CstUtils.streamCst(node)].filter(leaf => isLeafCstNode(leaf) && !leaf.hidden));
            const blockStart = leaves.findIndex(leaf => leaf.text === '{');
            const name = shorten(leaves.slice(0, blockStart < 0 ? undefined : blockStart).map(leaf => leaf.text).join(' '));
            const first = nodes[0], last = nodes[nodes.length - 1];
            // Selected: the keywords that open it (`governing-law`, `amendment on change of law`), not its values.
            const heads = isCompositeCstNode(first) ? first.content.filter(node => !node.hidden) : nodes;
            const end = heads.findIndex(node => !isLeafCstNode(node) || !this.isWordKeyword(node));
            const leading = end === 0 ? leaves.slice(0, 1) : heads.slice(0, end < 0 ? undefined : end);
            if (!name || leading.length === 0) return [];
            const selectionRange = { start: leading[0].range.start, end: leading[leading.length - 1].range.end };
            return [{ name, kind: SymbolKind.Property, range: { start: first.range.start, end: last.range.end }, selectionRange }];
        });
    }

    /** A keyword made of letters (`severability`), not punctuation (`{`). */
    protected isWordKeyword(leaf: CstNode): boolean {
        return GrammarAST.isKeyword(leaf.grammarSource) && /^[a-z]/i.test(leaf.text);
    }

    /** A cover: its name, then the template it fills in and each parameter it gives a value, in the template's first language. */
    protected coverSymbols(cover: ast.Cover): DocumentSymbol[] {
        const path = cover.template.$refText;
        const template = cover.template.ref;
        const languages = template ? documentLanguages(template) : ['de', 'en'];
        const pathNode = cover.template.$refNode;
        const templateKeyword = cover.$cstNode ? GrammarUtils.findNodeForKeyword(cover.$cstNode, 'template') : undefined;
        const templateSymbol: DocumentSymbol | undefined = pathNode ? {
            name: `template ${pathNode.text}`,
            kind: SymbolKind.File,
            range: { start: (templateKeyword ?? pathNode).range.start, end: pathNode.range.end },
            selectionRange: pathNode.range,
            ...(template ? { detail: `agreement ${template.name}` } : {})
        } : undefined;
        const assignments = cover.assignments.map(assignment => {
            const type = assignment.parameter.ref?.type;
            const value = describeParameterValue(assignment, languages, (text, wanted) => shorten(firstLanguageText(text, wanted)));
            const detail = [type, value].filter(Boolean).join(': ');
            return this.symbol(assignment, assignment.parameter.$refText, SymbolKind.Field, undefined, assignment.parameter.$refNode, detail);
        });
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- after a syntax error the name can be missing
        const symbol = this.symbol(cover, `cover ${cover.name ?? ''}`.trim(), SymbolKind.Namespace, undefined, undefined, path ? `template ${path}` : undefined,
            [templateSymbol, ...assignments]);
        return symbol ? [symbol] : [];
    }

    /** A sub-processor list: its entries as in an agreement, and the lists it uses. */
    protected listSymbols(list: ast.SubProcessorList): DocumentSymbol[] {
        const entries = [...list.imports, ...list.subProcessors]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
            .map(entry => this.sectionSymbol(entry, ['de', 'en']));
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- after a syntax error the name can be missing
        const symbol = this.symbol(list, `sub-processors ${list.name ?? ''}`.trim(), SymbolKind.Namespace, undefined, undefined, single(list.url), entries);
        return symbol ? [symbol] : [];
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
