import type { LintRule } from '../lint-rule.js';
import art28_2_authorisationForm from './art28-2-authorisation-form.js';
import art28_2_specificAuthorisation from './art28-2-specific-authorisation.js';
import art28_2_generalAuthorisation from './art28-2-general-authorisation.js';
import art28_2_objectionRight from './art28-2-objection-right.js';
import art28_2_deemedAcceptance from './art28-2-deemed-acceptance.js';
import art28_2_subProcessorIdentity from './art28-2-sub-processor-identity.js';
import art28_2_subProcessorList from './art28-2-sub-processor-list.js';
import art32_1_a_pseudonymisationEncryption from './art32-1-a-pseudonymisation-encryption.js';
import art32_1_b_confidentialityIntegrityAvailabilityResilience from './art32-1-b-confidentiality-integrity-availability-resilience.js';
import art32_1_c_restoration from './art32-1-c-restoration.js';
import art32_1_d_testing from './art32-1-d-testing.js';
import art33_2_breachNotification from './art33-2-breach-notification.js';
import art33_2_breachTimeFrame from './art33-2-breach-time-frame.js';
import art33_2_breachTimeFrame72Hours from './art33-2-breach-time-frame-72-hours.js';
import art9_specialCategoriesSafeguards from './art9-special-categories-safeguards.js';

/** Art. 28(2) sub-processor authorisation, Art. 32(1) measures, Art. 33(2) breaches, Arts. 9/10. */
export const authorisationSecurityBreachRules: readonly LintRule[] = [
    // Art. 28(2): the form of authorisation, then specific and general authorisation in the order of the text, then the list.
    art28_2_authorisationForm,
    art28_2_specificAuthorisation,
    art28_2_generalAuthorisation,
    art28_2_objectionRight,
    art28_2_deemedAcceptance,
    art28_2_subProcessorIdentity,
    art28_2_subProcessorList,
    // Art. 32(1)(a)-(d).
    art32_1_a_pseudonymisationEncryption,
    art32_1_b_confidentialityIntegrityAvailabilityResilience,
    art32_1_c_restoration,
    art32_1_d_testing,
    // Art. 33(2).
    art33_2_breachNotification,
    art33_2_breachTimeFrame,
    art33_2_breachTimeFrame72Hours,
    // Arts. 9 and 10 (sensitive data, SCC 2021/915 Clause 7.5).
    art9_specialCategoriesSafeguards
];
