import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, rmSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { countryNameOf, suggestCountryCodes } from '@dpa-as-code/lint';
import type { CliIo } from '../cli-io.js';
import { ExitCode, fail } from '../exit-codes.js';

export const INIT_LANGUAGES = ['de', 'en', 'de+en'] as const;
export type InitLanguages = typeof INIT_LANGUAGES[number];

export interface InitOptions {
    processor: string;
    controller: string;
    country: string;
    lang: InitLanguages;
    scc?: boolean;
    out: string;
    force?: boolean;
}

/**
 * `dpa init`: writes a starter agreement from a few answers. The file passes `dpa lint` without
 * findings, so every finding that appears later comes from the user's own edits. It refuses to
 * replace an existing file unless `--force` is given.
 */
export function initCommand(options: InitOptions, io: CliIo): number {
    const country = options.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) {
        return fail(io, `dpa init: --country takes a two-letter ISO 3166 code such as DE or FR, not '${options.country}'`, ExitCode.usage);
    }
    if (countryNameOf(country) === undefined) {
        const suggestions = suggestCountryCodes(country).filter(suggestion => suggestion.certain).map(suggestion => `${suggestion.code} (${countryNameOf(suggestion.code)})`);
        return fail(io, `dpa init: '${options.country}' is not an assigned ISO 3166 country code` + (suggestions.length > 0 ? `; did you mean ${suggestions.join(' or ')}?` : ''), ExitCode.usage);
    }
    for (const [flag, value] of [['--processor', options.processor], ['--controller', options.controller]] as const) {
        if (value.trim() === '') return fail(io, `dpa init: ${flag} needs a name`, ExitCode.usage);
        if (/[\r\n]/.test(value)) return fail(io, `dpa init: ${flag} must be one line`, ExitCode.usage);
    }
    const path = resolve(io.cwd, options.out);
    const existing = statOrUndefined(path);
    if (existing?.isDirectory()) return fail(io, `dpa init: ${options.out} is a directory; name the file to write with --out`, ExitCode.usage);
    if (existing && !options.force) return fail(io, `dpa init: ${options.out} already exists; use --force to replace it`, ExitCode.usage);

    const text = starterAgreement({ ...options, country });
    try {
        writeNewFile(path, text, options.force ?? false);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EEXIST' ? 'already exists; use --force to replace it'
            : code === 'ENOTDIR' ? 'cannot be created: a file is in the way where a directory is needed'
            : code === 'EACCES' || code === 'EPERM' ? 'cannot be written: permission denied'
            : `cannot be written (${code ?? (error as Error).message})`;
        return fail(io, `dpa init: ${options.out} ${reason}`, ExitCode.usage);
    }
    io.stderr.write(`wrote ${options.out}: replace the example values with your own, then run \`dpa lint ${options.out}\`\n`);
    return ExitCode.ok;
}

/** The file's status; undefined when it does not exist or a file stands where a folder of its path should be. */
function statOrUndefined(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

/** Writes the whole file under a temporary name, then moves it into place: never a half-written file, never a silent overwrite. */
function writeNewFile(path: string, text: string, replace: boolean): void {
    if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temporary, text, { flag: 'wx' });
    try {
        if (replace) renameSync(temporary, path);
        else linkSync(temporary, path); // fails with EEXIST if the file appeared meanwhile
    } finally {
        rmSync(temporary, { force: true });
    }
}

// ------------------------------------------------------------ the starter text

type Languages = readonly ('de' | 'en')[];

/** A text in the chosen languages: `de "…" en "…"`. */
function text(languages: Languages, de: string, en: string): string {
    return languages.map(language => `${language} ${quote(language === 'de' ? de : en)}`).join(' ');
}

