import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams, type MarkupContent } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import { textReferenceCompletions } from './text-reference-features.js';
import { ast, isTemplate } from '@dpa-as-code/language';
import { allIsoCountryCodes } from '@dpa-as-code/lint';
import { CITATIONS } from '@dpa-as-code/model';
import { countryMarkdown, countryNames, describeCountry, REGION_CODES, type CountryInfo } from './country-info.js';
import { CLAUSE_SNIPPETS, DPA_SKELETON, DPA_SKELETON_FILTER_TEXT, SECTION_SNIPPETS, expandSnippet, snippetDefaults, type SectionSnippet } from './dpa-snippets.js';
import { describeNode, documentLanguages, kindWord, summaryLine } from './node-descriptions.js';
import {
    COUNTRY_STATUS, LANGUAGE_NAMES, NOT_LEGAL_ADVICE, OBLIGATION_EXPLANATIONS, SCC_914_MODULES, SCC_915, SCC_915_CLAUSE_HEADINGS,
    SCC_915_OPTION_CLAUSES, TRANSFER_MECHANISMS, sccOptionClauseInfo
} from './obligation-explanations.js';

const markdown = (value: string): MarkupContent => ({ kind: 'markdown', value });

/** Sort groups: values first (references, codes, options), then keywords, then snippets. */
const SORT = { value: '0', keyword: '1', snippet: '2' } as const;

/**
 * Completion that knows what a DPA expects at the cursor: the keywords valid there (Langium's
 * default), ISO country codes with their transfer status, the defined names at references with
 * their labels, the options of the SCCs of Decision 2021/915, transfer mechanisms and modules
 * with their legal basis, and snippets for a new DPA, its sections and each obligation clause.
 */
export class DpaCompletionProvider extends DefaultCompletionProvider {
    /** Completions already made per context (see `once`). */
    private readonly completed = new WeakMap<CompletionContext, Set<string>>();

    /**
     * At the start of a file the entry rule offers how a file begins (`agreement`, `sub-processors`,
     * `cover`). When nothing could be parsed yet, Langium places that context after the word being
     * typed; it belongs at the word's start, so the word filters the offers (`agr` → `agreement`).
     */
    protected override *buildContexts(document: LangiumDocument, position: import('vscode-languageserver').Position): IterableIterator<CompletionContext> {
        for (const context of super.buildContexts(document, position)) {
            if (context.node === undefined && context.tokenOffset === context.offset) {
                const before = context.textDocument.getText().slice(0, context.offset);
                const word = /[\w-]+$/.exec(before);
                if (word) {
                    yield { ...context, tokenOffset: context.offset - word[0].length };
                    continue;
                }
            }
            yield context;
        }
    }

    /** Inside a string, `{…` completes a typed reference; the grammar has nothing to offer there. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const items = textReferenceCompletions(document, document.textDocument.offsetAt(params.position));
        if (items) return { isIncomplete: false, items };
        return super.getCompletion(document, params, cancelToken);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature)) {
            // Datatype rules are completed through the terminals they call (CountryCode: ID), so the
            // rule that contains the feature tells what is expected.
            const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name;
            const property = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment)?.feature;
            if (rule === 'CountryCode') {
                this.once(context, rule, () => { this.completeCountryCodes(context, acceptor, this.expectsServerLocation(context)); });
                return;
            }
            if (rule === 'SectionNumber') {
                const [before, last] = this.previousWords(context);
                // `clause` is followed by a number only in `scc 2021/915 { … }`: an option line or a supplement.
                if (last === 'clause' && before === 'supplement') {
                    this.once(context, rule, () => { this.completeSccClauseNumbers(context, acceptor); });
                    return;
                }
                if (last === 'clause') {
                    this.once(context, rule, () => { this.completeSccOptionClauses(context, acceptor); });
                    return;
                }
                return;
            }
            if (rule === 'SccOption' && property === 'option') {
                this.completeSccOptionNumbers(context, acceptor);
                return;
            }
            if (rule === 'TransferMechanism' && property === 'module') {
                this.completeTransferModules(context, acceptor);
                return;
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Runs a completion once per context (a datatype rule can show up as several terminal features). */
    protected once(context: CompletionContext, key: string, complete: () => void): void {
        const done = this.completed.get(context) ?? new Set<string>();
        this.completed.set(context, done);
        if (!done.has(key)) {
            done.add(key);
            complete();
        }
    }

