/*
 * The UK's International Data Transfer Addendum to the EU SCCs and the Swiss FDPIC's adaptations of the SCCs
 * (docs/legal/transfers.md §2 and §3, with sources). Update this file when the ICO issues a new version of the
 * Addendum or the FDPIC changes its guidance.
 */

/** The ICO's Addendum as the language knows it (Part 1 Tables 1–4 are typed in the model's `UkAddendum`). */
export const UK_ADDENDUM = {
    version: 'B1.0',
    /** Issued under section 119A of the Data Protection Act 2018; laid before Parliament on 2 February 2022. */
    laidBeforeParliament: '2022-02-02',
    inForce: '2022-03-21',
    /** Table 4 names who may end the Addendum under its Section 19 when the ICO revises the Approved Addendum. */
    endingSection: 19
} as const;

/** The FDPIC's recognition of the 2021/914 SCCs, with adaptations, and the revised FADP. */
export const SWISS_FADP = {
    fdpicRecognition: '2021-08-27',
    revisedFadpInForce: '2023-09-01',
    authorityNames: {
        en: 'Federal Data Protection and Information Commissioner (FDPIC)',
        de: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter (EDÖB)'
    }
} as const;
