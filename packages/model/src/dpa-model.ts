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
 * `parseTextReferences`, checked by the validator, resolved by the contract generator).
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
    subProcessors: SubProcessor[];
    measures?: Measures;
    retention?: Retention;
    partners?: Partners;
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
    source: SourceLocation;
}

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
}

/** Art. 28(3)(b). */
export interface ConfidentialityClause extends ClauseBase {
    kind: 'confidentiality';
    staffCommitted: boolean;
    survivesTermination: boolean;
}

/** Art. 28(3)(c), Art. 32. */
export interface SecurityClause extends ClauseBase {
    kind: 'security';
    referencesMeasures: boolean;
}

export type NoticeChannel = 'electronic' | 'in-writing' | 'text-form';

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
    onObjection?: 'processor-may-terminate' | 'controller-may-terminate' | 'parties-negotiate';
    changesNotified: boolean;
    flowDown: boolean;
    processorLiable: boolean;
    controllerMayMonitor: boolean;
    /** The agreement states that no sub-processor is engaged (an empty list on purpose). */
    noSubProcessors: boolean;
}

export type DataSubjectRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'automated-decisions';

/** Art. 28(3)(e). */
export interface DataSubjectRightsClause extends ClauseBase {
    kind: 'data-subject-rights';
    withinStatutoryDeadlines: boolean;
    rights: DataSubjectRight[];
}

/** Art. 28(3)(f): assistance with Arts. 32 to 36. */
export interface ComplianceAssistanceClause extends ClauseBase {
    kind: 'compliance-assistance';
    articles: ('art32' | 'art33' | 'art34' | 'art35' | 'art36')[];
}

/** Art. 33(2). */
export interface BreachNotificationClause extends ClauseBase {
    kind: 'breach-notification';
    withoutUndueDelay: boolean;
    deadline?: Period;
    assistsWithNotifications: boolean;
}

/** Art. 28(3)(g). */
export interface EndOfProcessingClause extends ClauseBase {
    kind: 'end-of-processing';
    action?: 'delete-or-return' | 'delete' | 'return';
    controllersChoice: boolean;
    includesCopies: boolean;
    legalRetentionException: boolean;
    blockIfDeletionImpossible: boolean;
    certifiesDeletion: boolean;
}

/** Art. 28(3)(h). */
export interface AuditsClause extends ClauseBase {
    kind: 'audits';
    informationOnRequest: boolean;
    informationWithin?: Period;
    inspections?: Inspections;
}

export interface Inspections {
    noticePeriod?: Period;
    reasonableNotice: boolean;
    duringBusinessHours: boolean;
    businessHours?: LocalizedText;
    withoutDisruption: boolean;
    thirdPartyAuditor: boolean;
    processorConsent: boolean;
    consentNotUnreasonablyWithheld: boolean;
    costs?: 'controller' | 'processor' | 'shared';
    protectsBusinessSecrets: boolean;
    /** On-site inspections are waived: the controller gets audit reports or certificates only. */
    reportsOnly: boolean;
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
}

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

// ---------------------------------------------------------------- sub-processors

export type TransferKind = 'none' | 'adequacy' | 'dpf' | 'scc-2021/914' | 'bcr' | 'art49';

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