    /** The two words before the token being completed. */
    protected previousWords(context: CompletionContext): [string | undefined, string | undefined] {
        const match = /(?:(\S+)\s+)?(\S+)\s+$/.exec(context.textDocument.getText().slice(0, context.tokenOffset));
        return [match?.[1], match?.[2]];
    }

    /** A server location (`located …`) is expected, where `EU`, `EEA` and `region-dependent` are allowed too. */
    protected expectsServerLocation(context: CompletionContext): boolean {
        return context.features.some(f => GrammarAST.isKeyword(f.feature) && f.feature.value === 'region-dependent')
            || /\blocated\s+(?:[A-Za-z]+\s*,\s*)*$/.test(context.textDocument.getText().slice(0, context.tokenOffset));
    }

    // ------------------------------------------------------------ keywords, with what they mean

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        // `2021/915` has no letter, which the default filter requires.
        if (keyword.value === '2021/915') return true;
        // `parameter NAME` in a slot means something only in a template (an agreement with `parameters`).
        if (keyword.value === 'parameter' && !isTemplate(context.document.parseResult.value)) return false;
        return super.filterKeyword(context, keyword);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        const value = keyword.value;
        const item: CompletionValueItem = { label: value, kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: SORT.keyword };

        // The rules of the obligation clauses (`Audits: 'audits' …`) each create a node of their own name.
        const obligation = ast.reflection.isSubtype(rule, ast.Obligation.$type) ? OBLIGATION_EXPLANATIONS[value] : undefined;
        const transfer = rule === 'TransferKind' ? TRANSFER_MECHANISMS[value] : undefined;
        if (obligation) {
            item.detail = `${obligation.title}: ${obligation.gdpr}`;
            item.labelDetails = { description: obligation.gdpr };
            item.documentation = markdown(`${obligation.requirement}\n\n${obligation.gdpr} · ${obligation.dsgvo}\n\n_${NOT_LEGAL_ADVICE}_`);
        } else if (transfer) {
            item.kind = CompletionItemKind.EnumMember;
            item.detail = `${transfer.title}: ${transfer.gdpr}`;
            item.labelDetails = { description: transfer.gdpr };
            item.documentation = markdown(`${transfer.explanation}\n\n${transfer.gdpr} · ${transfer.dsgvo}`);
        } else if (rule === 'Language' && LANGUAGE_NAMES[value]) {
            item.detail = LANGUAGE_NAMES[value];
            item.labelDetails = { description: LANGUAGE_NAMES[value] };
        } else if (value === '2021/915') {
            item.detail = SCC_915.title;
            item.documentation = markdown(SCC_915.summary);
        } else if (rule === 'ServerLocation' && value === 'region-dependent') {
            item.kind = CompletionItemKind.EnumMember;
            item.detail = COUNTRY_STATUS.regionDependent;
            item.documentation = markdown(COUNTRY_STATUS.regionDependentExplanation);
            item.sortText = SORT.value;
        }
        acceptor(context, item);

