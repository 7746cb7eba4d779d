import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel } from '@dpa-as-code/model';
import { buildEdition, findChromium, renderHtml, renderPdf, type ContractEdition } from '@dpa-as-code/generators';
import { examplePath, fixturePath, modelOf } from '../helpers.js';

/**
 * PDF is printed from the HTML by Chromium and read back with poppler's pdfinfo and
 * pdftotext. CI installs both (Debian `chromium`, `poppler-utils`); without them these
 * tests fail and say so, they are never skipped.
 */
const MISSING_TOOLS = 'the PDF tests need Chromium and poppler-utils: apt-get install chromium poppler-utils (or set DPA_CHROMIUM)';

function requireTool(name: string): string {
    for (const directory of (process.env['PATH'] ?? '').split(delimiter)) {
        try {
            accessSync(join(directory, name), constants.X_OK);
            return join(directory, name);
        } catch { /* not in this directory */ }
    }
    throw new Error(`${name} not found on PATH; ${MISSING_TOOLS}`);
}

let chromium: string;
const work = mkdtempSync(join(tmpdir(), 'dpa-pdf-test-'));

beforeAll(() => {
    requireTool('pdfinfo');
    requireTool('pdftotext');
    try {
        chromium = findChromium();
    } catch (error) {
        throw new Error(`${(error as Error).message}; ${MISSING_TOOLS}`);
    }
});

async function pdfOf(model: DpaModel, edition: ContractEdition): Promise<{ bytes: Uint8Array; info: Record<string, string>; text: string }> {
    const bytes = await renderPdf(renderHtml(edition), { chromium, ...(model.date ? { date: model.date } : {}) });
    const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, bytes);
    const info = Object.fromEntries(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')
        .map(line => line.match(/^([^:]+):\s*(.*)$/)).filter(match => match !== null).map(match => [match![1]!, match![2]!]));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { bytes, info, text };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Where two files first differ, with the bytes around it, to say what varied. */
function firstDifference(a: Uint8Array, b: Uint8Array): string | undefined {
    const length = Math.min(a.length, b.length);
    let offset = 0;
    while (offset < length && a[offset] === b[offset]) offset++;
    if (offset === length && a.length === b.length) return undefined;
    const around = (bytes: Uint8Array) => JSON.stringify(Buffer.from(bytes.subarray(Math.max(0, offset - 60), offset + 60)).toString('latin1'));
    return `sizes ${a.length} and ${b.length}, first difference at byte ${offset}: ${around(a)} vs ${around(b)}`;
}

describe('PDF', () => {
    test('userlike.dpa in German: A4 pages with the contract’s text', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const { info, text } = await pdfOf(model, buildEdition(model, ['de']));
        expect(Number(info['Pages'])).toBeGreaterThanOrEqual(1);
        expect(info['Page size']).toContain('(A4)');
        expect(info['Title']).toBe('Vertrag über die Auftragsverarbeitung');
        for (const subProcessor of model.subProcessors) expect(flat(text)).toContain(subProcessor.legalName);
        expect(flat(text)).toContain('Userlike informiert den Auftraggeber 30 Tage im Voraus auf elektronischem Weg');
        expect(flat(text)).toContain('Anlage 2: Unterauftragsverarbeiter');
    });

    test('360dialog.dpa side by side: landscape, the German audits sentence beside the English one', async () => {
        const model = await modelOf(examplePath('360dialog.dpa'));
        const { info, text } = await pdfOf(model, buildEdition(model, ['de', 'en'], 'side-by-side'));
        expect(Number(info['Pages'])).toBeGreaterThanOrEqual(1);
        const [width, height] = info['Page size']!.match(/([\d.]+) x ([\d.]+)/)!.slice(1).map(Number);
        expect(width).toBeGreaterThan(height!);
        expect(flat(text)).toContain('Auf schriftlichen Antrag mit mindestens 30 Tagen Vorlauf');
        expect(flat(text)).toContain("On written request and with at least 30 days' notice");
        expect(flat(text)).toContain('Intercom R&D Unlimited Company');
    });

    test('injection.dpa: generation succeeds and markup prints as text', async () => {
        const model = await modelOf(fixturePath('injection.dpa'));
        for (const edition of [buildEdition(model, ['de', 'en']), buildEdition(model, ['de', 'en'], 'side-by-side')]) {
            const { info, text } = await pdfOf(model, edition);
            expect(Number(info['Pages'])).toBeGreaterThanOrEqual(1);
            expect(flat(text)).toContain('Foo | <script>alert(1)</script>');
            expect(flat(text)).toContain('Rue <U+202E>evil 1');
            expect(text).not.toContain('\u202E');
        }
    });

    test('the agreement’s date replaces the time of printing; the same Chromium gives the same bytes', async () => {
        const model = await modelOf(fixturePath('all-constructs.dpa'));
        const first = await pdfOf(model, buildEdition(model, ['en']));
        const raw = Buffer.from(first.bytes).toString('latin1');
        expect(raw).toContain("/CreationDate (D:20240301000000+00'00')");
        expect(raw).toContain("/ModDate (D:20240301000000+00'00')");
        const second = await pdfOf(model, buildEdition(model, ['en']));
        expect(firstDifference(first.bytes, second.bytes)).toBeUndefined();
    });
});
