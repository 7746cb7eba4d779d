import type {
    AnonymisationClause, Art32Objective, BreachNoticeItem, Certification, ComplianceAssistanceClause, InspectionFrequencyException, ContactKind, ControlCategory, DataSubjectRight,
    EndOfProcessingClause, Inspections, LanguageCode, MaterialChangeHandling, NoticeChannel, ObligationKind, PartyRole, Period,
    SecurityDuty, RemoteWorkCondition, AncillaryService, BreachReportTrigger, IncidentKind, KeepReason, KeptDataHandling, InspectionScope, UnannouncedCase,
    ProcessingLocationClause, SccSupervisoryAuthority, Service, SubProcessingClause, SubProcessorUrlKind, TransferCondition, TransferKind, UnlimitedLiability
} from '@dpa-as-code/model';
import { CITATIONS, type Citation } from '@dpa-as-code/model';
import type { AccessRequestStep, CostBearer, DpoBasis, NotifyTrigger, OtherSecret } from '@dpa-as-code/model';
import type { ApplicableLaw, ControllerDuty, TerminationGround } from '@dpa-as-code/model';
import { endSentence, formatDate, formatList, formatPeriod } from './format.js';

/**
 * Every text the generated contract prints that does not come from the `.dpa` file, German
 * and English side by side. Wording is the project's own; legal terms follow the official
 * GDPR / DSGVO terminology (docs: /work/shared/legal-reference.md §7). Sentences take the
 * model's values as typed parameters and only say what those values say.
 */

export interface Bilingual<T> {
    readonly de: T;
    readonly en: T;
}

/** Pairs the two language versions; the English function takes the German one's parameter type. */
function both<T>(de: T, en: T): Bilingual<T> {
    return { de, en };
}

/** A citation from the model's legal catalogue as a library entry (German DSGVO form, English GDPR form). */
function cited(citation: Citation): Bilingual<string> {
    return both(citation.de, citation.en);
}

/** The text of a library entry in one language. */
export function say<T>(entry: Bilingual<T>, lang: LanguageCode): T {
    return entry[lang];
}

/** Date of Commission Implementing Decision (EU) 2021/915. */
const SCC_DECISION_DATE = '2021-06-04';

// ---------------------------------------------------------------- terms used inside sentences

const noticeChannels: Record<NoticeChannel, Bilingual<string>> = {
    'electronic': both('auf elektronischem Weg', 'by electronic means'),
    'in-writing': both('schriftlich', 'in writing'),
    'text-form': both('in Textform', 'in text form')
};

/** Labels of a sub-processor's `url`: only what the file states (`url privacy`, `url dpa`), else the neutral "Website". */
const urlLabels: Record<SubProcessorUrlKind | 'website', Bilingual<string>> = {
    'website': both('Website', 'Website'),
    'privacy': both('Datenschutzinformationen', 'Privacy information'),
    'dpa': both('Auftragsverarbeitungsbedingungen', 'Data processing terms')
};

const languageAdjectives: Record<LanguageCode, Bilingual<string>> = {
    de: both('deutsche', 'German'),
    en: both('englische', 'English')
};

const regions: Record<NonNullable<ProcessingLocationClause['region']>, Bilingual<string>> = {
    'eu-eea': both(
        'in einem Mitgliedstaat der Europäischen Union oder in einem anderen Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum',
        'in a Member State of the European Union or in another State party to the Agreement on the European Economic Area'),
    'eu': both('in einem Mitgliedstaat der Europäischen Union', 'in a Member State of the European Union'),
    'eea': both('in einem Vertragsstaat des Abkommens über den Europäischen Wirtschaftsraum', 'in a State party to the Agreement on the European Economic Area')
};

/** "einmal", "zweimal", "dreimal", then "4-mal". */
const germanTimes = (times: number) => ['einmal', 'zweimal', 'dreimal'][times - 1] ?? `${times}-mal`;

/** The grounds of a DPO's appointment (`dpo { appointed under … }`). */
const dpoBases: Record<DpoBasis, Bilingual<string>> = {
    'art37-1-a': cited(CITATIONS.art37_1_a),
    'art37-1-b': cited(CITATIONS.art37_1_b),
    'art37-1-c': cited(CITATIONS.art37_1_c),
    'bdsg-38': cited(CITATIONS.bdsg38)
};

/** Who pays for the assistance of `data-subject-rights` and `compliance-assistance` (`costs …`). */
const assistanceCosts: Record<CostBearer, Bilingual<string>> = {
    controller: both('Die Kosten dieser Unterstützung trägt der Verantwortliche.', 'The controller bears the cost of this assistance.'),
    processor: both('Die Kosten dieser Unterstützung trägt der Auftragsverarbeiter.', 'The processor bears the cost of this assistance.'),
    shared: both('Die Kosten dieser Unterstützung tragen die Parteien gemeinsam.', 'The parties share the cost of this assistance.')
};

/** Secrets besides data secrecy (`confidentiality { other secrets … }`). */
const otherSecretNames: Record<OtherSecret, Bilingual<string>> = {
    'social-security': both('das Sozialgeheimnis', 'social-security secrecy'),
    'telecommunications': both('das Fernmeldegeheimnis', 'the secrecy of telecommunications'),
    'professional': both(`Berufsgeheimnisse (${CITATIONS.stgb203.de})`, `professional secrets (${CITATIONS.stgb203.en})`)
};

const channelSuffix = (channel: NoticeChannel | undefined, lang: LanguageCode) => channel ? ' ' + noticeChannels[channel][lang] : '';

/** The parties named in the sentences on a processor-to-processor agreement; `several…`: more than one party of that role. */
interface ProcessorChainNames {
    customer: string;
    vendor: string;
    severalCustomers: boolean;
    severalVendors: boolean;
}

/** How "the controller" and "the processor" of the agreement read when the customer is itself a processor. */
function chainReadingDe(p: ProcessorChainNames): string {
    const customer = p.severalCustomers
        ? `sind ${p.customer} gemeint, die die Weisungen ihrer Verantwortlichen weitergeben`
        : `ist ${p.customer} gemeint, der die Weisungen seines Verantwortlichen weitergibt`;
    const vendor = p.severalVendors ? `sind ${p.vendor} als weitere Auftragsverarbeiter gemeint` : `ist ${p.vendor} als weiterer Auftragsverarbeiter gemeint`;
    return `Wo dieser Vertrag vom Verantwortlichen spricht, ${customer}; wo er vom Auftragsverarbeiter spricht, ${vendor}.`;
}

function chainReadingEn(p: ProcessorChainNames): string {
    const passing = p.severalCustomers ? 'passing on the instructions of their controllers' : 'passing on the instructions of its controller';
    const vendor = p.severalVendors ? `${p.vendor} as sub-processors` : `${p.vendor} as sub-processor`;
    return `Where this agreement refers to the controller, it means ${p.customer}, ${passing}; where it refers to the processor, it means ${vendor}.`;
}

// ---------------------------------------------------------------- the library

