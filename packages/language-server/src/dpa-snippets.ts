/*
 * Snippets offered by completion: a whole DPA skeleton for an empty file, the sections of a DPA
 * and one clause per obligation kind. Templates use a small notation that `expandSnippet` turns
 * into LSP snippet syntax, numbering the tab stops in order:
 *
 *   ⟨text⟩            a placeholder with default text
 *   ⟨a|b|c⟩           a choice
 *   ⟨@id=text⟩        a placeholder that later `⟨@id⟩` mirrors
 *   ⟪Deutsch|English⟫ a text in the document's languages: `de "…" en "…"`, one placeholder each
 */

import { CITATIONS } from '@dpa-as-code/model';

/** One clause per obligation kind, with the usual Art. 28(3) wording filled in. */
export const CLAUSE_SNIPPETS: Readonly<Record<string, string>> = {
    'instructions': `instructions {
    only on instructions
    documented only
    including transfers
    inform if infringing
    inform of legal requirement
}`,
    'confidentiality': `confidentiality {
    staff committed
    survives termination
}`,
    'security': `security {
    measures annexed
}`,
    'sub-processing': `sub-processing {
    authorisation ⟨general|specific⟩
    notice ⟨30⟩ days ⟨text-form|electronic|in-writing⟩
    objection within ⟨14⟩ days
    on objection ⟨parties-negotiate|controller-may-terminate|processor-may-terminate⟩
    flow-down
    processor liable
}`,
    'data-subject-rights': `data-subject-rights {
    within statutory deadlines
    rights access, rectification, erasure, restriction, portability, objection
}`,
    'compliance-assistance': `compliance-assistance {
    articles art32, art33, art34, art35, art36
}`,
    'breach-notification': `breach-notification {
    without undue delay
    within ⟨24⟩ hours
    assist notifications
}`,
    'end-of-processing': `end-of-processing {
    action delete-or-return
    at controller choice
    including copies
    unless law requires storage
    certify deletion
}`,
    'audits': `audits {
    information on request
    inspections {
        notice ⟨30⟩ days
        during business hours
    }
}`,
    'location': `location {
    within ⟨eu-eea|eu|eea⟩
    outside with art45, art46
    inform in advance
}`,
    'anonymisation': `anonymisation {
    allowed for ⟪Zweck der Anonymisierung|purpose of the anonymisation⟫
    no longer controller data
    inform before first in text-form
}`,
    'controller-responsibility': `controller-responsibility {
    solely responsible
}`
};

/** The clauses every DPA needs (Art. 28(3)(a)–(h) GDPR and Art. 33(2) GDPR), in that order. */
export const ART_28_3_CLAUSES = [
    'instructions', 'confidentiality', 'security', 'sub-processing', 'data-subject-rights',
    'compliance-assistance', 'breach-notification', 'end-of-processing', 'audits'
] as const;

const indent = (text: string, prefix = '    ') => text.split('\n').map(line => (line ? prefix + line : line)).join('\n');

const OBLIGATIONS_BLOCK = `obligations {
${ART_28_3_CLAUSES.map(kind => indent(CLAUSE_SNIPPETS[kind])).join('\n')}
}`;

const PROCESSING_BLOCK = `processing {
    subject-matter ⟪Gegenstand der Verarbeitung|Subject-matter of the processing⟫
    nature ⟪Art der Verarbeitung|Nature of the processing⟫
    purpose ⟪Zweck der Verarbeitung|Purpose of the processing⟫
    duration as main contract
}`;

const DATA_SUBJECTS_BLOCK = `data subjects {
    subject ⟨@subject=customers⟩ ⟪Kunden|Customers⟫
}`;

const DATA_CATEGORIES_BLOCK = `data categories of ⟨@subject⟩ {
    category ⟨contactData⟩ ⟪Kontaktdaten|Contact data⟫
}`;

