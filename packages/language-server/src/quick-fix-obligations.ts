import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { ast } from '@dpa-as-code/language';
import { findRule } from '@dpa-as-code/lint';
import { CLAUSE_SNIPPETS, expandSnippet, snippetDefaults } from './dpa-snippets.js';
import { appendSection, insertIntoBlock, nodeAtDiagnostic, type QuickFix, type QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fixes for the obligation rules of Art. 28(3)(a)–(h), Art. 28(4) and Art. 33(2): a missing
 * clause is added with the flags its rule requires (and placeholder values), a clause that lacks a
 * flag gets the flag. Which flag a finding is about is read from the clause in the document (what
 * is missing there) and, where one clause lacks several, from the flag the rule's message names.
 */

type ClauseKeyword = 'instructions' | 'confidentiality' | 'security' | 'sub-processing' | 'data-subject-rights'
    | 'compliance-assistance' | 'breach-notification' | 'end-of-processing' | 'audits';

const CLAUSE_TYPES: Record<ClauseKeyword, string> = {
    'instructions': ast.Instructions.$type,
    'confidentiality': ast.Confidentiality.$type,
    'security': ast.Security.$type,
    'sub-processing': ast.SubProcessing.$type,
    'data-subject-rights': ast.DataSubjectRights.$type,
    'compliance-assistance': ast.ComplianceAssistance.$type,
    'breach-notification': ast.BreachNotification.$type,
    'end-of-processing': ast.EndOfProcessing.$type,
    'audits': ast.Audits.$type
};

/**
 * Of the completion snippet of a clause, the properties a new clause gets: those its rules
 * require (and the time frame Art. 33(2) findings ask for). Clauses not listed get the whole snippet.
 */
const REQUIRED_PROPERTIES: Partial<Record<ClauseKeyword, readonly string[]>> = {
    'instructions': ['documented only', 'including transfers', 'inform if infringing'],
    'confidentiality': ['staff committed'],
    'data-subject-rights': ['within statutory deadlines'],
    'breach-notification': ['without undue delay', 'within'],
    'end-of-processing': ['action', 'at controller choice', 'including copies']
};

const startsWithWord = (line: string, prefix: string) => line === prefix || line.startsWith(`${prefix} `);

/** The snippet of a clause with every placeholder at its default, as lines (four spaces per level). */
function snippetLines(keyword: ClauseKeyword): string[] {
    return snippetDefaults(expandSnippet(CLAUSE_SNIPPETS[keyword], [])).split('\n');
}

/** The text of a new clause: its snippet, reduced to the required properties. */
export function clauseTemplate(keyword: ClauseKeyword): string {
    const lines = snippetLines(keyword);
    const required = REQUIRED_PROPERTIES[keyword];
    if (!required) return lines.join('\n');
    const kept = [lines[0]];
    let keeping = false;
    for (const line of lines.slice(1, -1)) {
        if (/^ {4}\S/.test(line)) keeping = required.some(prefix => startsWithWord(line.trim(), prefix));
        if (keeping) kept.push(line);
    }
    kept.push(lines[lines.length - 1]);
    return kept.join('\n');
}

/** One property of a clause's snippet (with its nested lines), unindented: `inspections {\n    notice 30 days\n…}`. */
function snippetProperty(keyword: ClauseKeyword, prefix: string): string {
    const lines = snippetLines(keyword);
    const start = lines.findIndex(line => /^ {4}\S/.test(line) && startsWithWord(line.trim(), prefix));
    if (start < 0) return prefix;
    const result = [lines[start].slice(4)];
    for (const line of lines.slice(start + 1, -1)) {
        if (!/^ {8}/.test(line) && !/^ {4}\}/.test(line)) break;
        result.push(line.slice(4));
    }
    return result.join('\n');
}

// ---------------------------------------------------------------- flags per rule

/** A flag (or property) a clause lacks, and how a finding names it. */
interface FlagFix {
    template: string;
    missing(clause: AstNode): boolean;
    /** Matches the rule's message for this flag. */
    about: RegExp;
    /** Properties the flag follows (see `InsertOptions.after`). */
    after?: readonly string[];
    title?: string;
}

const flag = (template: string, missing: (clause: AstNode) => boolean, after?: readonly string[], about?: RegExp): FlagFix =>
    ({ template, missing, after, about: about ?? new RegExp(`'${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`) });

const SUB_PROCESSING_BEFORE_FLOW_DOWN = ['authorisation', 'notice', 'emergencyNotice', 'objectionPeriod', 'onObjection', 'changesNotified'];

