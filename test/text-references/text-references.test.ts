import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateMarkdown } from '@dpa-as-code/generators';
import { parseTextReferences } from '@dpa-as-code/model';
import { loadText, modelOfText, runCliInProcess } from '../helpers.js';

/** An agreement whose audits text refers to the measures annex, a section, a party, a sub-processor and a period. */
function agreement(options: { withSubProcessor: boolean }): string {
    return `agreement Refs {
    languages de, en
}

party acme controller { name "Acme AG" }

processing {
    subject-matter de "Support-Chat" en "Support chat"
}

obligations {
    security { measures annexed }
    audits {
        text de "Nachweise nach {annex measures} und {section security}; {party acme} prüft. Protokolle: {period logs}."
             en "Evidence under {annex measures} and {section security}; {party acme} inspects. Logs: {period logs}."
    }
}
${options.withSubProcessor ? `
sub-processor aws {
    name "Amazon Web Services EMEA SARL"
    country LU
    service de "Hosting" en "Hosting"
}
` : ''}
measures {
    group access de "Zugang" en "Access" {
        measure de "Schlüssel" en "Keys"
    }
}

retention {
    record logs de "Protokolle" en "Logs" { period 6 months }
}
`;
}

describe('typed references in texts', () => {
    test('parse: kind, name and offsets of each placeholder; other braces are text', () => {
        expect(parseTextReferences('See {annex measures} and {x y} and {sub-processor aws}.')).toEqual([
            { kind: 'annex', name: 'measures', start: 4, end: 20, nameStart: 11, nameEnd: 19 },
            { kind: 'sub-processor', name: 'aws', start: 35, end: 54, nameStart: 50, nameEnd: 53 }
        ]);
    });

    test('the measures as third annex render as "Anlage 3" / "Annex 3"', async () => {
        const model = await modelOfText(agreement({ withSubProcessor: true }));
        const de = generateMarkdown(model, 'de');
        const en = generateMarkdown(model, 'en');
        expect(de).toMatch(/^## Anlage 3: Technische und organisatorische Maßnahmen/m);
        expect(en).toMatch(/^## Annex 3: Technical and organisational measures/m);
        expect(de).toContain('Nachweise nach Anlage 3 und Ziffer 2; Acme AG prüft. Protokolle: 6 Monate.');
        expect(en).toContain('Evidence under Annex 3 and Section 2; Acme AG inspects. Logs: 6 months.');
        expect(de).not.toContain('{');
    });

    test('without the sub-processor annex before it, the measures are Anlage 2; the number follows', async () => {
        const de = generateMarkdown(await modelOfText(agreement({ withSubProcessor: false })), 'de');
        expect(de).toContain('Nachweise nach Anlage 2 und Ziffer 2;');
        expect(de).toMatch(/^## Anlage 2: Technische und organisatorische Maßnahmen/m);
    });

    test('an unknown reference is an error at its exact line and column inside the string', async () => {
        const source = agreement({ withSubProcessor: false }).replace('{annex measures} und', '{annex tom} und');
        const loaded = await loadText(source);
        const errors = loaded.diagnostics.filter(d => d.code === 'unknown-text-reference');
        expect(errors).toHaveLength(1);
        // Line 14: `        text de "Nachweise nach {annex tom} …`; the brace is at column 33.
        expect(errors[0]).toMatchObject({ line: 14, column: 33, severity: 'error' });
        expect(errors[0].message).toContain("Unknown annex 'tom'");
        expect(errors[0].message).toContain('Known: processing, measures, retention.');
    });

    test('references to a party, sub-processor or period that does not exist are errors too', async () => {
        const source = agreement({ withSubProcessor: false })
            .replace('{party acme} inspects', '{party beta} inspects')
            .replace('Logs: {period logs}', 'Logs: {period audit}');
        const errors = (await loadText(source)).diagnostics.filter(d => d.code === 'unknown-text-reference');
        expect(errors.map(d => `${d.line}:${d.column} ${d.message.split('.')[0]}`)).toEqual([
            "15:74 Unknown party 'beta' in '{party …}'",
            "15:103 Unknown retention period 'audit' in '{period …}'"
        ]);
    });

    test('`dpa validate` prints file:line:col of an unknown reference', async () => {
        const directory = mkdtempSync(join(tmpdir(), 'dpa-refs-'));
        const file = join(directory, 'refs.dpa');
        writeFileSync(file, agreement({ withSubProcessor: false }).replace('{section security}', '{section secrity}'));
        const result = await runCliInProcess(['validate', file]);
        expect(result.code).not.toBe(0);
        expect(result.stderr + result.stdout).toMatch(/refs\.dpa:14:54\b.*Unknown section 'secrity'/);
    });
});
