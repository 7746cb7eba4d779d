import { memoizeByText, type DpaModel, type SourceLocation } from '@dpa-as-code/model';

export type Severity = 'error' | 'warning';
export type RuleSetting = 'off' | 'warn' | 'error';

/** Where the law (or guidance) behind a rule is found, in English and German citation style. */
export interface Citation {
    /** e.g. "Art. 28(3)(h) GDPR" */
    en: string;
    /** e.g. "Art. 28 Abs. 3 lit. h DSGVO" */
    de: string;
    /** Further sources: EDPB Guidelines 07/2020 paragraphs, SCC clauses, EDPB opinions. */
    also?: string[];
}

/**
 * What kind of finding a rule gives: a `requirement` is what the law demands (Art. 28(3) GDPR and the
 * like), a `recommendation` is guidance beyond the letter of the law (a breach time frame under
 * 72 hours), `hygiene` is drafting and consistency (translations, unused or unknown values).
 */
export type FindingKind = 'requirement' | 'recommendation' | 'hygiene';
export const FINDING_KINDS: readonly FindingKind[] = ['requirement', 'recommendation', 'hygiene'];

/** A place in the source text: 1-based line and column (UTF-16 code units), as in SourceLocation. */
export interface SourcePosition {
    line: number;
    column: number;
}

/** A stretch of the source text; `end` is just after its last character. */
export interface SourceRange {
    start: SourcePosition;
    end: SourcePosition;
}

/** Replace `range` by `text` (an insertion when the range is empty). */
export interface TextEdit {
    range: SourceRange;
    text: string;
}

/** Edits that resolve a finding, with a one-line description ("Add 'staff committed'"). */
export interface LintFix {
    description: string;
    edits: TextEdit[];
    /** A suggestion the editor offers first (marked preferred); a `fix` is always preferred. */
    preferred?: boolean;
}

/** The values a message template names as `{{name}}`. */
export type MessageData = Record<string, string | number>;

/** What a rule reports: which message, its values, the construct it is about, and the edits that fix it. */
export interface RuleReport {
    messageId: string;
    data?: MessageData;
    at: SourceLocation;
    /**
     * The one safe fix (`dpa lint --fix` applies it; the editor prefers it). A function is called
     * only when someone reads the finding's `fix` (the editor lints on every keystroke but asks for
     * fixes rarely), then remembered.
     */
    fix?: LintFix | (() => LintFix | undefined);
    /** Alternatives to choose from (the editor offers them; never applied automatically); a function is called on first read, like `fix`. */
    suggestions?: LintFix[] | (() => LintFix[] | undefined);
}

/** The source text of the linted file, with line/offset arithmetic for building fixes. */
export interface RuleSource {
    readonly text: string;
    offsetAt(position: SourcePosition): number;
    positionAt(offset: number): SourcePosition;
}

export interface RuleContext {
    readonly model: DpaModel;
    /** The file's text, when lint runs on one (fixes need it); undefined for a model alone. */
    readonly source: RuleSource | undefined;
    /** Reports a finding; the runner adds rule id, kind, severity, citation and the message text. */
    readonly report: (report: RuleReport) => void;
}

/**
 * One lint rule: a stable id, the law it checks, its messages, and a pure check over the plain model.
 * Documentation lives in docs/rules/<id>.md; fixtures in test/lint/rules/<id>/.
 */
export interface LintRule {
    id: string;
    kind: FindingKind;
    defaultSeverity: Severity;
    citation: Citation;
    /** One line: what the rule requires. */
    description: string;
    /** Some findings carry a safe `fix` (`dpa lint --fix` applies it). */
    fixable?: boolean;
    /** Some findings carry `suggestions` (edits with a choice to make, offered in the editor only). */
    hasSuggestions?: boolean;
    /** Message id → template; `{{name}}` stands for the report's `data.name`. */
    messages: Record<string, string>;
    check(context: RuleContext): void;
}

export interface LintFinding {
    ruleId: string;
    kind: FindingKind;
    severity: Severity;
    /** The message with its data filled in and the citation appended. */
    message: string;
    messageId: string;
    data: MessageData;
    line: number;
    column: number;
    /** End of the construct the finding is about (the column just after its last character). */
    endLine: number;
    endColumn: number;
    /** The file the construct is written in, when it is not the linted file (a used sub-processor list, a cover's template); relative to the linted file's folder. */
    file?: string;
    citation: Citation;
    fix?: LintFix;
    suggestions?: LintFix[];
}

/** A message template with its data filled in; a placeholder without data stays as written. */
export function formatMessage(template: string, data: MessageData = {}): string {
    const parts = templateParts(template);
    let message = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
        const { name, whole } = parts[i] as Placeholder;
        message += (name in data ? String(data[name]) : whole) + (parts[i + 1] as string);
    }
    return message;
}

interface Placeholder {
    name: string;
    /** As written, kept when the data has no such value. */
    whole: string;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template split once at its placeholders: text, placeholder, text, …, text (every finding of a rule shares its template). */
const templateParts = memoizeByText((template: string): (string | Placeholder)[] => {
    const parts: (string | Placeholder)[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
        parts.push(template.slice(last, match.index), { name: match[1], whole: match[0] });
        last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    return parts;
}, 1_000);

export { DOCS_URL_ENV, docsBaseUrl, docsPageUrl, ruleDocsUrl, setDocsBaseUrl } from './rule-docs.js';

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: LintRule): LintRule {
    return rule;
}
