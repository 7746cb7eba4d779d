/**
 * Finds references to numbered parts of the agreement written as plain text ("Anlage 3",
 * "Anhang DPA2", "Ziffer 4.1", "section 6.2", "clause 5 of this agreement", a pasted "4.1:").
 * The generator numbers annexes and sections itself, so such numbers drift from the contract;
 * typed references (`{annex measures}`) follow it. References to other documents (the SCCs, the
 * GDPR, the main contract, statutes) are not reported.
 */

import { memoizeByText } from '@dpa-as-code/model';

export type HardCodedReferenceKind = 'annex' | 'section' | 'pasted-number';

export interface HardCodedReference {
    kind: HardCodedReferenceKind;
    /** The reference as written ("Anlage 3", "section 6.2", "4.1:"). */
    text: string;
    /** The annex or section number when it is a plain number (3 in "Anlage 3", 4 in "Ziffer 4"); absent for "DPA2" or "4.1". */
    number?: number;
    start: number;
    end: number;
}

/** "of this agreement" / "dieses Vertrags" after a reference: part of it, replaced with it. */
const OF_THIS = String.raw`(?:\s+(?:(?:of|to)\s+this\s+(?:agreement|DPA|contract)|(?:zu\s+)?(?:diese[rsm]|diesem)\s+(?:Vertrag(?:e?s)?|Vereinbarung|DPA)))?`;
const ANNEX = new RegExp(String.raw`\b(?:Anlage|Anhang|Annex|Appendix)\s+(?:(DPA\s?\d+)|(\d+)(?![\d.]*\d))${OF_THIS}(?=[^\p{L}\d]|$)`, 'gu');
const SECTION = new RegExp(String.raw`(?<![\p{L}])(?:Ziffer|Ziff\.|Abschnitt|[Ss]ection|[Pp]oint)\s+(\d+(?:\.\d+)*)(?![\d.]*\d)${OF_THIS}(?![\p{L}\d])`, 'gu');
const CLAUSE_OF_THIS = /\b[Cc]lause\s+(\d+(?:\.\d+)*)\s+of\s+this\s+(?:agreement|DPA|contract)\b/gu;
/** A seed's section number pasted at the start of a text or a sentence: "4.1: …". */
const PASTED_NUMBER = /(?<=^|[.;!?)]\s+)(\d{1,2}\.\d{1,2}):(?=\s)/gu;

/** Words right after a reference that show it points at another document. */
const OTHER_DOCUMENT_AFTER = /^[\s,]*(?:(?:der|des|of the|of|in der|in the|zu den|to the)\s+)?(?:SCCs?\b|Standardvertragsklauseln|Standard Contractual Clauses|Hauptvertrag|main contract|Master|DSGVO|GDPR|BDSG|TTDSG|TDDDG|EStG|HGB|AO\b|Durchführungsbeschluss|Implementing Decision|Beschluss|Decision|Regulation|Verordnung|Leitlinien|Guidelines|ISO)/u;
/**
 * The Commission's clauses and decisions number their own annexes and appendices ("Appendix 1 of the clauses",
 * "Anhang II der Klauseln", "Annex of Commission Decision 2010/87/EU"): a fixed external numbering, never this
 * contract's. "the clauses" is the usual short name of the SCCs; "these clauses" may mean this agreement and is reported.
 */
const CLAUSES_OR_DECISION_AFTER = /^[\s,]*(?:(?:of|to|in|under)\s+the\s+(?:(?:standard\s+)?(?:contractual|data\s+protection)\s+|model\s+|EU\s+)?clauses\b|(?:der|zu\s+den|in\s+den)\s+(?:(?:Standard(?:vertrags|datenschutz)?|Muster|EU-Standardvertrags)k|K)lauseln\b|(?:of|to|in|under)\s+(?:the\s+)?(?:(?:European\s+)?Commission(?:'s|’s)?\s+)?(?:Implementing\s+)?Decision\b|(?:des|zum|im)\s+(?:(?:Durchführungs)?[Bb]eschlusses|(?:Durchführungs)?[Bb]eschluss)\b)/iu;
/** Words right before that show the same (Art. 28 Abs. 3, § 41 Ziffer 2, Klausel 9 Anhang …). */
const OTHER_DOCUMENT_BEFORE = /(?:Art\.|Artikel|Article|§|Klausel|SCCs?|DSGVO|GDPR)\s*[\d\w().]*\s*$/u;
/** "their Appendix 2": the agreement speaks of itself in the singular, so a plural owner is another document (the clauses). */
const PLURAL_OWNER_BEFORE = /\btheir\s+$/iu;

/** The hard-coded references in `value`, in order (a new array of new objects on each call; the scan itself is remembered per text). */
export function findHardCodedReferences(value: string): HardCodedReference[] {
    if (!MIGHT_REFER.test(value)) return [];
    return scanHardCodedReferences(value).map(reference => ({ ...reference }));
}

/**
 * A word every pattern above needs (the annex and section words, `clause`, a section number before a colon):
 * most texts (names, addresses, purposes) have none and are not scanned or remembered at all.
 */
const MIGHT_REFER = /Anlage|Anhang|Annex|Appendix|Ziff|Abschnitt|[Ss]ection|[Pp]oint|[Cc]lause|\.\d\d?:/;

const scanHardCodedReferences = memoizeByText(scanForHardCodedReferences);

export function scanForHardCodedReferences(value: string): readonly HardCodedReference[] {
    const found: HardCodedReference[] = [];
    const add = (kind: HardCodedReferenceKind, match: RegExpExecArray, number: string | undefined) => {
        const start = match.index;
        const end = start + match[0].length;
        if (kind !== 'pasted-number' && (OTHER_DOCUMENT_AFTER.test(value.slice(end)) || CLAUSES_OR_DECISION_AFTER.test(value.slice(end)))) return;
        if (OTHER_DOCUMENT_BEFORE.test(value.slice(Math.max(0, start - 24), start))) return;
        if (kind === 'annex' && PLURAL_OWNER_BEFORE.test(value.slice(Math.max(0, start - 8), start))) return;
        if (found.some(existing => existing.start < end && start < existing.end)) return;
        found.push({ kind, text: match[0], ...(number !== undefined && /^\d+$/.test(number) ? { number: Number(number) } : {}), start, end });
    };
    for (const match of value.matchAll(ANNEX)) add('annex', match, match[2]);
    for (const match of value.matchAll(CLAUSE_OF_THIS)) add('section', match, match[1]);
    for (const match of value.matchAll(SECTION)) add('section', match, match[1]);
    for (const match of value.matchAll(PASTED_NUMBER)) add('pasted-number', match, undefined);
    return found.sort((a, b) => a.start - b.start);
}
