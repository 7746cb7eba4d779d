/**
 * The plain DPA model: what a `.dpa` file says, as plain data (no Langium objects, no
 * parent links). Every generator and lint rule is a pure function of this model; the JSON
 * output is this model as it is. `docs/dpa-model.schema.json` is its JSON Schema.
 *
 * Conventions: lists keep the order of the source file; optional values the file does not
 * state are absent (never guessed); identifiers (`id`) are the names given in the file and
 * are what references point to.
 */

export const SCHEMA_VERSION = 1;

export type LanguageCode = 'de' | 'en';
export const LANGUAGE_CODES: readonly LanguageCode[] = ['de', 'en'];

/**
 * A text per language; `neutral` is one text for every language (names, terms). Strings are
 * kept as written, including typed references to parts of the agreement: `{annex <name>}`,
 * `{section <name>}`, `{party <name>}`, `{sub-processor <name>}`, `{period <name>}` (parsed by
 * `parseTextReferences`, checked by the validator, resolved by the contract generator). A template's
 * `{parameter <name>}` never reaches a model: a cover's model has the cover's value in its place.
 */
export interface LocalizedText {
    neutral?: string;
    de?: string;
    en?: string;
}

/** Where a construct starts and ends in the source file (1-based; the end column is just after its last character). */
export interface SourceLocation {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /**
     * The file, when it is not the model's own file: a sub-processor taken from a list the agreement
     * uses, or, for a cover, everything the template states. Relative to the folder of the model's file,
     * with forward slashes (`shared/subprocessors.dpa`).
     */
    file?: string;
}

/** `working-days`: German "Werktage", Monday to Saturday; `business-days`: Monday to Friday. */
export type TimeUnit = 'minutes' | 'hours' | 'days' | 'working-days' | 'business-days' | 'weeks' | 'months' | 'years';

export interface Period {
    value: number;
    unit: TimeUnit;
}

export interface DpaModel {
    schemaVersion: typeof SCHEMA_VERSION;
    /** The agreement's name in the file (`agreement Userlike`). */
    id: string;
    title?: LocalizedText;
    version?: string;
    /** ISO date (YYYY-MM-DD). */
    date?: string;
    languages: LanguageCode[];
    /** Which language version prevails; may name a language this file does not contain. */
    binding?: LanguageCode | 'all';
    mainContract?: LocalizedText;
    /** How this DPA is attached to the main contract (e.g. "Annex 1"). */
    annexLabel?: LocalizedText;
    effective?: Effective;
    scope?: LocalizedText;
    /** The processor's reserved right to update the DPA. */
    processorMayUpdate?: LocalizedText;
    /** Where `updates by processor …` is written (present exactly when `processorMayUpdate` is). */
    processorMayUpdateSource?: SourceLocation;
    /** Terms have the meaning given in the GDPR. */
    termsAsInGdpr: boolean;
    /** The data protection laws under which the agreement applies to personal data (`laws gdpr, ccpa`), in the order written. */
    applicableLaws?: ApplicableLaw[];
    /** Terms the agreement defines as groups of countries ("Europe" = the EEA, GB and CH), in the order written. */
    regions?: RegionDefinition[];
    parties: Party[];
    products: Product[];
    dataSubjects: DataSubject[];
    dataCategoryGroups: DataCategoryGroup[];
    processing?: ProcessingDetails;
    /** Processor obligations in the order written; each kind at most once. */
    obligations: Obligation[];
    /** The `obligations` keyword that opens the clause list (present when the file has one): where a missing clause is reported. */
    obligationsSource?: SourceLocation;
    scc?: SccIncorporation;
    /** Transfers the agreement itself governs (`transfers { … }`), in the order written; absent when the file has no such section. */
    transfers?: Transfer[];
    subProcessors: SubProcessor[];
    /** The agreement's general provisions (`general-terms { … }`): precedence, liability, law, courts, term. */
    generalTerms?: GeneralTerms;
    measures?: Measures;
    retention?: Retention;
    partners?: Partners;
    source: SourceLocation;
}

/** `uk-dpa-2018`: the UK Data Protection Act 2018; `bdsg`: the German Federal Data Protection Act; `fadp`: the Swiss FADP; `ccpa`: the California Consumer Privacy Act. */
export type ApplicableLaw = 'gdpr' | 'uk-gdpr' | 'uk-dpa-2018' | 'bdsg' | 'fadp' | 'ccpa';

/** A term the agreement defines as a group of countries (`region europe en "Europe" { eea  countries GB, CH }`). */
export interface RegionDefinition {
    id: string;
    /** The term as the agreement uses it ("Europe"). */
    label: LocalizedText;
    /** The region includes the European Economic Area (the EU member states, Iceland, Liechtenstein, Norway). */
    eea: boolean;
    /** Further countries (ISO 3166-1 alpha-2), in the order written. */
    countries: string[];
    source: SourceLocation;
}

export type Effective =
    | { kind: 'on-signature'; ofBothContracts: boolean }
    | { kind: 'on-date'; date: string }
    | { kind: 'described'; text: LocalizedText };

// ---------------------------------------------------------------- parties

export type PartyRole = 'controller' | 'processor';
export type ContactKind = 'support' | 'security' | 'privacy' | 'technical' | 'general';