type CustomFixes = (context: QuickFixContext, clause: AstNode, message: string) => QuickFix[];

interface ObligationRuleFixes {
    clause: ClauseKeyword;
    /** Whether the rule reports a missing clause (at the agreement). */
    reportsMissingClause: boolean;
    flags: readonly FlagFix[] | CustomFixes;
}

const inspectionsTemplate = () => snippetProperty('audits', 'inspections');

const RULES: Record<string, ObligationRuleFixes> = {
    'art28-3-a-instructions': {
        clause: 'instructions', reportsMissingClause: true,
        flags: [
            flag('documented only', c => !(c as ast.Instructions).documentedOnly, ['onlyOnInstructions']),
            flag('including transfers', c => !(c as ast.Instructions).coversTransfers, ['onlyOnInstructions', 'documentedOnly'])
        ]
    },
    'art28-3-second-subparagraph-infringing-instructions': {
        clause: 'instructions', reportsMissingClause: false,
        flags: [flag('inform if infringing', c => !(c as ast.Instructions).informsOfInfringement, ['onlyOnInstructions', 'documentedOnly', 'coversTransfers'])]
    },
    'art28-3-b-confidentiality': {
        clause: 'confidentiality', reportsMissingClause: true,
        flags: [flag('staff committed', c => !(c as ast.Confidentiality).staffCommitted, [])]
    },
    'art28-3-c-security': {
        clause: 'security', reportsMissingClause: true,
        flags: [flag('measures annexed', c => !(c as ast.Security).referencesMeasures, [])]
    },
    'art28-3-d-sub-processing': { clause: 'sub-processing', reportsMissingClause: true, flags: [] },
    'art28-4-flow-down': {
        clause: 'sub-processing', reportsMissingClause: true,
        flags: [
            flag('flow-down', c => !(c as ast.SubProcessing).flowDown, SUB_PROCESSING_BEFORE_FLOW_DOWN),
            flag('processor liable', c => !(c as ast.SubProcessing).processorLiable, [...SUB_PROCESSING_BEFORE_FLOW_DOWN, 'flowDown'])
        ]
    },
    'art28-3-e-data-subject-rights': { clause: 'data-subject-rights', reportsMissingClause: true, flags: [] },
    'art28-3-f-compliance-assistance': { clause: 'compliance-assistance', reportsMissingClause: true, flags: complianceAssistanceFixes },
    'art28-3-g-deletion-return': { clause: 'end-of-processing', reportsMissingClause: true, flags: endOfProcessingFixes },
    'art28-3-h-audits': {
        clause: 'audits', reportsMissingClause: true,
        flags: [
            flag('information on request', c => !(c as ast.Audits).informationOnRequest, [], /make available the information/),
            flag(inspectionsTemplate(), c => !(c as ast.Audits).inspections, ['informationOnRequest'], /include inspections/)
        ]
    },
    'art33-2-breach-notification': {
        clause: 'breach-notification', reportsMissingClause: true,
        flags: [flag('without undue delay', c => !(c as ast.BreachNotification).withoutUndueDelay, [])]
    },
    'art33-2-breach-time-frame': {
        clause: 'breach-notification', reportsMissingClause: false,
        flags: [flag(snippetProperty('breach-notification', 'within'), c => !(c as ast.BreachNotification).deadline, ['withoutUndueDelay'], /'within PERIOD'/)]
    }
};

/** The rule ids these fixes handle. */
export const OBLIGATION_RULE_IDS: readonly string[] = Object.keys(RULES);

/** "Add 'at controller choice'"; a nested block is shown on one line. */
const addTitle = (template: string) => `Add '${template.split('\n').map(line => line.trim()).join(' ')}'`;

export function obligationFixes(context: QuickFixContext): QuickFix[] {
    const rule = RULES[context.code ?? ''];
    if (!rule) return [];
    const type = CLAUSE_TYPES[rule.clause];
    const at = nodeAtDiagnostic(context);
    const clause = at ? AstUtils.getContainerOfType(at, (node): node is AstNode => node.$type === type) : undefined;
    if (clause) {
        const message = context.diagnostic.message;
        const fixes = typeof rule.flags === 'function' ? rule.flags(context, clause, message) : flagFixes(context, clause, rule.flags, message);
        if (fixes.length === 1) fixes[0].preferred = true;
        return fixes;
    }
    if (!rule.reportsMissingClause) return [];
    return addClauseFix(context, rule.clause);
}