function quote(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** An identifier for the agreement from the processor's name (`Chat Vendor GmbH` → `ChatVendorGmbH`). */
export function agreementName(processor: string): string {
    const words = processor.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
    const name = words.map(word => word[0].toUpperCase() + word.slice(1)).join('');
    if (name === '') return 'Agreement';
    return /^[A-Za-z]/.test(name) ? name : `Dpa${name}`;
}

/** The starter agreement, shaped like examples/starter.dpa, in the chosen languages. */
export function starterAgreement(options: Pick<InitOptions, 'processor' | 'controller' | 'country' | 'lang' | 'scc'>): string {
    const languages: Languages = options.lang === 'de+en' ? ['de', 'en'] : [options.lang];
    const t = (de: string, en: string) => text(languages, de, en);
    const lines: string[] = [];
    const add = (...more: string[]) => lines.push(...more);

    add(
        '// Written by `dpa init`: a starting point that `dpa lint` accepts without findings. Replace the',
        '// example values (addresses, data, measures) with your own. Passing the linter is not a legal review.',
        `agreement ${agreementName(options.processor)} {`,
        `    title ${t('Vertrag zur Auftragsverarbeitung', 'Data Processing Agreement')}`,
        `    languages ${languages.join(', ')}`
    );
    if (languages.length > 1) add('    binding de');
    add(
        `    main contract ${t('Hauptvertrag', 'Main Agreement')}`,
        '    effective on signature',
        '    terms as in gdpr',
        '}',
        '',
        `party Customer controller {`,
        `    name ${quote(options.controller)}`,
        `    address ${t('Musterstraße 1, 10115 Berlin', 'Musterstraße 1, 10115 Berlin, Germany')}`,
        '    country DE',
        '}',
        '',
        `party Vendor processor {`,
        `    name ${quote(options.processor)}`,
        `    address ${t('Anschrift des Auftragsverarbeiters', 'Address of the processor')}`,
        `    country ${options.country}`,
        '    contact privacy { email "privacy@processor.example" }',
        '}',
        '',
        'data subjects {',
        `    subject customers ${t('Kunden des Verantwortlichen', "The controller's customers")}`,
        `    subject employees ${t('Beschäftigte des Verantwortlichen', "The controller's employees")}`,
        '}',
        '',
        `data categories of customers title ${t('Kundendaten', 'Customer data')} {`,
        `    category customerName ${t('Name', 'Name')}`,
        `    category customerEmail ${t('E-Mail-Adresse', 'E-mail address')}`,
        '}',
        '',
        `data categories of employees title ${t('Beschäftigtendaten', 'Employee data')} {`,
        `    category employeeName ${t('Name', 'Name')}`,
        `    category employeeLogin ${t('Benutzerkennung', 'User ID')}`,
        '}',
        '',
        'processing {',
        `    subject-matter ${t('Erbringung der Leistungen aus dem Hauptvertrag', 'Providing the services under the Main Agreement')}`,
        `    nature ${t('Erheben, Speichern, Anzeigen und Löschen', 'Collecting, storing, displaying and erasing')}`,
        `    purpose ${t('Erbringung der vereinbarten Leistungen für den Verantwortlichen', 'Providing the agreed services to the controller')}`,
        '    duration as main contract { ends with main contract }',
        '}',
        '',
        'obligations {',
        '    instructions {',
        '        only on instructions',
        '        documented only',
        '        including transfers',
        '        inform if infringing',
        '        inform of legal requirement',
        '    }',
        '    confidentiality { staff committed survives termination }',
        '    security { measures annexed }',
        '    sub-processing {',
        '        authorisation general',
        '        notice 30 days electronic',
        '        objection within 14 days for good cause',
        '        on objection controller-may-terminate',
        '        changes notified',
        '        flow-down',
        '        processor liable',
        '        controller may monitor',
        '    }',
        '    data-subject-rights {',
        '        within statutory deadlines',
        '        rights access, rectification, erasure, restriction, portability, objection, automated-decisions',
        '    }',
        '    compliance-assistance { articles art32, art33, art34, art35, art36 }',
        '    breach-notification { without undue delay within 24 hours assist notifications }',
        '    end-of-processing {',
        '        action delete-or-return',
        '        at controller choice',
        '        including copies',
        '        unless law requires storage',
        '        certify deletion',
        '    }',
        '    audits {',
        '        information on request 14 days',
        '        inspections { notice 14 days during business hours third-party auditor costs controller }',
        '    }',
        '}',
        '',
        "// The sub-processors the controller authorises with this agreement (write 'no sub-processors' in",
        "// 'sub-processing' instead if there are none).",
        'sub-processor Hosting {',
        '    name "Example Cloud GmbH"',
        `    address ${t('Rechenzentrumstraße 3, 60311 Frankfurt am Main', 'Rechenzentrumstraße 3, 60311 Frankfurt am Main, Germany')}`,
        '    country DE',
        `    service ${t('Hosting der Anwendung und ihrer Datenbank', 'Hosting of the application and its database')} {`,
        '        data all',
        '        function inherent',
        '        located DE',
        '        transfer none',
        '    }',
        '}',
        ''
    );
    if (options.scc) {
        add(
            '// The standard contractual clauses of Commission Implementing Decision (EU) 2021/915 and the options chosen.',
            'scc 2021/915 {',
            `    annex ${t('Anlage 1', 'Annex 1')}`,
            ...languages.map(language => `    url ${language} "https://eur-lex.europa.eu/legal-content/${language.toUpperCase()}/TXT/?uri=CELEX:32021D0915"`),
            '    clause 1 option 1',
            '    clause 7.7(a) option 2 period 30 days',
            '    clause 8(c)(4) option 1',
            '    clause 9.1(b) option 1',
            '    clause 9.1(c) option 1',
            '    clause 9.2 option 1',
            '}',
            ''
        );
    }
    add(
        'measures {',
        `    title ${t('Technische und organisatorische Maßnahmen', 'Technical and organisational measures')}`,
        `    group encryption ${t('Verschlüsselung', 'Encryption')} {`,
        '        objectives encryption, confidentiality',
        `        measure ${t('Daten werden bei der Übertragung mit TLS 1.2 oder höher verschlüsselt.', 'Data in transit is encrypted with TLS 1.2 or higher.')}`,
        `        measure ${t('Gespeicherte Daten werden mit AES-256 verschlüsselt.', 'Data at rest is encrypted with AES-256.')}`,
        '    }',
        `    group integrity ${t('Integrität', 'Integrity')} {`,
        '        objectives integrity',
        '        control input',
        `        measure ${t('Änderungen an personenbezogenen Daten werden mit Benutzer und Zeitpunkt protokolliert.', 'Changes to personal data are logged with the user and the time.')}`,
        '    }',
        `    group recovery ${t('Verfügbarkeit und Wiederherstellung', 'Availability and recovery')} {`,
        '        objectives availability, resilience, restoration',
        `        measure ${t('Sicherungen werden täglich erstellt und vierteljährlich probeweise wiederhergestellt.', 'Backups are taken daily and restored in a test every quarter.')}`,
        '    }',
        `    group review ${t('Regelmäßige Überprüfung', 'Regular testing')} {`,
        '        objectives testing',
        `        measure ${t('Die Maßnahmen werden jährlich überprüft.', 'The measures are reviewed every year.')}`,
        '    }',
        '}'
    );
    return lines.join('\n') + '\n';
}