export interface Party {
    id: string;
    role: PartyRole;
    legalName?: LocalizedText;
    /** The published form leaves the name blank to be filled in when signing (`name to be inserted`); printed as a blank line. */
    legalNameToBeInserted?: boolean;
    /** The role as the contract names it per language (Auftraggeber / Controller). */
    roleName?: LocalizedText;
    address?: LocalizedText;
    /** ISO 3166-1 alpha-2. */
    country?: string;
    contacts: Contact[];
    dpo?: DataProtectionOfficer;
    notes: LocalizedText[];
    /** Who signs for the party, in the order written. */
    signatories: Signatory[];
    /**
     * The party (in the controller's position of this agreement) is itself a processor acting for its own
     * controllers, so the processor party is another processor, a sub-processor (Art. 28(4) GDPR; Module 3 of
     * Decision (EU) 2021/914). `always`: it always acts as processor; `where-applicable`: only where it processes
     * on behalf of a controller.
     */
    actsAsProcessor?: 'always' | 'where-applicable';
    /** The party's affiliates authorised to use this agreement. */
    affiliates?: Affiliates;
    /** The party's representative in the Union (Art. 27 GDPR). */
    euRepresentative?: EuRepresentative;
    source: SourceLocation;
}

export interface Affiliates {
    /** Which affiliates, as the agreement describes them. */
    description?: LocalizedText;
    /** The affiliates may give the processor instructions themselves. */
    mayIssueInstructions: boolean;
    /** The affiliates may rely on this agreement as if they were parties to it. */
    mayRelyOnAgreement: boolean;
    /** Who exercises the rights under this agreement: the contracting party on the affiliates' behalf, or each affiliate itself. */
    rightsExercisedBy?: 'contracting-party' | 'each-affiliate';
    /** The agreement's own wording (replaces the library's sentences). */
    text?: LocalizedText;
    source: SourceLocation;
}

/** Art. 27 GDPR: the representative in the Union of a party not established there. */
export interface EuRepresentative {
    name?: string;
    address?: LocalizedText;
    /** ISO 3166-1 alpha-2; Art. 27(3) GDPR requires a Member State (EU/EEA). */
    country?: string;
    email?: string;
    phone?: string;
    source: SourceLocation;
}

/** A person signing for a party; what the file leaves out is a blank line in the signature block. */
export interface Signatory {
    name?: string;
    function?: LocalizedText;
    place?: LocalizedText;
    /** ISO date (YYYY-MM-DD). */
    date?: string;
    source: SourceLocation;
}

export interface Contact {
    kind: ContactKind;
    emails: string[];
    phones: string[];
    description?: LocalizedText;
    source: SourceLocation;
}

export interface DataProtectionOfficer {
    name?: string;
    organisation?: string;
    address?: LocalizedText;
    country?: string;
    phone?: string;
    email?: string;
    external: boolean;
    /** The processor informs the controller of a change of DPO. */
    changesNotified: boolean;
    /** `details notified`: the party tells the other the DPO's name and contact details. */
    detailsNotified?: boolean;
    /** `appointed under`: the legal grounds of the appointment (Art. 37(1)(a)-(c) GDPR, § 38 BDSG). */
    appointedUnder?: DpoBasis[];
    source: SourceLocation;
}

export type DpoBasis = 'art37-1-a' | 'art37-1-b' | 'art37-1-c' | 'bdsg-38';

export interface Product {
    id: string;
    label: LocalizedText;
    source: SourceLocation;
}

// ---------------------------------------------------------------- processing details, Art. 28(3) first sentence

export interface DataSubject {
    id: string;
    label: LocalizedText;
    /** Narrower subject categories this one comprises (ids). */
    covers: string[];
    source: SourceLocation;
}

export interface DataCategoryGroup {
    title?: LocalizedText;
    /** Data subjects all categories in this group concern (ids). */
    subjects: string[];
    categories: DataCategory[];
    source: SourceLocation;
}

export interface DataCategory {
    id: string;
    label: LocalizedText;
    /** Data subjects of this category in addition to its group's (ids). */
    subjects: string[];
    /** Art. 9 special category or Art. 10 criminal-offence data. */
    special?: 'art9' | 'art10';
    optional: boolean;
    note?: LocalizedText;
    source: SourceLocation;
}

export interface ProcessingDetails {
    subjectMatter?: LocalizedText;
    nature?: LocalizedText;
    purposes: LocalizedText[];
    duration?: Duration;
    sensitiveDataSafeguards?: LocalizedText;
    /** The agreement states that no special categories of data (Art. 9, 10 GDPR) are processed; absent = not stated. */
    noSpecialCategories?: boolean;
    notes: LocalizedText[];
    source: SourceLocation;
}

export type Duration =
    | { kind: 'as-main-contract'; endsWithMainContract: boolean; noSeparateTermination: boolean; text?: LocalizedText }
    | { kind: 'fixed'; period: Period }
    | { kind: 'described'; text: LocalizedText };

// ---------------------------------------------------------------- obligations, Art. 28(3)(a)-(h)

interface ClauseBase {
    /** The file's own wording for this clause, if it gives one; the contract prints it instead of the library's sentences. */
    text?: LocalizedText;
    /** An addition printed once after the library's sentences (or the own wording), labelled as a supplement. */
    supplement?: LocalizedText;
    source: SourceLocation;
}