function flagFixes(context: QuickFixContext, clause: AstNode, flags: readonly FlagFix[], message: string): QuickFix[] {
    const missing = flags.filter(candidate => candidate.missing(clause));
    const named = missing.filter(candidate => candidate.about.test(message));
    const fixes: QuickFix[] = [];
    for (const candidate of named.length > 0 ? named : missing) {
        const edit = insertIntoBlock(context, clause, candidate.template, { after: candidate.after });
        if (edit) fixes.push({ title: candidate.title ?? addTitle(candidate.template), edits: [edit] });
    }
    return fixes;
}

function addClauseFix(context: QuickFixContext, keyword: ClauseKeyword): QuickFix[] {
    const obligations = context.agreement.sections.find(ast.isObligations);
    // The clause exists (the diagnostic is older than the text): nothing to add.
    if (obligations?.clauses.some(clause => clause.$type === CLAUSE_TYPES[keyword])) return [];
    const template = clauseTemplate(keyword);
    const edit = obligations
        ? insertIntoBlock(context, obligations, template)
        : appendSection(context, `obligations {\n${template.split('\n').map(line => `    ${line}`).join('\n')}\n}`);
    if (!edit) return [];
    const citation = findRule(context.code ?? '')?.citation.en;
    return [{ title: `Add the ${keyword} clause${citation ? ` (${citation})` : ''}`, edits: [edit], preferred: true }];
}

// ---------------------------------------------------------------- clauses with their own fixes

const ASSISTED_ARTICLES = ['art32', 'art33', 'art34', 'art35', 'art36'] as const;

/** Art. 28(3)(f): the `articles` line, or the articles it lacks appended to it. */
function complianceAssistanceFixes(context: QuickFixContext, clause: AstNode): QuickFix[] {
    const assistance = clause as ast.ComplianceAssistance;
    if (assistance.articles.length === 0) {
        if (assistance.text) return []; // the rule accepts the clause's own wording
        const template = snippetProperty('compliance-assistance', 'articles');
        const edit = insertIntoBlock(context, clause, template, { after: [] });
        return edit ? [{ title: addTitle(template), edits: [edit] }] : [];
    }
    const missing = ASSISTED_ARTICLES.filter(article => !assistance.articles.includes(article));
    const written = GrammarUtils.findNodesForProperty(clause.$cstNode, 'articles');
    const last = written[written.length - 1];
    if (missing.length === 0 || !last) return [];
    return [{ title: `Add ${missing.join(', ')} to 'articles'`, edits: [{ start: last.end, end: last.end, newText: `, ${missing.join(', ')}` }] }];
}

/** Art. 28(3)(g): `action delete-or-return` and `at controller choice`, or `including copies`. */
function endOfProcessingFixes(context: QuickFixContext, clause: AstNode, message: string): QuickFix[] {
    const end = clause as ast.EndOfProcessing;
    const aboutCopies = /'including copies'/.test(message);
    const aboutChoice = /'at controller choice'|'action delete-or-return'/.test(message);
    const fixes: QuickFix[] = [];
    const choiceMissing = end.action !== 'delete-or-return' || !end.controllersChoice;
    if (choiceMissing && (aboutChoice || !aboutCopies)) {
        const choice = end.controllersChoice ? undefined : insertIntoBlock(context, clause, 'at controller choice', { after: ['action'] });
        if (end.action === undefined) {
            const template = end.controllersChoice ? 'action delete-or-return' : 'action delete-or-return\nat controller choice';
            const edit = insertIntoBlock(context, clause, template, { after: [] });
            if (edit) {
                fixes.push({ title: end.controllersChoice ? "Add 'action delete-or-return'" : "Add 'action delete-or-return' and 'at controller choice'", edits: [edit] });
            }
        } else if (end.action !== 'delete-or-return') {
            const action = GrammarUtils.findNodeForProperty(clause.$cstNode, 'action');
            if (action) {
                fixes.push({
                    title: `Change 'action ${end.action}' to 'action delete-or-return'${choice ? " and add 'at controller choice'" : ''}`,
                    edits: [{ start: action.offset, end: action.end, newText: 'delete-or-return' }, ...(choice ? [choice] : [])]
                });
            }
        } else if (choice) {
            fixes.push({ title: "Add 'at controller choice'", edits: [choice] });
        }
    }
    if (!end.includesCopies && (aboutCopies || !aboutChoice)) {
        const edit = insertIntoBlock(context, clause, 'including copies', { after: ['action', 'controllersChoice'] });
        if (edit) fixes.push({ title: "Add 'including copies'", edits: [edit] });
    }
    return fixes;
}