const MEASURES_BLOCK = `measures {
    group encryption ⟪Pseudonymisierung und Verschlüsselung|Pseudonymisation and encryption⟫ {
        objectives pseudonymisation, encryption
        measure ⟪Maßnahme|Measure⟫
    }
    group resilience ⟪Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit|Confidentiality, integrity, availability and resilience⟫ {
        objectives confidentiality, integrity, availability, resilience
        measure ⟪Maßnahme|Measure⟫
    }
    group restoration ⟪Wiederherstellung nach einem Zwischenfall|Restoration after an incident⟫ {
        objectives restoration
        measure ⟪Maßnahme|Measure⟫
    }
    group testing ⟪Regelmäßige Überprüfung, Bewertung und Evaluierung|Regular testing, assessment and evaluation⟫ {
        objectives testing
        measure ⟪Maßnahme|Measure⟫
    }
}`;

/** A section-starting snippet, offered where its keyword can start a section. */
export interface SectionSnippet {
    /** The keyword (and its grammar rule) where the snippet is offered. */
    keyword: string;
    rule: string;
    label: string;
    description: string;
    template: string;
}

/** `DATA` in the sub-processor template becomes a choice of the document's data categories. */
export const SECTION_SNIPPETS: readonly SectionSnippet[] = [
    {
        keyword: 'sub-processor', rule: 'SubProcessor', label: 'sub-processor { … }',
        description: `New sub-processor with one service (${CITATIONS.art28_2_4.en}; Annex IV of the SCCs)`,
        template: `sub-processor ⟨Name⟩ {
    name "⟨Legal name⟩"
    address "⟨Street, postcode, city, country⟩"
    country ⟨US⟩
    service ⟪Zweck der Leistung|Purpose of the service⟫ {
        data DATA
        function ⟨inherent|optional|on-consent⟩
        located ⟨US⟩
        transfer ⟨scc-2021/914 module 3|dpf|adequacy|bcr|art49|none⟩
    }
}`
    },
    {
        keyword: 'party', rule: 'Party', label: 'party { … }',
        description: 'New party: controller or processor',
        template: `party ⟨Name⟩ ⟨controller|processor⟩ {
    name "⟨Legal name⟩"
    address "⟨Street, postcode, city⟩"
    country ⟨DE⟩
}`
    },
    {
        keyword: 'data', rule: 'DataSubjects', label: 'data subjects { … }',
        description: `Categories of data subjects (${CITATIONS.art28_3_first.en})`,
        template: DATA_SUBJECTS_BLOCK
    },
    {
        keyword: 'data', rule: 'DataCategoryGroup', label: 'data categories { … }',
        description: `Type of personal data (${CITATIONS.art28_3_first.en})`,
        template: `data categories {
    category ⟨contactData⟩ ⟪Kontaktdaten|Contact data⟫
}`
    },
    {
        keyword: 'processing', rule: 'Processing', label: 'processing { … }',
        description: `Subject-matter, nature, purpose and duration (${CITATIONS.art28_3_first.en})`,
        template: PROCESSING_BLOCK
    },
    {
        keyword: 'obligations', rule: 'Obligations', label: 'obligations { … }',
        description: `Every clause of ${CITATIONS.art28_3_a_h.en} and breach notification (${CITATIONS.art33_2.en})`,
        template: OBLIGATIONS_BLOCK
    },
    {
        keyword: 'measures', rule: 'Measures', label: 'measures { … }',
        description: `Technical and organisational measures, one group per objective of ${CITATIONS.art32_1.en}, points (a) to (d)`,
        template: MEASURES_BLOCK
    },
    {
        keyword: 'scc', rule: 'SccIncorporation', label: 'scc 2021/915 { … }',
        description: 'Incorporate the SCCs of Decision (EU) 2021/915 with an option for every clause that offers one',
        template: `scc 2021/915 {
    clause 1 option 1
    clause 7.7(a) option ⟨2|1⟩ period ⟨30⟩ days
    clause 8(c)(4) option 1
    clause 9.1(b) option 1
    clause 9.1(c) option 1
    clause 9.2(c) option 1
}`
    },
    {
        keyword: 'transfers', rule: 'Transfers', label: 'transfers { … }',
        description: `A transfer the agreement governs, with the choices of Decision (EU) 2021/914 (${CITATIONS.chapter5.en})`,
        template: `transfers {
    transfer ⟨to-processor⟩ {
        from ⟨Controller⟩ to ⟨Processor⟩
        country ⟨US⟩
        mechanism scc-2021/914 module ⟨2|3|1|4⟩
        ⟨docking clause|no docking clause⟩
        sub-processors ⟨general notice|specific period⟩ ⟨30⟩ days
        supervisory-authority ⟨establishment|representative|data-subjects⟩
        governing-law option ⟨1⟩ ⟨IE⟩
        courts ⟨IE⟩
    }
}`
    }
];

