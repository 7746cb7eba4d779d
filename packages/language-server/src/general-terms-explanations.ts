/*
 * Hover texts for the keywords of the `general-terms` section, the roles beyond one controller and one
 * processor (`acts as processor`, `affiliates`, `eu-representative`) and the published sub-processor list.
 * Citations come from the model's catalogue; a provision the GDPR does not govern says so. Summaries for
 * orientation, not legal advice.
 */

import { CITATIONS } from '@dpa-as-code/model';
import type { KeywordExplanation } from './obligation-explanations.js';

/** Keyed by the keyword as written; the citation is absent where the GDPR says nothing about the provision (severability, courts). */
export const GENERAL_TERMS_KEYWORDS: Readonly<Partial<Record<string, KeywordExplanation>>> = {
    'general-terms': {
        title: 'General provisions',
        explanation: 'Precedence, liability, governing law, courts, term, amendment on change of law and severability, printed as their own numbered part of the contract. A provision with `text` prints that wording instead of the library sentence.'
    },
    'precedence': {
        title: 'Order of precedence',
        explanation: '`precedence scc over dpa over main-contract`, highest first (`annexes` can be ranked too), optionally `{ except … }`. Incorporated standard contractual clauses prevail over related agreements by their own terms, so `scc` must come first (lint: scc-precedence).',
        citation: CITATIONS.scc915_clause4
    },
    'liability': {
        title: 'Liability',
        explanation: `\`liability as main contract\`, or stated: \`cap 1000000 EUR\` or \`cap fees 12 months\`, \`unlimited for intent, gross-negligence, personal-injury, data-protection, mandatory-law\`, \`under art82\`, \`controller indemnifies for unlawful instructions\`. Between the parties only: liability towards data subjects follows ${CITATIONS.art82.en} whatever the parties agree.`,
        citation: CITATIONS.art82
    },
    'governing-law': {
        title: 'Governing law',
        explanation: `The country whose law governs this agreement; \`excluding cisg\` excludes the UN sales convention. ${CITATIONS.art28_3_first.en} asks for a contract under Union or Member State law; the law of a third country puts that in doubt (lint: art28-3-governing-law, a warning).`,
        citation: CITATIONS.art28_3_first
    },
    'courts': {
        title: 'Jurisdiction',
        explanation: '`courts DE place "Berlin" exclusive statutory venues unaffected`: the courts of a country, optionally their seat, whether they alone have jurisdiction, and that exclusive places of jurisdiction the law prescribes remain unaffected. The GDPR does not govern this choice; data subjects keep their own right to sue the processor where they live or where it is established.'
    },
    'term': {
        title: 'Term and termination',
        explanation: '`term as main contract` or a fixed period (`term 2 years`), optionally `{ survives until data deleted  terminable by controller for serious-breach, refused-instruction, evaded-control  termination in-writing }`. The duration of the processing itself stays in the `processing` section.',
        citation: CITATIONS.art28_3_first
    },
    'amendment': {
        title: 'Amendment on change of law',
        explanation: 'The parties adapt the agreement where a change of the applicable law requires it. An amendment is agreed by both parties; a processor may not change the agreement alone (lint: art28-9-unilateral-amendment).',
        citation: CITATIONS.art28_3_9
    },
    'severability': {
        title: 'Severability',
        explanation: 'An invalid or unenforceable provision leaves the rest of the agreement in force.'
    },
    'acts': {
        title: 'The customer acts as processor',
        explanation: 'The party in the controller\'s position is itself a processor for its own controllers; the processor party is then another processor, a sub-processor (Module 3 of the transfer SCCs). The contract names the roles so. `may act as processor`: only where the customer processes on behalf of a controller.',
        citation: CITATIONS.art28_4
    },
    'affiliates': {
        title: 'Affiliates authorised to use the agreement',
        explanation: '`may issue instructions`, `may rely on agreement`, `rights exercised by contracting-party | each-affiliate`, a `description` of which affiliates, or `text` with the agreement\'s own wording.',
        citation: CITATIONS.art28_3_a
    },
    'eu-representative': {
        title: 'Representative in the Union',
        explanation: 'The representative of a party not established in the Union (name, address, country, email, phone). It must be established in a Member State where data subjects are (lint: art27-representative-in-union).',
        citation: CITATIONS.art27
    },
    'url': {
        title: 'Sub-processor page',
        explanation: '`url "https://…"`: a web page of the sub-processor (an absolute http(s) URL), printed as its website under its name in the contract\'s sub-processor annex and linked on the published list; `url privacy "…"` / `url dpa "…"` state that it is its privacy notice / its data processing terms.',
        citation: CITATIONS.art28_2_4
    },
    'list': {
        title: 'Published list of sub-processors',
        explanation: '`list url "https://…"`: where the processor publishes its current list of sub-processors (an absolute http(s) URL); printed in the contract and on the list `dpa generate --format subprocessors` writes.',
        citation: CITATIONS.art28_2
    }
};