export const clauseLibrary = {
    document: {
        defaultTitle: both(`Vertrag über die Auftragsverarbeitung nach ${CITATIONS.art28.de}`, `Data processing agreement under ${CITATIONS.art28.en}`),
        versionAndDate: both(
            (p: { version: string; date: string }) => `Version ${p.version} vom ${formatDate(p.date, 'de')}`,
            p => `Version ${p.version} of ${formatDate(p.date, 'en')}`),
        versionOnly: both((p: { version: string }) => `Fassung ${p.version}`, p => `Version ${p.version}`),
        dateOnly: both((p: { date: string }) => `Stand: ${formatDate(p.date, 'de')}`, p => `As of ${formatDate(p.date, 'en')}`),
        annexLabel: both((p: { number: number }) => `Anlage ${p.number}`, p => `Annex ${p.number}`),
        /** A numbered section of the agreement's body, as a typed reference in a text renders it. */
        sectionLabel: both((p: { number: string }) => `Ziffer ${p.number}`, p => `Section ${p.number}`),
        /** Printed for a value the file leaves open in a table cell. */
        notStated: both('–', '–'),
        /** Heading of the table of contents (HTML, PDF). */
        contents: both('Inhaltsverzeichnis', 'Contents'),
        /** This language version's own name, heading its column in the side-by-side layout. */
        languageName: both('Deutsch', 'English')
    },

    binding: {
        allVersions: both('Alle Sprachfassungen dieses Vertrags sind gleichermaßen verbindlich.', 'All language versions of this agreement are equally binding.'),
        thisVersion: both('Verbindlich ist diese deutsche Fassung.', 'This English version is binding.'),
        otherForInformation: both(
            (p: { other: LanguageCode }) => `Die ${languageAdjectives[p.other].de} Fassung dient nur der Information.`,
            p => `The ${languageAdjectives[p.other].en} version is for information only.`),
        otherVersion: both(
            (p: { binding: LanguageCode }) => `Verbindlich ist allein die ${languageAdjectives[p.binding].de} Fassung; diese deutsche Fassung dient nur der Information.`,
            p => `Only the ${languageAdjectives[p.binding].en} version is binding; this English version is for information only.`)
    },

    /** The signature block: one part per party, a blank line for whatever the file leaves to fill in by hand. */
    signatures: {
        heading: both('Unterschriften', 'Signatures'),
        forParty: both((p: { party: string }) => `Für ${p.party}`, p => `For ${p.party}`),
        placeLabel: both('Ort', 'Place'),
        dateLabel: both('Datum', 'Date'),
        nameLabel: both('Name', 'Name'),
        functionLabel: both('Funktion', 'Function'),
        signatureLabel: both('Unterschrift', 'Signature'),
        blank: both('______________________________', '______________________________')
    },

    /** Annexes of the SCCs of Decision (EU) 2021/915 and the parts of this contract that fill them. */
    sccAnnexes: {
        titles: {
            I: both('Liste der Parteien', 'List of parties'),
            II: both('Beschreibung der Verarbeitung', 'Description of the processing'),
            III: both(
                'Technische und organisatorische Maßnahmen, einschließlich zur Gewährleistung der Sicherheit der Daten',
                'Technical and organisational measures including technical and organisational measures to ensure the security of the data'),
            IV: both('Liste der Unterauftragsverarbeiter', 'List of sub-processors')
        },
        annexServesAs: both(
            (p: { sccAnnex: string; title: string }) => `Diese Anlage bildet Anhang ${p.sccAnnex} („${p.title}“) der Standardvertragsklauseln nach dem ${CITATIONS.scc915.de}.`,
            p => `This annex constitutes Annex ${p.sccAnnex} (“${p.title}”) to the standard contractual clauses under Implementing ${CITATIONS.scc915.en}.`),
        partiesServeAs: both(
            (p: { title: string }) => `Die Angaben zu den Vertragsparteien und diese Unterschriften bilden Anhang I („${p.title}“) der Standardvertragsklauseln nach dem ${CITATIONS.scc915.de}.`,
            p => `The details of the parties and these signatures constitute Annex I (“${p.title}”) to the standard contractual clauses under Implementing ${CITATIONS.scc915.en}.`)
    },

    parties: {
        heading: both('Vertragsparteien', 'Parties'),
        roles: {
            controller: both(`Verantwortlicher im Sinne von ${CITATIONS.art4_7.de}`, `controller within the meaning of ${CITATIONS.art4_7.en}`),
            processor: both(`Auftragsverarbeiter im Sinne von ${CITATIONS.art4_8.de}`, `processor within the meaning of ${CITATIONS.art4_8.en}`)
        } satisfies Record<PartyRole, Bilingual<string>>,
        /** Heading for a party the file gives no name. */
        unnamed: {
            controller: both('Verantwortlicher', 'Controller'),
            processor: both('Auftragsverarbeiter', 'Processor')
        } satisfies Record<PartyRole, Bilingual<string>>,
        /** The official term for each role; a role name that only repeats it is not printed again. */
        roleTerms: {
            controller: both('Verantwortlicher', 'controller'),
            processor: both('Auftragsverarbeiter', 'processor')
        } satisfies Record<PartyRole, Bilingual<string>>,
        referredToAs: both((p: { roleName: string }) => `bezeichnet als „${p.roleName}“`, p => `referred to as “${p.roleName}”`),
        /** `name to be inserted`: the name is left blank to fill in when signing. */
        nameLabel: both('Name', 'Name'),
        roleLabel: both('Rolle', 'Role'),
        addressLabel: both('Anschrift', 'Address'),
        contactsLabel: both('Kontakte', 'Contacts'),
        contactKinds: {
            support: both('Support', 'Support'),
            security: both('Informationssicherheit', 'Information security'),
            privacy: both('Datenschutz', 'Data protection'),
            technical: both('Technik', 'Technical'),
            general: both('Allgemein', 'General')
        } satisfies Record<ContactKind, Bilingual<string>>,
        emailLabel: both('E-Mail', 'Email'),
        phoneLabel: both('Telefon', 'Phone'),
        dpoLabel: both('Datenschutzbeauftragter', 'Data protection officer'),
        dpoExternal: both('externer Datenschutzbeauftragter', 'external data protection officer'),
        // A `dpo { }` block without details still states that an officer is appointed.
        dpoAppointed: both('bestellt', 'appointed'),
        dpoAppointedUnder: both(
            (p: { bases: DpoBasis[] }) => `bestellt nach ${formatList(p.bases.map(basis => dpoBases[basis].de), 'de')}`,
            p => `appointed under ${formatList(p.bases.map(basis => dpoBases[basis].en), 'en')}`),
        dpoDetailsNotified: both(
            (p: { role: PartyRole }): string => p.role === 'processor'
                ? 'Der Auftragsverarbeiter teilt dem Verantwortlichen Namen und Kontaktdaten des Datenschutzbeauftragten mit.'
                : 'Der Verantwortliche teilt dem Auftragsverarbeiter Namen und Kontaktdaten des Datenschutzbeauftragten mit.',
            p => p.role === 'processor'
                ? 'The processor gives the controller the name and contact details of its data protection officer.'
                : 'The controller gives the processor the name and contact details of its data protection officer.'),
        dpoChangesNotified: both(
            (p: { role: PartyRole }): string => p.role === 'processor'
                ? 'Der Auftragsverarbeiter teilt dem Verantwortlichen einen Wechsel des Datenschutzbeauftragten mit.'
                : 'Der Verantwortliche teilt dem Auftragsverarbeiter einen Wechsel des Datenschutzbeauftragten mit.',
            p => p.role === 'processor'
                ? 'The processor informs the controller of any change of data protection officer.'
                : 'The controller informs the processor of any change of data protection officer.'),
        noteLabel: both('Hinweis', 'Note')
    },

    subject: {
        heading: both('Gegenstand', 'Subject matter'),
        purpose: both(
            `Dieser Vertrag legt die Pflichten der Parteien für die Verarbeitung personenbezogener Daten durch den Auftragsverarbeiter im Auftrag des Verantwortlichen fest (${CITATIONS.art28_3.de}; DSGVO: Datenschutz-Grundverordnung, Verordnung (EU) 2016/679).`,
            `This agreement sets out the obligations of the parties for the processing of personal data by the processor on behalf of the controller (${CITATIONS.art28_3.en}; GDPR: General Data Protection Regulation, Regulation (EU) 2016/679).`),
        /**
         * Defines the main contract once. German keeps the term „Hauptvertrag“ (its grammatical gender
         * fits every later sentence) and names the file's title only when it says more; English uses
         * the file's name itself as the defined term, as the file's own texts do.
         */
        /** The main contract's defined term where the file gives it no name. */
        mainContractTerm: both('Hauptvertrag', 'main contract'),
        supplementsMainContract: both(
            (p: { text: string }) => p.text === 'Hauptvertrag'
                ? 'Er ergänzt den zwischen den Parteien geschlossenen Hauptvertrag.'
                : `Er ergänzt den zwischen den Parteien geschlossenen Vertrag „${p.text}“ (im Folgenden „Hauptvertrag“).`,
            p => `It supplements the main contract between the parties (the “${p.text}”).`),
        attachedAs: both<(p: { text: string; mainContract: string }) => string>(
            p => `Dieser Vertrag ist dem Hauptvertrag als „${p.text}“ beigefügt.`,
            p => `This agreement is attached to the ${p.mainContract} as “${p.text}”.`),
        scopeLabel: both('Geltungsbereich', 'Scope'),
        detailsInAnnex: both(
            (p: { annex: string }) => `Die Einzelheiten der Verarbeitung sind in ${p.annex} beschrieben.`,
            p => `The details of the processing are described in ${p.annex}.`),
        effectiveOnSignature: both(
            'Dieser Vertrag tritt mit seiner Unterzeichnung durch die Parteien in Kraft.',
            'This agreement takes effect when the parties sign it.'),
        effectiveOnSignatureOfBoth: both<(p: { mainContract: string }) => string>(
            () => 'Dieser Vertrag tritt in Kraft, sobald sowohl der Hauptvertrag als auch dieser Vertrag von den Parteien unterzeichnet sind.',
            p => `This agreement takes effect once the parties have signed both the ${p.mainContract} and this agreement.`),
        effectiveOnDate: both(
            (p: { date: string }) => `Dieser Vertrag tritt am ${formatDate(p.date, 'de')} in Kraft.`,
            p => `This agreement takes effect on ${formatDate(p.date, 'en')}.`),
        effectiveLabel: both('Inkrafttreten', 'Entry into force'),
        termsAsInGdpr: both(
            'Die in diesem Vertrag verwendeten Begriffe haben die Bedeutung, die ihnen die DSGVO, insbesondere ihr Art. 4, beimisst.',
            'Terms used in this agreement have the meaning given to them in the GDPR, in particular in its Art. 4.'),
        processorMayUpdateLabel: both('Änderungen durch den Auftragsverarbeiter', 'Updates by the processor'),
        /** `region …`: a term the agreement defines as a group of countries. */
        regionDefinition: both(
            (p: { label: string; eea: boolean; countries?: string }) => `„${p.label}“ umfasst ${[
                ...(p.eea ? ['den Europäischen Wirtschaftsraum (EWR)'] : []),
                ...(p.countries !== undefined ? [`folgende Staaten: ${p.countries}`] : [])
            ].join(' und ')}.`,
            p => `“${p.label}” means ${[
                ...(p.eea ? ['the European Economic Area (EEA)'] : []),
                ...(p.countries !== undefined ? [`the following countries: ${p.countries}`] : [])
            ].join(' and ')}.`),
        /** `laws …`, printed only where the file states no `scope` of its own wording. */
        applicableLaws: both(
            (p: { laws: string }) => `Dieser Vertrag gilt für die Verarbeitung personenbezogener Daten, die folgenden Gesetzen unterliegt: ${p.laws}.`,
            p => `This agreement applies to the processing of personal data that is subject to the following laws: ${p.laws}.`),
        laws: {
            'gdpr': both(CITATIONS.gdpr.de, CITATIONS.gdpr.en),
            'uk-gdpr': both(CITATIONS.ukGdpr.de, CITATIONS.ukGdpr.en),
            'uk-dpa-2018': both(CITATIONS.ukDpa2018.de, CITATIONS.ukDpa2018.en),
            'bdsg': both(CITATIONS.bdsg.de, CITATIONS.bdsg.en),
            'fadp': both(CITATIONS.fadp.de, CITATIONS.fadp.en),
            'ccpa': both(CITATIONS.ccpa.de, CITATIONS.ccpa.en)
        } satisfies Record<ApplicableLaw, Bilingual<string>>
    },

    obligations: {
        /** For a clause the file names without any detail: it claims nothing beyond the statute its heading cites. */
        noOwnProvision: both(
            'Dieser Vertrag trifft hierzu keine eigene Regelung; es gelten die gesetzlichen Vorschriften.',
            'This agreement makes no provision of its own on this; the statutory rules apply.'),
        /** Labels a clause's `supplement`, printed after the clause's sentences. */
        supplementLabel: both('Ergänzung', 'Supplement'),

        instructions: {
            title: both('Weisungsgebundenheit', 'Documented instructions'),
            citation: cited(CITATIONS.art28_3_a),
            onlyOnDocumentedInstructions: both(
                'Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten ausschließlich auf dokumentierte Weisung des Verantwortlichen.',
                'The processor processes the personal data only on documented instructions from the controller.'),
            onlyOnInstructions: both(
                'Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten ausschließlich auf Weisung des Verantwortlichen.',
                'The processor processes the personal data only on instructions from the controller.'),
            instructionsDocumented: both(
                'Weisungen des Verantwortlichen werden dokumentiert.',
                'Instructions from the controller are documented.'),
            coversTransfers: both(
                'Eine Übermittlung personenbezogener Daten an ein Drittland oder eine internationale Organisation nimmt der Auftragsverarbeiter nur auf dokumentierte Weisung des Verantwortlichen vor.',
                'The processor transfers personal data to a third country or an international organisation only on documented instructions from the controller.'),
            informsOfInfringement: both(
                `Ist der Auftragsverarbeiter der Auffassung, dass eine Weisung gegen die DSGVO oder gegen andere Datenschutzvorschriften der Union oder der Mitgliedstaaten verstößt, informiert er den Verantwortlichen unverzüglich (${CITATIONS.art28_3_second.de}).`,
                `If the processor considers that an instruction infringes the GDPR or other Union or Member State data protection provisions, it informs the controller immediately (${CITATIONS.art28_3_second.en}).`),
            informsIfUnable: both(
                'Kann der Auftragsverarbeiter eine Weisung nicht befolgen, teilt er dies dem Verantwortlichen mit.',
                'If the processor is unable to follow an instruction, it tells the controller so.'),
            informsOfLegalRequirement: both(
                `Verpflichtet das Recht der Union oder der Mitgliedstaaten, dem der Auftragsverarbeiter unterliegt, ihn zu einer Verarbeitung, teilt er dem Verantwortlichen diese rechtliche Anforderung vor der Verarbeitung mit, es sei denn, das betreffende Recht verbietet eine solche Mitteilung wegen eines wichtigen öffentlichen Interesses (${CITATIONS.art28_3_a.de}).`,
                `Where Union or Member State law to which the processor is subject requires it to process the personal data, the processor informs the controller of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest (${CITATIONS.art28_3_a.en}).`),
            noOtherPurposes: both(
                'Der Auftragsverarbeiter verwendet die personenbezogenen Daten zu keinem anderen Zweck als der weisungsgemäßen Verarbeitung.',
                'The processor uses the personal data for no purpose other than the processing it has been instructed to carry out.'),
            noThirdPartyDisclosure: both(
                'Der Auftragsverarbeiter gibt die personenbezogenen Daten nicht an Dritte weiter.',
                'The processor does not pass the personal data on to third parties.'),
            copiesOnlyWhereNeeded: both(
                'Kopien der Daten fertigt der Auftragsverarbeiter ohne Wissen des Verantwortlichen nur an, soweit die Durchführung des Auftrags oder eine Aufbewahrungspflicht sie erfordert; nach Abschluss der Verarbeitung löscht er sie unverzüglich oder übergibt sie dem Verantwortlichen.',
                'The processor makes copies of the data without the controller’s knowledge only where carrying out the order or a retention duty requires them; once processing is complete it deletes them without undue delay or hands them over to the controller.'),
            channels: both(
                (p: { channels: NoticeChannel[] }) => `Weisungen werden ${formatList(p.channels.map(channel => noticeChannels[channel].de), 'de', 'or')} erteilt.`,
                p => `Instructions are given ${formatList(p.channels.map(channel => noticeChannels[channel].en), 'en', 'or')}.`),
            oralConfirmed: both(
                (p: { inTheseForms: boolean }) => `Mündliche Weisungen werden unverzüglich ${p.inTheseForms ? 'in einer dieser Formen' : 'in dokumentierter Form'} bestätigt.`,
                p => `Oral instructions are confirmed without undue delay ${p.inTheseForms ? 'in one of these forms' : 'in documented form'}.`),
            retained: both(
                'Weisungen werden für die Dauer des Auftragsverhältnisses aufbewahrt, in jedem Fall solange sie gelten.',
                'Instructions are kept for as long as the engagement lasts, and in any case for as long as they apply.'),
            maySuspend: both(
                'Hält der Auftragsverarbeiter eine Weisung für rechtswidrig, darf er ihre Ausführung aussetzen, bis der Verantwortliche sie bestätigt.',
                'If the processor considers an instruction unlawful, it may suspend carrying it out until the controller confirms it.'),
            /** `names` empty: the form leaves a blank to fill in by hand. */
            givenBy: both(
                (p: { names: string[] }) => `Weisungsberechtigt beim Verantwortlichen: ${p.names.length > 0 ? formatList(p.names, 'de') : '____________________'}.`,
                p => `Entitled to give instructions on the controller’s side: ${p.names.length > 0 ? formatList(p.names, 'en') : '____________________'}.`),
            receivedBy: both(
                (p: { names: string[] }) => `Weisungsempfänger beim Auftragsverarbeiter: ${p.names.length > 0 ? formatList(p.names, 'de') : '____________________'}.`,
                p => `Recipient of instructions on the processor’s side: ${p.names.length > 0 ? formatList(p.names, 'en') : '____________________'}.`),
            personChangesNotified: both(
                'Wechseln die weisungsberechtigten Personen oder die Weisungsempfänger, teilt die betroffene Partei dies der anderen unverzüglich mit.',
                'If the persons entitled to give or to receive instructions change, the party concerned tells the other without undue delay.'),
            changesAgreedJointly: both(
                'Änderungen des Gegenstands der Verarbeitung und der Verfahren stimmen die Parteien gemeinsam ab und dokumentieren sie.',
                'The parties agree on changes to the subject matter of processing and to procedures together and document them.')
        },

        confidentiality: {
            title: both('Vertraulichkeit', 'Confidentiality'),
            citation: cited(CITATIONS.art28_3_b),
            staffCommitted: both(
                'Der Auftragsverarbeiter stellt sicher, dass sich alle zur Verarbeitung der personenbezogenen Daten befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen.',
                'The processor ensures that every person authorised to process the personal data has committed to confidentiality or is under an appropriate statutory obligation of confidentiality.'),
            survivesTermination: both(
                'Die Pflicht zur Vertraulichkeit besteht auch nach Beendigung dieses Vertrags fort.',
                'The obligation of confidentiality continues after this agreement has ended.'),
            ownStaffOnly: both(
                'Der Auftragsverarbeiter setzt für die Verarbeitung nur eigene Beschäftigte ein.',
                'The processor uses only its own employees for the processing.'),
            regularTraining: both(
                'Der Auftragsverarbeiter schult die eingesetzten Beschäftigten regelmäßig im Datenschutz.',
                'The processor trains the staff involved in data protection at regular intervals.'),
            otherSecrets: both(
                (p: { secrets: OtherSecret[] }) => `Der Auftragsverarbeiter wahrt außerdem ${formatList(p.secrets.map(secret => otherSecretNames[secret].de), 'de')} und verpflichtet seine Beschäftigten darauf.`,
                p => `The processor also observes ${formatList(p.secrets.map(secret => otherSecretNames[secret].en), 'en')} and binds its staff to them.`),
            accessDataSecret: both(
                'Administrative Zugangsdaten des Verantwortlichen hält der Auftragsverarbeiter geheim; eingeräumte Zugriffsrechte nutzt er nur, soweit die Verarbeitung es erfordert.',
                'The processor keeps the controller’s administrative access credentials secret and uses the access rights granted to it only as far as the processing requires.')
        },

        security: {
            title: both('Sicherheit der Verarbeitung', 'Security of processing'),
            citation: cited(CITATIONS.art28_3_c_32),
            takesAnnexedMeasures: both(
                (p: { annex?: string }) => `Der Auftragsverarbeiter ergreift die in ${p.annex ?? 'einer Anlage zu diesem Vertrag'} beschriebenen technischen und organisatorischen Maßnahmen.`,
                p => `The processor takes the technical and organisational measures described in ${p.annex ?? 'an annex to this agreement'}.`),
            /** `adapt to progress`: agreed in advance with a floor, unlike a right to change the agreement. */
            measuresAdaptable: both(
                'Der Auftragsverarbeiter darf die technischen und organisatorischen Maßnahmen dem technischen Fortschritt anpassen und durch andere angemessene Maßnahmen ersetzen; das vereinbarte Schutzniveau darf dabei nicht sinken.',
                'The processor may adapt the technical and organisational measures to technical progress and replace them with other adequate measures, provided the agreed level of protection does not fall.'),
            materialChanges: {
                'documented': both(
                    'Wesentliche Änderungen der Maßnahmen hält der Auftragsverarbeiter in seiner Dokumentation fest.',
                    'The processor records every material change of the measures in its documentation.'),
                'notified': both(
                    'Über wesentliche Änderungen der Maßnahmen unterrichtet der Auftragsverarbeiter den Verantwortlichen.',
                    'The processor informs the controller of every material change of the measures.')
            } satisfies Record<MaterialChangeHandling, Bilingual<string>>,
            securityDuties: {
                'malware-checked-media': both(
                    'Der Auftragsverarbeiter setzt nur Software, Daten und Datenträger ein, die zuverlässig auf Schadsoftware geprüft sind.',
                    'The processor uses only software, data and media that have been reliably checked for malware.'),
                'security-decisions-agreed': both(
                    'Entscheidungen zur Organisation der Verarbeitung, die für die Sicherheit erheblich sind, stimmt der Auftragsverarbeiter mit dem Verantwortlichen ab.',
                    'The processor agrees decisions on the organisation of processing that matter for security with the controller.')
            } satisfies Record<SecurityDuty, Bilingual<string>>,
            remoteWorkIntro: both(
                'Für eine Verarbeitung in Privatwohnungen oder an anderen Orten außerhalb der Räume des Auftragsverarbeiters gilt:',
                'The following applies to processing in private homes or at other places outside the processor’s premises:'),
            remoteWork: {
                'controller-informed': both('Der Auftragsverarbeiter informiert den Verantwortlichen darüber.', 'The processor informs the controller of it.'),
                'same-security': both(
                    'Der Auftragsverarbeiter sorgt dort für dieselbe Vertraulichkeit und Sicherheit wie in seinen eigenen Räumen.',
                    'The processor ensures the same confidentiality and security there as on its own premises.'),
                'deviation-needs-written-consent': both(
                    'Abweichungen bedürfen der gesonderten schriftlichen Zustimmung des Verantwortlichen.',
                    'Any departure needs the controller’s separate written consent.')
            } satisfies Record<RemoteWorkCondition, Bilingual<string>>
        },

        'sub-processing': {
            title: both('Unterauftragsverarbeiter', 'Sub-processors'),
            citation: cited(CITATIONS.art28_2_3d_4),
            generalAuthorisation: both(
                'Der Verantwortliche erteilt dem Auftragsverarbeiter die allgemeine schriftliche Genehmigung, weitere Auftragsverarbeiter (Unterauftragsverarbeiter) in Anspruch zu nehmen.',
                'The controller gives the processor general written authorisation to engage other processors (sub-processors).'),
            specificAuthorisation: both(
                'Der Auftragsverarbeiter nimmt einen Unterauftragsverarbeiter nur mit vorheriger gesonderter schriftlicher Genehmigung des Verantwortlichen in Anspruch.',
                'The processor engages a sub-processor only with the prior specific written authorisation of the controller.'),
            authorisationRequired: both(
                'Der Auftragsverarbeiter nimmt einen Unterauftragsverarbeiter nur mit Genehmigung des Verantwortlichen in Anspruch.',
                'The processor engages a sub-processor only with the authorisation of the controller.'),
            listedIn: both(
                (p: { annex: string }) => `Die eingesetzten Unterauftragsverarbeiter sind in ${p.annex} aufgeführt.`,
                p => `The sub-processors engaged are listed in ${p.annex}.`),
            advanceNotice: both(
                (p: { notice: Period; channel?: NoticeChannel }) =>
                    `Der Auftragsverarbeiter informiert den Verantwortlichen mindestens ${formatPeriod(p.notice, 'de')} im Voraus${channelSuffix(p.channel, 'de')} über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern.`,
                p => `The processor informs the controller${channelSuffix(p.channel, 'en')} at least ${formatPeriod(p.notice, 'en')} in advance of any intended change concerning the addition or replacement of sub-processors.`),
            changesNotified: both(
                'Der Auftragsverarbeiter informiert den Verantwortlichen über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern.',
                'The processor informs the controller of any intended change concerning the addition or replacement of sub-processors.'),
            /** `notice in-writing`: the channel without a period. */
            changesNotifiedVia: both(
                (p: { channel: NoticeChannel }) => `Der Auftragsverarbeiter informiert den Verantwortlichen ${noticeChannels[p.channel].de} über jede beabsichtigte Änderung in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern.`,
                p => `The processor informs the controller ${noticeChannels[p.channel].en} of any intended change concerning the addition or replacement of sub-processors.`),
            emergencyNotice: both(
                (p: { emergency: Period; condition?: string }) =>
                    `In dringenden Fällen${p.condition ? ` (${p.condition})` : ''} genügt eine Mitteilung ${formatPeriod(p.emergency, 'de')} im Voraus.`,
                p => `In urgent cases${p.condition ? ` (${p.condition})` : ''}, notice ${formatPeriod(p.emergency, 'en')} in advance is sufficient.`),
            objection: both(
                (p: { objection: Period; forGoodCause: boolean; onReasonableGrounds?: boolean }) =>
                    `Der Verantwortliche kann innerhalb von ${formatPeriod(p.objection, 'de', 'dative')} nach Zugang der Mitteilung${p.forGoodCause ? ' aus wichtigem Grund' : p.onReasonableGrounds ? ' aus berechtigten Gründen' : ''} Einspruch gegen die Änderung erheben.`,
                p => `The controller may object to the change${p.forGoodCause ? ' for good cause' : p.onReasonableGrounds ? ' on reasonable grounds' : ''} within ${formatPeriod(p.objection, 'en')} of receiving the notice.`),
            deemedAccepted: both(
                (p: { withinPeriod: boolean }) => `Erhebt der Verantwortliche ${p.withinPeriod ? 'innerhalb dieser Frist ' : ''}keinen Einspruch, gilt die Änderung als genehmigt.`,
                p => `If the controller does not object${p.withinPeriod ? ' within this period' : ''}, the change is deemed authorised.`),
            terminationOnlyAffectedServices: both(
                'Die Kündigung beschränkt sich auf die Leistungen, die von der Änderung betroffen sind.',
                'Such a termination is limited to the services the change affects.'),
            onObjection: {
                'processor-may-terminate': both(
                    'Erhebt der Verantwortliche Einspruch, ist der Auftragsverarbeiter berechtigt, diesen Vertrag zu kündigen.',
                    'If the controller objects, the processor is entitled to terminate this agreement.'),
                'controller-may-terminate': both(
                    'Erhebt der Verantwortliche Einspruch, ist er berechtigt, diesen Vertrag zu kündigen.',
                    'If the controller objects, it is entitled to terminate this agreement.'),
                'parties-negotiate': both(
                    'Erhebt der Verantwortliche Einspruch, suchen die Parteien gemeinsam nach einer einvernehmlichen Lösung.',
                    'If the controller objects, the parties seek an agreed solution together.')
            } satisfies Record<NonNullable<SubProcessingClause['onObjection']>, Bilingual<string>>,
            flowDown: both(
                'Der Auftragsverarbeiter erlegt jedem Unterauftragsverarbeiter durch Vertrag dieselben Datenschutzpflichten auf, die in diesem Vertrag festgelegt sind.',
                'The processor imposes on each sub-processor, by contract, the same data protection obligations as are set out in this agreement.'),
            processorLiable: both(
                'Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet der Auftragsverarbeiter gegenüber dem Verantwortlichen in vollem Umfang für die Einhaltung dieser Pflichten.',
                'If a sub-processor fails to fulfil its data protection obligations, the processor remains fully liable to the controller for the performance of those obligations.'),
            controllerMayMonitor: both(
                'Der Verantwortliche ist berechtigt zu kontrollieren, ob die Unterauftragsverarbeiter ihre Pflichten einhalten.',
                'The controller may monitor whether the sub-processors comply with their obligations.'),
            noSubProcessors: both(
                'Bei Abschluss dieses Vertrags setzt der Auftragsverarbeiter keine Unterauftragsverarbeiter ein.',
                'When this agreement is concluded, the processor engages no sub-processors.'),
            listPublishedAt: both(
                (p: { url: string }) => `Die jeweils aktuelle Liste der Unterauftragsverarbeiter veröffentlicht der Auftragsverarbeiter unter ${p.url}.`,
                p => `The processor publishes the current list of sub-processors at ${p.url}.`),
            consentRevocableForGoodCause: both(
                'Der Verantwortliche kann seine Genehmigung aus wichtigem Grund widerrufen; die Unterauftragsverarbeitung endet dann unverzüglich.',
                'The controller may withdraw its authorisation for good cause; the sub-processing then ends without delay.'),
            dataOnlyAfterContract: both(
                'Personenbezogene Daten gibt der Auftragsverarbeiter erst an einen Unterauftragsverarbeiter weiter, wenn der Vertrag mit diesem geschlossen ist.',
                'The processor passes personal data to a sub-processor only once the contract with it has been concluded.'),
            complianceCheckedRegularly: both(
                'Der Auftragsverarbeiter überprüft regelmäßig, ob die Unterauftragsverarbeiter ihre Pflichten einhalten.',
                'The processor regularly checks whether the sub-processors comply with their obligations.'),
            ancillaryServices: both(
                (p: { items: string[]; checked: boolean }) => `Keine Unterauftragsverarbeitung sind Nebenleistungen Dritter wie ${formatList(p.items, 'de')}${p.checked ? '; auch für sie trifft der Auftragsverarbeiter angemessene vertragliche Vereinbarungen und Kontrollmaßnahmen' : ''}.`,
                p => `Ancillary services of third parties, such as ${formatList(p.items, 'en')}, are not sub-processing${p.checked ? '; for these, too, the processor makes appropriate contractual arrangements and carries out checks' : ''}.`),
            ancillaryServiceNames: {
                'telecommunications': both('Telekommunikationsleistungen', 'telecommunications'),
                'maintenance': both('Wartung', 'maintenance'),
                'user-service': both('Benutzerservice', 'user service'),
                'cleaning': both('Reinigung', 'cleaning'),
                'auditors': both('Prüfer', 'auditors'),
                'media-disposal': both('die Entsorgung von Datenträgern', 'the disposal of data media')
            } satisfies Record<AncillaryService, Bilingual<string>>
        },

        'data-subject-rights': {
            title: both('Rechte der betroffenen Personen', 'Rights of data subjects'),
            citation: cited(CITATIONS.art28_3_e),
            assists: both(
                `Der Auftragsverarbeiter unterstützt den Verantwortlichen nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen dabei, Anträge betroffener Personen auf Wahrnehmung ihrer Rechte nach ${CITATIONS.chapter3.de} zu beantworten.`,
                `The processor assists the controller, insofar as this is possible, by appropriate technical and organisational measures in responding to requests from data subjects exercising their rights under ${CITATIONS.chapter3.en}.`),
            covers: both(
                (p: { items: string[] }) => `Die Unterstützung erstreckt sich auf: ${formatList(p.items, 'de')}.`,
                p => `This assistance covers: ${formatList(p.items, 'en')}.`),
            withinStatutoryDeadlines: both(
                'Der Auftragsverarbeiter leistet diese Unterstützung so rechtzeitig, dass der Verantwortliche die gesetzlichen Fristen einhalten kann.',
                'The processor provides this assistance in time for the controller to meet the statutory deadlines.'),
            reasonable: both('Die Unterstützung beschränkt sich auf das Zumutbare.', 'The assistance is limited to what is reasonable.'),
            costs: assistanceCosts,
            onlyOnInstructions: both(
                'Rechte betroffener Personen setzt der Auftragsverarbeiter nur auf Weisung des Verantwortlichen um.',
                'The processor gives effect to data subjects’ rights only on the controller’s instructions.'),
            forwardsRequests: both(
                (p: { ifIdentifiable: boolean }) => `Wendet sich eine betroffene Person unmittelbar an den Auftragsverarbeiter, leitet er ihr Anliegen unverzüglich an den Verantwortlichen weiter${p.ifIdentifiable ? ', sofern er erkennen kann, welcher Verantwortliche betroffen ist' : ''}.`,
                p => `If a data subject turns to the processor directly, the processor passes the request on to the controller without undue delay${p.ifIdentifiable ? ', provided it can tell which controller is concerned' : ''}.`),
            informationOnlyOnInstructions: both(
                'Auskünfte an Dritte oder betroffene Personen erteilt der Auftragsverarbeiter nur auf Weisung des Verantwortlichen.',
                'The processor gives information to third parties or data subjects only on the controller’s instructions.'),
            staffInformationViaContacts: both(
                'Beschäftigten des Verantwortlichen erteilt der Auftragsverarbeiter Auskünfte nicht unmittelbar, sondern nur über die vereinbarten Kontaktpersonen.',
                'The processor gives information to the controller’s employees not directly but only through the agreed contact persons.'),
            rights: {
                'access': both(`Auskunftsrecht (${CITATIONS.art15.de})`, `right of access (${CITATIONS.art15.en})`),
                'rectification': both(`Recht auf Berichtigung (${CITATIONS.art16.de})`, `right to rectification (${CITATIONS.art16.en})`),
                'erasure': both(`Recht auf Löschung (${CITATIONS.art17.de})`, `right to erasure (${CITATIONS.art17.en})`),
                'restriction': both(`Recht auf Einschränkung der Verarbeitung (${CITATIONS.art18.de})`, `right to restriction of processing (${CITATIONS.art18.en})`),
                'portability': both(`Recht auf Datenübertragbarkeit (${CITATIONS.art20.de})`, `right to data portability (${CITATIONS.art20.en})`),
                'objection': both(`Widerspruchsrecht (${CITATIONS.art21.de})`, `right to object (${CITATIONS.art21.en})`),
                'automated-decisions': both(
                    `Rechte bei automatisierten Entscheidungen im Einzelfall (${CITATIONS.art22.de})`,
                    `rights related to automated individual decision-making (${CITATIONS.art22.en})`)
            } satisfies Record<DataSubjectRight, Bilingual<string>>
        },

        'compliance-assistance': {
            title: both(`Unterstützung bei den Pflichten nach ${CITATIONS.art32_36.de}`, 'Assistance with the obligations under Articles 32 to 36 GDPR'),
            // When the clause also covers Art. 30 or notices to the controller, a heading naming only Arts. 32 to 36 would be too narrow.
            broaderTitle: both('Unterstützung des Verantwortlichen bei der Einhaltung seiner Pflichten', "Assistance with the controller's compliance"),
            citation: cited(CITATIONS.art28_3_f),
            assistsWith: both(
                'Der Auftragsverarbeiter unterstützt den Verantwortlichen unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung folgender Pflichten:',
                'Taking into account the nature of processing and the information available to it, the processor assists the controller in ensuring compliance with the following obligations:'),
            notify: both(
                (p: { items: string[]; withoutDelay: boolean }) => `Der Auftragsverarbeiter unterrichtet den Verantwortlichen${p.withoutDelay ? ' unverzüglich' : ''} über ${formatList(p.items, 'de')}.`,
                p => `The processor informs the controller${p.withoutDelay ? ' without undue delay' : ''} of ${formatList(p.items, 'en')}.`),
            notifyTriggers: {
                'supervisory-inspection': both(
                    `Kontrollen und Maßnahmen der Aufsichtsbehörde (${CITATIONS.art58.de})`,
                    `inspections and measures of the supervisory authority (${CITATIONS.art58.en})`),
                'access-request': both(
                    'Ersuchen von Behörden, Strafverfolgungsbehörden oder privaten Dritten um Zugriff auf die personenbezogenen Daten',
                    'requests by authorities, prosecutors or private third parties for access to the personal data'),
                'certificate-change': both(
                    `Änderung, Ablauf oder Widerruf einer Zertifizierung (${CITATIONS.art42.de})`,
                    `any change to, expiry or withdrawal of a certification (${CITATIONS.art42.en})`),
                'code-of-conduct-measure': both(
                    `Maßnahmen der Überwachungsstelle gegen ihn nach ${CITATIONS.art41_4.de}, etwa den Ausschluss von genehmigten Verhaltensregeln`,
                    `action taken against it by the monitoring body under ${CITATIONS.art41_4.en}, such as exclusion from an approved code of conduct`)
            } satisfies Record<NotifyTrigger, Bilingual<string>>,
            accessRequests: {
                'electronic': both(
                    'Zugriffsersuchen von Behörden oder Dritten lässt sich der Auftragsverarbeiter in elektronischer Form übermitteln.',
                    'The processor asks for requests by authorities or third parties for access to the data to be made in electronic form.'),
                'forwarded': both(
                    'Solche Zugriffsersuchen leitet der Auftragsverarbeiter an den Verantwortlichen weiter.',
                    'The processor forwards such requests for access to the controller.'),
                'joint-disclosure': both(
                    'Auf ein Zugriffsersuchen gibt der Auftragsverarbeiter Daten, soweit rechtlich zulässig, nur gemeinsam mit dem Verantwortlichen heraus.',
                    'Where the law allows, the processor discloses data in answer to a request for access only together with the controller.'),
                'documented': both(
                    'Zugriffsersuchen und Übermittlungen dokumentiert der Auftragsverarbeiter für den Verantwortlichen.',
                    'The processor documents requests for access and disclosures for the controller.')
            } satisfies Record<AccessRequestStep, Bilingual<string>>,
            costs: assistanceCosts,
            articles: {
                art30: both(`Verzeichnis von Verarbeitungstätigkeiten (${CITATIONS.art30.de})`, `records of processing activities (${CITATIONS.art30.en})`),
                art32: both(`Sicherheit der Verarbeitung (${CITATIONS.art32.de})`, `security of processing (${CITATIONS.art32.en})`),
                art33: both(
                    `Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde (${CITATIONS.art33.de})`,
                    `notification of personal data breaches to the supervisory authority (${CITATIONS.art33.en})`),
                art34: both(
                    `Benachrichtigung der betroffenen Personen von solchen Verletzungen (${CITATIONS.art34.de})`,
                    `communication of such breaches to the data subjects (${CITATIONS.art34.en})`),
                art35: both(`Datenschutz-Folgenabschätzung (${CITATIONS.art35.de})`, `data protection impact assessment (${CITATIONS.art35.en})`),
                art36: both(`vorherige Konsultation der Aufsichtsbehörde (${CITATIONS.art36.de})`, `prior consultation of the supervisory authority (${CITATIONS.art36.en})`)
            } satisfies Record<ComplianceAssistanceClause['articles'][number], Bilingual<string>>
        },

        'breach-notification': {
            title: both('Meldung von Verletzungen des Schutzes personenbezogener Daten', 'Notification of personal data breaches'),
            citation: cited(CITATIONS.art33_2),
            notifies: both(
                (p: { withoutUndueDelay: boolean; deadline?: Period }) => {
                    const when = p.withoutUndueDelay
                        ? (p.deadline ? ` unverzüglich, spätestens jedoch ${formatPeriod(p.deadline, 'de')},` : ' unverzüglich,')
                        : (p.deadline ? ` spätestens ${formatPeriod(p.deadline, 'de')},` : ',');
                    return `Der Auftragsverarbeiter meldet dem Verantwortlichen eine Verletzung des Schutzes personenbezogener Daten${when} nachdem sie ihm bekannt geworden ist.`;
                },
                p => {
                    const when = p.withoutUndueDelay
                        ? (p.deadline ? ` without undue delay and no later than ${formatPeriod(p.deadline, 'en')}` : ' without undue delay')
                        : (p.deadline ? ` no later than ${formatPeriod(p.deadline, 'en')}` : '');
                    return `The processor notifies the controller of a personal data breach${when} after becoming aware of it.`;
                }),
            assistsWithNotifications: both(
                `Der Auftragsverarbeiter unterstützt den Verantwortlichen bei der Meldung an die Aufsichtsbehörde und bei der Benachrichtigung der betroffenen Personen (${CITATIONS.art33_34.de}).`,
                `The processor assists the controller in notifying the supervisory authority and in communicating the breach to the data subjects (${CITATIONS.art33_34.en}).`),
            contentIntro: both('Die Meldung enthält:', 'The notification contains:'),
            content: {
                nature: both(
                    `die Art der Verletzung, soweit möglich mit den Kategorien und der ungefähren Zahl der betroffenen Personen und der betroffenen personenbezogenen Datensätze (${CITATIONS.art33_3_a.de})`,
                    `the nature of the breach, where possible with the categories and approximate number of data subjects and of personal data records concerned (${CITATIONS.art33_3_a.en})`),
                contact: both(
                    `Name und Kontaktdaten des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle für weitere Informationen (${CITATIONS.art33_3_b.de})`,
                    `the name and contact details of the data protection officer or another contact point where more information can be obtained (${CITATIONS.art33_3_b.en})`),
                consequences: both(
                    `die wahrscheinlichen Folgen der Verletzung (${CITATIONS.art33_3_c.de})`,
                    `the likely consequences of the breach (${CITATIONS.art33_3_c.en})`),
                measures: both(
                    `die ergriffenen oder vorgeschlagenen Maßnahmen zur Behebung der Verletzung und gegebenenfalls zur Abmilderung ihrer möglichen nachteiligen Auswirkungen (${CITATIONS.art33_3_d.de})`,
                    `the measures taken or proposed to address the breach and, where appropriate, to mitigate its possible adverse effects (${CITATIONS.art33_3_d.en})`)
            } satisfies Record<BreachNoticeItem, Bilingual<string>>,
            informationInPhases: both(
                `Kann der Auftragsverarbeiter die Informationen nicht zur gleichen Zeit bereitstellen, stellt er sie ohne unangemessene weitere Verzögerung schrittweise zur Verfügung (${CITATIONS.art33_4.de}).`,
                `Where the processor cannot provide the information at the same time, it provides it in phases without undue further delay (${CITATIONS.art33_4.en}).`),
            securesDataAtOnce: both(
                'Bei einer Verletzung oder Störung ergreift der Auftragsverarbeiter sofort die geeigneten Maßnahmen, um die Daten zu sichern und mögliche nachteilige Folgen für die betroffenen Personen und den Verantwortlichen zu mindern.',
                'On a breach or disruption, the processor at once takes suitable steps to secure the data and to limit possible adverse effects on the data subjects and the controller.'),
            alsoReports: both(
                (p: { items: string[] }) => `Der Auftragsverarbeiter meldet dem Verantwortlichen ebenso unverzüglich ${formatList(p.items, 'de')}.`,
                p => `The processor likewise informs the controller without delay of ${formatList(p.items, 'en')}.`),
            reportTriggers: {
                'law-violations': both('Verstöße gegen Datenschutzvorschriften', 'breaches of data protection law'),
                'contract-violations': both('Verstöße gegen diesen Vertrag', 'breaches of this agreement'),
                'serious-disruptions': both('schwerwiegende Betriebsstörungen', 'serious disruptions of operations'),
                'suspected-breaches': both('den Verdacht auf Verletzungen des Schutzes personenbezogener Daten', 'suspected personal data breaches'),
                'irregularities': both('sonstige Unregelmäßigkeiten bei der Verarbeitung', 'other irregularities in the processing')
            } satisfies Record<BreachReportTrigger, Bilingual<string>>,
            incidents: both(
                (p: { items: string[] }) => `Als Verletzung gilt jeder Vorfall, der unbeabsichtigt oder unrechtmäßig ${formatList(p.items, 'de', 'or')} personenbezogenen Daten führt.`,
                p => `A breach is any incident leading, accidentally or unlawfully, to the ${formatList(p.items, 'en', 'or')} personal data.`),
            /** Worded to end in "zu" / "to" (of), so the list joins the words "personal data" (compare Art. 4(12) GDPR). */
            incidentKinds: {
                'destruction': both('zur Vernichtung von', 'destruction of'),
                'loss': both('zum Verlust von', 'loss of'),
                'alteration': both('zur Veränderung von', 'alteration of'),
                'unauthorised-disclosure': both('zur unbefugten Offenlegung von', 'unauthorised disclosure of'),
                'unauthorised-access': both('zum unbefugten Zugang zu', 'unauthorised access to'),
                'loss-of-confidentiality': both('zum Verlust der Vertraulichkeit von', 'loss of confidentiality of')
            } satisfies Record<IncidentKind, Bilingual<string>>,
            supportSurvivesTermination: both(
                'Die Unterstützung bei Verletzungen des Schutzes personenbezogener Daten dauert über das Ende dieses Vertrags hinaus fort.',
                'The support with personal data breaches continues after this agreement has ended.'),
            noAdmissionOfFault: both(
                'Die Meldung einer Verletzung ist kein Anerkenntnis eines Verschuldens oder einer Haftung des Auftragsverarbeiters.',
                'Notifying a breach is no acknowledgement of fault or liability by the processor.')
        },

        'end-of-processing': {
            title: both('Löschung und Rückgabe nach Ende der Verarbeitung', 'Deletion and return at the end of processing'),
            citation: cited(CITATIONS.art28_3_g),
            action: {
                'delete-or-return': both(
                    (p: { controllersChoice: boolean }) => `Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragsverarbeiter${p.controllersChoice ? ' nach Wahl des Verantwortlichen' : ''} alle personenbezogenen Daten oder gibt sie an den Verantwortlichen zurück.`,
                    p => `After the end of the provision of the processing services, the processor deletes all personal data or returns them to the controller${p.controllersChoice ? ', at the choice of the controller' : ''}.`),
                'delete': both(
                    () => 'Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragsverarbeiter alle personenbezogenen Daten.',
                    () => 'After the end of the provision of the processing services, the processor deletes all personal data.'),
                'return': both(
                    () => 'Nach Abschluss der Erbringung der Verarbeitungsleistungen gibt der Auftragsverarbeiter alle personenbezogenen Daten an den Verantwortlichen zurück.',
                    () => 'After the end of the provision of the processing services, the processor returns all personal data to the controller.')
            } satisfies Record<NonNullable<EndOfProcessingClause['action']>, Bilingual<(p: { controllersChoice: boolean }) => string>>,
            controllerChooses: both(
                'Ob die personenbezogenen Daten nach Abschluss der Verarbeitungsleistungen gelöscht oder zurückgegeben werden, entscheidet der Verantwortliche.',
                'The controller decides whether the personal data are deleted or returned after the end of the processing services.'),
            includesCopies: both('Vorhandene Kopien löscht der Auftragsverarbeiter ebenfalls.', 'The processor also deletes existing copies.'),
            legalRetentionException: both(
                'Dies gilt nicht, soweit nach dem Unionsrecht oder dem Recht der Mitgliedstaaten eine Verpflichtung zur Speicherung der personenbezogenen Daten besteht.',
                'This does not apply where Union or Member State law requires storage of the personal data.'),
            blockIfDeletionImpossible: both(
                'Ist eine Löschung nicht möglich, schränkt der Auftragsverarbeiter die Verarbeitung der betreffenden Daten ein (Sperrung).',
                'Where deletion is not possible, the processor restricts the processing of the data concerned (blocking).'),
            certifiesDeletion: both(
                'Der Auftragsverarbeiter bescheinigt dem Verantwortlichen die Löschung.',
                'The processor certifies the deletion to the controller.'),
            /** With `on request` and/or `within PERIOD`: counted from the request, or else from the deletion. */
            certifiesDeletionTimed: both(
                (p: { onRequest: boolean; within?: Period }) => p.onRequest
                    ? `Auf Verlangen des Verantwortlichen bescheinigt ihm der Auftragsverarbeiter die Löschung${p.within ? ` innerhalb von ${formatPeriod(p.within, 'de', 'dative')} nach Zugang des Verlangens` : ''}.`
                    : `Der Auftragsverarbeiter bescheinigt dem Verantwortlichen die Löschung${p.within ? ` innerhalb von ${formatPeriod(p.within, 'de', 'dative')} nach der Löschung` : ''}.`,
                p => p.onRequest
                    ? `On the controller’s request, the processor certifies the deletion to the controller${p.within ? ` within ${formatPeriod(p.within, 'en')} of the request` : ''}.`
                    : `The processor certifies the deletion to the controller${p.within ? ` within ${formatPeriod(p.within, 'en')} of the deletion` : ''}.`),
            deleteWithin: both(
                (p: { within: Period }) => `Die Löschung erfolgt innerhalb von ${formatPeriod(p.within, 'de', 'dative')} nach Abschluss der Verarbeitungsleistungen.`,
                p => `Deletion takes place within ${formatPeriod(p.within, 'en')} after the end of the processing services.`),
            returnWithin: both(
                (p: { within: Period }) => `Die Rückgabe erfolgt innerhalb von ${formatPeriod(p.within, 'de', 'dative')} nach Abschluss der Verarbeitungsleistungen.`,
                p => `Return takes place within ${formatPeriod(p.within, 'en')} after the end of the processing services.`),
            /** The form of the confirmation (`certify deletion in-writing`), said after the confirmation sentence. */
            certificationChannel: both(
                (p: { channel: NoticeChannel }) => `Die Bescheinigung erfolgt ${noticeChannels[p.channel].de}.`,
                p => `The confirmation is given ${noticeChannels[p.channel].en}.`),
            includesSubProcessors: both('Dies gilt ebenso für die Unterauftragsverarbeiter.', 'The same applies to the sub-processors.'),
            includesTestMaterial: both(
                'Test- und Ausschussmaterial vernichtet der Auftragsverarbeiter unverzüglich oder gibt es heraus.',
                'The processor destroys or hands over test and waste material without delay.'),
            keptFor: both(
                (p: { items: string[] }) => `Ausgenommen sind ${formatList(p.items, 'de')}.`,
                p => `Excepted are ${formatList(p.items, 'en')}.`),
            keepReasons: {
                'disproportionate-effort': both('Daten, deren Löschung einen unverhältnismäßigen Aufwand erfordern würde', 'data whose deletion would take disproportionate effort'),
                'proof-of-processing': both('Kopien, die zum Nachweis der ordnungsgemäßen Verarbeitung nötig sind', 'copies needed to prove proper processing'),
                'liability-claims': both('Kopien, die für Haftungs- und Gewährleistungsansprüche nötig sind', 'copies needed for liability and warranty claims'),
                'backups': both('Daten in Datensicherungen (Backups)', 'data held in backups')
            } satisfies Record<KeepReason, Bilingual<string>>,
            keptDataIntro: both('Für solche aufbewahrten Daten gilt:', 'The following applies to data so kept:'),
            keptDataHandling: {
                'restricted': both(
                    `Ihre Verarbeitung wird eingeschränkt (${CITATIONS.art18.de}).`,
                    `Their processing is restricted (${CITATIONS.art18.en}).`),
                'isolated': both(
                    'Sie werden von anderen Daten getrennt und vor jeder weiteren Verarbeitung geschützt.',
                    'They are kept apart from other data and protected from any further processing.'),
                'deleted-after-retention': both(
                    'Nach Ablauf der jeweiligen Aufbewahrungsfrist werden sie unverzüglich gelöscht.',
                    'They are deleted without delay once their retention period ends.'),
                'controller-informed': both(
                    'Der Verantwortliche erfährt, welche Daten in welchem Umfang aufbewahrt werden.',
                    'The controller is told which data are kept and how much.'),
                'may-be-handed-over': both(
                    'Der Auftragsverarbeiter darf sie dem Verantwortlichen bei Vertragsende übergeben.',
                    'The processor may hand them over to the controller when the agreement ends.')
            } satisfies Record<KeptDataHandling, Bilingual<string>>
        },

        audits: {
            title: both('Nachweise und Überprüfungen', 'Information and audits'),
            citation: cited(CITATIONS.art28_3_h),
            informationOnRequest: both(
                (p: { within?: Period }) => `Der Auftragsverarbeiter stellt dem Verantwortlichen auf Anfrage alle Informationen zur Verfügung, die zum Nachweis der Einhaltung der in ${CITATIONS.art28.de} niedergelegten Pflichten erforderlich sind${p.within ? `, und zwar innerhalb von ${formatPeriod(p.within, 'de', 'dative')} nach Eingang der Anfrage` : ''}.`,
                p => `On request, the processor makes available to the controller all information necessary to demonstrate compliance with the obligations laid down in ${CITATIONS.art28.en}${p.within ? `, within ${formatPeriod(p.within, 'en')} of receiving the request` : ''}.`),
            allowsInspections: both(
                (p: { thirdPartyAuditor: boolean }): string => p.thirdPartyAuditor
                    ? 'Der Auftragsverarbeiter ermöglicht Überprüfungen – einschließlich Inspektionen –, die vom Verantwortlichen oder einem anderen von diesem beauftragten Prüfer durchgeführt werden, und trägt dazu bei.'
                    : 'Der Auftragsverarbeiter ermöglicht Überprüfungen – einschließlich Inspektionen – durch den Verantwortlichen und trägt dazu bei.',
                p => p.thirdPartyAuditor
                    ? 'The processor allows for and contributes to audits, including inspections, conducted by the controller or another auditor mandated by the controller.'
                    : 'The processor allows for and contributes to audits, including inspections, conducted by the controller.'),
            inspectionRules: both('Für Inspektionen gilt:', 'The following applies to inspections:'),
            noticePeriod: both(
                (p: { notice: Period }) => `Der Verantwortliche kündigt eine Inspektion mindestens ${formatPeriod(p.notice, 'de')} im Voraus an.`,
                p => `The controller announces an inspection at least ${formatPeriod(p.notice, 'en')} in advance.`),
            reasonableNotice: both('Der Verantwortliche kündigt eine Inspektion mit angemessener Frist an.', 'The controller gives reasonable notice of an inspection.'),
            /** The inspection notice with its channel (`notice 30 days in-writing`, `notice reasonable in-writing`, `notice in-writing`). */
            noticeVia: both(
                (p: { channel: NoticeChannel; notice?: Period; reasonable: boolean }) =>
                    `Der Verantwortliche kündigt eine Inspektion ${p.notice ? `mindestens ${formatPeriod(p.notice, 'de')} im Voraus ` : p.reasonable ? 'mit angemessener Frist ' : 'vorher '}${noticeChannels[p.channel].de} an.`,
                p => `The controller announces an inspection ${noticeChannels[p.channel].en}${p.notice ? ` at least ${formatPeriod(p.notice, 'en')} in advance` : p.reasonable ? ', giving reasonable notice' : ' in advance'}.`),
            frequencyCap: both(
                (p: { times: number; per: Period; exceptions: string[] }) =>
                    `Inspektionen finden höchstens ${germanTimes(p.times)} innerhalb von ${formatPeriod(p.per, 'de', 'dative')} statt${p.exceptions.length > 0 ? `, es sei denn, ${formatList(p.exceptions, 'de', 'or')}` : ''}.`,
                p => `Inspections take place at most ${p.times === 1 ? 'once' : p.times === 2 ? 'twice' : `${p.times} times`} in any period of ${formatPeriod(p.per, 'en')}${p.exceptions.length > 0 ? `, unless ${formatList(p.exceptions, 'en', 'or')}` : ''}.`),
            frequencyExceptions: {
                'after-breach': both(
                    'eine Verletzung des Schutzes personenbezogener Daten ist eingetreten',
                    'a personal data breach has occurred'),
                'authority-request': both(
                    'eine Aufsichtsbehörde verlangt die Inspektion',
                    'a supervisory authority requires the inspection'),
                'indications-of-non-compliance': both(
                    'es gibt Anhaltspunkte dafür, dass der Auftragsverarbeiter seine Pflichten nicht einhält',
                    'there are indications that the processor does not comply with its obligations'),
                'required-by-law': both(
                    'das anwendbare Datenschutzrecht verlangt eine Inspektion',
                    'applicable data protection law requires an inspection')
            } satisfies Record<InspectionFrequencyException, Bilingual<string>>,
            reportsFirst: both(
                'Der Auftragsverarbeiter legt zunächst Prüfberichte und Zertifikate vor; eine Inspektion findet statt, soweit diese zum Nachweis nicht ausreichen.',
                'The processor first provides audit reports and certificates; an inspection takes place where they do not suffice as evidence.'),
            processorPaysOnMaterialBreach: both(
                'Stellt eine Inspektion einen wesentlichen Verstoß des Auftragsverarbeiters gegen diesen Vertrag fest, trägt er deren Kosten.',
                'If an inspection finds a material breach of this agreement by the processor, the processor bears its costs.'),
            auditorConfidentiality: both(
                'Der Prüfer ist zur Vertraulichkeit verpflichtet.',
                'The auditor is bound to confidentiality.'),
            auditorApproval: both(
                (p: { notUnreasonablyWithheld: boolean }) => `Die Wahl des Prüfers bedarf der Zustimmung des Auftragsverarbeiters${p.notUnreasonablyWithheld ? ', die er nicht unbillig verweigern darf' : ''}.`,
                p => `The choice of auditor requires the processor’s consent${p.notUnreasonablyWithheld ? ', which it may not unreasonably withhold' : ''}.`),
            certifications: both(
                (p: { items: string[] }) => `Als Nachweis stellt der Auftragsverarbeiter dem Verantwortlichen auf Anfrage folgende Prüfberichte und Zertifikate zur Verfügung: ${formatList(p.items, 'de')}.`,
                p => `As evidence, the processor makes the following audit reports and certificates available to the controller on request: ${formatList(p.items, 'en')}.`),
            certificationNames: {
                'iso-27001': both('Zertifikat nach ISO/IEC 27001', 'ISO/IEC 27001 certificate'),
                'iso-27017': both('Zertifikat nach ISO/IEC 27017', 'ISO/IEC 27017 certificate'),
                'iso-27018': both('Zertifikat nach ISO/IEC 27018', 'ISO/IEC 27018 certificate'),
                'iso-27701': both('Zertifikat nach ISO/IEC 27701', 'ISO/IEC 27701 certificate'),
                'iso-22301': both('Zertifikat nach ISO 22301', 'ISO 22301 certificate'),
                'soc1-type2': both('SOC-1-Typ-II-Bericht', 'SOC 1 Type II report'),
                'soc2-type1': both('SOC-2-Typ-I-Bericht', 'SOC 2 Type I report'),
                'soc2-type2': both('SOC-2-Typ-II-Bericht', 'SOC 2 Type II report'),
                'soc3': both('SOC-3-Bericht', 'SOC 3 report'),
                'bsi-c5': both('C5-Testat (Cloud Computing Compliance Criteria Catalogue des BSI)', 'BSI C5 attestation (Cloud Computing Compliance Criteria Catalogue)'),
                'csa-star': both('CSA-STAR-Zertifizierung', 'CSA STAR certification'),
                'pci-dss': both('PCI-DSS-Konformitätsbescheinigung', 'PCI DSS attestation of compliance'),
                'tisax': both('TISAX-Label', 'TISAX label'),
                'independent-audit': both(
                    'Testate oder Berichte einer Prüfung durch eine unabhängige Stelle oder einen autorisierten Sachverständigen',
                    'attestations or reports of an audit by an independent body or an authorised expert'),
                'art40-code': both(
                    `Nachweise über die Einhaltung genehmigter Verhaltensregeln (${CITATIONS.art40.de})`,
                    `evidence of adherence to approved codes of conduct (${CITATIONS.art40.en})`),
                'art42-seal': both(
                    `eine Zertifizierung, ein Datenschutzsiegel oder Prüfzeichen (${CITATIONS.art42.de})`,
                    `a certification, data protection seal or mark (${CITATIONS.art42.en})`)
            } satisfies Record<Certification, Bilingual<string>>,
            duringBusinessHours: both(
                (p: { hours?: string }) => `Inspektionen finden während der üblichen Geschäftszeiten statt${p.hours ? ` (${p.hours})` : ''}.`,
                p => `Inspections take place during normal business hours${p.hours ? ` (${p.hours})` : ''}.`),
            withoutDisruption: both(
                'Inspektionen dürfen den Geschäftsbetrieb des Auftragsverarbeiters nicht stören.',
                'Inspections must not disrupt the processor’s business operations.'),
            reportsOnly: both(
                'Anstelle von Inspektionen vor Ort erhält der Verantwortliche Prüfberichte oder Zertifikate.',
                'Instead of on-site inspections, the controller receives audit reports or certificates.'),
            processorConsent: both(
                (p: { notUnreasonablyWithheld: boolean }) => `Eine Inspektion bedarf der Zustimmung des Auftragsverarbeiters${p.notUnreasonablyWithheld ? ', die er nicht unbillig verweigern darf' : ''}.`,
                p => `An inspection requires the processor’s consent${p.notUnreasonablyWithheld ? ', which it may not unreasonably withhold' : ''}.`),
            costs: {
                controller: both('Die Kosten von Inspektionen trägt der Verantwortliche.', 'The controller bears the costs of inspections.'),
                processor: both('Die Kosten von Inspektionen trägt der Auftragsverarbeiter.', 'The processor bears the costs of inspections.'),
                shared: both('Die Kosten von Inspektionen tragen die Parteien gemeinsam.', 'The parties share the costs of inspections.')
            } satisfies Record<NonNullable<Inspections['costs']>, Bilingual<string>>,
            protectsBusinessSecrets: both(
                'Bei Inspektionen sind die Geschäfts- und Betriebsgeheimnisse des Auftragsverarbeiters zu wahren.',
                'Inspections respect the processor’s trade and business secrets.'),
            coordinatedNotice: both(
                'Der Verantwortliche kündigt eine Inspektion vorher an und stimmt sie mit dem Auftragsverarbeiter ab.',
                'The controller announces an inspection in advance and coordinates it with the processor.'),
            coordinatedNoticeVia: both(
                (p: { channel: NoticeChannel }) => `Der Verantwortliche kündigt eine Inspektion vorher ${noticeChannels[p.channel].de} an und stimmt sie mit dem Auftragsverarbeiter ab.`,
                p => `The controller announces an inspection in advance ${noticeChannels[p.channel].en} and coordinates it with the processor.`),
            timing: both(
                (p: { before: boolean; repeatedly: boolean }) => `Inspektionen sind ${p.before ? 'schon vor Beginn der Verarbeitung' : ''}${p.before && p.repeatedly ? ' und danach ' : ''}${p.repeatedly ? 'nach Ermessen des Verantwortlichen wiederholt' : ''} zulässig.`,
                p => `Inspections are allowed ${p.before ? 'before processing starts' : ''}${p.before && p.repeatedly ? ' and afterwards ' : ''}${p.repeatedly ? 'repeatedly at the controller’s discretion' : ''}.`),
            asFarAsNeeded: both('Inspektionen gehen nur so weit, wie es erforderlich ist.', 'Inspections go only as far as needed.'),
            scope: both(
                (p: { items: string[] }) => `Der Verantwortliche darf dabei insbesondere Folgendes verlangen, betreten oder einsehen: ${formatList(p.items, 'de')}.`,
                p => `In particular, the controller may ask for, enter or inspect: ${formatList(p.items, 'en')}.`),
            scopeItems: {
                'information': both('schriftliche Auskünfte', 'written information'),
                'evidence': both('Nachweise', 'evidence'),
                'premises': both('Grundstück und Betriebsstätten', 'grounds and premises'),
                'documents': both('Unterlagen', 'documents'),
                'logs': both('Protokolle', 'logs'),
                'systems': both('Systeme', 'systems'),
                'stored-data': both('gespeicherte Daten', 'stored data'),
                'policies': both('Richtlinien', 'policies'),
                'dpo-evidence': both('Nachweise über den Datenschutzbeauftragten', 'evidence of the data protection officer'),
                'confidentiality-commitments': both('Nachweise über die Verpflichtungen zur Vertraulichkeit', 'evidence of the confidentiality commitments'),
                'sub-processor-contracts': both('die Verträge mit Unterauftragsverarbeitern', 'the contracts with sub-processors')
            } satisfies Record<InspectionScope, Bilingual<string>>,
            unannounced: both(
                (p: { items: string[] }) => `Ohne Anmeldung ist eine Inspektion zulässig bei ${formatList(p.items, 'de', 'or')}.`,
                p => `An inspection may take place unannounced in the case of ${formatList(p.items, 'en', 'or')}.`),
            unannouncedCases: {
                'processing-problems': both('Problemen bei der Verarbeitung', 'problems with the processing'),
                'reportable-incidents': both('meldepflichtigen Vorfällen', 'reportable incidents'),
                'supervisory-measures': both('anstehenden oder eingeleiteten Maßnahmen der Aufsichtsbehörde', 'pending or opened measures of the supervisory authority')
            } satisfies Record<UnannouncedCase, Bilingual<string>>,
            untilClaimsTimeBarred: both(
                (p: { whileDataStored: boolean }) => `Die Rechte nach diesem Abschnitt bestehen während der Laufzeit dieses Vertrags und bis zur Verjährung der Ansprüche aus ihm${p.whileDataStored ? ', mindestens aber, solange der Verantwortliche Daten aus der Verarbeitung speichert' : ''}.`,
                p => `The rights under this section last for the term of this agreement and until claims under it are time-barred${p.whileDataStored ? ', and at least as long as the controller stores data from the processing' : ''}.`),
            alwaysAllowed: both(
                'Vorgelegte Zertifikate, Prüfberichte oder Testate ersetzen Inspektionen durch den Verantwortlichen nicht; diese bleiben stets zulässig.',
                'Certificates, audit reports or attestations provided do not replace inspections by the controller; these remain allowed in every case.')
        },

        'processing-location': {
            title: both('Ort der Verarbeitung', 'Place of processing'),
            citation: cited(CITATIONS.chapter5),
            onlyWithin: both(
                (p: { region: NonNullable<ProcessingLocationClause['region']> }) => `Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten ausschließlich ${regions[p.region].de}.`,
                p => `The processor processes the personal data only ${regions[p.region].en}.`),
            /** The location rule when the file gives exceptions to it; they follow in the same paragraph. */
            withinAsRule: both(
                (p: { region: NonNullable<ProcessingLocationClause['region']> }) => `Der Auftragsverarbeiter verarbeitet die personenbezogenen Daten grundsätzlich ${regions[p.region].de}.`,
                p => `As a rule, the processor processes the personal data ${regions[p.region].en}.`),
            exceptionsInAnnex: both(
                (p: { annex?: string }) => `Abweichungen sind nur zulässig, soweit sie in ${p.annex ?? 'einer Anlage zu diesem Vertrag'} angegeben sind.`,
                p => `Departures from this are permitted only where stated in ${p.annex ?? 'an annex to this agreement'}.`),
            thirdCountryOnlyIf: both(
                (p: { items: string[] }) => `Eine Verarbeitung in einem Drittland erfolgt nur, wenn ${formatList(p.items, 'de', 'or')}.`,
                p => `Processing in a third country takes place only where ${formatList(p.items, 'en', 'or')}.`),
            conditions: {
                'art45': both(`ein Angemessenheitsbeschluss der Kommission besteht (${CITATIONS.art45.de})`, `the Commission has adopted an adequacy decision (${CITATIONS.art45.en})`),
                'art46': both(`geeignete Garantien vorgesehen sind (${CITATIONS.art46.de})`, `appropriate safeguards are provided (${CITATIONS.art46.en})`),
                'art44-48': both(`die Bedingungen der ${CITATIONS.art44_48.de} erfüllt sind`, `the conditions of ${CITATIONS.art44_48.en} are met`),
                'art49': both(`eine Ausnahme nach ${CITATIONS.art49.de} vorliegt`, `a derogation under ${CITATIONS.art49.en} applies`)
            } satisfies Record<TransferCondition, Bilingual<string>>,
            /** `outside only with prior consent`; "dieses Gebiet" / "this area" is the region the sentence before names. */
            priorConsentOutside: both(
                (p: { afterRegion: boolean; channel?: NoticeChannel }) => `${p.afterRegion ? 'Eine Verarbeitung außerhalb dieses Gebiets sowie jede' : 'Jede'} Übermittlung personenbezogener Daten in ein Drittland oder an eine internationale Organisation bedarf der vorherigen Zustimmung des Verantwortlichen${p.channel ? `, die ${noticeChannels[p.channel].de} erteilt wird` : ''}.`,
                p => `${p.afterRegion ? 'Processing outside this area and any' : 'Any'} transfer of personal data to a third country or an international organisation requires the controller’s prior consent${p.channel ? `, given ${noticeChannels[p.channel].en}` : ''}.`),
            informsInAdvance: both(
                'Vor einer Verarbeitung in einem Drittland informiert der Auftragsverarbeiter den Verantwortlichen.',
                'The processor informs the controller before any processing in a third country takes place.')
        },

        anonymisation: {
            title: both('Anonymisierung', 'Anonymisation'),
            citation: cited(CITATIONS.recital26),
            allowedFor: both(
                (p: { text: string }) => `Der Auftragsverarbeiter darf die personenbezogenen Daten für folgende Zwecke anonymisieren: ${endSentence(p.text)}`,
                p => `The processor may anonymise the personal data for the following purposes: ${endSentence(p.text)}`),
            notControllerDataAfterwards: both(
                'Nach der Anonymisierung sind die Daten keine Daten des Verantwortlichen im Sinne dieses Vertrags mehr.',
                'Once anonymised, the data are no longer the controller’s data under this agreement.'),
            informsBeforeFirst: both(
                (p: { channel?: AnonymisationClause['informChannel'] }) => `Vor der ersten Anonymisierung informiert der Auftragsverarbeiter den Verantwortlichen${channelSuffix(p.channel, 'de')}.`,
                p => `The processor informs the controller${channelSuffix(p.channel, 'en')} before the first anonymisation.`)
        },

        'controller-responsibility': {
            title: both('Verantwortung des Verantwortlichen', 'Responsibility of the controller'),
            citation: cited(CITATIONS.art24),
            solelyResponsible: both(
                'Der Verantwortliche ist allein dafür verantwortlich, dass die Verarbeitung der personenbezogenen Daten rechtmäßig ist und die Rechte der betroffenen Personen gewahrt werden.',
                'The controller alone is responsible for the lawfulness of the processing of the personal data and for safeguarding the rights of data subjects.'),
            duties: both((p: { duties: string }) => `Der Verantwortliche sorgt selbst für ${p.duties}.`, p => `The controller itself is responsible for ${p.duties}.`),
            duty: {
                'notices': both('die Informationen der betroffenen Personen, die das Datenschutzrecht verlangt', 'the notices to data subjects that data protection law requires'),
                'lawful-basis': both('eine Rechtsgrundlage der Verarbeitung (einschließlich erforderlicher Einwilligungen)', 'a lawful basis for the processing (including any consents required)'),
                'right-to-transfer': both('das Recht, die Daten dem Auftragsverarbeiter zu überlassen', 'its right to pass the data to the processor'),
                'secure-use': both('die sichere Nutzung der Leistungen', 'the secure use of the services'),
                'credentials': both('den Schutz seiner Zugangsdaten, Systeme und Geräte', 'the protection of its access credentials, systems and devices'),
                'backups': both('die Sicherung seiner eigenen Daten', 'backups of its own data')
            } satisfies Record<ControllerDuty, Bilingual<string>>
        }
    },

    scc: {
        heading: both('Standardvertragsklauseln der Europäischen Kommission', 'Standard contractual clauses of the European Commission'),
        apply: both(
            `Für die Verarbeitung gelten die Standardvertragsklauseln zwischen Verantwortlichen und Auftragsverarbeitern nach ${CITATIONS.art28_7.de}, die die Europäische Kommission mit dem ${CITATIONS.scc915.de} vom ${formatDate(SCC_DECISION_DATE, 'de')} erlassen hat.`,
            `The standard contractual clauses between controllers and processors under ${CITATIONS.art28_7.en}, adopted by the European Commission in Implementing ${CITATIONS.scc915.en} of ${formatDate(SCC_DECISION_DATE, 'en')}, apply to the processing.`),
        notReproduced: both(
            'Ihr Wortlaut wird in diesem Dokument nicht wiedergegeben; es gilt die im Amtsblatt der Europäischen Union veröffentlichte Fassung.',
            'Their text is not reproduced in this document; the version published in the Official Journal of the European Union applies.'),
        publishedAt: both((p: { url: string }) => `Fundstelle: ${p.url}`, p => `Published at: ${p.url}`),
        publishedAtInLanguage: both(
            (p: { url: string; language: LanguageCode }) => `Fundstelle der ${languageAdjectives[p.language].de}n Fassung: ${p.url}`,
            p => `${languageAdjectives[p.language].en} version published at: ${p.url}`),
        hierarchy: both(
            'Widersprechen die Standardvertragsklauseln anderen Vereinbarungen der Parteien, gehen die Standardvertragsklauseln vor (Klausel 4).',
            'Where the standard contractual clauses conflict with other agreements between the parties, the clauses prevail (Clause 4).'),
        dockingClause: both(
            'Die optionale Kopplungsklausel (Klausel 5) ist vereinbart; weitere Parteien können den Standardvertragsklauseln beitreten.',
            'The optional docking clause (Clause 5) applies; further parties may accede to the standard contractual clauses.'),
        optionsHeading: both('Gewählte Optionen', 'Options chosen'),
        optionsIntro: both(
            'Die Parteien haben in den Standardvertragsklauseln folgende Optionen gewählt:',
            'The parties have chosen the following options in the standard contractual clauses:'),
        optionColumns: {
            clause: both('Klausel', 'Clause'),
            option: both('Option', 'Option'),
            content: both('Inhalt', 'Content'),
            period: both('Frist', 'Period'),
            reference: both('Verweis', 'Reference')
        },
        optionNumber: both((p: { option: number }) => `Option ${p.option}`, p => `Option ${p.option}`),
        /**
         * What an option says, for the clauses whose options the Decision fixes, keyed by the
         * clause id of the model's catalogue (`SCC_2021_915_OPTION_CLAUSES`), not by how it is written.
         */
        optionContents: {
            '1(a)': {
                1: cited(CITATIONS.art28_3_4),
                2: cited(CITATIONS.eudpr29_3_4)
            },
            '7.7(a)': {
                1: both('vorherige gesonderte Genehmigung von Unterauftragsverarbeitern', 'prior specific authorisation of sub-processors'),
                2: both('allgemeine schriftliche Genehmigung von Unterauftragsverarbeitern', 'general written authorisation of sub-processors')
            },
            '8(c)(4)': {
                1: cited(CITATIONS.art32),
                2: cited(CITATIONS.eudpr33_36_38)
            },
            '9.1(b)': {
                1: cited(CITATIONS.art33_3),
                2: cited(CITATIONS.eudpr34_3)
            },
            '9.1(c)': {
                1: cited(CITATIONS.art34),
                2: cited(CITATIONS.eudpr35)
            },
            // Options in the last paragraph of 9.2 (written `9.2` or `9.2(c)`).
            '9.2': {
                1: cited(CITATIONS.art33_34),
                2: cited(CITATIONS.eudpr34_35)
            }
        } as Readonly<Partial<Record<string, Readonly<Partial<Record<number, Bilingual<string>>>>>>>,
        supplementsHeading: both('Ergänzungen zu den Standardvertragsklauseln', 'Supplements to the standard contractual clauses'),
        supplementsIntro: both(
            'Die Parteien ergänzen die Standardvertragsklauseln wie folgt (Klausel 2). Die Ergänzungen gelten nur, soweit sie den Standardvertragsklauseln nicht widersprechen.',
            'The parties supplement the standard contractual clauses as follows (Clause 2). The supplements apply only to the extent that they do not contradict the standard contractual clauses.'),
        supplementToClause: both(
            (p: { clause: string; title?: string }) => `Ergänzung zu Klausel ${p.clause}${p.title ? `: ${p.title}` : ''}`,
            p => `Supplement to Clause ${p.clause}${p.title ? `: ${p.title}` : ''}`),
        generalSupplement: both(
            (p: { title?: string }) => `Allgemeine Ergänzung${p.title ? `: ${p.title}` : ''}`,
            p => `General supplement${p.title ? `: ${p.title}` : ''}`)
    },

    // Transfers the agreement itself governs (`transfers`): Decision 2021/914, UK Addendum, Swiss FADP (docs/legal/transfers.md).
    transfers: {
        heading: both('Übermittlungen in Drittländer', 'Transfers to third countries'),
        transferHeading: both((p: { exporter: string; importer: string }) => `Übermittlung von ${p.exporter} an ${p.importer}`, p => `Transfer from ${p.exporter} to ${p.importer}`),
        unnamedHeading: both((p: { id: string }) => `Übermittlung „${p.id}“`, p => `Transfer “${p.id}”`),
        parties: both(
            (p: { exporter: string; importer: string; country?: string }) => `${p.exporter} übermittelt als Datenexporteur personenbezogene Daten an ${p.importer} als Datenimporteur${p.country !== undefined ? ` mit Sitz in folgendem Staat: ${p.country}` : ''}.`,
            p => `${p.exporter}, as data exporter, transfers personal data to ${p.importer}, as data importer${p.country !== undefined ? `, established in the following country: ${p.country}` : ''}.`),
        basis: both((p: { basis: string }) => `Die Übermittlung stützt sich auf folgende Grundlage nach ${CITATIONS.chapter5.de}: ${p.basis}.`, p => `The transfer rests on the following basis under ${CITATIONS.chapter5.en}: ${p.basis}.`),
        module: both(
            (p: { module: number; title: string }) => `Die Übermittlung stützt sich auf die Standardvertragsklauseln nach ${CITATIONS.scc914.de} (${CITATIONS.art46_2_c.de}), Modul ${p.module} (${p.title}); ihr Wortlaut wird hier nicht wiedergegeben, es gilt die im Amtsblatt der Europäischen Union veröffentlichte Fassung.`,
            p => `The transfer rests on the standard contractual clauses under Implementing ${CITATIONS.scc914.en} (${CITATIONS.art46_2_c.en}), Module ${p.module} (${p.title}); their text is not reproduced here, the version published in the Official Journal of the European Union applies.`),
        moduleTitles: {
            1: both('Verantwortlicher an Verantwortlichen', 'controller to controller'),
            2: both('Verantwortlicher an Auftragsverarbeiter', 'controller to processor'),
            3: both('Auftragsverarbeiter an Auftragsverarbeiter', 'processor to processor'),
            4: both('Auftragsverarbeiter an Verantwortlichen', 'processor to controller')
        } as Record<number, Bilingual<string>>,
        authorisedByController: both(
            `Der Verantwortliche genehmigt diese Übermittlung als dokumentierte Weisung (${CITATIONS.art28_3_a.de}).`,
            `The controller authorises this transfer as a documented instruction (${CITATIONS.art28_3_a.en}).`),
        successorMechanism: both(
            'Führt der Datenimporteur einen anderen anerkannten Übermittlungsmechanismus ein, etwa eine neue Fassung der Standardvertragsklauseln oder deren Nachfolger, gilt dieser an ihrer Stelle, soweit er dem anwendbaren Datenschutzrecht entspricht und die betroffenen Staaten abdeckt.',
            'If the data importer adopts another recognised transfer mechanism, such as a new version of or a successor to the standard contractual clauses, that mechanism applies in their place, as far as it complies with the applicable data protection law and covers the countries concerned.'),
        /** `clarifications { … }`: printed after the transfer's sentences or its own wording, as a list. */
        clarifications: {
            appendicesAsAnnexes: both(
                (p: { processing?: string; measures?: string }) => `Anhang 1 der Klauseln bilden die Einzelheiten der Verarbeitung${p.processing !== undefined ? ` (${p.processing})` : ''}, Anhang 2 die technischen und organisatorischen Maßnahmen${p.measures !== undefined ? ` (${p.measures})` : ''} dieses Vertrags.`,
                p => `Appendix 1 of the clauses consists of the details of the processing${p.processing !== undefined ? ` (${p.processing})` : ''}, Appendix 2 of the technical and organisational measures${p.measures !== undefined ? ` (${p.measures})` : ''} of this agreement.`),
            intro: both('Zu den Standardvertragsklauseln vereinbaren die Parteien ergänzend:', 'In addition to the standard contractual clauses the parties agree:'),
            disclosableToAuthorities: both(
                'Jede Partei darf diesen Vertrag und die Klauseln Behörden und Gerichten vorlegen, die sie anfordern.',
                'Either party may show this agreement and the clauses to authorities and courts that ask for them.'),
            clausesConfidential: both(
                'Die Klauseln sind vertrauliche Informationen des Datenimporteurs; der Datenexporteur darf sie nur betroffenen Personen und Aufsichtsbehörden offenlegen, soweit die Klauseln dies vorsehen.',
                'The clauses are the data importer’s confidential information; the data exporter may disclose them only to data subjects and supervisory authorities as the clauses allow.'),
            suspendOnlyAffectedServices: both(
                'Kann der Datenimporteur die Klauseln nicht einhalten, darf der Datenexporteur Übermittlungen aussetzen oder nur den betroffenen Teil der Leistungen kündigen, und erst nach vorheriger Mitteilung und einer angemessenen Frist zur Abhilfe.',
                'If the data importer cannot comply with the clauses, the data exporter may suspend transfers or terminate only the affected part of the services, and only after notice and a reasonable period to cure.'),
            auditsAsInDpa: both(
                'Sein Prüfrecht aus den Klauseln übt der Datenexporteur aus, indem er den Datenimporteur anweist, die Prüfmaßnahmen dieses Vertrags durchzuführen.',
                'The data exporter exercises its audit right under the clauses by instructing the data importer to carry out the audit measures of this agreement.'),
            subProcessorCopiesConfidential: both(
                'Hindern Vertraulichkeitspflichten den Datenimporteur daran, die Kopie eines Unterauftrags zu übermitteln, bemüht er sich in zumutbarer Weise um die Erlaubnis und stellt andernfalls die maßgeblichen Informationen vertraulich zur Verfügung.',
                'Where confidentiality terms prevent the data importer from sending a copy of a sub-processing agreement, it uses reasonable efforts to obtain permission and otherwise provides the relevant information in confidence.'),
            liabilityAsMainContractExceptDataSubjects: both<(p: { mainContract: string }) => string>(
                () => 'Ansprüche aus den Klauseln unterliegen den Haftungsausschlüssen und -begrenzungen des Hauptvertrags; gegenüber betroffenen Personen beschränkt keine Partei ihre Haftung.',
                p => `Claims under the clauses are subject to the exclusions and limitations of liability of the ${p.mainContract}; no party limits its liability towards data subjects.`),
            onwardSubProcessingConsented: both(
                'Der Datenexporteur stimmt der Weitervergabe an Unterauftragsverarbeiter nach den Klauseln allgemein zu, sofern der Datenimporteur die Regeln dieses Vertrags zur Unterauftragsverarbeitung einhält.',
                'The data exporter gives its general consent to onward sub-processing under the clauses, provided the data importer follows this agreement’s rules on sub-processing.')
        },
        choicesIntro: both('Die Parteien treffen in den Standardvertragsklauseln folgende Wahl:', 'The parties make the following choices in the standard contractual clauses:'),
        docking: both(
            'Die Kopplungsklausel (Klausel 7) ist vereinbart: weitere Stellen können den Klauseln mit Zustimmung der Parteien als Datenexporteur oder Datenimporteur beitreten.',
            'The docking clause (Clause 7) applies: further entities may accede to the clauses as data exporter or data importer with the agreement of the parties.'),
        noDocking: both('Die Kopplungsklausel (Klausel 7) ist nicht vereinbart.', 'The docking clause (Clause 7) does not apply.'),
        specificAuthorisation: both(
            (p: { period?: string }) => `Klausel 9 Buchst. a, Option 1: Der Datenimporteur setzt Unterauftragsverarbeiter nur mit vorheriger gesonderter schriftlicher Genehmigung ein${p.period !== undefined ? ` und beantragt sie mindestens ${p.period} vor der Beauftragung` : ''}.`,
            p => `Clause 9(a), Option 1: the data importer engages sub-processors only with prior specific written authorisation${p.period !== undefined ? `, which it requests at least ${p.period} before the engagement` : ''}.`),
        generalAuthorisation: both(
            (p: { period?: string }) => `Klausel 9 Buchst. a, Option 2: Der Datenimporteur hat eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter aus einer vereinbarten Liste und informiert ${p.period !== undefined ? `mindestens ${p.period} im Voraus ` : ''}schriftlich über beabsichtigte Hinzuziehungen oder Ersetzungen, sodass Einspruch erhoben werden kann.`,
            p => `Clause 9(a), Option 2: the data importer has general written authorisation for sub-processors from an agreed list and gives written notice of any intended addition or replacement${p.period !== undefined ? ` at least ${p.period} in advance` : ''}, so that an objection can be raised.`),
        disputeBody: both(
            (p: { name?: string }) => `Klausel 11 Buchst. a, Option: Betroffene Personen können ihre Beschwerde auch unentgeltlich bei einer unabhängigen Streitbeilegungsstelle einreichen${p.name !== undefined ? ` (${p.name})` : ''}; sie sind dazu nicht verpflichtet.`,
            p => `Clause 11(a), option: data subjects may also lodge a complaint, at no cost to them, with an independent dispute resolution body${p.name !== undefined ? ` (${p.name})` : ''}; they are not required to do so.`),
        authority: both(
            (p: { basis: string; name?: string }) => `Zuständige Aufsichtsbehörde nach Klausel 13 Buchst. a ist ${p.basis}${p.name !== undefined ? `: ${p.name}` : ''}.`,
            p => `The competent supervisory authority under Clause 13(a) is ${p.basis}${p.name !== undefined ? `: ${p.name}` : ''}.`),
        /** Clause 13(a)'s three alternatives, named by the case in which each applies. */
        authorityBases: {
            'establishment': both(
                'die Aufsichtsbehörde, die für den in einem EU-Mitgliedstaat niedergelassenen Datenexporteur zuständig ist',
                'the supervisory authority responsible for the data exporter, which is established in an EU Member State'),
            'representative': both(
                'die Aufsichtsbehörde des Mitgliedstaats, in dem der Vertreter des Datenexporteurs niedergelassen ist',
                'the supervisory authority of the Member State in which the data exporter’s representative is established'),
            'data-subjects': both(
                'die Aufsichtsbehörde eines Mitgliedstaats, in dem sich die betroffenen Personen befinden',
                'the supervisory authority of a Member State in which the data subjects concerned are located')
        } satisfies Record<SccSupervisoryAuthority['basis'], Bilingual<string>>,
        lawOption1: both(
            (p: { country: string }) => `Klausel 17, Option 1: Die Klauseln unterliegen dem Recht des folgenden Mitgliedstaats: ${p.country}.`,
            p => `Clause 17, Option 1: the clauses are governed by the law of ${p.country}.`),
        lawOption2: both(
            (p: { country?: string }) => `Klausel 17, Option 2: Die Klauseln unterliegen dem Recht des Mitgliedstaats, in dem der Datenexporteur niedergelassen ist${p.country !== undefined ? `; erlaubt dieses keine Rechte Dritter als Begünstigte, gilt das Recht des folgenden Mitgliedstaats: ${p.country}` : ''}.`,
            p => `Clause 17, Option 2: the clauses are governed by the law of the Member State in which the data exporter is established${p.country !== undefined ? `; where that law does not allow for third-party beneficiary rights, by the law of ${p.country}` : ''}.`),
        lawCountry: both((p: { country: string }) => `Klausel 17: Die Klauseln unterliegen dem Recht des folgenden Staates: ${p.country}.`, p => `Clause 17: the clauses are governed by the law of ${p.country}.`),
        courts: both(
            (p: { country: string }) => `Klausel 18 Buchst. b: Streitigkeiten aus den Klauseln werden von den Gerichten des folgenden Staates entschieden: ${p.country}.`,
            p => `Clause 18(b): disputes arising from the clauses are resolved by the courts of ${p.country}.`),
        ukAddendum: {
            applies: both(
                (p: { inForce: string }) => `Für Übermittlungen, die dem Datenschutzrecht des Vereinigten Königreichs unterliegen, gilt zusätzlich das ${CITATIONS.ukAddendum.de}, in Kraft seit ${p.inForce}.`,
                p => `For transfers subject to the data protection law of the United Kingdom, the ${CITATIONS.ukAddendum.en}, in force since ${p.inForce}, also applies.`),
            start: both((p: { date: string }) => `Tabelle 1: Es beginnt am ${p.date}; Exporteur und Importeur sind die oben genannten Parteien.`, p => `Table 1: it starts on ${p.date}; the exporter and the importer are the parties named above.`),
            thisTransfer: both('Tabelle 2: Es ergänzt die Standardvertragsklauseln mit dem Modul und den Optionen, die dieser Abschnitt nennt.', 'Table 2: it appends to the standard contractual clauses with the module and the options stated in this section.'),
            version: both(
                (p: { date: string; reference?: string }) => `Tabelle 2: Es ergänzt die Standardvertragsklauseln in der Fassung vom ${p.date}${p.reference !== undefined ? ` (${p.reference})` : ''}.`,
                p => `Table 2: it appends to the standard contractual clauses in the version of ${p.date}${p.reference !== undefined ? ` (${p.reference})` : ''}.`),
            appendix: both((p: { where: string }) => `Tabelle 3: Die Angaben des Anhangs stehen in: ${p.where}.`, p => `Table 3: the Appendix Information is set out in: ${p.where}.`),
            mayEnd: both(
                (p: { who: string; both: boolean }) => `Tabelle 4: Ändert der Information Commissioner das genehmigte Addendum, ${p.both ? 'können' : 'kann'} ${p.who} dieses Addendum nach seinem Abschnitt 19 (Section 19) beenden.`,
                p => `Table 4: if the Information Commissioner revises the Approved Addendum, ${p.who} may end this Addendum under its Section 19.`),
            mayEndNeither: both(
                'Tabelle 4: Ändert der Information Commissioner das genehmigte Addendum, kann keine Partei dieses Addendum deshalb nach seinem Abschnitt 19 (Section 19) beenden.',
                'Table 4: if the Information Commissioner revises the Approved Addendum, neither party may end this Addendum under its Section 19 for that reason.'),
            enders: {
                importer: both('der Importeur', 'the importer'),
                exporter: both('der Exporteur', 'the exporter'),
                neither: both('keine Partei', 'neither party')
            }
        },
        swiss: {
            applies: both(
                (p: { recognised: string; listFollows: boolean }) => `Soweit die Übermittlung dem ${CITATIONS.fadp.de} unterliegt, gelten die Standardvertragsklauseln mit den Anpassungen, die der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) mit ihrer Anerkennung am ${p.recognised} verlangt hat${p.listFollows ? ':' : '.'}`,
                p => `Insofar as the transfer is subject to the ${CITATIONS.fadp.en}, the standard contractual clauses apply with the adaptations the Federal Data Protection and Information Commissioner (FDPIC) asked for when recognising them on ${p.recognised}${p.listFollows ? ':' : '.'}`),
            fdpic: both('Zuständige Aufsichtsbehörde ist insoweit der EDÖB.', 'The competent supervisory authority is, to that extent, the FDPIC.'),
            fdpicAndEu: both(
                'Zuständige Aufsichtsbehörde ist insoweit der EDÖB; soweit die Übermittlung der DSGVO unterliegt, bleibt die nach Klausel 13 bestimmte Aufsichtsbehörde zuständig (parallele Aufsicht).',
                'The competent supervisory authority is, to that extent, the FDPIC; insofar as the transfer is subject to the GDPR, the authority determined under Clause 13 remains competent (parallel supervision).'),
            swissLaw: both('Insoweit unterliegen die Klauseln schweizerischem Recht.', 'To that extent, the clauses are governed by Swiss law.'),
            sccLaw: both('Insoweit gilt das nach Klausel 17 gewählte Recht.', 'To that extent, the law chosen under Clause 17 applies.'),
            sue: both(
                'Der Begriff „Mitgliedstaat“ ist so auszulegen, dass betroffene Personen mit gewöhnlichem Aufenthalt in der Schweiz ihre Rechte dort gerichtlich geltend machen können (Klausel 18 Buchst. c).',
                'The term “Member State” is to be read so that data subjects whose habitual residence is in Switzerland can bring legal proceedings for their rights there (Clause 18(c)).'),
            gdprReadAsFadp: both('Verweise auf die DSGVO gelten insoweit als Verweise auf das DSG.', 'To that extent, references to the GDPR are to be read as references to the FADP.')
        }
    },

    processingAnnex: {
        heading: both('Einzelheiten der Verarbeitung', 'Details of the processing'),
        subjectMatter: both('Gegenstand der Verarbeitung', 'Subject-matter of the processing'),
        nature: both('Art der Verarbeitung', 'Nature of the processing'),
        purposes: both('Zwecke der Verarbeitung', 'Purposes of the processing'),
        duration: both('Dauer der Verarbeitung', 'Duration of the processing'),
        durationAsMainContract: both<(p: { mainContract: string }) => string>(
            () => 'Die Verarbeitung dauert so lange wie der Hauptvertrag.',
            p => `The processing lasts as long as the ${p.mainContract}.`),
        endsWithMainContract: both<(p: { mainContract: string }) => string>(
            () => 'Mit der Beendigung des Hauptvertrags endet auch dieser Vertrag.',
            p => `This agreement ends when the ${p.mainContract} ends.`),
        noSeparateTermination: both('Dieser Vertrag kann nicht gesondert gekündigt werden.', 'This agreement cannot be terminated separately.'),
        fixedDuration: both(
            (p: { period: Period }) => `Die Verarbeitung ist auf ${formatPeriod(p.period, 'de')} befristet.`,
            p => `The processing is limited to ${formatPeriod(p.period, 'en')}.`),
        products: both('Leistungen des Auftragsverarbeiters', 'Products and services of the processor'),
        dataSubjects: both('Kategorien betroffener Personen', 'Categories of data subjects'),
        subjectCovers: both((p: { items: string[] }) => `umfasst ${formatList(p.items, 'de')}`, p => `comprises ${formatList(p.items, 'en')}`),
        dataCategories: both('Art der personenbezogenen Daten', 'Type of personal data'),
        untitledGroup: both('Datenkategorien', 'Data categories'),
        categoryColumns: {
            category: both('Datenkategorie', 'Data category'),
            subjects: both('Betroffene Personen', 'Data subjects'),
            remarks: both('Hinweise', 'Remarks')
        },
        special: {
            art9: both(`besondere Kategorie personenbezogener Daten (${CITATIONS.art9.de})`, `special category of personal data (${CITATIONS.art9.en})`),
            art10: both(`Daten über strafrechtliche Verurteilungen und Straftaten (${CITATIONS.art10.de})`, `data relating to criminal convictions and offences (${CITATIONS.art10.en})`)
        },
        optionalCategory: both('wird nicht in jedem Fall verarbeitet', 'not processed in every case'),
        sensitiveDataSafeguards: both('Beschränkungen und Garantien für sensible Daten', 'Restrictions and safeguards for sensitive data'),
        /** `no special categories` in `processing`. */
        noSpecialCategories: both(
            `Besondere Kategorien personenbezogener Daten (${CITATIONS.art9.de}) werden nicht verarbeitet.`,
            `No special categories of personal data (${CITATIONS.art9.en}) are processed.`),
        notes: both('Hinweise', 'Notes')
    },

    subProcessorAnnex: {
        heading: both('Unterauftragsverarbeiter', 'Sub-processors'),
        intro: both('Der Auftragsverarbeiter setzt die folgenden Unterauftragsverarbeiter ein.', 'The processor engages the following sub-processors.'),
        columns: {
            name: both('Unterauftragsverarbeiter', 'Sub-processor'),
            address: both('Anschrift', 'Address'),
            services: both('Leistung', 'Service'),
            data: both('Verarbeitete Daten', 'Data processed'),
            function: both('Funktion', 'Function'),
            location: both('Serverstandort', 'Server location'),
            transfer: both('Grundlage der Drittlandübermittlung', 'Basis for third-country transfer'),
            products: both('Produkte', 'Products')
        },
        allData: both('alle Datenkategorien', 'all data categories'),
        noPersonalData: both('keine personenbezogenen Daten', 'no personal data'),
        /** A page of the sub-processor, under its name, labelled by the kind the file states (a plain `url` is its website). */
        url: both((p: { url: string; kind?: SubProcessorUrlKind }) => `${urlLabels[p.kind ?? 'website'].de}: ${p.url}`, p => `${urlLabels[p.kind ?? 'website'].en}: ${p.url}`),
        functions: {
            'inherent': both('Bestandteil des Dienstes', 'part of the service'),
            'optional': both('optional, vom Verantwortlichen aktiviert', 'optional, enabled by the controller'),
            'on-consent': both('nur nach Einwilligung der betroffenen Person', 'only with the data subject’s consent')
        } satisfies Record<NonNullable<Service['function']>, Bilingual<string>>,
        hostedBy: both((p: { name: string }) => `betrieben bei ${p.name}`, p => `hosted by ${p.name}`),
        regionDependent: both('abhängig von der gewählten Region', 'depends on the region selected'),
        transfers: {
            'none': both(() => 'keine Drittlandübermittlung', () => 'no third-country transfer'),
            'adequacy': both(() => `Angemessenheitsbeschluss (${CITATIONS.art45.de})`, () => `adequacy decision (${CITATIONS.art45.en})`),
            'dpf': both(
                () => `EU-US Data Privacy Framework (Angemessenheitsbeschluss (EU) 2023/1795, ${CITATIONS.art45.de})`,
                () => `EU-U.S. Data Privacy Framework (adequacy decision (EU) 2023/1795, ${CITATIONS.art45.en})`),
            'scc-2021/914': both(
                (p: { module?: number }) => `Standardvertragsklauseln nach ${CITATIONS.scc914.de}${p.module !== undefined ? `, Modul ${p.module}` : ''} (${CITATIONS.art46_2_c.de})`,
                p => `standard contractual clauses under Implementing ${CITATIONS.scc914.en}${p.module !== undefined ? `, Module ${p.module}` : ''} (${CITATIONS.art46_2_c.en})`),
            'scc-2010/87': both(() => `Standardvertragsklauseln nach ${CITATIONS.scc2010_87.de}`, () => `standard contractual clauses under ${CITATIONS.scc2010_87.en}`),
            'bcr': both(() => `verbindliche interne Datenschutzvorschriften (${CITATIONS.art47.de})`, () => `binding corporate rules (${CITATIONS.art47.en})`),
            'art49': both(() => `Ausnahme für bestimmte Fälle (${CITATIONS.art49.de})`, () => `derogation for specific situations (${CITATIONS.art49.en})`)
        } satisfies Record<TransferKind, Bilingual<(p: { module?: number }) => string>>
    },

    record: {
        title: both('Verzeichnis von Verarbeitungstätigkeiten des Auftragsverarbeiters', 'Record of processing activities of the processor'),
        basis: both(
            (p: { agreement: string }) => `Verzeichnis aller Kategorien von im Auftrag eines Verantwortlichen durchgeführten Tätigkeiten der Verarbeitung nach ${CITATIONS.art30_2.de}, abgeleitet aus dem Vertrag „${p.agreement}“.`,
            p => `Record of all categories of processing activities carried out on behalf of a controller under ${CITATIONS.art30_2.en}, derived from the agreement “${p.agreement}”.`),
        notLegalAdvice: both(
            'Erstellt mit dpa-as-code aus der Vertragsdatei; dies ist keine Rechtsberatung.',
            'Generated by dpa-as-code from the agreement file; this is not legal advice.'),
        partiesHeading: both(
            `Name und Kontaktdaten des Auftragsverarbeiters und der Verantwortlichen (${CITATIONS.art30_2_a.de})`,
            `Name and contact details of the processor and the controllers (${CITATIONS.art30_2_a.en})`),
        processorLabel: both('Auftragsverarbeiter', 'Processor'),
        controllerLabel: both('Verantwortlicher', 'Controller'),
        addressLabel: both('Anschrift', 'Address'),
        contactLabel: both('Kontakt', 'Contact'),
        dpoLabel: both('Datenschutzbeauftragter', 'Data protection officer'),
        noController: both('Im Vertrag ist kein Verantwortlicher benannt.', 'The agreement names no controller.'),
        categoriesHeading: both(
            `Kategorien von Verarbeitungen (${CITATIONS.art30_2_b.de})`,
            `Categories of processing (${CITATIONS.art30_2_b.en})`),
        subjectMatterLabel: both('Gegenstand', 'Subject matter'),
        natureLabel: both('Art der Verarbeitung', 'Nature of the processing'),
        purposesLabel: both('Zwecke', 'Purposes'),
        dataLabel: both('Datenkategorien', 'Categories of data'),
        subjectsLabel: both('Kategorien betroffener Personen', 'Categories of data subjects'),
        servicesLabel: both('Leistungen von Unterauftragsverarbeitern', 'Services of sub-processors'),
        subProcessorsHeading: both('Unterauftragsverarbeiter', 'Sub-processors'),
        subProcessorsIntro: both(
            'Alle im Vertrag genannten Unterauftragsverarbeiter je Leistung, mit Sitzland, Serverstandort und Übermittlungsgrundlage, wie der Vertrag sie angibt:',
            'Every sub-processor the agreement names, per service, with its country, server location and transfer basis as the agreement states them:'),
        noSubProcessors: both('Der Vertrag nennt keine Unterauftragsverarbeiter.', 'The agreement names no sub-processors.'),
        subProcessorColumns: {
            subProcessor: both('Unterauftragsverarbeiter', 'Sub-processor'),
            country: both('Sitzland', 'Country'),
            service: both('Leistung', 'Service'),
            location: both('Serverstandort', 'Server location'),
            basis: both('Übermittlungsgrundlage', 'Transfer basis')
        },
        notStated: both('nicht angegeben', 'not stated'),
        noBasisStated: both('keine angegeben', 'none stated'),
        ofAgreement: both(
            (p: { part: string }) => `${p.part} des Auftragsverarbeitungsvertrags`,
            p => `${p.part} of the data processing agreement`),
        transfersHeading: both(
            `Übermittlungen an Drittländer (${CITATIONS.art30_2_c.de})`,
            `Transfers to third countries (${CITATIONS.art30_2_c.en})`),
        transfersIntro: both(
            'Leistungen von Unterauftragsverarbeitern außerhalb des EWR, mit Land, Status und geeigneten Garantien:',
            'Services of sub-processors outside the EEA, with country, status and the appropriate safeguards:'),
        noTransfers: both('Nach dem Vertrag werden keine Daten an Drittländer übermittelt.', 'According to the agreement, no data is transferred to third countries.'),
        transferColumns: {
            subProcessor: both('Unterauftragsverarbeiter', 'Sub-processor'),
            service: both('Leistung', 'Service'),
            country: both('Land', 'Country'),
            status: both('Status', 'Status'),
            basis: both('Garantien / Grundlage', 'Safeguards / basis')
        },
        measuresHeading: both(
            `Allgemeine Beschreibung der technischen und organisatorischen Maßnahmen (${CITATIONS.art30_2_d.de})`,
            `General description of the technical and organisational measures (${CITATIONS.art30_2_d.en})`),
        measuresIntro: both(
            (p: { count: number }) => `Der Auftragsverarbeiter trifft Maßnahmen nach ${CITATIONS.art32_1.de} in ${p.count} Bereichen:`,
            p => `The processor takes measures under ${CITATIONS.art32_1.en} in ${p.count} areas:`),
        noMeasures: both('Der Vertrag beschreibt keine technischen und organisatorischen Maßnahmen.', 'The agreement describes no technical and organisational measures.')
    },

    dataFlow: {
        heading: both('Datenflüsse', 'Data flows'),
        intro: both(
            'Das Bild zeigt, wohin personenbezogene Daten fließen: vom Verantwortlichen zum Auftragsverarbeiter und von dort je Leistung zu den Unterauftragsverarbeitern, nach Ländern gruppiert, mit der Grundlage jeder Übermittlung.',
            'The picture shows where personal data flows: from the controller to the processor and from there, per service, to the sub-processors, grouped by country, with the basis of each transfer.'),
        controller: both('Verantwortlicher', 'Controller'),
        processor: both('Auftragsverarbeiter', 'Processor'),
        status: {
            eea: both('EWR', 'EEA'),
            adequacy: both('Angemessenheitsbeschluss', 'adequacy decision'),
            certified: both('Drittland; Angemessenheitsbeschluss nur für zertifizierte Empfänger', 'third country; adequacy only for certified recipients'),
            third: both('Drittland', 'third country'),
            unknown: both('Land nicht angegeben', 'country not stated')
        },
        noBasis: both('keine Grundlage angegeben', 'no basis stated'),
        edge: both(
            (p: { from: string; to: string; service: string; basis: string }) => `${p.from} → ${p.to}: ${p.service} (${p.basis})`,
            p => `${p.from} → ${p.to}: ${p.service} (${p.basis})`)
    },

    /** The general provisions (`general-terms`): their own numbered part of the contract. */
    generalTerms: {
        heading: both('Allgemeine Bestimmungen', 'General provisions'),
        precedence: {
            heading: both('Rangfolge', 'Order of precedence'),
            documents: {
                'scc': both('die Standardvertragsklauseln', 'the standard contractual clauses'),
                'dpa': both('dieser Vertrag', 'this agreement'),
                'annexes': both('die Anlagen dieses Vertrags', 'the annexes to this agreement'),
                'main-contract': both<(p: { mainContract: string }) => string>(() => 'der Hauptvertrag', p => `the ${p.mainContract}`)
            },
            order: both(
                (p: { documents: string }) => `Widersprechen sich Regelungen, gilt folgende Rangfolge; die zuerst genannte Regelung geht vor: ${p.documents}.`,
                p => `Where provisions conflict, the following order of precedence applies, the first named prevailing: ${p.documents}.`),
            except: both((p: { except: string }) => `Dies gilt nicht für ${endSentence(p.except)}`, p => `This does not apply to ${endSentence(p.except)}`)
        },
        liability: {
            heading: both('Haftung', 'Liability'),
            asMainContract: both<(p: { mainContract: string }) => string>(
                () => 'Für die Haftung der Parteien gelten die Regelungen des Hauptvertrags.',
                p => `The parties' liability is governed by the provisions of the ${p.mainContract}.`),
            capAmount: both(
                (p: { amount: string; currency: string }) => `Die Haftung jeder Partei aus diesem Vertrag ist auf ${p.amount} ${p.currency} begrenzt.`,
                p => `Each party's liability under this agreement is limited to ${p.currency} ${p.amount}.`),
            capFees: both<(p: { feesPeriod: string; feesPeriodDative: string; mainContract: string }) => string>(
                p => `Die Haftung jeder Partei aus diesem Vertrag ist auf die Vergütung begrenzt, die nach dem Hauptvertrag in den ${p.feesPeriodDative} vor dem schadensbegründenden Ereignis gezahlt wurde.`,
                p => `Each party's liability under this agreement is limited to the fees paid under the ${p.mainContract} in the ${p.feesPeriod} before the event giving rise to the claim.`),
            unlimited: both((p: { cases: string }) => `Unbeschränkt haften die Parteien ${p.cases}.`, p => `The parties' liability is unlimited ${p.cases}.`),
            statutoryArt82: both(`Für die Haftung gilt ${CITATIONS.art82.de}.`, `Liability is governed by ${CITATIONS.art82.en}.`),
            controllerIndemnifiesUnlawfulInstructions: both(
                'Für rechtswidrige Weisungen haftet der Verantwortliche; er stellt den Auftragsverarbeiter von allen Ansprüchen frei, die daraus entstehen.',
                'The controller is liable for unlawful instructions and holds the processor harmless from all claims arising from them.'),
            cases: {
                'intent': both('bei Vorsatz', 'in cases of intent'),
                'gross-negligence': both('bei grober Fahrlässigkeit', 'in cases of gross negligence'),
                'personal-injury': both('für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit', 'for damage arising from injury to life, body or health'),
                'data-protection': both('für Schäden aus Verstößen gegen Pflichten aus diesem Vertrag oder dem Datenschutzrecht', 'for damage arising from breaches of obligations under this agreement or data protection law'),
                'mandatory-law': both('soweit zwingendes Recht eine unbeschränkte Haftung vorsieht', 'where mandatory law provides for unlimited liability')
            } satisfies Record<UnlimitedLiability, Bilingual<string>>
        },
        law: {
            heading: both('Anwendbares Recht und Gerichtsstand', 'Governing law and jurisdiction'),
            lawOnlyHeading: both('Anwendbares Recht', 'Governing law'),
            courtsOnlyHeading: both('Gerichtsstand', 'Jurisdiction'),
            governingLaw: both(
                (p: { country: string }) => `Dieser Vertrag unterliegt dem Recht des folgenden Staates: ${p.country}.`,
                p => `This agreement is governed by the law of the following country: ${p.country}.`),
            excludingCisg: both(`Das ${CITATIONS.cisg.de} ist ausgeschlossen.`, `The ${CITATIONS.cisg.en} does not apply.`),
            statutoryVenuesUnaffected: both(
                'Ausschließliche Gerichtsstände, die das Gesetz vorschreibt, bleiben unberührt.',
                'Exclusive places of jurisdiction prescribed by law remain unaffected.'),
            courts: both(
                (p: { country: string; place?: string; exclusive: boolean }) => `Für Streitigkeiten aus oder im Zusammenhang mit diesem Vertrag sind ${p.exclusive ? 'ausschließlich ' : ''}die Gerichte des folgenden Staates zuständig: ${p.country}${p.place !== undefined ? `, Gerichtsstand ${p.place}` : ''}.`,
                p => `Disputes arising out of or in connection with this agreement are subject to the ${p.exclusive ? 'exclusive ' : ''}jurisdiction of the courts of the following country: ${p.country}${p.place !== undefined ? `, place of jurisdiction ${p.place}` : ''}.`)
        },
        term: {
            heading: both('Laufzeit und Kündigung', 'Term and termination'),
            asMainContract: both<(p: { mainContract: string }) => string>(
                () => 'Laufzeit und Kündigung dieses Vertrags richten sich nach dem Hauptvertrag.',
                p => `The term and termination of this agreement follow the ${p.mainContract}.`),
            fixed: both((p: { term: string }) => `Dieser Vertrag wird für eine Laufzeit von ${p.term} geschlossen.`, p => `This agreement is concluded for a term of ${p.term}.`),
            survivesUntilDataDeleted: both(
                'Er gilt darüber hinaus fort, bis der Auftragsverarbeiter alle personenbezogenen Daten des Verantwortlichen gelöscht hat.',
                'It remains in force beyond that until the processor has deleted all of the controller’s personal data.'),
            terminableForCause: both(
                (p: { grounds: string }) => `Der Verantwortliche kann diesen Vertrag jederzeit ohne Einhaltung einer Frist kündigen, wenn ${p.grounds}.`,
                p => `The controller may terminate this agreement at any time without notice if ${p.grounds}.`),
            grounds: {
                'serious-breach': both(
                    'der Auftragsverarbeiter selbst oder durch einen Unterauftragsverarbeiter schwerwiegend gegen Datenschutzvorschriften oder diesen Vertrag verstößt',
                    'the processor, itself or through a sub-processor, seriously breaches data protection law or this agreement'),
                'refused-instruction': both('der Auftragsverarbeiter eine Weisung des Verantwortlichen nicht ausführt', 'the processor does not carry out an instruction of the controller'),
                'evaded-control': both('der Auftragsverarbeiter sich einer Kontrolle durch den Verantwortlichen entzieht', 'the processor evades a check by the controller')
            } satisfies Record<TerminationGround, Bilingual<string>>,
            terminationForm: {
                'in-writing': both('Jede Kündigung bedarf der Schriftform.', 'Any termination must be in writing.'),
                'text-form': both('Jede Kündigung bedarf der Textform.', 'Any termination must be made in text form.'),
                'electronic': both('Jede Kündigung ist elektronisch zu erklären.', 'Any termination must be given electronically.')
            } satisfies Record<NoticeChannel, Bilingual<string>>
        },
        changeOfLaw: {
            heading: both('Änderung der Rechtslage', 'Change of law'),
            sentence: both(
                'Erfordert eine Änderung des anwendbaren Rechts eine Anpassung dieses Vertrags, passen die Parteien ihn entsprechend an.',
                'Where a change in applicable law requires this agreement to be adapted, the parties amend it accordingly.')
        },
        conflictOfLaws: {
            heading: both('Widersprechende Datenschutzgesetze', 'Conflicting data protection laws'),
            stricterApplies: both(
                'Widersprechen sich die Anforderungen der anwendbaren Datenschutzgesetze tatsächlich oder scheinbar, gilt die strengere Anforderung.',
                'Where the requirements of the applicable data protection laws conflict, actually or apparently, the stricter requirement applies.'),
            decidedByProcessor: both(
                'Welche Anforderung die strengere ist, entscheidet im Streitfall der Auftragsverarbeiter.',
                'In a dispute about which requirement is the stricter, the processor decides.')
        },
        ccpa: {
            heading: both('California Consumer Privacy Act', 'California Consumer Privacy Act'),
            roles: both(
                `Für personenbezogene Informationen, die dem ${CITATIONS.ccpa.de} unterliegen, ist der Verantwortliche „business“ und der Auftragsverarbeiter „service provider“ im Sinne dieses Gesetzes.`,
                `For personal information subject to the ${CITATIONS.ccpa.en}, the controller is the “business” and the processor the “service provider” within the meaning of that Act.`),
            noSelling: both('Der Auftragsverarbeiter verkauft diese Informationen nicht.', 'The processor does not sell that information.'),
            businessPurposeOnly: both(
                'Er speichert, nutzt und offenbart sie nur, um die Leistungen zu erbringen, und nicht außerhalb der unmittelbaren Geschäftsbeziehung der Parteien.',
                'It retains, uses and discloses it only to provide the services, and not outside the direct business relationship of the parties.'),
            certifiesUnderstanding: both(
                'Er bestätigt, dass er diese Beschränkungen versteht und einhält.',
                'It certifies that it understands and complies with these restrictions.')
        },
        mainContract: {
            heading: both('Verhältnis zum Hauptvertrag', 'Relation to the main contract'),
            otherwiseUnchanged: both<(p: { mainContract: string }) => string>(
                () => 'Soweit dieser Vertrag nichts anderes regelt, bleibt der Hauptvertrag unverändert in Kraft.',
                p => `Except as this agreement amends it, the ${p.mainContract} remains in force unchanged.`),
            dataAccessNoConsideration: both<(p: { mainContract: string }) => string>(
                () => 'Der Zugang des Auftragsverarbeiters zu den personenbezogenen Daten ist kein Teil der Gegenleistung nach dem Hauptvertrag.',
                p => `The processor's access to the personal data is no part of the consideration under the ${p.mainContract}.`)
        },
        severability: {
            heading: both('Salvatorische Klausel', 'Severability'),
            sentence: both(
                'Ist eine Bestimmung dieses Vertrags unwirksam oder undurchführbar, bleiben die übrigen Bestimmungen wirksam.',
                'If any provision of this agreement is invalid or unenforceable, the remaining provisions remain in force.')
        }
    },

    /** Roles beyond one controller and one processor: processor-to-processor agreements, affiliates, Art. 27 representatives. */
    roles: {
        /** The role of a party in the controller's position that itself acts as processor. */
        customerAsProcessor: {
            'always': both(
                `Auftragsverarbeiter im Sinne von ${CITATIONS.art4_8.de}, der im Auftrag eines Verantwortlichen verarbeitet`,
                `processor within the meaning of ${CITATIONS.art4_8.en}, processing on behalf of a controller`),
            'where-applicable': both(
                `Verantwortlicher im Sinne von ${CITATIONS.art4_7.de} oder, soweit er im Auftrag eines Verantwortlichen verarbeitet, Auftragsverarbeiter im Sinne von ${CITATIONS.art4_8.de}`,
                `controller within the meaning of ${CITATIONS.art4_7.en} or, where it processes on behalf of a controller, processor within the meaning of ${CITATIONS.art4_8.en}`)
        },
        /** The processor party's role when the other party is itself a processor. */
        vendorAsSubProcessor: {
            'always': both(
                `weiterer Auftragsverarbeiter (Unterauftragsverarbeiter) im Sinne von ${CITATIONS.art28_4.de}`,
                `sub-processor (another processor within the meaning of ${CITATIONS.art28_4.en})`),
            'where-applicable': both(
                `Auftragsverarbeiter im Sinne von ${CITATIONS.art4_8.de} oder, soweit die andere Vertragspartei selbst Auftragsverarbeiter ist, weiterer Auftragsverarbeiter im Sinne von ${CITATIONS.art28_4.de}`,
                `processor within the meaning of ${CITATIONS.art4_8.en} or, where the other party is itself a processor, sub-processor (another processor within the meaning of ${CITATIONS.art28_4.en})`)
        },
        /** How the agreement's references to the controller and the processor read in a processor-to-processor agreement. */
        processorChain: {
            'always': both(
                (p: ProcessorChainNames) => `${p.customer} ${p.severalCustomers ? 'verarbeiten' : 'verarbeitet'} die personenbezogenen Daten ${p.severalCustomers ? 'ihrerseits als Auftragsverarbeiter' : 'seinerseits als Auftragsverarbeiter'} im Auftrag eines Verantwortlichen; ${p.vendor} ${p.severalVendors ? 'sind daher weitere Auftragsverarbeiter' : 'ist daher weiterer Auftragsverarbeiter'} (${CITATIONS.art28_4.de}). ${chainReadingDe(p)}`,
                p => `${p.customer} ${p.severalCustomers ? 'themselves process' : 'itself processes'} the personal data as a processor on behalf of a controller; ${p.vendor} ${p.severalVendors ? 'are therefore sub-processors' : 'is therefore a sub-processor'} (another processor within the meaning of ${CITATIONS.art28_4.en}). ${chainReadingEn(p)}`),
            'where-applicable': both(
                (p: ProcessorChainNames) => `Soweit ${p.customer} die personenbezogenen Daten ${p.severalCustomers ? 'ihrerseits als Auftragsverarbeiter im Auftrag eines Verantwortlichen verarbeiten' : 'seinerseits als Auftragsverarbeiter im Auftrag eines Verantwortlichen verarbeitet'}, ${p.severalVendors ? `sind ${p.vendor} weitere Auftragsverarbeiter` : `ist ${p.vendor} weiterer Auftragsverarbeiter`} (${CITATIONS.art28_4.de}); insoweit gilt: ${chainReadingDe(p)}`,
                p => `Where ${p.customer} ${p.severalCustomers ? 'themselves process' : 'itself processes'} the personal data as a processor on behalf of a controller, ${p.vendor} ${p.severalVendors ? 'are sub-processors' : 'is a sub-processor'} (another processor within the meaning of ${CITATIONS.art28_4.en}); to that extent: ${chainReadingEn(p)}`)
        },
        affiliatesLabel: both('Verbundene Unternehmen', 'Affiliates'),
        affiliatesMayRely: both(
            (p: { party: string }) => `Die verbundenen Unternehmen von ${p.party} dürfen sich auf diesen Vertrag berufen, als wären sie selbst Vertragspartei.`,
            p => `The affiliates of ${p.party} may rely on this agreement as if they were parties to it.`),
        affiliatesMayInstruct: both(
            (p: { party: string }) => `Die verbundenen Unternehmen von ${p.party} dürfen dem Auftragsverarbeiter selbst Weisungen erteilen.`,
            p => `The affiliates of ${p.party} may give the processor instructions themselves.`),
        affiliatesRights: {
            'contracting-party': both(
                (p: { party: string }) => `Die Rechte aus diesem Vertrag übt für sie allein ${p.party} aus.`,
                p => `${p.party} alone exercises the rights under this agreement on their behalf.`),
            // The same parameter as the contracting-party sentence, so both are called alike; these sentences need no name.
            'each-affiliate': both<(p: { party: string }) => string>(
                () => 'Jedes verbundene Unternehmen übt seine Rechte aus diesem Vertrag selbst aus.',
                () => 'Each affiliate exercises its rights under this agreement itself.')
        },
        representativeLabel: both(`Vertreter in der Union (${CITATIONS.art27.de})`, `Representative in the Union (${CITATIONS.art27.en})`)
    },

    measuresAnnex: {
        heading: both('Technische und organisatorische Maßnahmen', 'Technical and organisational measures'),
        version: both((p: { version: string }) => `Fassung ${p.version}`, p => `Version ${p.version}`),
        date: both((p: { date: string }) => `Stand: ${formatDate(p.date, 'de')}`, p => `As of ${formatDate(p.date, 'en')}`),
        objectivesLabel: both(`Schutzziele (${CITATIONS.art32_1.de})`, `Objectives (${CITATIONS.art32_1.en})`),
        controlLabel: both('Kontrollbereich', 'Control area'),
        goalLabel: both('Ziel', 'Goal'),
        objectives: {
            pseudonymisation: both('Pseudonymisierung', 'pseudonymisation'),
            encryption: both('Verschlüsselung', 'encryption'),
            confidentiality: both('Vertraulichkeit', 'confidentiality'),
            integrity: both('Integrität', 'integrity'),
            availability: both('Verfügbarkeit', 'availability'),
            resilience: both('Belastbarkeit', 'resilience'),
            restoration: both('rasche Wiederherstellung nach einem Zwischenfall', 'timely restoration after an incident'),
            testing: both('regelmäßige Überprüfung, Bewertung und Evaluierung', 'regular testing, assessing and evaluating')
        } satisfies Record<Art32Objective, Bilingual<string>>,
        controls: {
            'physical-access': both('Zutrittskontrolle', 'physical access control'),
            'system-access': both('Zugangskontrolle', 'system access control'),
            'data-access': both('Zugriffskontrolle', 'data access control'),
            'transfer': both('Weitergabekontrolle', 'transfer control'),
            'input': both('Eingabekontrolle', 'input control'),
            'job': both('Auftragskontrolle', 'job control'),
            'availability': both('Verfügbarkeitskontrolle', 'availability control'),
            'separation': both('Trennungskontrolle', 'separation control'),
            'organisation': both('Organisationskontrolle', 'organisational control'),
            'pseudonymisation': both('Pseudonymisierung', 'pseudonymisation'),
            'incident-management': both('Umgang mit Sicherheitsvorfällen', 'incident management'),
            'data-protection-management': both('Datenschutzmanagement', 'data protection management'),
            'privacy-by-design': both(
                `Datenschutz durch Technikgestaltung und datenschutzfreundliche Voreinstellungen (${CITATIONS.art25.de})`,
                `data protection by design and by default (${CITATIONS.art25.en})`),
            'information-security': both('Informationssicherheit', 'information security')
        } satisfies Record<ControlCategory, Bilingual<string>>
    },

    retentionAnnex: {
        heading: both('Aufbewahrungsfristen', 'Retention periods'),
        columns: {
            record: both('Unterlage', 'Record'),
            period: both('Aufbewahrungsfrist', 'Retention period'),
            basis: both('Rechtsgrundlage', 'Legal basis')
        }
    },

    partnersAnnex: {
        heading: both('Partner und Schnittstellen', 'Partners and interfaces'),
        columns: {
            partner: both('Partner', 'Partner'),
            address: both('Anschrift', 'Address'),
            securityConcept: both('Sicherheitskonzept', 'Security concept'),
            subProcessor: both('Eintrag als Unterauftragsverarbeiter', 'Listed as sub-processor')
        },
        seeAnnex: both((p: { name: string; annex: string }) => `${p.name} (siehe ${p.annex})`, p => `${p.name} (see ${p.annex})`)
    },

    // `dpa generate --format subprocessors`: the published list of sub-processors and its feed of changes.
    subProcessorList: {
        title: both((p: { agreement: string }) => `Unterauftragsverarbeiter – ${p.agreement}`, p => `Sub-processors – ${p.agreement}`),
        caption: both(
            (p: { processor: string }) => `Von ${p.processor} eingesetzte Unterauftragsverarbeiter (${CITATIONS.art28_2_4.de})`,
            p => `Sub-processors engaged by ${p.processor} (${CITATIONS.art28_2_4.en})`),
        version: both((p: { version: string }) => `Fassung ${p.version}`, p => `Version ${p.version}`),
        asOf: both((p: { date: string }) => `Stand: ${p.date}`, p => `As of: ${p.date}`),
        columns: {
            name: both('Unterauftragsverarbeiter', 'Sub-processor'),
            address: both('Anschrift', 'Address'),
            country: both('Sitz und Status des Landes', 'Country and its status'),
            services: both('Leistungen, Funktion und Datenkategorien', 'Services, function and data categories'),
            location: both('Serverstandort', 'Server location'),
            transfer: both('Grundlage der Drittlandübermittlung', 'Basis for third-country transfer')
        },
        functionLabel: both((p: { function: string }) => `Funktion: ${p.function}`, p => `Function: ${p.function}`),
        dataLabel: both((p: { data: string }) => `Daten: ${p.data}`, p => `Data: ${p.data}`),
        notStated: both('nicht angegeben', 'not stated'),
        none: both('Dieser Vertrag nennt keine Unterauftragsverarbeiter.', 'This agreement names no sub-processors.'),
        /** Before the address the agreement gives for the published list. */
        publishedAt: both('Veröffentlicht unter:', 'Published at:'),
        feedTitle: both((p: { agreement: string }) => `Änderungen bei Unterauftragsverarbeitern – ${p.agreement}`, p => `Changes to sub-processors – ${p.agreement}`),
        entryTitle: both((p: { changes: number }) => `${p.changes} ${p.changes === 1 ? 'Änderung' : 'Änderungen'} bei Unterauftragsverarbeitern`, p => `${p.changes} ${p.changes === 1 ? 'change' : 'changes'} to sub-processors`),
        revision: both((p: { commit: string }) => `Fassung (Git-Revision) ${p.commit}`, p => `Version (git revision) ${p.commit}`),
        noticeDate: both((p: { date: string }) => `Datum der Mitteilung: ${p.date}`, p => `Date of notice: ${p.date}`),
        effectiveDate: both(
            (p: { date: string; period: Period }) => `Wirksam ab: ${p.date} (${formatPeriod(p.period, 'de')} nach der Mitteilung, wie im Vertrag vereinbart)`,
            p => `Effective from: ${p.date} (${formatPeriod(p.period, 'en')} after the notice, as agreed in the agreement)`),
        noNoticePeriod: both('Wirksam ab: der Vertrag vereinbart keine Mitteilungsfrist', 'Effective from: the agreement sets no notice period'),
        notLegalAdvice: both(
            'Erstellt mit dpa-as-code aus dem Vertrag; dies ist keine Rechtsberatung.',
            'Generated by dpa-as-code from the agreement; this is not legal advice.')
    },

    // `dpa notice`: the processor's notice of sub-processor changes to the controller (general written
    // authorisation), or its request for a specific authorisation.
    notice: {
        title: both('Mitteilung über Änderungen bei Unterauftragsverarbeitern', 'Notice of changes to sub-processors'),
        requestTitle: both('Ersuchen um gesonderte Genehmigung von Unterauftragsverarbeitern', 'Request for specific authorisation of sub-processors'),
        agreement: both((p: { title: string }) => `Vertrag: ${p.title}`, p => `Agreement: ${p.title}`),
        from: both((p: { processor: string }) => `Von: ${p.processor} (Auftragsverarbeiter)`, p => `From: ${p.processor} (processor)`),
        to: both((p: { controller: string }) => `An: ${p.controller} (Verantwortlicher)`, p => `To: ${p.controller} (controller)`),
        date: both((p: { date: string }) => `Datum der Mitteilung: ${p.date}`, p => `Date of notice: ${p.date}`),
        urgentLabel: both('Eilige Änderung', 'Urgent change'),
        intro: both(
            (p: { processor: string; citation: string }) => `Nach ${p.citation} unterrichtet ${p.processor} Sie als Verantwortlichen vorab über die beabsichtigten Änderungen in Bezug auf die Hinzuziehung oder die Ersetzung von Unterauftragsverarbeitern. Sie haben die Möglichkeit, gegen diese Änderungen Einspruch zu erheben.`,
            p => `Under ${p.citation}, ${p.processor} informs you, the controller, in advance of the intended changes concerning the addition or replacement of sub-processors. You have the opportunity to object to these changes.`),
        requestIntro: both(
            (p: { processor: string; citation: string }) => `${p.processor} beabsichtigt die folgenden Änderungen in Bezug auf Unterauftragsverarbeiter. Dieser Vertrag erteilt keine allgemeine schriftliche Genehmigung; nach ${p.citation} bittet ${p.processor} Sie daher um Ihre gesonderte vorherige schriftliche Genehmigung.`,
            p => `${p.processor} intends the following changes concerning sub-processors. This agreement gives no general written authorisation; under ${p.citation}, ${p.processor} therefore asks for your prior specific written authorisation.`),
        changesHeading: both('Die Änderungen', 'The changes'),
        added: both((p: { name: string }) => `Neuer Unterauftragsverarbeiter: ${p.name}`, p => `New sub-processor: ${p.name}`),
        removed: both((p: { name: string }) => `Nicht mehr eingesetzter Unterauftragsverarbeiter: ${p.name}`, p => `Sub-processor no longer engaged: ${p.name}`),
        changed: both((p: { name: string }) => `Geänderte Angaben zum Unterauftragsverarbeiter ${p.name}`, p => `Changed details of sub-processor ${p.name}`),
        renamedFrom: both((p: { name: string }) => `bisher: ${p.name}`, p => `formerly: ${p.name}`),
        address: both((p: { address: string }) => `Anschrift: ${p.address}`, p => `Address: ${p.address}`),
        country: both((p: { country: string; status: string }) => `Sitz: ${p.country} (${p.status})`, p => `Established in: ${p.country} (${p.status})`),
        service: both((p: { service: string }) => `Leistung: ${p.service}`, p => `Service: ${p.service}`),
        serviceAdded: both((p: { service: string }) => `Neue Leistung: ${p.service}`, p => `New service: ${p.service}`),
        serviceRemoved: both((p: { service: string }) => `Entfallene Leistung: ${p.service}`, p => `Service dropped: ${p.service}`),
        serviceChanged: both((p: { service: string }) => `Geänderte Leistung: ${p.service}`, p => `Changed service: ${p.service}`),
        data: both((p: { data: string }) => `Betroffene Daten: ${p.data}`, p => `Data concerned: ${p.data}`),
        location: both((p: { location: string }) => `Ort der Verarbeitung: ${p.location}`, p => `Place of processing: ${p.location}`),
        transfer: both((p: { basis: string }) => `Grundlage der Übermittlung in ein Drittland: ${p.basis}`, p => `Basis for the transfer to a third country: ${p.basis}`),
        noTransferStated: both('im Vertrag nicht angegeben', 'not stated in the agreement'),
        changedFields: both((p: { fields: string }) => `Geändert: ${p.fields}`, p => `Changed: ${p.fields}`),
        fieldNames: {
            id: both('Bezeichnung', 'designation'),
            legalName: both('Name', 'name'),
            address: both('Anschrift', 'address'),
            country: both('Sitz', 'country of establishment'),
            products: both('Produkte', 'products'),
            notes: both('Hinweise', 'notes'),
            purpose: both('Beschreibung der Leistung', 'description of the service'),
            data: both('betroffene Daten', 'data concerned'),
            allData: both('betroffene Daten', 'data concerned'),
            noPersonalData: both('betroffene Daten', 'data concerned'),
            function: both('Funktion', 'function'),
            location: both('Ort der Verarbeitung', 'place of processing'),
            transfer: both('Grundlage der Übermittlung', 'transfer basis'),
            hostedBy: both('Betrieb bei einem anderen Unterauftragsverarbeiter', 'hosting by another sub-processor')
        } satisfies Record<string, Bilingual<string>>,
        countryStatus: {
            eu: both('Mitgliedstaat der EU', 'EU Member State'),
            eea: both('Vertragsstaat des EWR', 'EEA country'),
            adequacy: both(
                (p: { decision: string; citation: string }) => `Drittland mit Angemessenheitsbeschluss ${p.decision}, ${p.citation}`,
                p => `third country with adequacy decision ${p.decision}, ${p.citation}`),
            dpf: both(
                (p: { decision: string; citation: string }) => `Drittland; der Angemessenheitsbeschluss ${p.decision} (${p.citation}) gilt nur für nach dem EU-US Data Privacy Framework zertifizierte Empfänger`,
                p => `third country; adequacy decision ${p.decision} (${p.citation}) covers only recipients certified under the EU-U.S. Data Privacy Framework`),
            thirdCountry: both('Drittland ohne Angemessenheitsbeschluss', 'third country without an adequacy decision'),
            unknown: both('Sitzland im Vertrag nicht angegeben', 'country not stated in the agreement')
        },
        effectiveHeading: both('Wirksamwerden', 'Effective date'),
        effective: both(
            (p: { date: string; period: Period }) => `Die Änderungen werden am ${p.date} wirksam: ${formatPeriod(p.period, 'de')} nach dem Datum dieser Mitteilung, wie in diesem Vertrag vereinbart.`,
            p => `The changes take effect on ${p.date}: ${formatPeriod(p.period, 'en')} after the date of this notice, as agreed in this agreement.`),
        effectiveUrgent: both(
            (p: { date: string; period: Period }) => `Es handelt sich um einen Ausnahmefall, für den dieser Vertrag eine verkürzte Frist von ${formatPeriod(p.period, 'de', 'dative')} vorsieht. Die Änderungen werden daher am ${p.date} wirksam.`,
            p => `This is an exceptional case for which this agreement provides a shorter period of ${formatPeriod(p.period, 'en')}. The changes therefore take effect on ${p.date}.`),
        emergencyCondition: both((p: { condition: string }) => `Ausnahmefall nach diesem Vertrag: ${p.condition}.`, p => `Exceptional case under this agreement: ${p.condition}.`),
        urgentReason: both(
            (p: { name: string; reason: string }) => `Die neue Fassung des Vertrags kennzeichnet die Änderung bei ${p.name} als eilig: „${p.reason}“`,
            p => `The new version of the agreement marks the change concerning ${p.name} as urgent: “${p.reason}”`),
        noNoticePeriod: both(
            'Dieser Vertrag vereinbart keine Frist, mit der Änderungen vorab mitzuteilen sind; die Änderungen werden nicht vor Ablauf der Einspruchsfrist wirksam.',
            'This agreement sets no period for announcing changes in advance; the changes do not take effect before the objection period has ended.'),
        requestTiming: both(
            (p: { date: string; period: Period }) => `Die Änderungen sollen frühestens am ${p.date} wirksam werden (${formatPeriod(p.period, 'de')} nach diesem Ersuchen, wie in diesem Vertrag vereinbart). Ohne Ihre Genehmigung werden sie nicht vorgenommen.`,
            p => `The changes are to take effect no earlier than ${p.date} (${formatPeriod(p.period, 'en')} after this request, as agreed in this agreement). They will not be made without your authorisation.`),
        requestNoPeriod: both('Ohne Ihre Genehmigung werden die Änderungen nicht vorgenommen.', 'The changes will not be made without your authorisation.'),
        objectionHeading: both('Einspruch', 'Objection'),
        objection: both(
            (p: { deadline: string; period: Period }) => `Sie können gegen die Änderungen bis einschließlich ${p.deadline} Einspruch erheben (Einspruchsfrist von ${formatPeriod(p.period, 'de', 'dative')} nach diesem Vertrag).`,
            p => `You may object to the changes until and including ${p.deadline} (objection period of ${formatPeriod(p.period, 'en')} under this agreement).`),
        objectionUntilEffective: both(
            (p: { date: string }) => `Dieser Vertrag bestimmt keine gesonderte Einspruchsfrist; Sie können gegen die Änderungen bis zu ihrem Wirksamwerden am ${p.date} Einspruch erheben.`,
            p => `This agreement sets no separate objection period; you may object to the changes until they take effect on ${p.date}.`),
        objectionNoDate: both(
            'Dieser Vertrag bestimmt keine Einspruchsfrist; bitte erheben Sie einen Einspruch, bevor die Änderungen wirksam werden.',
            'This agreement sets no objection period; please object before the changes take effect.'),
        objectionForGoodCause: both('Ein Einspruch ist nur aus wichtigem Grund zulässig, den Sie nachweisen.', 'An objection is admissible only for good cause, which you must show.'),
        objectionOnReasonableGrounds: both('Ein Einspruch muss sich auf berechtigte Gründe stützen.', 'An objection must rest on reasonable grounds.'),
        deemedAccepted: both(
            (p: { deadline?: string }) => p.deadline !== undefined
                ? `Haben Sie bis zum Ablauf des ${p.deadline} keinen Einspruch erhoben, gelten die Änderungen als genehmigt.`
                : 'Erheben Sie nicht rechtzeitig Einspruch, gelten die Änderungen als genehmigt.',
            p => p.deadline !== undefined
                ? `If you have not objected by the end of ${p.deadline}, the changes are deemed authorised.`
                : 'If you do not object in time, the changes are deemed authorised.'),
        terminationOnlyAffectedServices: both(
            'Eine Kündigung nach einem Einspruch beschränkt sich auf die Leistungen, die von der Änderung betroffen sind.',
            'A termination after an objection is limited to the services the change affects.'),
        objectionChannel: both(
            (p: { channel: NoticeChannel }) => `Mitteilungen nach diesem Vertrag ergehen ${noticeChannels[p.channel].de}.`,
            p => `Notices under this agreement are given ${noticeChannels[p.channel].en}.`),
        unnamedParty: {
            processor: both('der Auftragsverarbeiter', 'the processor'),
            controller: both('der Verantwortliche', 'the controller')
        },
        onObjection: {
            'processor-may-terminate': both(
                'Nach einem Einspruch kann der Auftragsverarbeiter den Vertrag nach dessen Regeln kündigen.',
                'After an objection, the processor may terminate the agreement under its terms.'),
            'controller-may-terminate': both(
                'Nach einem Einspruch können Sie den Vertrag nach dessen Regeln kündigen.',
                'After an objection, you may terminate the agreement under its terms.'),
            'parties-negotiate': both(
                'Nach einem Einspruch verhandeln die Parteien über eine Lösung.',
                'After an objection, the parties negotiate a solution.')
        } satisfies Record<NonNullable<SubProcessingClause['onObjection']>, Bilingual<string>>,
        counting: {
            start: both('Fristberechnung: Jede Frist beginnt am Tag nach dem Datum dieser Mitteilung und endet mit dem Ablauf ihres letzten Tages.', 'How periods are counted: each period begins on the day after the date of this notice and ends when its last day ends.'),
            calendarDays: both('Gezählt werden Kalendertage.', 'Calendar days are counted.'),
            werktage: both('Gezählt werden Werktage: Montag bis Samstag.', 'Working days (German “Werktage”) are counted: Monday to Saturday.'),
            businessDays: both('Gezählt werden Arbeitstage: Montag bis Freitag.', 'Business days are counted: Monday to Friday.'),
            holidays: both(
                (p: { country: string; holidays: string }) => `Nicht mitgezählt werden die landesweiten gesetzlichen Feiertage in ${p.country}, dem Sitz des Auftragsverarbeiters (${p.holidays}); regionale Feiertage werden nicht berücksichtigt.`,
                p => `Public holidays observed throughout ${p.country}, where the processor is established, are not counted (${p.holidays}); regional holidays are not taken into account.`),
            noHolidayCalendar: both(
                'Feiertage werden nicht abgezogen, da für den Sitz des Auftragsverarbeiters kein Feiertagskalender hinterlegt ist.',
                'Public holidays are not deducted, as no holiday calendar is held for the processor’s country of establishment.')
        },
        governingHeading: both('Maßgebliche Bestimmungen', 'Governing provisions'),
        governing: both((p: { citations: string }) => `Diese Mitteilung beruht auf ${p.citations}.`, p => `This notice is given under ${p.citations}.`),
        requestGoverning: both((p: { citations: string }) => `Dieses Ersuchen beruht auf ${p.citations}.`, p => `This request is made under ${p.citations}.`),
        notLegalAdvice: both(
            'Erstellt mit dpa-as-code aus den Vertragsfassungen; dies ist keine Rechtsberatung.',
            'Generated by dpa-as-code from the versions of the agreement; this is not legal advice.')
    }
} as const;

export type ClauseLibrary = typeof clauseLibrary;

/** The obligation kinds whose library entries carry a heading title and a citation. */
export type ObligationTexts = ClauseLibrary['obligations'][ObligationKind];

/** "Weisungsgebundenheit (Art. 28 Abs. 3 lit. a DSGVO)" / "Documented instructions (Art. 28(3)(a) GDPR)". */
export function obligationHeading(kind: ObligationKind, lang: LanguageCode, broader = false): string {
    const texts: ObligationTexts = clauseLibrary.obligations[kind];
    const title = broader && kind === 'compliance-assistance' ? clauseLibrary.obligations[kind].broaderTitle : texts.title;
    return `${title[lang]} (${texts.citation[lang]})`;
}
