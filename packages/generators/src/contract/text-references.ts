import { obligationKindOfSectionName, replaceTextReferences, textIn, type TextReferencePlaceholder } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { AnnexKind, ContractContext } from './contract-context.js';
import type { ContractDocument, Section } from './document.js';

/**
 * Resolves typed references in the file's texts (`{annex measures}` → "Anlage 3"). Annexes,
 * parties, sub-processors and periods are known before the contract is built; section numbers
 * only after numbering, so `{section …}` becomes a marker that `resolveSectionReferences`
 * replaces once the document is numbered.
 */

const MARKER_START = '\u{E000}';
const MARKER_END = '\u{E001}';
const MARKER = /\u{E000}([^\u{E001}]*)\u{E001}/gu;

/** The text with every typed reference rendered in the context's language (sections as markers). */
export function renderTextReferences(value: string, ctx: ContractContext): string {
    return replaceTextReferences(value, placeholder => renderPlaceholder(placeholder, ctx) ?? value.slice(placeholder.start, placeholder.end));
}

function renderPlaceholder({ kind, name }: TextReferencePlaceholder, ctx: ContractContext): string | undefined {
    const { model } = ctx;
    switch (kind) {
        case 'annex':
            return ctx.annexLabel(name as AnnexKind);
        case 'section':
            return sectionReference(sectionKey(name), name);
        case 'party': {
            const party = model.parties.find(candidate => candidate.id === name);
            if (!party) return undefined;
            return (party.legalName && textIn(party.legalName, ctx.lang)) ?? party.id;
        }
        case 'sub-processor': {
            const sub = model.subProcessors.find(candidate => candidate.id === name);
            return sub ? sub.legalName ?? sub.id : undefined;
        }
        case 'period': {
            const record = model.retention?.records.find(candidate => candidate.id === name);
            return record?.period ? ctx.period(record.period) : undefined;
        }
        case 'parameter':
            // A cover's model has its values in place already; a template is not generated on its own.
            return undefined;
    }
}

/** A reference to the contract section with this key, numbered once the document is (see `resolveSectionReferences`). */
export function sectionReference(key: string, name: string): string {
    return `${MARKER_START}${key} ${name}${MARKER_END}`;
}

/** The contract section key a section reference name stands for (see obligation-blocks.ts, scc-section.ts). */
function sectionKey(name: string): string {
    const obligation = obligationKindOfSectionName(name);
    return obligation ? `obligation:${obligation}` : name;
}

/** The number of every numbered section of the document, by key. */
export function sectionNumbers(document: ContractDocument): Map<string, string> {
    const numbers = new Map<string, string>();
    const collect = (sections: Section[]) => {
        for (const section of sections) {
            if (section.number !== undefined) numbers.set(section.key, section.number);
            collect(section.blocks.filter((block): block is Section => block.kind === 'section'));
        }
    };
    collect(document.sections);
    return numbers;
}

/**
 * Replaces section markers everywhere in the numbered document by "Ziffer 4" / "Section 4". A key the
 * document lacks goes to `elsewhere` (a document that cites another one, e.g. the record citing the contract).
 */
export function resolveSectionReferences(document: ContractDocument, elsewhere?: (key: string) => string | undefined): ContractDocument {
    const numbers = sectionNumbers(document);
    const label = clauseLibrary.document.sectionLabel[document.language];
    const replace = (value: unknown): unknown => {
        if (typeof value === 'string') {
            return value.includes(MARKER_START) ? value.replace(MARKER, (_, marker: string) => {
                const [key, name] = marker.split(' ');
                const number = numbers.get(key);
                if (number !== undefined) return label({ number });
                // A section the contract does not print (the validator knows only the file) stays as written.
                return elsewhere?.(key) ?? `{section ${name}}`;
            }) : value;
        }
        if (Array.isArray(value)) return value.map(replace);
        if (value !== null && typeof value === 'object') {
            // A copy with its own enumerable properties, as Object.fromEntries(Object.entries(…)) makes it,
            // without the arrays of pairs in between (the whole document is copied).
            const copy: Record<string, unknown> = {};
            for (const key in value) {
                if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
                const entry = replace((value as Record<string, unknown>)[key]);
                if (key === '__proto__') Object.defineProperty(copy, key, { value: entry, writable: true, enumerable: true, configurable: true });
                else copy[key] = entry;
            }
            return copy;
        }
        return value;
    };
    return replace(document) as ContractDocument;
}
