/*
 * Hover texts for the keywords of the agreement-level `transfers` section: the choices of Decision (EU)
 * 2021/914, the UK Addendum and the Swiss FADP adaptations. Facts and sources: docs/legal/transfers.md;
 * dates and citations come from the model's catalogue. Summaries for orientation, not legal advice.
 */

import { CITATIONS, SWISS_FADP, UK_ADDENDUM, type Citation } from '@dpa-as-code/model';
import type { KeywordExplanation } from './obligation-explanations.js';

/** Every transfer keyword cites its source. */
export type TransferKeywordInfo = KeywordExplanation & { citation: Citation };

/** Keyed by the keyword as written; every entry cites its source. */
export const TRANSFER_KEYWORDS: Readonly<Partial<Record<string, TransferKeywordInfo>>> = {
    'transfers': {
        title: 'Transfers the agreement governs',
        explanation: 'Transfers to third countries that this agreement itself governs (for example the controller\'s data going to the processor outside the EEA), one `transfer NAME { … }` each, with the choices of the transfer SCCs.',
        citation: CITATIONS.chapter5
    },
    'from': {
        title: 'Data exporter and data importer',
        explanation: '`from EXPORTER to IMPORTER`: a party or a sub-processor each. Their roles (a sub-processor is a processor) decide the SCC module: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller.',
        citation: CITATIONS.scc914_modules
    },
    'mechanism': {
        title: 'Transfer tool',
        explanation: 'The basis of the transfer under Chapter V, as on a service: `adequacy`, `dpf`, `scc-2021/914 module N`, `bcr`, `art49`, optionally `as-stated` with the agreement\'s own wording.',
        citation: CITATIONS.chapter5
    },
    'docking': {
        title: 'Clause 7: docking clause',
        explanation: 'Further entities may accede to the clauses later, as exporter or importer, with the parties\' agreement (`no docking clause` states that it is left out).',
        citation: CITATIONS.scc914_clause7
    },
    'sub-processors': {
        title: 'Clause 9(a): sub-processors (Modules 2 and 3)',
        explanation: '`specific period P`: Option 1, prior specific authorisation requested at least P before the engagement (Annex III lists those authorised). `general notice P`: Option 2, general written authorisation with notice of changes at least P in advance.',
        citation: CITATIONS.scc914_clause9a
    },
    'dispute-body': {
        title: 'Clause 11(a) option: independent dispute resolution body',
        explanation: 'Data subjects may also complain to an independent dispute resolution body at no cost to them; an arbitration body must be in a country that has ratified the New York Convention.',
        citation: CITATIONS.scc914_clause11a
    },
    'supervisory-authority': {
        title: 'Clause 13(a): competent supervisory authority (Modules 1 to 3)',
        explanation: '`establishment`: the authority responsible for the exporter established in the EU; `representative`: that of the Member State of the Art. 27 representative; `data-subjects`: that of a Member State where the data subjects are. Named in Annex I.C.',
        citation: CITATIONS.scc914_clause13a
    },
    'governing-law': {
        title: 'Clause 17: governing law',
        explanation: '`option 1 XX`: the law of a Member State allowing third-party beneficiary rights; `option 2 XX` (Modules 2 and 3): the exporter\'s Member State, XX as fallback; `governing-law XX` in Module 4: any country allowing those rights.',
        citation: CITATIONS.scc914_clause17
    },
    'courts': {
        title: 'Clause 18(b): courts',
        explanation: 'Modules 1 to 3: the courts of an EU Member State; data subjects may also sue where they habitually reside (Clause 18(c)). Module 4: the courts of any country named.',
        citation: CITATIONS.scc914_clause18b
    },
    'authorised': {
        title: 'The controller\'s instruction for this transfer',
        explanation: 'The controller authorises the transfer as a documented instruction; transfers to third countries need one.',
        citation: CITATIONS.art28_3_a
    },
    'successor': {
        title: 'Successor mechanism',
        explanation: 'A recognised successor of the stated mechanism (such as a new version of the SCCs) applies in its place once the importer adopts it, as far as it complies with the law and covers the countries concerned.',
        citation: CITATIONS.chapter5
    },
    'uk-addendum': {
        title: `UK International Data Transfer Addendum (version ${UK_ADDENDUM.version}, in force ${UK_ADDENDUM.inForce})`,
        explanation: 'The ICO\'s addendum that makes the EU SCCs usable for restricted transfers under the UK GDPR: Table 1 start date and parties, Table 2 which SCCs it appends to, Table 3 Appendix Information, Table 4 who may end it when the ICO revises it.',
        citation: CITATIONS.ukAddendumTables
    },
    'may': {
        title: `Table 4: ending the Addendum (Section ${UK_ADDENDUM.endingSection})`,
        explanation: 'Which party may end the Addendum if a revised Approved Addendum substantially raises its costs or risk: `importer`, `exporter`, both, or `neither`.',
        citation: CITATIONS.ukAddendumTables
    },
    'swiss-fadp': {
        title: `Swiss FADP adaptations (FDPIC, ${SWISS_FADP.fdpicRecognition})`,
        explanation: `The FDPIC recognised the 2021/914 SCCs for transfers from Switzerland with adaptations: the FDPIC as authority, Swiss law or the Clause 17 law, data subjects in Switzerland able to sue there, GDPR references read as FADP references. The revised FADP is in force since ${SWISS_FADP.revisedFadpInForce}.`,
        citation: CITATIONS.fdpicScc2021
    }
};