/** Art. 28(3)(a) and its second subparagraph. */
export interface InstructionsClause extends ClauseBase {
    kind: 'instructions';
    /** Processing only on the controller's instructions. */
    onlyOnInstructions: boolean;
    /** The instructions must be documented (Art. 28(3)(a)). */
    documentedOnly: boolean;
    coversTransfers: boolean;
    informsOfInfringement: boolean;
    /** The processor informs the controller when it cannot follow an instruction. */
    informsIfUnable?: boolean;
    /** Art. 28(3)(a): a legal requirement to process is told to the controller before processing, unless that law forbids it on important grounds of public interest. */
    informsOfLegalRequirement?: boolean;
    /** `no other purposes`: the data is used for no purpose beyond the instructed processing. */
    noOtherPurposes?: boolean;
    /** `no third-party disclosure`: the processor passes the data on to no third party. */
    noThirdPartyDisclosure?: boolean;
    /** `copies only where needed`: copies only where the order or a retention duty requires them, deleted or handed over after processing. */
    copiesOnlyWhereNeeded?: boolean;
    /** `channels`: the forms in which instructions are given. */
    channels?: NoticeChannel[];
    /** `oral confirmed`: oral instructions are confirmed without delay in one of the `channels`. */
    oralConfirmed?: boolean;
    /** `retained`: instructions are kept for the term of the engagement, at least while they are in force. */
    retained?: boolean;
    /** `may suspend if infringing`: the processor may put an instruction it deems unlawful on hold until the controller confirms it. */
    maySuspend?: boolean;
    /** `given by`: the persons entitled to give instructions on the controller's side. */
    givenBy?: string[];
    /** `given by blank`: the form leaves the person entitled to give instructions to be filled in. */
    givenByBlank?: boolean;
    /** `received by`: the persons who receive instructions on the processor's side. */
    receivedBy?: string[];
    /** `received by blank`: the form leaves the recipient of instructions to be filled in. */
    receivedByBlank?: boolean;
    /** `changes notified`: a change of the persons giving or receiving instructions is told to the other party without delay. */
    personChangesNotified?: boolean;
    /** `changes agreed jointly`: changes to the subject of processing and to procedures are agreed and documented jointly. */
    changesAgreedJointly?: boolean;
}

/** Art. 28(3)(b). */
export interface ConfidentialityClause extends ClauseBase {
    kind: 'confidentiality';
    staffCommitted: boolean;
    survivesTermination: boolean;
    /** `own staff only`: the processor uses only its own staff. */
    ownStaffOnly?: boolean;
    /** `regular training`: the staff are trained in data protection regularly. */
    regularTraining?: boolean;
    /** `other secrets`: further secrets the processor observes and binds its staff to. */
    otherSecrets?: OtherSecret[];
    /** `access data secret`: the controller's administrative access data is kept secret; access rights are used only as needed. */
    accessDataSecret?: boolean;
}

/** Social-security secrecy, telecommunications secrecy, professional secrets (§ 203 StGB). */
export type OtherSecret = 'social-security' | 'telecommunications' | 'professional';

/** Art. 28(3)(c), Art. 32. */
export interface SecurityClause extends ClauseBase {
    kind: 'security';
    referencesMeasures: boolean;
    /**
     * `adapt to progress`: the processor may adapt the measures to technical progress and replace them with adequate
     * alternatives, never below the agreed level of protection. Agreed in advance with that floor, so it is not a
     * unilateral amendment of the agreement (compare `processorMayUpdate`).
     */
    measuresAdaptable?: boolean;
    /** `material changes documented` / `notified`: the processor records material changes of the measures / tells the controller of them. */
    materialChanges?: MaterialChangeHandling[];
    /** `duties`: further security duties of the processor (malware-checked media only, security decisions agreed). */
    securityDuties?: SecurityDuty[];
    /** `remote-work`: conditions for processing from private homes or other places outside the processor's premises. */
    remoteWork?: RemoteWorkCondition[];
}

export type SecurityDuty = 'malware-checked-media' | 'security-decisions-agreed';

export type RemoteWorkCondition = 'controller-informed' | 'same-security' | 'deviation-needs-written-consent';

/** Third-party services that are not sub-processing (telecommunications, maintenance, ...). */
export type AncillaryService = 'telecommunications' | 'maintenance' | 'user-service' | 'cleaning' | 'auditors' | 'media-disposal';

/** Events the processor reports besides personal data breaches. */
export type BreachReportTrigger = 'law-violations' | 'contract-violations' | 'serious-disruptions' | 'suspected-breaches' | 'irregularities';

/** What counts as an incident (accidental or unlawful; compare Art. 4(12) GDPR). */
export type IncidentKind = 'destruction' | 'loss' | 'alteration' | 'unauthorised-disclosure' | 'unauthorised-access' | 'loss-of-confidentiality';

/** Why data may be kept after the end of processing, besides storage required by law. */
export type KeepReason = 'disproportionate-effort' | 'proof-of-processing' | 'liability-claims' | 'backups';

/** How data kept after the end of processing are handled (`restricted`: Art. 18 GDPR). */
export type KeptDataHandling = 'restricted' | 'isolated' | 'deleted-after-retention' | 'controller-informed' | 'may-be-handed-over';

/** What an inspection may cover. */
export type InspectionScope =
    | 'information' | 'evidence' | 'premises' | 'documents' | 'logs' | 'systems' | 'stored-data' | 'policies'
    | 'dpo-evidence' | 'confidentiality-commitments' | 'sub-processor-contracts';

/** Cases in which an inspection may take place unannounced. */
export type UnannouncedCase = 'processing-problems' | 'reportable-incidents' | 'supervisory-measures';

export type MaterialChangeHandling = 'documented' | 'notified';

export type NoticeChannel = 'electronic' | 'in-writing' | 'text-form';

/** Who bears the cost (inspections, assistance clauses). */
export type CostBearer = 'controller' | 'processor' | 'shared';

/** Art. 28(2), (3)(d) and (4). */
export interface SubProcessingClause extends ClauseBase {
    kind: 'sub-processing';
    /** `required`: the controller must consent, but the form (general or specific) is not stated. */
    authorisation?: 'general' | 'specific' | 'required';
    notice?: Period;
    noticeChannel?: NoticeChannel;
    emergencyNotice?: Period;
    emergencyCondition?: LocalizedText;
    objectionPeriod?: Period;
    objectionForGoodCause: boolean;
    /** The controller may object on reasonable grounds (a lower bar than good cause). */
    objectionOnReasonableGrounds?: boolean;
    /** A change the controller does not object to within the objection period counts as accepted. */
    deemedAccepted?: boolean;
    onObjection?: 'processor-may-terminate' | 'controller-may-terminate' | 'parties-negotiate';
    /** The termination after an objection covers only the services the objected change affects. */
    terminationOnlyAffectedServices?: boolean;
    changesNotified: boolean;
    flowDown: boolean;
    processorLiable: boolean;
    controllerMayMonitor: boolean;
    /** The agreement states that no sub-processor is engaged (an empty list on purpose). */
    noSubProcessors: boolean;
    /** Where the current list of sub-processors is published (absolute http(s) URL). */
    listUrl?: string;
    /** The controller may revoke its consent for good cause; the sub-processing then ends without delay. */
    consentRevocableForGoodCause?: boolean;
    /** Data go to a sub-processor only once the sub-processing contract exists. */
    dataOnlyAfterContract?: boolean;
    /** The processor checks the sub-processors' compliance regularly. */
    complianceCheckedRegularly?: boolean;
    /** Third-party services that are not sub-processing. */
    ancillaryServices?: AncillaryService[];
    /** The processor still makes contractual arrangements and checks for those ancillary services. */
    ancillaryServicesChecked?: boolean;
}

