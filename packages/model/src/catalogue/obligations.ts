/*
 * The duties an Art. 28 agreement must set out (legal-reference.md §1, §2, §5): each with an English and
 * a German title and its citation. The titles are short names for lists and headings; the official terms
 * come from the glossary in legal-reference.md §7.
 */

import { CITATIONS, type Citation } from './citations.js';

export interface LegalDuty {
    /** Stable id; for the clauses of an `obligations` block it is the `.dpa` keyword. */
    readonly id: string;
    readonly titleEn: string;
    readonly titleDe: string;
    /** The provision the duty comes from. */
    readonly citation: Citation;
    /** Further provisions the duty draws on (the second subparagraph for instructions, Art. 28(10), …). */
    readonly related?: readonly Citation[];
}

const duty = (id: string, titleEn: string, titleDe: string, citation: Citation, related?: readonly Citation[]): LegalDuty =>
    related ? { id, titleEn, titleDe, citation, related } : { id, titleEn, titleDe, citation };

/** The clauses of an `obligations` block (and of SCC supplements), by keyword, in the order of Art. 28(3). */
export const OBLIGATIONS: readonly LegalDuty[] = [
    duty('instructions', 'Documented instructions', 'Weisungsgebundenheit', CITATIONS.art28_3_a, [CITATIONS.art28_3_second]),
    duty('confidentiality', 'Confidentiality', 'Vertraulichkeit', CITATIONS.art28_3_b),
    duty('security', 'Security of processing', 'Sicherheit der Verarbeitung', CITATIONS.art28_3_c_32),
    duty('sub-processing', 'Engaging sub-processors', 'Unterauftragsverarbeitung', CITATIONS.art28_2_3d_4),
    duty('data-subject-rights', 'Assistance with data subject requests', 'Unterstützung bei Betroffenenrechten', CITATIONS.art28_3_e),
    duty('compliance-assistance', 'Assistance with Articles 32 to 36', 'Unterstützung nach Art. 32 bis 36', CITATIONS.art28_3_f, [CITATIONS.art32_36]),
    duty('breach-notification', 'Personal data breach notification', 'Meldung von Verletzungen des Schutzes personenbezogener Daten', CITATIONS.art33_2, [CITATIONS.art28_3_f]),
    duty('end-of-processing', 'Deletion or return at the end', 'Löschung oder Rückgabe nach Ende der Verarbeitung', CITATIONS.art28_3_g),
    duty('audits', 'Information and audits, including inspections', 'Nachweise und Überprüfungen einschließlich Inspektionen', CITATIONS.art28_3_h),
    duty('location', 'Place of processing and third-country transfers', 'Ort der Verarbeitung und Drittlandübermittlungen', CITATIONS.chapter5, [CITATIONS.art28_3_a]),
    duty('anonymisation', 'Anonymisation by the processor', 'Anonymisierung durch den Auftragsverarbeiter', CITATIONS.recital26, [CITATIONS.art28_3_a_10]),
    duty('controller-responsibility', 'Responsibility of the controller', 'Verantwortung des Verantwortlichen', CITATIONS.art24, [CITATIONS.art28_3])
];

/** The other elements and duties of Art. 28 the linter checks (not written as an obligation clause). */
export const ART28_ELEMENTS: readonly LegalDuty[] = [
    duty('subject-matter', 'Subject-matter of the processing', 'Gegenstand der Verarbeitung', CITATIONS.art28_3_first),
    duty('duration', 'Duration of the processing', 'Dauer der Verarbeitung', CITATIONS.art28_3_first),
    duty('nature', 'Nature of the processing', 'Art der Verarbeitung', CITATIONS.art28_3_first),
    duty('purpose', 'Purpose of the processing', 'Zweck der Verarbeitung', CITATIONS.art28_3_first),
    duty('data-types', 'Type of personal data', 'Art der personenbezogenen Daten', CITATIONS.art28_3_first),
    duty('data-subjects', 'Categories of data subjects', 'Kategorien betroffener Personen', CITATIONS.art28_3_first),
    duty('controller-obligations-rights', 'Obligations and rights of the controller', 'Pflichten und Rechte des Verantwortlichen', CITATIONS.art28_3_first),
    duty('infringing-instructions', 'Information on infringing instructions', 'Hinweis auf rechtswidrige Weisungen', CITATIONS.art28_3_second),
    duty('authorisation', 'Prior written authorisation of sub-processors', 'Vorherige schriftliche Genehmigung von Unterauftragsverarbeitern', CITATIONS.art28_2),
    duty('flow-down', 'Same obligations for sub-processors', 'Dieselben Datenschutzpflichten für Unterauftragsverarbeiter', CITATIONS.art28_4),
    duty('written-form', 'In writing, including in electronic form', 'Schriftlich, auch in einem elektronischen Format', CITATIONS.art28_9),
    duty('own-purposes', 'Processing for the processor\'s own purposes', 'Verarbeitung zu eigenen Zwecken des Auftragsverarbeiters', CITATIONS.art28_10)
];

const byId = new Map<string, LegalDuty>([...OBLIGATIONS, ...ART28_ELEMENTS].map(entry => [entry.id, entry]));

/** The duty with this id or `.dpa` obligation keyword ("audits" → Art. 28(3)(h)). */
export function legalDutyOf(id: string): LegalDuty | undefined {
    return byId.get(id);
}

/** The obligation clause keywords in the order of Art. 28(3), then the clauses beyond it. */
export const OBLIGATION_KEYWORDS: readonly string[] = OBLIGATIONS.map(entry => entry.id);
