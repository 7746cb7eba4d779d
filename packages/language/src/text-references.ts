import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import {
    ANNEX_REFERENCE_NAMES, parseTextReferences, type TextReferenceKind, type TextReferencePlaceholder
} from '@dpa-as-code/model';
import {
    type Agreement, type Obligation, type Text, isAgreement, isDataCategoryGroup, isDataSubjects, isMeasures, isObligations,
    isParty, isPartners, isProcessing, isProduct, isRetention, isSccIncorporation, isText
} from './generated/ast.js';
import { parametersOf, subProcessorsIn } from './dpa-imports.js';

/**
 * Typed references inside texts (`{annex measures}`, `{section audits}`, …) located in the
 * document: where each placeholder is, and what in the file it names. The validator, the
 * language server (completion, hover, definition, rename) and the linter's quick fixes use it.
 */

/** Something a text can refer to. `node` is the construct; `nameNode` its name in the file, when it has one the user chose. */
export interface TextReferenceTarget {
    kind: TextReferenceKind;
    name: string;
    node: AstNode;
    /** True when the name is chosen by the author (parties, sub-processors, retention records) and can be renamed. */
    renamable: boolean;
}

/** A placeholder found in a string of the document, with its offsets in the document. */
export interface LocatedTextReference extends TextReferencePlaceholder {
    /** The string literal (leaf CST node) that holds it. */
    literal: CstNode;
    /** The Text node the string belongs to. */
    text: Text;
}

/** The keyword a clause starts with in the file, which is also its section reference name. */
const obligationKeywords: Record<Obligation['$type'], string> = {
    Instructions: 'instructions', Confidentiality: 'confidentiality', Security: 'security', SubProcessing: 'sub-processing',
    DataSubjectRights: 'data-subject-rights', ComplianceAssistance: 'compliance-assistance', BreachNotification: 'breach-notification',
    EndOfProcessing: 'end-of-processing', Audits: 'audits', ProcessingLocation: 'location', Anonymisation: 'anonymisation',
    ControllerResponsibility: 'controller-responsibility'
};

/** Every target of `kind` the agreement has, in file order. */
export function textReferenceTargets(agreement: Agreement, kind: TextReferenceKind): TextReferenceTarget[] {
    const sections = agreement.sections;
    const target = (name: string, node: AstNode | undefined, renamable = false): TextReferenceTarget[] =>
        node ? [{ kind, name, node, renamable }] : [];
    switch (kind) {
        case 'annex': {
            // The same conditions under which the contract generator attaches each annex.
            const byName: Record<typeof ANNEX_REFERENCE_NAMES[number], AstNode | undefined> = {
                processing: sections.find(s => isProcessing(s) || isDataSubjects(s) || isDataCategoryGroup(s) || isProduct(s)),
                'sub-processors': subProcessorsIn(agreement)[0],
                measures: sections.find(isMeasures),
                retention: sections.find(isRetention),
                partners: sections.find(isPartners)
            };
            return ANNEX_REFERENCE_NAMES.flatMap(name => target(name, byName[name]));
        }
        case 'section': {
            const clauses = sections.filter(isObligations).flatMap(obligations => obligations.clauses);
            // File order, as the generator numbers them: subject matter, the obligations, the SCCs.
            const obligationTargets = clauses.flatMap(clause => target(obligationKeywords[clause.$type], clause));
            return [...target('subject', agreement), ...obligationTargets, ...target('scc', sections.find(isSccIncorporation))];
        }
        case 'party':
            return sections.filter(isParty).flatMap(party => target(party.name, party, true));
        case 'sub-processor':
            return subProcessorsIn(agreement).flatMap(sub => target(sub.name, sub, true));
        case 'period':
            return sections.filter(isRetention).flatMap(retention => retention.records)
                .filter(record => record.period.length > 0)
                .flatMap(record => target(record.name, record, true));
        case 'parameter':
            return parametersOf(agreement).filter((parameter, index, all) => all.findIndex(other => other.name === parameter.name) === index)
                .flatMap(parameter => target(parameter.name, parameter));
    }
}

export function findTextReferenceTarget(agreement: Agreement, kind: TextReferenceKind, name: string): TextReferenceTarget | undefined {
    return textReferenceTargets(agreement, kind).find(candidate => candidate.name === name);
}