export type DataSubjectRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'automated-decisions';

/** Art. 28(3)(e). */
export interface DataSubjectRightsClause extends ClauseBase {
    kind: 'data-subject-rights';
    withinStatutoryDeadlines: boolean;
    rights: DataSubjectRight[];
    /** `reasonable`: the assistance is limited to what is reasonable. */
    reasonable?: boolean;
    /** `only on instructions`: the processor gives effect to data subjects' rights only on the controller's instructions. */
    onlyOnInstructions?: boolean;
    /** `forward requests`: requests made to the processor directly are forwarded to the controller without undue delay. */
    forwardsRequests?: boolean;
    /** `forward requests if identifiable`: only where the processor can identify the controller concerned. */
    forwardsIfIdentifiable?: boolean;
    /** `information only on instructions`: information to third parties or data subjects only on the controller's instructions. */
    informationOnlyOnInstructions?: boolean;
    /** `staff information via contacts`: the controller's employees get information only through the agreed contact persons. */
    staffInformationViaContacts?: boolean;
    /** `costs`: who bears the cost of the assistance. */
    costs?: CostBearer;
}

/** Art. 28(3)(f): assistance with Arts. 32 to 36. */
export interface ComplianceAssistanceClause extends ClauseBase {
    kind: 'compliance-assistance';
    articles: ('art30' | 'art32' | 'art33' | 'art34' | 'art35' | 'art36')[];
    /** `notify`: events the processor tells the controller of, one entry per `notify` line. */
    notify?: NotifyDuty[];
    /** `access-requests`: how the processor handles a request by an authority or a third party for access to the data. */
    accessRequests?: AccessRequestStep[];
    /** `costs`: who bears the cost of the assistance. */
    costs?: CostBearer;
}

/** One `notify` line: the events and whether they are told without undue delay. */
export interface NotifyDuty {
    triggers: NotifyTrigger[];
    withoutDelay: boolean;
}

/** Supervisory inspections and measures (Art. 58 GDPR), access requests, certificate changes or expiry, Art. 41(4) GDPR measures. */
export type NotifyTrigger = 'supervisory-inspection' | 'access-request' | 'certificate-change' | 'code-of-conduct-measure';

/** Request taken in electronic form, forwarded to the controller, disclosure only together with it, documented. */
export type AccessRequestStep = 'electronic' | 'forwarded' | 'joint-disclosure' | 'documented';

/** Art. 33(2). */
export interface BreachNotificationClause extends ClauseBase {
    kind: 'breach-notification';
    withoutUndueDelay: boolean;
    deadline?: Period;
    assistsWithNotifications: boolean;
    /** What the notice contains, by the points of Art. 33(3)(a)-(d); absent when the file lists none. */
    content?: BreachNoticeItem[];
    /** Art. 33(4): information not available at once follows in phases without undue further delay. */
    informationInPhases?: boolean;
    /** The processor at once takes steps to secure the data and limit harm. */
    securesDataAtOnce?: boolean;
    /** Events the processor also reports (violations, serious disruptions, suspicions, irregularities). */
    alsoReports?: BreachReportTrigger[];
    /** What counts as an incident. */
    incidentKinds?: IncidentKind[];
    /** The processor's support with breaches continues after the agreement ends. */
    supportSurvivesTermination?: boolean;
    /** A notice of a breach is no admission of fault or liability. */
    noAdmissionOfFault?: boolean;
}

/** Art. 33(3): (a) nature of the breach, (b) contact point, (c) likely consequences, (d) measures taken or proposed. */
export type BreachNoticeItem = 'nature' | 'contact' | 'consequences' | 'measures';

/** Art. 28(3)(g). */
export interface EndOfProcessingClause extends ClauseBase {
    kind: 'end-of-processing';
    action?: 'delete-or-return' | 'delete' | 'return';
    controllersChoice: boolean;
    includesCopies: boolean;
    legalRetentionException: boolean;
    blockIfDeletionImpossible: boolean;
    certifiesDeletion: boolean;
    /** The deletion is confirmed only when the controller asks for it. */
    certifiesOnRequest?: boolean;
    /** How soon the confirmation of deletion follows (after the request, or after the deletion). */
    certificationWithin?: Period;
    /** The form of the confirmation of deletion (`in-writing`). */
    certificationChannel?: NoticeChannel;
    /** The same duties bind the sub-processors. */
    includesSubProcessors?: boolean;
    /** Test and waste material is destroyed or handed over without delay. */
    includesTestMaterial?: boolean;
    /** Why data may be kept after all (besides storage required by law). */
    keptFor?: KeepReason[];
    /** How kept data are handled. */
    keptDataHandling?: KeptDataHandling[];
    /** Deletion within this period after the end of the processing services. */
    deleteWithin?: Period;
    /** Return within this period after the end of the processing services. */
    returnWithin?: Period;
}

/** Art. 28(3)(h). */
export interface AuditsClause extends ClauseBase {
    kind: 'audits';
    informationOnRequest: boolean;
    informationWithin?: Period;
    /** Audit reports and certificates the processor offers as evidence of compliance. */
    certifications?: Certification[];
    inspections?: Inspections;
}

