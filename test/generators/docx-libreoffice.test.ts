import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildEdition, contractUnits, headingText, renderDocx, type ContractLayout, type Inline } from '@dpa-as-code/generators';
import { examplePath, modelOf } from '../helpers.js';

/**
 * Every DOCX the generator makes for both seeds and the starter, opened by a real word
 * processor: LibreOffice (headless) converts each to plain text, and the text must hold the
 * headings, a clause, a line per sub-processor and the signature block. Without `soffice`
 * the test fails: scripts/install-test-tools.sh (run by `npm test`) installs it.
 */
const EXAMPLES: Array<[string, LanguageCode[]]> = [['userlike.dpa', ['de', 'en']], ['360dialog.dpa', ['de', 'en']], ['starter.dpa', ['en']]];
const EDITIONS: Array<{ languages: LanguageCode[]; layout: ContractLayout }> = [
    { languages: ['de'], layout: 'sequential' },
    { languages: ['en'], layout: 'sequential' },
    { languages: ['de', 'en'], layout: 'sequential' },
    { languages: ['de', 'en'], layout: 'side-by-side' }
];

interface Case { name: string; model: DpaModel; languages: LanguageCode[]; layout: ContractLayout }

const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const workDir = mkdtempSync(join(tmpdir(), 'dpa-docx-libreoffice-'));
const cases: Case[] = [];
const texts = new Map<string, string>();
let conversion: { status: number | null; stderr: string; stdout: string } | undefined;

beforeAll(async () => {
    for (const [file, languages] of EXAMPLES) {
        const model = await modelOf(examplePath(file));
        for (const edition of EDITIONS.filter(candidate => candidate.languages.every(lang => languages.includes(lang)))) {
            const name = `${file.replace('.dpa', '')}.${edition.languages.join('+')}.${edition.layout}`;
            cases.push({ name, model, ...edition });
            writeFileSync(join(workDir, `${name}.docx`), await renderDocx(buildEdition(model, edition.languages, edition.layout), { date: model.date }));
        }
    }
    if (!SOFFICE) return;
    // A profile of its own: another LibreOffice running on the machine must not take the conversion over.
    const result = spawnSync(SOFFICE, [
        `-env:UserInstallation=${pathToFileURL(join(workDir, 'profile')).href}`,
        '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', workDir,
        ...cases.map(entry => join(workDir, `${entry.name}.docx`))
    ], { encoding: 'utf8', timeout: 240_000 });
    conversion = { status: result.status, stderr: result.stderr, stdout: result.stdout };
    for (const entry of cases) {
        try {
            texts.set(entry.name, readFileSync(join(workDir, `${entry.name}.txt`), 'utf8'));
        } catch {
            // Reported by the test of that case.
        }
    }
}, 300_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Whitespace (tabs between cells, line breaks) as single spaces, so text matches however Writer lays it out. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const plainText = (content: Inline[]) => content.map(run => run.text).join('');

describe('DOCX read back by LibreOffice', () => {
    test('soffice is installed (Debian package libreoffice-writer-nogui; scripts/install-test-tools.sh)', () => {
        expect(SOFFICE, 'soffice not found on PATH: run `bash scripts/install-test-tools.sh` or `apt-get install --no-install-recommends libreoffice-writer-nogui`').not.toBe('');
        expect(conversion?.status, conversion?.stderr).toBe(0);
    });

    test('every example, language and layout converts, and the text holds the contract', () => {
        expect(cases.length).toBe(9);
        for (const entry of cases) {
            const text = texts.get(entry.name);
            expect(text, `${entry.name}: LibreOffice produced no text (${conversion?.stderr ?? 'soffice missing'})`).toBeDefined();
            const reading = flat(text!);
            const edition = buildEdition(entry.model, entry.languages, entry.layout);
            for (const contract of edition.contracts) {
                const units = contractUnits(contract);
                // Every heading, numbered as in the tree.
                for (const unit of units) {
                    if (unit.heading !== undefined) expect(reading, `${entry.name}: heading`).toContain(flat(headingText(unit)));
                }
                // A clause: the first paragraph of the subject-matter section.
                const subject = units.find(unit => unit.key === 'subject')!;
                const firstParagraph = subject.blocks.find(block => block.kind === 'paragraph')!;
                expect(firstParagraph.kind).toBe('paragraph');
                if (firstParagraph.kind === 'paragraph') expect(reading, `${entry.name}: clause`).toContain(flat(plainText(firstParagraph.content)));
                // The signature block: its heading, one part per party, a blank signature line for each.
                const signatureWord = contract.language === 'de' ? 'Unterschrift: ___' : 'Signature: ___';
                expect(reading.split(signatureWord).length - 1, `${entry.name}: signature lines`).toBeGreaterThanOrEqual(entry.model.parties.length);
                expect(reading).toContain(contract.language === 'de' ? 'Unterschriften' : 'Signatures');
            }
            // A line (a table row) per sub-processor: its legal name followed by its address.
            for (const subProcessor of entry.model.subProcessors) {
                expect(reading, `${entry.name}: ${subProcessor.id}`).toContain(subProcessor.legalName ?? subProcessor.id);
            }
        }
    });

    test('userlike: the sub-processor table keeps each row together (name, then its address, in one row)', () => {
        const text = texts.get('userlike.de.sequential');
        expect(text).toBeDefined();
        const lines = text!.split('\n');
        // Writer's text export writes a table cell per line: the row's next cell is its address.
        const hetzner = lines.findIndex(line => line.trim() === 'Hetzner Online GmbH');
        expect(hetzner).toBeGreaterThan(0);
        expect(lines.slice(hetzner + 1, hetzner + 3).join(' ')).toContain('Gunzenhausen');
    });
});
