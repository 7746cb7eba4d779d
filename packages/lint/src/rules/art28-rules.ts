import type { LintRule } from '../lint-rule.js';
import art28_3_subjectMatter from './art28-3-subject-matter.js';
import art28_3_duration from './art28-3-duration.js';
import art28_3_nature from './art28-3-nature.js';
import art28_3_purpose from './art28-3-purpose.js';
import art28_3_dataTypes from './art28-3-data-types.js';
import art28_3_dataSubjects from './art28-3-data-subjects.js';
import art27_representativeInUnion from './art27-representative-in-union.js';
import art28_3_governingLaw from './art28-3-governing-law.js';
import art28_3_a_instructions from './art28-3-a-instructions.js';
import art28_3_a_onlyOnInstructions from './art28-3-a-only-on-instructions.js';
import art28_3_a_legalRequirement from './art28-3-a-legal-requirement.js';
import art28_3_b_confidentiality from './art28-3-b-confidentiality.js';
import art28_3_c_security from './art28-3-c-security.js';
import art28_3_d_subProcessing from './art28-3-d-sub-processing.js';
import art28_3_e_dataSubjectRights from './art28-3-e-data-subject-rights.js';
import art28_3_f_complianceAssistance from './art28-3-f-compliance-assistance.js';
import art28_3_g_deletionReturn from './art28-3-g-deletion-return.js';
import art28_3_h_audits from './art28-3-h-audits.js';
import art28_3_h_inspections from './art28-3-h-inspections.js';
import art28_3_h_inspectionConditions from './art28-3-h-inspection-conditions.js';
import art28_3_secondSubparagraph_infringingInstructions from './art28-3-second-subparagraph-infringing-instructions.js';
import art28_4_flowDown from './art28-4-flow-down.js';
import art28_9_unilateralAmendment from './art28-9-unilateral-amendment.js';
import art28_10_ownPurposes from './art28-10-own-purposes.js';

/** Art. 28(3) first sentence, Art. 28(3)(a)-(h) and second subparagraph, Art. 28(4), (9) and (10). */
export const art28Rules: readonly LintRule[] = [
    art27_representativeInUnion,
    art28_3_subjectMatter,
    art28_3_duration,
    art28_3_nature,
    art28_3_purpose,
    art28_3_dataTypes,
    art28_3_dataSubjects,
    art28_3_governingLaw,
    art28_3_a_instructions,
    art28_3_a_onlyOnInstructions,
    art28_3_a_legalRequirement,
    art28_3_b_confidentiality,
    art28_3_c_security,
    art28_3_d_subProcessing,
    art28_3_e_dataSubjectRights,
    art28_3_f_complianceAssistance,
    art28_3_g_deletionReturn,
    art28_3_h_audits,
    art28_3_h_inspections,
    art28_3_h_inspectionConditions,
    art28_3_secondSubparagraph_infringingInstructions,
    art28_4_flowDown,
    art28_9_unilateralAmendment,
    art28_10_ownPurposes
];