export type Certification =
    | 'iso-27001' | 'iso-27017' | 'iso-27018' | 'iso-27701' | 'iso-22301' | 'soc1-type2' | 'soc2-type1' | 'soc2-type2' | 'soc3'
    | 'bsi-c5' | 'csa-star' | 'pci-dss' | 'tisax'
    // Evidence that is not a named scheme: an independent audit, approved codes of conduct (Art. 40), certification (Art. 42).
    | 'independent-audit' | 'art40-code' | 'art42-seal';

/** Cases in which an inspection is allowed beyond the frequency cap. */
export type InspectionFrequencyException = 'after-breach' | 'authority-request' | 'indications-of-non-compliance' | 'required-by-law';

/** At most `times` inspections per `per` (once per 12 months), except in the listed cases. */
export interface InspectionFrequencyCap {
    times: number;
    per: Period;
    exceptions: InspectionFrequencyException[];
}

export interface Inspections {
    noticePeriod?: Period;
    reasonableNotice: boolean;
    /** `notice coordinated`: inspections are announced and take place after prior coordination. */
    coordinatedNotice?: boolean;
    /** Inspections may take place before processing starts. */
    beforeProcessingStarts?: boolean;
    /** Inspections may be repeated at the controller's discretion. */
    repeatedly?: boolean;
    /** Inspections go only as far as needed. */
    asFarAsNeeded?: boolean;
    /** What an inspection may cover. */
    scope?: InspectionScope[];
    /** Cases in which an inspection may take place unannounced. */
    unannouncedIf?: UnannouncedCase[];
    /** The audit rights last for the term and until claims under the agreement are time-barred. */
    untilClaimsTimeBarred?: boolean;
    /** ... and at least as long as the controller stores data from the processing. */
    whileDataStored?: boolean;
    /** Inspections stay allowed whatever certificates or reports are offered (the opposite of `reports first`/`reports only`). */
    alwaysAllowed?: boolean;
    /** How the inspection is announced (`in-writing`), with or without a period. */
    noticeChannel?: NoticeChannel;
    frequencyCap?: InspectionFrequencyCap;
    duringBusinessHours: boolean;
    businessHours?: LocalizedText;
    withoutDisruption: boolean;
    thirdPartyAuditor: boolean;
    processorConsent: boolean;
    consentNotUnreasonablyWithheld: boolean;
    costs?: 'controller' | 'processor' | 'shared';
    /** The processor bears the costs after all when the inspection finds a material breach. */
    processorPaysOnMaterialBreach?: boolean;
    protectsBusinessSecrets: boolean;
    /** On-site inspections are waived: the controller gets audit reports or certificates only. */
    reportsOnly: boolean;
    /** Audit reports and certificates come first; an inspection takes place where they do not suffice. */
    reportsFirst?: boolean;
    /** The auditor is bound to confidentiality. */
    auditorConfidentiality?: boolean;
    /** The processor consents to the choice of auditor (not to the inspection itself). */
    auditorApproval?: boolean;
    auditorApprovalNotUnreasonablyWithheld?: boolean;
    text?: LocalizedText;
    source: SourceLocation;
}

export type TransferCondition = 'art45' | 'art46' | 'art44-48' | 'art49';

/** Where processing takes place (Chapter V GDPR). */
export interface ProcessingLocationClause extends ClauseBase {
    kind: 'processing-location';
    region?: 'eu-eea' | 'eu' | 'eea';
    exceptionsInAnnex: boolean;
    outsideWith: TransferCondition[];
    informsInAdvance: boolean;
    /**
     * `outside only with prior consent`: processing outside `region`, and any transfer to a third country or an
     * international organisation, only with the controller's prior consent (Art. 28(3)(a) GDPR).
     */
    outsideOnlyWithPriorConsent?: boolean;
    /** The form in which that consent is given (`outside only with prior consent in-writing`). */
    priorConsentChannel?: NoticeChannel;
}

export interface AnonymisationClause extends ClauseBase {
    kind: 'anonymisation';
    purpose?: LocalizedText;
    /** The processor anonymises for purposes of its own (e.g. developing its product), Art. 28(10). */
    forProcessorPurposes: boolean;
    notControllerDataAfterwards: boolean;
    informsBeforeFirst: boolean;
    informChannel?: NoticeChannel;
}

export interface ControllerResponsibilityClause extends ClauseBase {
    kind: 'controller-responsibility';
    solelyResponsible: boolean;
    /** The controller's own duties the agreement names, in the order written; absent = none named. */
    duties?: ControllerDuty[];
}

/** See `ControllerDuty` in the grammar: information notices, lawful basis, right to pass the data on, secure use, credentials and devices, backups. */
export type ControllerDuty = 'notices' | 'lawful-basis' | 'right-to-transfer' | 'secure-use' | 'credentials' | 'backups';

export type Obligation =
    | InstructionsClause | ConfidentialityClause | SecurityClause | SubProcessingClause
    | DataSubjectRightsClause | ComplianceAssistanceClause | BreachNotificationClause
    | EndOfProcessingClause | AuditsClause | ProcessingLocationClause | AnonymisationClause
    | ControllerResponsibilityClause;

export type ObligationKind = Obligation['kind'];

// ---------------------------------------------------------------- SCC 2021/915

export interface SccIncorporation {
    decision: '2021/915';
    /** How the SCCs are attached (e.g. "Anlage 1" / "Annex 1"). */
    annex?: LocalizedText;
    /** Where the official text is published, per language. */
    urls: Partial<Record<LanguageCode, string>>;
    dockingClause: boolean;
    options: SccOption[];
    supplements: SccSupplement[];
    source: SourceLocation;
}

