import { CITATIONS } from '@dpa-as-code/model';
import type { KeywordExplanation } from './obligation-explanations.js';

/**
 * Hover texts for the values of audit mechanics and breach notices (issue 9): the certifications an
 * `audits` clause offers, the exceptions to an inspection frequency cap and the Art. 33(3) items of a
 * breach notice. Keyed by the grammar rule and the keyword as written.
 */
const CERTIFICATION_NOTE = 'Offered as evidence of compliance; a report or certificate supports an audit but does not replace the inspections the controller may carry out.';

const certification = (title: string, what: string): KeywordExplanation => ({ title, explanation: `${what} ${CERTIFICATION_NOTE}`, citation: CITATIONS.art28_3_h });

export const AUDIT_VALUE_EXPLANATIONS: Readonly<Partial<Record<string, Readonly<Partial<Record<string, KeywordExplanation>>>>>> = {
    Certification: {
        'iso-27001': certification('ISO/IEC 27001 certificate', 'Certification of the information security management system.'),
        'iso-27017': certification('ISO/IEC 27017 certificate', 'Information security controls for cloud services.'),
        'iso-27018': certification('ISO/IEC 27018 certificate', 'Protection of personal data in public clouds acting as processors.'),
        'iso-27701': certification('ISO/IEC 27701 certificate', 'Extension of ISO/IEC 27001 for privacy information management.'),
        'iso-22301': certification('ISO 22301 certificate', 'Business continuity management.'),
        'soc1-type2': certification('SOC 1 Type II report', 'Auditor’s report on controls relevant to financial reporting, tested over a period.'),
        'soc2-type1': certification('SOC 2 Type I report', 'Auditor’s report on the design of security, availability, integrity, confidentiality or privacy controls at one point in time.'),
        'soc2-type2': certification('SOC 2 Type II report', 'Auditor’s report on security, availability, integrity, confidentiality or privacy controls, tested over a period.'),
        'soc3': certification('SOC 3 report', 'Public summary of a SOC 2 examination.'),
        'bsi-c5': certification('BSI C5 attestation', 'Audit against the Cloud Computing Compliance Criteria Catalogue of the German Federal Office for Information Security.'),
        'csa-star': certification('CSA STAR certification', 'Cloud Security Alliance Security, Trust, Assurance and Risk programme.'),
        'pci-dss': certification('PCI DSS attestation of compliance', 'Payment Card Industry Data Security Standard.'),
        'tisax': certification('TISAX label', 'Trusted Information Security Assessment Exchange of the automotive industry.'),
        'independent-audit': certification('Independent audit', 'Attestations or reports of an audit by an independent body or an authorised expert.'),
        'art40-code': { ...certification('Approved code of conduct', `Adherence to an approved code of conduct may help to show sufficient guarantees (${CITATIONS.art28_5.en}).`), citation: CITATIONS.art40 },
        'art42-seal': { ...certification('Certification, seal or mark', `An approved certification, data protection seal or mark may help to show sufficient guarantees (${CITATIONS.art28_5.en}).`), citation: CITATIONS.art42 }
    },
    FrequencyException: {
        'after-breach': { title: 'After a personal data breach', explanation: 'The cap does not apply to an inspection after a personal data breach.', citation: CITATIONS.art28_3_h },
        'authority-request': { title: 'On a supervisory authority’s request', explanation: 'The cap does not apply when a supervisory authority requires the inspection.', citation: CITATIONS.art28_3_h },
        'indications-of-non-compliance': { title: 'On indications of non-compliance', explanation: 'The cap does not apply when there are indications that the processor does not comply; the SCCs of Decision 2021/915 (Clause 7.6(c)) name this case.', citation: CITATIONS.art28_3_h },
        'required-by-law': { title: 'Where the law requires it', explanation: 'The cap does not apply when applicable data protection law requires an inspection.', citation: CITATIONS.art28_3_h }
    },
    BreachNoticeItem: {
        'nature': { title: 'Nature of the breach', explanation: 'Including, where possible, the categories and approximate number of data subjects and of personal data records concerned.', citation: CITATIONS.art33_3_a },
        'contact': { title: 'Contact point', explanation: 'Name and contact details of the data protection officer or another contact point for more information.', citation: CITATIONS.art33_3_b },
        'consequences': { title: 'Likely consequences', explanation: 'The likely consequences of the personal data breach.', citation: CITATIONS.art33_3_c },
        'measures': { title: 'Measures taken or proposed', explanation: 'Measures to address the breach, including, where appropriate, to mitigate its possible adverse effects.', citation: CITATIONS.art33_3_d }
    }
};