        if (obligation && CLAUSE_SNIPPETS[value]) {
            this.acceptSnippet(context, acceptor, {
                label: `${value} { … }`, filterText: value, template: CLAUSE_SNIPPETS[value],
                description: `${obligation.title} (${obligation.gdpr})`
            });
        }
        for (const snippet of SECTION_SNIPPETS.filter(s => s.keyword === value && s.rule === rule)) {
            this.acceptSectionSnippet(context, acceptor, snippet);
        }
        if (value === 'agreement' && rule === 'Agreement') {
            this.acceptSnippet(context, acceptor, {
                label: 'New DPA (Art. 28 skeleton)', filterText: DPA_SKELETON_FILTER_TEXT,
                template: DPA_SKELETON.replace('LANGUAGES', documentLanguages(context.document.parseResult.value).join(', ')),
                description: `Agreement header, controller and processor, data subjects and categories, processing, every clause of ${CITATIONS.art28_3.en} and the measures of ${CITATIONS.art32.en}`
            });
        }
    }

    // ------------------------------------------------------------ references: defined names with their labels

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        if (!node) return item;
        const summary = summaryLine(node);
        const word = kindWord(node);
        const description = describeNode(node);
        return {
            ...item,
            detail: summary ? `${word}: ${summary}` : word ?? item.detail,
            labelDetails: { description: summary ?? word },
            documentation: description ? markdown(description) : item.documentation,
            sortText: SORT.value
        };
    }

    // ------------------------------------------------------------ country codes

    protected completeCountryCodes(context: CompletionContext, acceptor: CompletionAcceptor, serverLocation: boolean): void {
        const codes = [...(serverLocation ? REGION_CODES : []), ...allIsoCountryCodes()];
        codes.forEach((code, index) => {
            const info = describeCountry(code);
            if (info) acceptor(context, this.countryItem(context, info, `${SORT.value}${String(index).padStart(3, '0')}`));
        });
    }

    protected countryItem(context: CompletionContext, info: CountryInfo, sortText: string): CompletionValueItem {
        const names = countryNames(info);
        return {
            label: info.code,
            kind: info.kind === 'region' ? CompletionItemKind.Module : CompletionItemKind.EnumMember,
            labelDetails: { detail: ` ${info.nameEn}`, description: info.kind === 'third-country' ? 'third country' : info.kind === 'dpf' ? 'DPF only' : info.kind === 'adequacy' ? 'adequacy' : info.kind === 'eea' ? 'EEA' : '' },
            detail: `${names}: ${info.status}`,
            documentation: markdown(countryMarkdown(info)),
            // Typing a country's name finds its code: the client filters on this text.
            filterText: [info.code, info.nameEn, ...(info.nameDe && info.nameDe !== info.nameEn ? [info.nameDe] : [])].join(' '),
            textEdit: this.replaceTypedText(context, info.code),
            sortText
        };
    }

    // ------------------------------------------------------------ SCCs of Decision 2021/915 and 2021/914

    protected completeSccOptionClauses(context: CompletionContext, acceptor: CompletionAcceptor): void {
        SCC_915_OPTION_CLAUSES.forEach((clause, index) => {
            const options = Object.entries(clause.options).map(([number, meaning]) => `- Option ${number}: ${meaning}`).join('\n');
            acceptor(context, {
                label: clause.written,
                kind: CompletionItemKind.EnumMember,
                labelDetails: { description: clause.heading },
                detail: `${SCC_915.citation}, Clause ${clause.clause}: ${clause.heading}`,
                documentation: markdown(`**${SCC_915.citation}, Clause ${clause.clause}**: ${clause.heading}\n\nThe choice: ${clause.about}.\n\n${options}\n\nUsual for a DPA under the GDPR: option ${clause.usual}.\n\n_${NOT_LEGAL_ADVICE}_`),
                textEdit: this.replaceTypedText(context, clause.written),
                sortText: `${SORT.value}${index}`
            });
        });
    }

    protected completeSccClauseNumbers(context: CompletionContext, acceptor: CompletionAcceptor): void {
        SCC_915_CLAUSE_HEADINGS.forEach(([clause, heading], index) => {
            acceptor(context, {
                label: clause,
                kind: CompletionItemKind.EnumMember,
                labelDetails: { description: heading },
                detail: `${SCC_915.citation}, Clause ${clause}: ${heading}`,
                textEdit: this.replaceTypedText(context, clause),
                sortText: `${SORT.value}${String(index).padStart(2, '0')}`
            });
        });
    }

    protected completeSccOptionNumbers(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const before = context.textDocument.getText().slice(0, context.tokenOffset);
        const written = /clause\s+([\w.()]+)\s+option\s*$/.exec(before)?.[1];
        const clause = written ? sccOptionClauseInfo(written) : undefined;
        if (!clause) return;
        for (const [number, meaning] of Object.entries(clause.options)) {
            acceptor(context, {
                label: number,
                kind: CompletionItemKind.EnumMember,
                labelDetails: { description: Number(number) === clause.usual ? `${meaning} (usual)` : meaning },
                detail: `Clause ${clause.clause}, option ${number}: ${meaning}`,
                documentation: markdown(`**${SCC_915.citation}, Clause ${clause.clause}**: ${clause.heading}\n\nOption ${number}: ${meaning}.${clause.needsPeriod ? '\n\nAdd the time period: `period 30 days`.' : ''}`),
                textEdit: this.replaceTypedText(context, number),
                sortText: `${SORT.value}${number}`
            });
        }
    }

    protected completeTransferModules(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const [number, module] of Object.entries(SCC_914_MODULES)) {
            if (!module) continue;
            acceptor(context, {
                label: number,
                kind: CompletionItemKind.EnumMember,
                labelDetails: { description: module.title },
                detail: `Decision (EU) 2021/914, ${module.title}`,
                documentation: markdown(`**Decision (EU) 2021/914, ${module.title}**\n\n${module.explanation}`),
                textEdit: this.replaceTypedText(context, number),
                sortText: `${SORT.value}${number}`
            });
        }
    }

    // ------------------------------------------------------------ snippets

    protected acceptSectionSnippet(context: CompletionContext, acceptor: CompletionAcceptor, snippet: SectionSnippet): void {
        let template = snippet.template;
        if (template.includes('DATA')) {
            const categories = this.definedNames(context, ast.DataCategory.$type).slice(0, 30);
            template = template.replace('DATA', `⟨${['all', ...categories].join('|')}⟩`);
        }
        this.acceptSnippet(context, acceptor, { label: snippet.label, filterText: snippet.keyword, template, description: snippet.description });
    }

    protected acceptSnippet(context: CompletionContext, acceptor: CompletionAcceptor, snippet: { label: string; filterText: string; template: string; description: string }): void {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        // A filter text may list several words; the snippet is offered when the typed text matches one.
        if (typed && !snippet.filterText.split(' ').some(word => this.fuzzyMatcher.match(typed, word))) return;
        const text = expandSnippet(snippet.template, documentLanguages(context.document.parseResult.value));
        acceptor(context, {
            label: snippet.label,
            kind: CompletionItemKind.Snippet,
            detail: snippet.description,
            labelDetails: { description: 'snippet' },
            documentation: markdown('```dpa\n' + snippetDefaults(text) + '\n```'),
            filterText: snippet.filterText,
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: this.replaceTypedText(context, text),
            sortText: SORT.snippet
        });
    }

    // ------------------------------------------------------------ helpers

    /** Replaces what the user has typed of the current token. */
    protected replaceTypedText(context: CompletionContext, newText: string): CompletionItem['textEdit'] {
        return { newText, range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position } };
    }

    /** Names of the things of one type defined in the document, in file order. */
    protected definedNames(context: CompletionContext, type: string): string[] {
        const root = context.document.parseResult.value;
        const result: string[] = [];
        for (const node of streamDefinitions(root)) {
            if (node.$type === type && node.name) result.push(node.name);
        }
        return result;
    }
}

function* streamDefinitions(root: AstNode): Generator<{ $type: string; name?: string }> {
    if (!ast.isAgreement(root)) return;
    for (const section of root.sections) {
        if (ast.isDataCategoryGroup(section)) yield* section.categories;
        else if (ast.isDataSubjects(section)) yield* section.subjects;
        else yield section;
    }
}