export interface SccOption {
    /** Clause as numbered in the SCCs: "1", "7.7(a)", "8(c)(4)", "9.1(b)". */
    clause: string;
    option: number;
    period?: Period;
    see?: LocalizedText;
    source: SourceLocation;
}

export interface SccSupplement {
    /** The SCC clause supplemented; absent for a supplement to the SCCs as a whole. */
    clause?: string;
    title?: LocalizedText;
    body: Obligation;
    source: SourceLocation;
}

// ---------------------------------------------------------------- transfers at agreement level (Chapter V GDPR)

/** Who exports or imports in a transfer: a party of the agreement or one of its sub-processors (by id). */
export interface TransferParticipant {
    kind: 'party' | 'sub-processor';
    id: string;
}

/**
 * A transfer the agreement governs, with the choices Decision (EU) 2021/914 leaves to the parties
 * (docs/legal/transfers.md has the facts and their sources). Each choice is absent when not stated.
 */
export interface Transfer {
    id: string;
    exporter?: TransferParticipant;
    importer?: TransferParticipant;
    /** ISO 3166-1 alpha-2 code of the importer's country. */
    importerCountry?: string;
    mechanism?: TransferMechanism;
    /** Where `mechanism …` is written (present exactly when `mechanism` is). */
    mechanismSource?: SourceLocation;
    /** Clause 7: true when the docking clause is included, false when stated as left out. */
    dockingClause?: boolean;
    /** Clause 9(a): option 1 (specific prior authorisation) or option 2 (general written authorisation). */
    subProcessorAuthorisation?: SccSubProcessorOption;
    /** Clause 11(a) option: an independent dispute resolution body is offered to data subjects. */
    disputeBody?: SccDisputeBody;
    /** Clause 13(a): the competent supervisory authority. */
    supervisoryAuthority?: SccSupervisoryAuthority;
    /** Clause 17: the governing law. */
    governingLaw?: SccGoverningLaw;
    /** Clause 18(b): the country whose courts resolve disputes. */
    courts?: SccCourts;
    ukAddendum?: UkAddendum;
    swissFadp?: SwissFadpAdaptation;
    /** The controller authorises this transfer as a documented instruction (Art. 28(3)(a) GDPR). */
    authorisedByController: boolean;
    /** A recognised successor of the mechanism (a new version of the SCCs) applies in its place once adopted. */
    successorMechanism: boolean;
    /** Commercial clarifications the parties add to the clauses (`clarifications { … }`); absent when none. */
    clarifications?: SccClarifications;
    notes: LocalizedText[];
    /** The agreement's own wording of the transfer section (replaces the library's sentences). */
    text?: LocalizedText;
    /** Wording added after the library's sentences. */
    supplement?: LocalizedText;
    source: SourceLocation;
}

/** Clause 9(a): `specific` is option 1 (period: how long before the engagement the request comes), `general` option 2 (period: the advance notice). */
export interface SccSubProcessorOption {
    /** 1 (specific) or 2 (general). */
    option: number;
    kind: 'specific' | 'general';
    period?: Period;
    source: SourceLocation;
}

/** Clause 11(a) option chosen; the body's name when the agreement gives it. */
export interface SccDisputeBody {
    name?: LocalizedText;
}

/** Clause 18(b): the courts of this country (ISO 3166-1 alpha-2). */
export interface SccCourts {
    country: string;
    source: SourceLocation;
}

/**
 * Clause 13(a): `establishment` the authority of the exporter's Member State; `representative` that of the Member
 * State of the Art. 27 representative; `data-subjects` the one where the data subjects are.
 */
export interface SccSupervisoryAuthority {
    basis: 'establishment' | 'representative' | 'data-subjects';
    /** The authority's name as Annex I.C states it. */
    name?: LocalizedText;
    source: SourceLocation;
}

/** Clause 17: option 1 names the Member State; option 2 the exporter's Member State, `country` the fallback; no option: Module 4's country. */
export interface SccGoverningLaw {
    option?: number;
    /** ISO 3166-1 alpha-2. */
    country?: string;
    source: SourceLocation;
}

/** The ICO's International Data Transfer Addendum to the EU SCCs (version B1.0), Tables 1 to 4. */
export interface UkAddendum {
    /** Table 1: the start date (YYYY-MM-DD). The parties' details are the transfer's exporter and importer. */
    start?: string;
    /** Table 2: the SCCs the Addendum appends to. */
    appendsTo?: UkAddendumAppendsTo;
    /** Table 3: where the Appendix Information (Annexes I.A, I.B, II, III) is set out. */
    appendix?: LocalizedText;
    /** Table 4: which party may end the Addendum when the Approved Addendum changes (Section 19); `neither` alone when neither may. */
    mayEnd?: UkAddendumEnder[];
    source: SourceLocation;
}

/** Table 2: the SCCs with the module and options of this transfer, or a version given by its date (and reference). */
export type UkAddendumAppendsTo =
    | { kind: 'this-transfer' }
    | { kind: 'version'; date: string; reference?: LocalizedText };

export type UkAddendumEnder = 'importer' | 'exporter' | 'neither';

/** The FDPIC's adaptations of the SCCs for transfers subject to the Swiss FADP. */
export interface SwissFadpAdaptation {
    /** `fdpic` alone (transfers under the FADP only) or in parallel with the EU authority (`fdpic-and-eu`). */
    authority?: 'fdpic' | 'fdpic-and-eu';
    /** `swiss`: Swiss law governs for the FADP; `scc`: the law chosen under Clause 17. */
    law?: 'swiss' | 'scc';
    /** "Member State" in Clause 18(c) does not keep data subjects in Switzerland from suing where they habitually reside. */
    sueInSwitzerland: boolean;
    /** References to the GDPR are read as references to the FADP. */
    gdprReadAsFadp: boolean;
    source: SourceLocation;
}

// ---------------------------------------------------------------- sub-processors

