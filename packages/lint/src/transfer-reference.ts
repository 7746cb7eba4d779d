// The country and adequacy facts live in the model's legal catalogue; lint re-exports them for its rules and users.
export {
    adequacyDecisionFor, adequacyDecisionLabel, describeAdequacy, isEeaCountry, isIsoCountryCode, ADEQUACY_LIST_CHECKED_ON as adequacyListCheckedOn,
    type AdequacyDecision
} from '@dpa-as-code/model';
import { ISO_COUNTRY_CODES } from '@dpa-as-code/model';

export const allIsoCountryCodes = (): readonly string[] => ISO_COUNTRY_CODES;
