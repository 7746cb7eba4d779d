import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutSourceLocations } from '@dpa-as-code/model';
import { xml2js, type Element as XmlElement } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { examplePath, modelOf, runCliInProcess } from '../helpers.js';
import { childElements, findAll, htmlTableRows, htmlText, parseHtml, xmlFindAll } from '../generators/read-outputs.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-subprocessors-'));
const userlikeText = readFileSync(examplePath('userlike.dpa'), 'utf8');

async function generateUserlike(): Promise<string> {
    const out = freshDir();
    const result = await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'subprocessors', '--out', out]);
    expect(result.code).toBe(0);
    return out;
}

describe('dpa generate --format subprocessors', () => {
    it('writes an HTML page with one row per sub-processor of Userlike, in German and English', async () => {
        const out = await generateUserlike();
        expect(readdirSync(out).sort()).toEqual(['userlike.subprocessors.html', 'userlike.subprocessors.json']);
        const html = readFileSync(join(out, 'userlike.subprocessors.html'), 'utf8');
        const root = parseHtml(html);
        const sections = findAll(root, element => element.tag === 'section');
        expect(sections.map(section => section.attrs['lang'])).toEqual(['de', 'en']);
        const [german, english] = sections;
        if (!german || !english) throw new Error('two language sections expected');

        // A caption and column headers that say what each column holds.
        const captions = findAll(root, element => element.tag === 'caption').map(htmlText);
        expect(captions).toEqual([
            'Von Userlike UG (haftungsbeschränkt) eingesetzte Unterauftragsverarbeiter (Art. 28 Abs. 2 und 4 DSGVO)',
            'Sub-processors engaged by Userlike UG (haftungsbeschränkt) (Art. 28(2) and (4) GDPR)'
        ]);
        const columnHeaders = findAll(english, element => element.tag === 'th' && element.attrs['scope'] === 'col').map(htmlText);
        expect(columnHeaders).toEqual(['Sub-processor', 'Address', 'Country and its status', 'Services, function and data categories', 'Server location', 'Basis for third-country transfer']);

        const names = ['Hetzner Online GmbH', 'Myra Security GmbH', 'BunnyWay, informacijske storitve d.o.o.', 'Amazon Web Services EMEA SARL',
            'DeepL GmbH', 'Mailgun Technologies, Inc.', 'Twilio Inc.', 'FullContact', 'OMQ GmbH'];
        const englishRows = htmlTableRows(english).slice(1);
        const germanRows = htmlTableRows(german).slice(1);
        expect(englishRows.map(row => row[0])).toEqual(names);
        expect(germanRows.map(row => row[0])).toEqual(names);
        // Every row names its sub-processor as the row header.
        for (const row of findAll(english, element => element.tag === 'tr').slice(1)) expect(childElements(row)[0]?.attrs['scope']).toBe('row');

        const englishTwilio = englishRows.find(row => row[0] === 'Twilio Inc.');
        expect(englishTwilio?.[2]).toContain('United States (third country; adequacy decision');
        expect(englishTwilio?.[2]).toContain('EU-U.S. Data Privacy Framework');
        expect(englishTwilio?.[3]).toContain('Audio and video chat');
        expect(englishTwilio?.[3]).toContain('Function: optional, enabled by the controller');
        expect(englishTwilio?.[5]).toContain('standard contractual clauses under Implementing Decision (EU) 2021/914');
        const germanHetzner = germanRows.find(row => row[0] === 'Hetzner Online GmbH');
        expect(germanHetzner?.[2]).toBe('Deutschland (Mitgliedstaat der EU)');
        expect(germanHetzner?.[3]).toContain('Daten: alle Datenkategorien');
        expect(germanHetzner?.[4]).toBe('Deutschland (Mitgliedstaat der EU)');
        expect(germanHetzner?.[5]).toBe('keine Drittlandübermittlung');
        expect(englishRows.find(row => row[0] === 'BunnyWay, informacijske storitve d.o.o.')?.[4]).toBe('depends on the region selected');
    });

    it('loads nothing from elsewhere: no scripts, no external resources, only web addresses the file itself contains, print styles', async () => {
        const out = await generateUserlike();
        const html = readFileSync(join(out, 'userlike.subprocessors.html'), 'utf8');
        const root = parseHtml(html);
        expect(findAll(root, element => ['script', 'link', 'img', 'iframe', 'object'].includes(element.tag))).toEqual([]);
        expect(findAll(root, element => 'src' in element.attrs || 'href' in element.attrs)).toEqual([]);
        for (const address of html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []) expect(userlikeText).toContain(address);
        expect(root.children.find((child): child is typeof root => 'tag' in child && child.tag === 'html')?.attrs['lang']).toBe('de');
        expect(html).toContain('@media print');
    });

    it('writes the sub-processors of the model as plain JSON', async () => {
        const out = await generateUserlike();
        const json = JSON.parse(readFileSync(join(out, 'userlike.subprocessors.json'), 'utf8')) as { subProcessors: unknown; agreement: { languages: string[] } };
        const model = await modelOf(examplePath('userlike.dpa'));
        expect(json.subProcessors).toEqual(JSON.parse(JSON.stringify(withoutSourceLocations(model.subProcessors))));
        expect(json.agreement.languages).toEqual(['de', 'en']);
    });

    it('gives byte-identical files on every run', async () => {
        const first = await generateUserlike();
        const second = await generateUserlike();
        for (const name of readdirSync(first)) expect(readFileSync(join(second, name))).toEqual(readFileSync(join(first, name)));
    });

    it('refuses --history with another format and --layout side-by-side', async () => {
        const out = freshDir();
        expect(await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'html', '--history', '--out', out]))
            .toEqual({ code: 2, stdout: '', stderr: 'dpa: --history applies to --format subprocessors only\n' });
        expect(await runCliInProcess(['generate', examplePath('userlike.dpa'), '--format', 'subprocessors', '--layout', 'side-by-side', '--out', out]))
            .toEqual({ code: 2, stdout: '', stderr: 'dpa: --layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to subprocessors\n' });
        expect(readdirSync(out)).toEqual([]);
    });
});