/** The placeholders of one Text node, located in the document. */
export function textReferencesOf(text: Text): LocatedTextReference[] {
    // Every placeholder has a '{' in the text's value too (unquoting keeps it): texts without one are not searched.
    const literals = text.neutral !== undefined
        ? mayHoldPlaceholder(text.neutral) ? [GrammarUtils.findNodeForProperty(text.$cstNode, 'neutral')] : []
        : text.translations.filter(translation => mayHoldPlaceholder(translation.value))
            .map(translation => GrammarUtils.findNodeForProperty(translation.$cstNode, 'value'));
    return literals.flatMap(literal => literal ? placeholdersIn(literal, text) : []);
}

const mayHoldPlaceholder = (value: unknown): boolean => typeof value !== 'string' || value.includes('{');

function placeholdersIn(literal: CstNode, text: Text): LocatedTextReference[] {
    // Parsed from the literal as written (quotes and escapes included), so offsets map to the document.
    return parseTextReferences(literal.text).map(placeholder => ({
        ...placeholder,
        start: literal.offset + placeholder.start, end: literal.offset + placeholder.end,
        nameStart: literal.offset + placeholder.nameStart, nameEnd: literal.offset + placeholder.nameEnd,
        literal, text
    }));
}

/** Every placeholder in the document, in file order. */
export function allTextReferences(root: AstNode): LocatedTextReference[] {
    return AstUtils.streamAst(root).filter(isText).toArray().flatMap(textReferencesOf);
}

/** The placeholder whose braces contain `offset`, if any. */
export function textReferenceAt(document: LangiumDocument, offset: number): LocatedTextReference | undefined {
    return allTextReferences(document.parseResult.value).find(reference => reference.start < offset && offset < reference.end);
}

/** Placeholders pointing at `target`. */
export function referencesTo(root: AstNode, target: TextReferenceTarget): LocatedTextReference[] {
    return allTextReferences(root).filter(reference => reference.kind === target.kind && reference.name === target.name);
}

export function agreementOf(node: AstNode): Agreement | undefined {
    const root = AstUtils.findRootNode(node);
    return isAgreement(root) ? root : undefined;
}

/** How a target kind is named in messages. */
export function describeTextReferenceKind(kind: TextReferenceKind): string {
    return kind === 'period' ? 'retention period' : kind;
}

/**
 * The targets of one kind, listed once per validation run (each run has its own acceptor): listing them
 * goes through every section, and a large agreement has thousands of sub-processors but few placeholders.
 */
const targetsPerRun = new WeakMap<ValidationAcceptor, { agreement: Agreement; byKind: Map<TextReferenceKind, TextReferenceTarget[]> }>();

function targetsInRun(accept: ValidationAcceptor, agreement: Agreement, kind: TextReferenceKind): TextReferenceTarget[] {
    let run = targetsPerRun.get(accept);
    if (run?.agreement !== agreement) {
        run = { agreement, byKind: new Map() };
        targetsPerRun.set(accept, run);
    }
    let targets = run.byKind.get(kind);
    if (!targets) {
        targets = textReferenceTargets(agreement, kind);
        run.byKind.set(kind, targets);
    }
    return targets;
}

/** Validation: each placeholder of a text names a target that exists in this file. */
export function checkTextReferences(text: Text, accept: ValidationAcceptor): void {
    const agreement = agreementOf(text);
    if (!agreement) return;
    for (const reference of textReferencesOf(text)) {
        const targets = targetsInRun(accept, agreement, reference.kind);
        if (targets.some(candidate => candidate.name === reference.name)) continue;
        const known = targets.map(candidate => candidate.name);
        const what = describeTextReferenceKind(reference.kind);
        const message = reference.name === ''
            ? `'{${reference.kind}}' names no ${what}; write '{${reference.kind} <name>}'.`
            : `Unknown ${what} '${reference.name}' in '{${reference.kind} …}'.`;
        const hint = known.length > 0 ? ` Known: ${known.join(', ')}.` : ` This agreement has no ${what} to refer to.`;
        const document = AstUtils.getDocument(text).textDocument;
        const range = { start: document.positionAt(reference.start), end: document.positionAt(reference.end) };
        accept('error', message + hint, { node: text, range, code: 'unknown-text-reference' });
    }
}