/** `scc-2010/87`: the old SCCs for processors, repealed by Art. 4 of Decision 2021/914 (stated so that lint can say so). */
export type TransferKind = 'none' | 'adequacy' | 'dpf' | 'scc-2021/914' | 'scc-2010/87' | 'bcr' | 'art49';

export type SubProcessorUrlKind = 'privacy' | 'dpa';

export interface SubProcessor {
    id: string;
    legalName?: string;
    address?: LocalizedText;
    country?: string;
    /** Products of the processor this sub-processor serves (ids). */
    products: string[];
    services: Service[];
    notes: LocalizedText[];
    /** Why adding or changing this sub-processor cannot wait the regular notice period (`dpa notice` uses the emergency period). */
    urgent?: LocalizedText;
    /** A web page of the sub-processor (absolute http(s) URL); what kind of page `urlKind` says. */
    url?: string;
    /** `privacy`: its privacy notice; `dpa`: its data processing terms; absent: its website (the kind is not stated). */
    urlKind?: SubProcessorUrlKind;
    source: SourceLocation;
}

export interface Service {
    purpose: LocalizedText;
    /** Every data category of the agreement. */
    allData: boolean;
    /** Data category ids. */
    data: string[];
    /** The agreement states that no personal data is processed by this service. */
    noPersonalData: boolean;
    /** inherent: part of the service; optional: enabled by the controller; on-consent: enabled by the data subject's consent. */
    function?: 'inherent' | 'optional' | 'on-consent';
    location?: ServerLocation;
    transfer?: TransferMechanism;
    /** Another sub-processor that hosts this service (id). */
    hostedBy?: string;
    notes: LocalizedText[];
    source: SourceLocation;
}

export type ServerLocation = { regionDependent: true } | { regionDependent: false; countries: string[] };

export interface TransferMechanism {
    kind: TransferKind;
    /** SCC 2021/914 module (1-4). */
    module?: number;
    /** The agreement's own wording of the legal basis. */
    stated?: LocalizedText;
}

// ---------------------------------------------------------------- technical and organisational measures

export type Art32Objective = 'pseudonymisation' | 'encryption' | 'confidentiality' | 'integrity' | 'availability' | 'resilience' | 'restoration' | 'testing';
export type ControlCategory = 'physical-access' | 'system-access' | 'data-access' | 'transfer' | 'input' | 'job' | 'availability'
    | 'separation' | 'organisation' | 'pseudonymisation' | 'incident-management' | 'data-protection-management'
    | 'privacy-by-design' | 'information-security';

export interface Measures {
    title?: LocalizedText;
    version?: string;
    /** The date of the measures document (ISO YYYY-MM-DD). */
    date?: string;
    overview: LocalizedText[];
    groups: MeasureGroup[];
    source: SourceLocation;
}

export interface MeasureGroup {
    kind: 'group';
    id: string;
    /** Section number as in the source document ("2.1", "5.3"). */
    section?: string;
    title: LocalizedText;
    objectives: Art32Objective[];
    control?: ControlCategory;
    goal?: LocalizedText;
    items: MeasureItem[];
    source: SourceLocation;
}

export interface Measure {
    kind: 'measure';
    section?: string;
    text: LocalizedText;
    facts: Fact[];
    /** The measure uses the controller's data for the processor's own purposes (Art. 28(10)). */
    processorPurposes?: ProcessorPurposes;
    source: SourceLocation;
}

export interface ProcessorPurposes {
    /** Who receives the data for that purpose, as the agreement names it ("SEON Technologies Kft."). */
    recipient?: string;
    source: SourceLocation;
}

export interface MeasureParagraph {
    kind: 'paragraph';
    text: LocalizedText;
    source: SourceLocation;
}

export type MeasureItem = MeasureGroup | Measure | MeasureParagraph;

export type FactValue =
    | { kind: 'period'; period: Period }
    | { kind: 'quantity'; amount: number; unit?: string }
    | { kind: 'text'; text: string };

export interface Fact {
    name: string;
    value: FactValue;
}

// ---------------------------------------------------------------- retention, partners

export interface Retention {
    notes: LocalizedText[];
    records: RetentionRecord[];
    source: SourceLocation;
}

export interface RetentionRecord {
    id: string;
    label: LocalizedText;
    period?: Period;
    /** A period stated as an event ("until the employee leaves"). */
    until?: LocalizedText;
    /** Legal bases, e.g. "§ 41 Abs. 1 EStG". */
    basis: string[];
    source: SourceLocation;
}

export interface Partners {
    title?: LocalizedText;
    description?: LocalizedText;
    interfaces: Interface[];
    source: SourceLocation;
}

export interface Interface {
    id: string;
    title: LocalizedText;
    description?: LocalizedText;
    partners: Partner[];
    source: SourceLocation;
}

export interface Partner {
    legalName: string;
    address?: LocalizedText;
    country?: string;
    securityConcept?: string;
    /** The sub-processor entry for the same company (id). */
    subProcessor?: string;
    source: SourceLocation;
}

// ---------------------------------------------------------------- general terms

/** The documents of the agreement whose order of precedence can be stated; `scc`: the incorporated standard contractual clauses. */
export type PrecedenceDocument = 'scc' | 'dpa' | 'annexes' | 'main-contract';