/** A whole agreement for an empty file: header, both parties, the Art. 28(3) details, every obligation and the Art. 32 measures. */
/**
 * The words that find the whole-DPA snippet: the keyword it starts with and what people type in
 * an empty file (`dpa`, `new`, `skel…`). Editors match the typed text against each word.
 */
export const DPA_SKELETON_FILTER_TEXT = 'agreement dpa new skeleton template';

export const DPA_SKELETON = `// Data Processing Agreement under ${CITATIONS.art28.en}
agreement ⟨Name⟩ {
    title ⟪Vertrag über die Auftragsverarbeitung|Data Processing Agreement⟫
    version "⟨1.0⟩"
    languages LANGUAGES
    main contract ⟪Hauptvertrag|main agreement⟫
    terms as in gdpr
}

party ⟨Customer⟩ controller {
    name "⟨Customer legal name⟩"
    address "⟨Street, postcode, city⟩"
    country ⟨DE⟩
}

party ⟨Vendor⟩ processor {
    name "⟨Vendor legal name⟩"
    address "⟨Street, postcode, city⟩"
    country ⟨DE⟩
    contact privacy { email "⟨privacy@example.com⟩" }
}

${DATA_SUBJECTS_BLOCK}

${DATA_CATEGORIES_BLOCK}

${PROCESSING_BLOCK}

${OBLIGATIONS_BLOCK}

${MEASURES_BLOCK}
`;

const escapePlaceholder = (text: string) => text.replace(/[$}\\]/g, c => `\\${c}`);
const escapeChoice = (text: string) => text.replace(/[$}\\,|]/g, c => `\\${c}`);

/** Turns a template into LSP snippet syntax (see the notation at the top of this file). */
export function expandSnippet(template: string, languages: readonly string[]): string {
    let next = 0;
    const named = new Map<string, number>();
    const shownLanguages = languages.filter(language => language === 'de' || language === 'en');
    const textLanguages = shownLanguages.length > 0 ? shownLanguages : ['de', 'en'];
    return template.replace(/⟪([^|⟫]*)\|([^⟫]*)⟫|⟨([^⟩]*)⟩/g, (_match, german: string | undefined, english: string | undefined, inner: string | undefined) => {
        if (german !== undefined && english !== undefined) {
            return textLanguages.map(language => `${language} "\${${++next}:${escapePlaceholder(language === 'de' ? german : english)}}"`).join(' ');
        }
        const body = inner ?? '';
        const mirror = /^@(\w+)$/.exec(body);
        if (mirror) {
            const index = named.get(mirror[1]);
            return index !== undefined ? `\${${index}}` : '';
        }
        const definition = /^@(\w+)=(.*)$/.exec(body);
        if (definition) {
            named.set(definition[1], ++next);
            return `\${${next}:${escapePlaceholder(definition[2])}}`;
        }
        if (body.includes('|')) {
            return `\${${++next}|${body.split('|').map(escapeChoice).join(',')}|}`;
        }
        return `\${${++next}:${escapePlaceholder(body)}}`;
    });
}

/** The text a snippet inserts when every placeholder keeps its default (for previews and tests). */
export function snippetDefaults(snippet: string): string {
    const defaults = new Map<string, string>();
    for (const match of snippet.matchAll(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g)) defaults.set(match[1], match[2]);
    return snippet
        .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|](?:\\.|[^}\\])*\}/g, (_m, first: string) => first)
        .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_m, text: string) => text)
        .replace(/\$\{(\d+)\}/g, (_m, index: string) => defaults.get(index) ?? '')
        .replace(/\$\d+/g, '')
        .replace(/\\([$}\\,|])/g, '$1');
}
