import type { LintRule } from '../lint-rule.js';
import chapter5TransferBasis from './chapter5-transfer-basis.js';
import chapter5RegionDependentLocation from './chapter5-region-dependent-location.js';
import chapter5Scc2021914Module from './chapter5-scc-2021-914-module.js';
import chapter5AgreementTransferBasis from './chapter5-agreement-transfer-basis.js';
import chapter5Scc201087Repealed from './chapter5-scc-2010-87-repealed.js';
import scc2021914ModuleRoles from './scc-2021-914-module-roles.js';
import scc2021914GoverningLaw from './scc-2021-914-governing-law.js';
import scc2021914Courts from './scc-2021-914-courts.js';
import scc2021914TransferChoices from './scc-2021-914-transfer-choices.js';
import scc2021915Options from './scc-2021-915-options.js';
import scc2021915EudprOption from './scc-2021-915-eudpr-option.js';
import scc2021915OptionValues from './scc-2021-915-option-values.js';
import scc2021915SupplementConsistency from './scc-2021-915-supplement-consistency.js';
import sccPrecedence from './scc-precedence.js';
import bilingualCompleteness from './bilingual-completeness.js';
import hygieneUnknownCountryCode from './hygiene-unknown-country-code.js';
import hygieneDuplicateSubProcessor from './hygiene-duplicate-sub-processor.js';
import hygieneUnusedDataCategory from './hygiene-unused-data-category.js';
import hygieneNonPositivePeriod from './hygiene-non-positive-period.js';
import hygieneMalformedEmail from './hygiene-malformed-email.js';
import hygieneHardCodedReference from './hygiene-hard-coded-reference.js';
import hygieneTextLanguage from './hygiene-text-language.js';
import hygieneBindingLanguage from './hygiene-binding-language.js';

/** Chapter V transfers, SCC 2021/915 consistency, bilingual completeness and hygiene. */
export const transferSccHygieneRules: readonly LintRule[] = [
    chapter5TransferBasis,
    chapter5RegionDependentLocation,
    chapter5Scc2021914Module,
    chapter5AgreementTransferBasis,
    chapter5Scc201087Repealed,
    scc2021914ModuleRoles,
    scc2021914GoverningLaw,
    scc2021914Courts,
    scc2021914TransferChoices,
    scc2021915Options,
    scc2021915EudprOption,
    scc2021915OptionValues,
    scc2021915SupplementConsistency,
    sccPrecedence,
    bilingualCompleteness,
    hygieneUnknownCountryCode,
    hygieneDuplicateSubProcessor,
    hygieneUnusedDataCategory,
    hygieneNonPositivePeriod,
    hygieneMalformedEmail,
    hygieneHardCodedReference,
    hygieneTextLanguage,
    hygieneBindingLanguage
];