describe('dpa generate --format subprocessors --history', () => {
    const git = (cwd: string, date: string, ...args: string[]) => {
        const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
            { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
        if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
        return result.stdout;
    };
    const sentry = `sub-processor Sentry {
    name "Functional Software, Inc."
    address "45 Fremont Street, 8th Floor, San Francisco, California 94105, USA"
    country US
    service de "Fehlerüberwachung der Anwendung" en "Application error monitoring" {
        data endUserIp, browser
        function inherent
        located US
        transfer scc-2021/914 module 2
    }
}

`;
    const omqAt = userlikeText.indexOf('sub-processor OMQ {');
    const withSentry = userlikeText.slice(0, omqAt) + sentry + userlikeText.slice(omqAt);
    const fullContactStart = withSentry.indexOf('sub-processor FullContact {');
    const withoutFullContact = withSentry.slice(0, fullContactStart) + withSentry.slice(withSentry.indexOf('sub-processor Sentry {'));

    function repositoryWithThreeVersions(): { repo: string; commits: string[] } {
        const repo = freshDir();
        git(repo, '2026-11-02T09:00:00+01:00', 'init', '-q');
        const versions: [string, string, string][] = [
            [userlikeText, '2026-11-02T09:00:00+01:00', 'first version'],
            [withSentry, '2026-12-01T10:00:00+01:00', 'add Sentry'],
            [withoutFullContact, '2026-12-15T16:30:00+01:00', 'remove FullContact']
        ];
        for (const [text, date, message] of versions) {
            writeFileSync(join(repo, 'userlike.dpa'), text);
            git(repo, date, 'add', 'userlike.dpa');
            git(repo, date, 'commit', '-q', '-m', message);
        }
        const commits = git(repo, '2026-12-15T16:30:00+01:00', 'log', '--format=%H').trim().split('\n');
        return { repo, commits };
    }

    const text = (element: XmlElement | undefined): string =>
        (element?.elements ?? []).map(child => child.type === 'text' ? String(child.text) : text(child)).join(' ');
    const child = (element: XmlElement | undefined, name: string) => element?.elements?.find(candidate => candidate.name === name);

    it('writes a well-formed Atom feed with one entry per change of the sub-processors, newest first, with notice and effective dates', async () => {
        const { repo, commits } = repositoryWithThreeVersions();
        const out = join(repo, 'public');
        const result = await runCliInProcess(['generate', 'userlike.dpa', '--format', 'subprocessors', '--history', '--out', 'public'], { cwd: repo });
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(readdirSync(out).sort()).toEqual(['userlike.subprocessors.atom', 'userlike.subprocessors.html', 'userlike.subprocessors.json']);

        const atom = readFileSync(join(out, 'userlike.subprocessors.atom'), 'utf8');
        const document = xml2js(atom, { compact: false }) as XmlElement;
        const feed = child(document, 'feed');
        expect(feed?.attributes?.['xmlns']).toBe('http://www.w3.org/2005/Atom');
        expect(text(child(feed, 'id'))).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(text(child(feed, 'title'))).toBe('Änderungen bei Unterauftragsverarbeitern – Vertrag über die Auftragsverarbeitung / Changes to sub-processors – Data Processing Agreement for Userlike');
        expect(text(child(feed, 'updated'))).toBe('2026-12-15T16:30:00+01:00');
        expect(text(child(child(feed, 'author'), 'name'))).toBe('Userlike UG (haftungsbeschränkt)');
        const links = (feed?.elements ?? []).filter(element => element.name === 'link').map(element => element.attributes);
        expect(links).toEqual([
            { rel: 'self', type: 'application/atom+xml', href: 'userlike.subprocessors.atom' },
            { rel: 'alternate', type: 'text/html', href: 'userlike.subprocessors.html' }
        ]);

        const entries = xmlFindAll(document, 'entry');
        expect(entries).toHaveLength(2);
        const [removal, addition] = entries;
        expect(entries.map(entry => text(child(entry, 'updated')))).toEqual(['2026-12-15T16:30:00+01:00', '2026-12-01T10:00:00+01:00']);
        const ids = entries.map(entry => text(child(entry, 'id')));
        expect(new Set(ids).size).toBe(2);
        for (const id of ids) expect(id).toMatch(/^urn:uuid:/);
        expect(text(child(addition, 'title'))).toBe('1 Änderung bei Unterauftragsverarbeitern / 1 change to sub-processors');

        const additionText = text(child(addition, 'content'));
        expect(additionText).toContain('Neuer Unterauftragsverarbeiter: Functional Software, Inc. – Vereinigte Staaten');
        expect(additionText).toContain('New sub-processor: Functional Software, Inc. – United States');
        expect(additionText).toContain('Date of notice: 1 December 2026');
        // Userlike agrees 30 days' notice: 1 December + 30 days.
        expect(additionText).toContain('Effective from: 31 December 2026 (30 days after the notice, as agreed in the agreement)');
        expect(additionText).toContain('Wirksam ab: 31. Dezember 2026');
        expect(additionText).toContain(commits[1]);

        const removalText = text(child(removal, 'content'));
        expect(removalText).toContain('Sub-processor no longer engaged: FullContact');
        expect(removalText).toContain('Nicht mehr eingesetzter Unterauftragsverarbeiter: FullContact');
        expect(removalText).toContain('Effective from: 14 January 2027');
        expect(removalText).not.toContain('Functional Software');
        expect(child(child(removal, 'content'), 'div')?.attributes?.['xmlns']).toBe('http://www.w3.org/1999/xhtml');

        // The HTML list shows the version in the working tree.
        const rows = htmlTableRows(parseHtml(readFileSync(join(out, 'userlike.subprocessors.html'), 'utf8')));
        expect(rows.some(row => row[0] === 'Functional Software, Inc.')).toBe(true);
        expect(rows.some(row => row[0] === 'FullContact')).toBe(false);

        const again = await runCliInProcess(['generate', 'userlike.dpa', '--format', 'subprocessors', '--history', '--out', 'again'], { cwd: repo });
        expect(again.code).toBe(0);
        for (const name of readdirSync(out)) expect(readFileSync(join(repo, 'again', name))).toEqual(readFileSync(join(out, name)));
    });

    it('says clearly when the file is in no git repository', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'userlike.dpa'), userlikeText);
        const result = await runCliInProcess(['generate', 'userlike.dpa', '--format', 'subprocessors', '--history', '--out', 'public'], { cwd: dir });
        expect(result).toEqual({ code: 2, stdout: '', stderr: 'dpa generate: userlike.dpa is not in a git repository, so --history cannot read its revisions\n' });
        expect(readdirSync(dir)).toEqual(['userlike.dpa']);
    });
});
