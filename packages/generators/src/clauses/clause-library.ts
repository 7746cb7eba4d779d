import type {
    AnonymisationClause, Art32Objective, ComplianceAssistanceClause, ContactKind, ControlCategory, DataSubjectRight,
    EndOfProcessingClause, Inspections, LanguageCode, NoticeChannel, ObligationKind, PartyRole, Period,
    ProcessingLocationClause, Service, SubProcessingClause, TransferCondition, TransferKind
} from '@dpa-as-code/model';
import { CITATIONS, type Citation } from '@dpa-as-code/model';
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

const channelSuffix = (channel: NoticeChannel | undefined, lang: LanguageCode) => channel ? ' ' + noticeChannels[channel][lang] : '';

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
        processorMayUpdateLabel: both('Änderungen durch den Auftragsverarbeiter', 'Updates by the processor')
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
                `If the processor considers that an instruction infringes the GDPR or other Union or Member State data protection provisions, it informs the controller immediately (${CITATIONS.art28_3_second.en}).`)
        },

        confidentiality: {
            title: both('Vertraulichkeit', 'Confidentiality'),
            citation: cited(CITATIONS.art28_3_b),
            staffCommitted: both(
                'Der Auftragsverarbeiter stellt sicher, dass sich alle zur Verarbeitung der personenbezogenen Daten befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen.',
                'The processor ensures that every person authorised to process the personal data has committed to confidentiality or is under an appropriate statutory obligation of confidentiality.'),
            survivesTermination: both(
                'Die Pflicht zur Vertraulichkeit besteht auch nach Beendigung dieses Vertrags fort.',
                'The obligation of confidentiality continues after this agreement has ended.')
        },

        security: {
            title: both('Sicherheit der Verarbeitung', 'Security of processing'),
            citation: cited(CITATIONS.art28_3_c_32),
            takesAnnexedMeasures: both(
                (p: { annex?: string }) => `Der Auftragsverarbeiter ergreift die in ${p.annex ?? 'einer Anlage zu diesem Vertrag'} beschriebenen technischen und organisatorischen Maßnahmen.`,
                p => `The processor takes the technical and organisational measures described in ${p.annex ?? 'an annex to this agreement'}.`)
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
            emergencyNotice: both(
                (p: { emergency: Period; condition?: string }) =>
                    `In dringenden Fällen${p.condition ? ` (${p.condition})` : ''} genügt eine Mitteilung ${formatPeriod(p.emergency, 'de')} im Voraus.`,
                p => `In urgent cases${p.condition ? ` (${p.condition})` : ''}, notice ${formatPeriod(p.emergency, 'en')} in advance is sufficient.`),
            objection: both(
                (p: { objection: Period; forGoodCause: boolean }) =>
                    `Der Verantwortliche kann innerhalb von ${formatPeriod(p.objection, 'de', 'dative')} nach Zugang der Mitteilung${p.forGoodCause ? ' aus wichtigem Grund' : ''} Einspruch gegen die Änderung erheben.`,
                p => `The controller may object to the change${p.forGoodCause ? ' for good cause' : ''} within ${formatPeriod(p.objection, 'en')} of receiving the notice.`),
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
                'When this agreement is concluded, the processor engages no sub-processors.')
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
            citation: cited(CITATIONS.art28_3_f),
            assistsWith: both(
                'Der Auftragsverarbeiter unterstützt den Verantwortlichen unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung folgender Pflichten:',
                'Taking into account the nature of processing and the information available to it, the processor assists the controller in ensuring compliance with the following obligations:'),
            articles: {
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
                `The processor assists the controller in notifying the supervisory authority and in communicating the breach to the data subjects (${CITATIONS.art33_34.en}).`)
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
                'The processor certifies the deletion to the controller.')
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
                'Inspections respect the processor’s trade and business secrets.')
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
                'The controller alone is responsible for the lawfulness of the processing of the personal data and for safeguarding the rights of data subjects.')
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

    measuresAnnex: {
        heading: both('Technische und organisatorische Maßnahmen', 'Technical and organisational measures'),
        version: both((p: { version: string }) => `Fassung ${p.version}`, p => `Version ${p.version}`),
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
export function obligationHeading(kind: ObligationKind, lang: LanguageCode): string {
    const texts: ObligationTexts = clauseLibrary.obligations[kind];
    return `${texts.title[lang]} (${texts.citation[lang]})`;
}
