/**
 * Typed references inside texts: `{annex measures}`, `{section audits}`, `{party acme}`,
 * `{sub-processor aws}`, `{period logs}`. A text keeps its placeholders as written (the model
 * stores the raw string); the language checks that each names something in the file, and the
 * contract generator replaces it with the target's number and label in the output language
 * ("Anlage 3" / "Annex 3"). Braces that do not start with one of these kinds are plain text.
 */

export type TextReferenceKind = 'annex' | 'section' | 'party' | 'sub-processor' | 'period' | 'parameter';

/** `parameter`: a template's parameter, replaced by the cover's value when the model of a cover is built. */
export const TEXT_REFERENCE_KINDS: readonly TextReferenceKind[] = ['annex', 'section', 'party', 'sub-processor', 'period', 'parameter'];

/** Annex names: the annexes the contract generator attaches, when the file has their content. */
export const ANNEX_REFERENCE_NAMES = ['processing', 'sub-processors', 'measures', 'retention', 'partners'] as const;
export type AnnexReferenceName = typeof ANNEX_REFERENCE_NAMES[number];

/**
 * Section names: `subject` (subject matter and scope), each obligation by its keyword in the
 * file, and `scc` (incorporation of SCC 2021/915).
 */
export const SECTION_REFERENCE_NAMES = [
    'subject', 'instructions', 'confidentiality', 'security', 'sub-processing', 'data-subject-rights',
    'compliance-assistance', 'breach-notification', 'end-of-processing', 'audits', 'location', 'anonymisation',
    'controller-responsibility', 'scc'
] as const;
export type SectionReferenceName = typeof SECTION_REFERENCE_NAMES[number];

/** One placeholder in a string; offsets are into the string it was parsed from (end exclusive). */
export interface TextReferencePlaceholder {
    kind: TextReferenceKind;
    /** The name as written; empty when the placeholder names nothing (`{annex}`). */
    name: string;
    start: number;
    end: number;
    nameStart: number;
    nameEnd: number;
}

const PLACEHOLDER = /\{[ \t]*(annex|section|party|sub-processor|period|parameter)(?:[ \t]+([^{}\s"\\]*))?[ \t]*\}/g;

/** Every typed reference in `value`, in order. */
export function parseTextReferences(value: string): TextReferencePlaceholder[] {
    const found: TextReferencePlaceholder[] = [];
    for (const match of value.matchAll(PLACEHOLDER)) {
        const start = match.index;
        const name = (match[2] as string | undefined) ?? ''; // an optional group that did not take part
        const nameStart = name ? start + match[0].indexOf(name, 1 + match[1].length) : start + match[0].length - 1;
        found.push({ kind: match[1] as TextReferenceKind, name, start, end: start + match[0].length, nameStart, nameEnd: nameStart + name.length });
    }
    return found;
}

/** `value` with each placeholder replaced by `render(placeholder)`. */
export function replaceTextReferences(value: string, render: (placeholder: TextReferencePlaceholder) => string): string {
    let result = '';
    let at = 0;
    for (const placeholder of parseTextReferences(value)) {
        result += value.slice(at, placeholder.start) + render(placeholder);
        at = placeholder.end;
    }
    return result + value.slice(at);
}

/** The model kind of the obligation a section name stands for (`location` → `processing-location`). */
export function obligationKindOfSectionName(name: string): string | undefined {
    if (name === 'subject' || name === 'scc' || !(SECTION_REFERENCE_NAMES as readonly string[]).includes(name)) return undefined;
    return name === 'location' ? 'processing-location' : name;
}