/** The agreement's general provisions; each is absent when the file does not state it. */
export interface GeneralTerms {
    precedence?: Precedence;
    liability?: Liability;
    /** The law governing this agreement (ISO 3166-1 alpha-2). */
    governingLaw?: string;
    /** Where `governing-law` is written (present exactly when `governingLaw` is). */
    governingLawSource?: SourceLocation;
    /** The UN Convention on Contracts for the International Sale of Goods (CISG) is excluded (`excluding cisg`). */
    governingLawExcludesCisg?: boolean;
    /** The courts with jurisdiction over disputes under this agreement. */
    courts?: Jurisdiction;
    term?: AgreementTerm;
    /** The parties will amend the agreement where a change of law requires it. */
    changeOfLaw?: GeneralClause;
    /** An invalid provision leaves the rest of the agreement in force. */
    severability?: GeneralClause;
    /** Where the applicable data protection laws conflict, the stricter requirement applies (`conflict stricter applies`). */
    stricterLawApplies?: boolean;
    /** In a dispute about which requirement is the stricter, the processor decides (`decided by processor`). */
    stricterLawDecidedByProcessor?: boolean;
    /** Except as this agreement amends it, the main contract remains in force unchanged. */
    mainContractOtherwiseUnchanged?: boolean;
    /** The processor's access to the personal data is no part of the consideration under the main contract. */
    dataAccessNoConsideration?: boolean;
    /** For personal information under the CCPA the controller is the "business" and the processor the "service provider" (`ccpa { … }`). */
    ccpa?: CcpaTerms;
    source: SourceLocation;
}

export interface Precedence {
    /** Highest first. */
    order: PrecedenceDocument[];
    /** What the order does not apply to, as the agreement words it. */
    except?: LocalizedText;
    /** The agreement's own wording (replaces the library's sentence). */
    text?: LocalizedText;
    source: SourceLocation;
}

export type LiabilityCap =
    | { kind: 'amount'; amount: number; /** ISO 4217 (EUR, USD). */ currency: string }
    | { kind: 'fees'; /** The fees paid in this period before the event giving rise to the claim. */ period: Period };

export type UnlimitedLiability = 'intent' | 'gross-negligence' | 'personal-injury' | 'data-protection' | 'mandatory-law';

export interface Liability {
    /** Liability follows the main contract. */
    asMainContract: boolean;
    /** The cap on each party's liability under this agreement. */
    cap?: LiabilityCap;
    /** What the caps do not apply to. */
    unlimitedFor: UnlimitedLiability[];
    /** Liability follows Art. 82 GDPR (`under art82`). */
    statutoryArt82?: boolean;
    /** The controller answers for its unlawful instructions and holds the processor harmless from claims arising from them. */
    controllerIndemnifiesUnlawfulInstructions?: boolean;
    /** The agreement's own wording (replaces the library's sentences). */
    text?: LocalizedText;
    source: SourceLocation;
}

export interface Jurisdiction {
    /** ISO 3166-1 alpha-2. */
    country: string;
    /** The seat of the courts ("Berlin"). */
    place?: LocalizedText;
    /** Those courts alone have jurisdiction. */
    exclusive: boolean;
    /** Exclusive places of jurisdiction the law prescribes are unaffected (`statutory venues unaffected`). */
    statutoryVenuesUnaffected?: boolean;
    source: SourceLocation;
}

/**
 * The agreement's term. `controllerTerminationGrounds`: grounds on which the controller may terminate without notice,
 * in the order written; `terminationForm`: the form any termination must take. Both absent when not stated.
 */
export type AgreementTerm =
    | { kind: 'as-main-contract'; survivesUntilDataDeleted: boolean; controllerTerminationGrounds?: TerminationGround[]; terminationForm?: NoticeChannel; text?: LocalizedText; source: SourceLocation }
    | { kind: 'fixed'; period: Period; survivesUntilDataDeleted: boolean; controllerTerminationGrounds?: TerminationGround[]; terminationForm?: NoticeChannel; text?: LocalizedText; source: SourceLocation };

/** Commercial clarifications the parties add to standard contractual clauses (the Appendix 3 of many DPAs on Decision 2010/87/EU); each flag absent when not stated. */
export interface SccClarifications {
    /** Either party may show this agreement and the clauses to authorities and courts that ask for them. */
    disclosableToAuthorities?: boolean;
    /** The clauses are the data importer's confidential information, disclosable only to data subjects and supervisory authorities as the clauses allow. */
    clausesConfidential?: boolean;
    /** On non-compliance with the clauses the data exporter may suspend transfers or terminate only the affected part of the services, after notice and a reasonable period to cure. */
    suspendOnlyAffectedServices?: boolean;
    /** The data exporter exercises its audit right under the clauses by instructing the data importer to carry out the audit measures of this agreement. */
    auditsAsInDpa?: boolean;
    /** Where confidentiality terms prevent sending a copy of a sub-processing agreement, the data importer uses reasonable efforts to obtain permission and otherwise gives the relevant information confidentially. */
    subProcessorCopiesConfidential?: boolean;
    /** Claims under the clauses are subject to the main contract's limitations of liability, except towards data subjects. */
    liabilityAsMainContractExceptDataSubjects?: boolean;
    /** The data exporter gives general consent to onward sub-processing under the clauses, provided this agreement's rules on sub-processing are followed. */
    onwardSubProcessingConsented?: boolean;
    /** Appendix 1 of the clauses is this agreement's processing details annex, Appendix 2 its measures annex (`appendices as annexes`). */
    appendicesAsAnnexes?: boolean;
    source: SourceLocation;
}

/** What the processor undertakes as the CCPA's "service provider"; each flag absent when not stated. */
export interface CcpaTerms {
    /** It does not sell the personal information. */
    noSelling?: boolean;
    /** It retains, uses and discloses it only to provide the services, and not outside the parties' direct business relationship. */
    businessPurposeOnly?: boolean;
    /** It certifies that it understands and complies with these restrictions. */
    certifiesUnderstanding?: boolean;
    source: SourceLocation;
}

/** `serious-breach` of data protection law or the agreement, a `refused-instruction`, an `evaded-control` by the processor. */
export type TerminationGround = 'serious-breach' | 'refused-instruction' | 'evaded-control';

/** A general provision stated by its kind, with the agreement's own wording if it gives one. */
export interface GeneralClause {
    text?: LocalizedText;
    source: SourceLocation;
}
