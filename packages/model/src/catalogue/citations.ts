/*
 * Every legal citation the toolchain shows, in English (GDPR) and German (DSGVO) style, kept once.
 * Lint rules, the clause library, the editor's explanations and the generators read them from here;
 * test/catalogue.test.ts fails when a citation string is written anywhere else.
 *
 * Forms (one per concept): English "Art. 28(3)(h) GDPR", "Arts. 33 and 34 GDPR", "Chapter V GDPR";
 * German "Art. 28 Abs. 3 lit. h DSGVO", "Art. 33 und 34 DSGVO", "Kapitel V DSGVO".
 */

/** A citation in the two styles: English "Art. 28(3)(h) GDPR", German "Art. 28 Abs. 3 lit. h DSGVO". */
export interface Citation {
    readonly en: string;
    readonly de: string;
}

const cite = (en: string, de: string): Citation => ({ en, de });

/** The citations, by a short id that spells the provision (`art28_3_h` = Art. 28(3)(h)). */
export const CITATIONS = {
    // Art. 4 definitions, used where the contract names the parties' roles.
    art4: cite('Art. 4 GDPR', 'Art. 4 DSGVO'),
    art4_12: cite('Art. 4(12) GDPR', 'Art. 4 Nr. 12 DSGVO'),
    art4_7: cite('Art. 4(7) GDPR', 'Art. 4 Nr. 7 DSGVO'),
    art4_8: cite('Art. 4(8) GDPR', 'Art. 4 Nr. 8 DSGVO'),
    // Art. 27: representatives of parties not established in the Union.
    art27: cite('Art. 27 GDPR', 'Art. 27 DSGVO'),
    art27_3: cite('Art. 27(3) GDPR', 'Art. 27 Abs. 3 DSGVO'),
    // Art. 82: liability and the right to compensation.
    art82: cite('Art. 82 GDPR', 'Art. 82 DSGVO'),
    art9: cite('Art. 9 GDPR', 'Art. 9 DSGVO'),
    art9_10: cite('Arts. 9 and 10 GDPR', 'Art. 9 und 10 DSGVO'),
    art10: cite('Art. 10 GDPR', 'Art. 10 DSGVO'),
    // Data subjects' rights (Chapter III).
    art15: cite('Art. 15 GDPR', 'Art. 15 DSGVO'),
    art16: cite('Art. 16 GDPR', 'Art. 16 DSGVO'),
    art17: cite('Art. 17 GDPR', 'Art. 17 DSGVO'),
    art18: cite('Art. 18 GDPR', 'Art. 18 DSGVO'),
    art20: cite('Art. 20 GDPR', 'Art. 20 DSGVO'),
    art21: cite('Art. 21 GDPR', 'Art. 21 DSGVO'),
    art22: cite('Art. 22 GDPR', 'Art. 22 DSGVO'),
    art24: cite('Art. 24 GDPR', 'Art. 24 DSGVO'),
    art25: cite('Art. 25 GDPR', 'Art. 25 DSGVO'),
    // Art. 28, paragraph by paragraph.
    art28: cite('Art. 28 GDPR', 'Art. 28 DSGVO'),
    art28_2: cite('Art. 28(2) GDPR', 'Art. 28 Abs. 2 DSGVO'),
    art28_2_3d_4: cite('Art. 28(2), (3)(d) and (4) GDPR', 'Art. 28 Abs. 2, Abs. 3 lit. d und Abs. 4 DSGVO'),
    art28_2_4: cite('Art. 28(2) and (4) GDPR', 'Art. 28 Abs. 2 und 4 DSGVO'),
    art28_3: cite('Art. 28(3) GDPR', 'Art. 28 Abs. 3 DSGVO'),
    art28_3_first: cite('Art. 28(3) GDPR, first sentence', 'Art. 28 Abs. 3 Satz 1 DSGVO'),
    art28_3_a: cite('Art. 28(3)(a) GDPR', 'Art. 28 Abs. 3 lit. a DSGVO'),
    art28_3_a_10: cite('Art. 28(3)(a) and (10) GDPR', 'Art. 28 Abs. 3 lit. a und Abs. 10 DSGVO'),
    art28_3_b: cite('Art. 28(3)(b) GDPR', 'Art. 28 Abs. 3 lit. b DSGVO'),
    art28_3_c: cite('Art. 28(3)(c) GDPR', 'Art. 28 Abs. 3 lit. c DSGVO'),
    art28_3_c_32: cite('Art. 28(3)(c) and Art. 32 GDPR', 'Art. 28 Abs. 3 lit. c und Art. 32 DSGVO'),
    art28_3_d: cite('Art. 28(3)(d) GDPR', 'Art. 28 Abs. 3 lit. d DSGVO'),
    art28_3_e: cite('Art. 28(3)(e) GDPR', 'Art. 28 Abs. 3 lit. e DSGVO'),
    art28_3_f: cite('Art. 28(3)(f) GDPR', 'Art. 28 Abs. 3 lit. f DSGVO'),
    art28_3_f_32: cite('Art. 28(3)(f) and Art. 32 GDPR', 'Art. 28 Abs. 3 lit. f und Art. 32 DSGVO'),
    art28_3_g: cite('Art. 28(3)(g) GDPR', 'Art. 28 Abs. 3 lit. g DSGVO'),
    art28_3_h: cite('Art. 28(3)(h) GDPR', 'Art. 28 Abs. 3 lit. h DSGVO'),
    art28_3_a_h: cite('Art. 28(3)(a) to (h) GDPR', 'Art. 28 Abs. 3 lit. a bis h DSGVO'),
    art28_3_second: cite('Art. 28(3) GDPR, second subparagraph', 'Art. 28 Abs. 3 Unterabs. 2 DSGVO'),
    art28_3_4: cite('Art. 28(3) and (4) GDPR', 'Art. 28 Abs. 3 und 4 DSGVO'),
    art28_4: cite('Art. 28(4) GDPR', 'Art. 28 Abs. 4 DSGVO'),
    art28_7: cite('Art. 28(7) GDPR', 'Art. 28 Abs. 7 DSGVO'),
    art28_9: cite('Art. 28(9) GDPR', 'Art. 28 Abs. 9 DSGVO'),
    art28_3_9: cite('Art. 28(3) and (9) GDPR', 'Art. 28 Abs. 3 und 9 DSGVO'),
    art28_10: cite('Art. 28(10) GDPR', 'Art. 28 Abs. 10 DSGVO'),
    // The processor's record of processing activities.
    art30_2: cite('Art. 30(2) GDPR', 'Art. 30 Abs. 2 DSGVO'),
    art30_2_a: cite('Art. 30(2)(a) GDPR', 'Art. 30 Abs. 2 lit. a DSGVO'),
    art30_2_b: cite('Art. 30(2)(b) GDPR', 'Art. 30 Abs. 2 lit. b DSGVO'),
    art30_2_c: cite('Art. 30(2)(c) GDPR', 'Art. 30 Abs. 2 lit. c DSGVO'),
    art30_2_d: cite('Art. 30(2)(d) GDPR', 'Art. 30 Abs. 2 lit. d DSGVO'),
    // Security and breaches.
    art32: cite('Art. 32 GDPR', 'Art. 32 DSGVO'),
    art32_1: cite('Art. 32(1) GDPR', 'Art. 32 Abs. 1 DSGVO'),
    art32_1_a: cite('Art. 32(1)(a) GDPR', 'Art. 32 Abs. 1 lit. a DSGVO'),
    art32_1_b: cite('Art. 32(1)(b) GDPR', 'Art. 32 Abs. 1 lit. b DSGVO'),
    art32_1_c: cite('Art. 32(1)(c) GDPR', 'Art. 32 Abs. 1 lit. c DSGVO'),
    art32_1_d: cite('Art. 32(1)(d) GDPR', 'Art. 32 Abs. 1 lit. d DSGVO'),
    art32_36: cite('Arts. 32 to 36 GDPR', 'Art. 32 bis 36 DSGVO'),
    art33: cite('Art. 33 GDPR', 'Art. 33 DSGVO'),
    art33_1: cite('Art. 33(1) GDPR', 'Art. 33 Abs. 1 DSGVO'),
    art33_2: cite('Art. 33(2) GDPR', 'Art. 33 Abs. 2 DSGVO'),
    art33_3: cite('Art. 33(3) GDPR', 'Art. 33 Abs. 3 DSGVO'),
    art33_3_a: cite('Art. 33(3)(a) GDPR', 'Art. 33 Abs. 3 lit. a DSGVO'),
    art33_3_b: cite('Art. 33(3)(b) GDPR', 'Art. 33 Abs. 3 lit. b DSGVO'),
    art33_3_c: cite('Art. 33(3)(c) GDPR', 'Art. 33 Abs. 3 lit. c DSGVO'),
    art33_3_d: cite('Art. 33(3)(d) GDPR', 'Art. 33 Abs. 3 lit. d DSGVO'),
    art33_4: cite('Art. 33(4) GDPR', 'Art. 33 Abs. 4 DSGVO'),
    art33_34: cite('Arts. 33 and 34 GDPR', 'Art. 33 und 34 DSGVO'),
    art34: cite('Art. 34 GDPR', 'Art. 34 DSGVO'),
    art35: cite('Art. 35 GDPR', 'Art. 35 DSGVO'),
    art36: cite('Art. 36 GDPR', 'Art. 36 DSGVO'),
    art37_7: cite('Art. 37(7) GDPR', 'Art. 37 Abs. 7 DSGVO'),
    // Grounds of a DPO's appointment, notices to the controller (issue 9).
    art30: cite('Art. 30 GDPR', 'Art. 30 DSGVO'),
    art37_1_a: cite('Art. 37(1)(a) GDPR', 'Art. 37 Abs. 1 lit. a DSGVO'),
    art37_1_b: cite('Art. 37(1)(b) GDPR', 'Art. 37 Abs. 1 lit. b DSGVO'),
    art37_1_c: cite('Art. 37(1)(c) GDPR', 'Art. 37 Abs. 1 lit. c DSGVO'),
    art41_4: cite('Art. 41(4) GDPR', 'Art. 41 Abs. 4 DSGVO'),
    art28_5: cite('Art. 28(5) GDPR', 'Art. 28 Abs. 5 DSGVO'),
    art40: cite('Art. 40 GDPR', 'Art. 40 DSGVO'),
    art42: cite('Art. 42 GDPR', 'Art. 42 DSGVO'),
    art58: cite('Art. 58 GDPR', 'Art. 58 DSGVO'),
    bdsg38: cite('Section 38 BDSG', '§ 38 BDSG'),
    stgb203: cite('Section 203 StGB', '§ 203 StGB'),
    // Transfers (Chapter V, Arts. 44–49): "Chapter V" is the one form for the chapter as a whole.
    chapter3: cite('Chapter III GDPR', 'Kapitel III DSGVO'),
    chapter5: cite('Chapter V GDPR', 'Kapitel V DSGVO'),
    art44: cite('Art. 44 GDPR', 'Art. 44 DSGVO'),
    art44_48: cite('Arts. 44 to 48 GDPR', 'Art. 44 bis 48 DSGVO'),
    art45: cite('Art. 45 GDPR', 'Art. 45 DSGVO'),
    art46: cite('Art. 46 GDPR', 'Art. 46 DSGVO'),
    art46_2_b_47: cite('Art. 46(2)(b) and Art. 47 GDPR', 'Art. 46 Abs. 2 lit. b und Art. 47 DSGVO'),
    art46_2_b_c: cite('Art. 46(2)(b) and (c) GDPR', 'Art. 46 Abs. 2 lit. b und c DSGVO'),
    art46_2_c: cite('Art. 46(2)(c) GDPR', 'Art. 46 Abs. 2 lit. c DSGVO'),
    art47: cite('Art. 47 GDPR', 'Art. 47 DSGVO'),
    art49: cite('Art. 49 GDPR', 'Art. 49 DSGVO'),
    recital26: cite('Recital 26 GDPR', 'Erwägungsgrund 26 DSGVO'),
    // Regulation (EU) 2018/1725 (EU institutions and bodies), the alternative in the SCC 2021/915 options.
    eudpr29_3_4: cite('Art. 29(3) and (4) of Regulation (EU) 2018/1725', 'Art. 29 Abs. 3 und 4 der Verordnung (EU) 2018/1725'),
    eudpr33_36_38: cite('Arts. 33 and 36 to 38 of Regulation (EU) 2018/1725', 'Art. 33 und Art. 36 bis 38 der Verordnung (EU) 2018/1725'),
    eudpr34_3: cite('Art. 34(3) of Regulation (EU) 2018/1725', 'Art. 34 Abs. 3 der Verordnung (EU) 2018/1725'),
    eudpr35: cite('Art. 35 of Regulation (EU) 2018/1725', 'Art. 35 der Verordnung (EU) 2018/1725'),
    eudpr34_35: cite('Arts. 34 and 35 of Regulation (EU) 2018/1725', 'Art. 34 und 35 der Verordnung (EU) 2018/1725'),
    // The standard contractual clauses and guidance, where they are a rule's main source.
    scc915: cite('Decision (EU) 2021/915', 'Durchführungsbeschluss (EU) 2021/915'),
    scc915_clause1a: cite('SCC 2021/915 Clause 1(a)', 'SCC 2021/915 Klausel 1 Buchst. a'),
    scc915_clause2: cite('SCC 2021/915 Clause 2', 'SCC 2021/915 Klausel 2'),
    scc915_clause4: cite('SCC 2021/915 Clause 4', 'SCC 2021/915 Klausel 4'),
    scc915_clause7_7a: cite('SCC 2021/915 Clause 7.7(a)', 'SCC 2021/915 Klausel 7.7 Buchst. a'),
    scc915_clause7_6: cite('SCC 2021/915 Clause 7.6', 'SCC 2021/915 Klausel 7.6'),
    scc915_clause7_8a: cite('SCC 2021/915 Clause 7.8(a)', 'SCC 2021/915 Klausel 7.8 Buchst. a'),
    scc915_options: cite('SCC 2021/915 Clauses 1(a), 7.7(a), 8(c)(4), 9.1 and 9.2', 'SCC 2021/915 Klauseln 1 Buchst. a, 7.7 Buchst. a, 8 Buchst. c Nr. 4, 9.1 und 9.2'),
    scc915_annex1: cite('SCC 2021/915 Annex I', 'SCC 2021/915 Anhang I'),
    scc914: cite('Decision (EU) 2021/914', 'Durchführungsbeschluss (EU) 2021/914'),
    scc914_art4: cite('Art. 4 of Decision (EU) 2021/914', 'Art. 4 des Durchführungsbeschlusses (EU) 2021/914'),
    scc2010_87: cite('Commission Decision 2010/87/EU', 'Beschluss 2010/87/EU der Kommission'),
    scc914_art1_1: cite('Art. 1(1) of Decision (EU) 2021/914', 'Art. 1 Abs. 1 des Durchführungsbeschlusses (EU) 2021/914'),
    // Decision 2021/914 clause by clause, for the agreement-level `transfers` section (docs/legal/transfers.md).
    scc914_modules: cite('SCC 2021/914 Annex, Modules 1 to 4 and Annex I.A', 'SCC 2021/914 Anhang, Module 1 bis 4 und Anhang I.A'),
    scc914_clause5: cite('SCC 2021/914 Clause 5', 'SCC 2021/914 Klausel 5'),
    scc914_clause7: cite('SCC 2021/914 Clause 7', 'SCC 2021/914 Klausel 7'),
    scc914_clause9a: cite('SCC 2021/914 Clause 9(a)', 'SCC 2021/914 Klausel 9 Buchst. a'),
    scc914_clause11a: cite('SCC 2021/914 Clause 11(a)', 'SCC 2021/914 Klausel 11 Buchst. a'),
    scc914_clause13a: cite('SCC 2021/914 Clause 13(a)', 'SCC 2021/914 Klausel 13 Buchst. a'),
    scc914_clause17: cite('SCC 2021/914 Clause 17', 'SCC 2021/914 Klausel 17'),
    scc914_clause18b: cite('SCC 2021/914 Clause 18(b)', 'SCC 2021/914 Klausel 18 Buchst. b'),
    scc914_clause18c: cite('SCC 2021/914 Clause 18(c)', 'SCC 2021/914 Klausel 18 Buchst. c'),
    // The UK Addendum (ICO, s. 119A Data Protection Act 2018) and the Swiss FDPIC's adaptations.
    ukAddendum: cite('International Data Transfer Addendum to the EU SCCs (ICO, version B1.0)', 'International Data Transfer Addendum zu den EU-Standardvertragsklauseln (ICO, Version B1.0)'),
    ukAddendumTables: cite('UK Addendum B1.0, Part 1, Tables 1 to 4', 'UK Addendum B1.0, Teil 1, Tabellen 1 bis 4'),
    fdpicScc2021: cite('FDPIC paper on the SCCs of 27 August 2021', 'EDÖB-Papier zu den Standardvertragsklauseln vom 27. August 2021'),
    fadp: cite('Swiss Federal Act on Data Protection (FADP)', 'Bundesgesetz über den Datenschutz (DSG)'),
    edpbOpinion22_2024: cite('EDPB Opinion 22/2024', 'EDPB-Stellungnahme 22/2024'),
    // Laws an agreement may name as those it applies under (`laws …`), and the sales convention it may exclude.
    gdpr: cite('GDPR (Regulation (EU) 2016/679)', 'DSGVO (Verordnung (EU) 2016/679)'),
    ukGdpr: cite('UK GDPR', 'UK GDPR'),
    ukDpa2018: cite('UK Data Protection Act 2018', 'UK Data Protection Act 2018'),
    bdsg: cite('German Federal Data Protection Act (BDSG)', 'Bundesdatenschutzgesetz (BDSG)'),
    ccpa: cite('California Consumer Privacy Act (CCPA)', 'California Consumer Privacy Act (CCPA)'),
    cisg: cite('UN Convention on Contracts for the International Sale of Goods (CISG)', 'UN-Kaufrecht (CISG)'),
    // Not law: what a finding rests on when it is a matter of drafting or of the tool's own configuration.
    draftingHygiene: cite('Drafting hygiene', 'Redaktionelle Sorgfalt'),
    lintConfiguration: cite('Lint configuration', 'Lint-Konfiguration')
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

/** Several citations joined as one ("Art. 45 GDPR; Art. 49 GDPR"), in one language. */
export function joinCitations(citations: readonly Citation[], lang: keyof Citation, separator = '; '): string {
    return citations.map(citation => citation[lang]).join(separator);
}
