import { beforeAll, describe, expect, test } from 'vitest';
import type { DpaModel } from '@dpa-as-code/model';
import { buildEdition, renderMarkdownEdition } from '@dpa-as-code/generators';
import { examplePath, modelOf } from '../helpers.js';

/**
 * Issue 8: every reference in the contract to an annex or a numbered section of this agreement
 * names a part that exists with that number. References to other documents (SCC clauses and
 * their Roman-numbered annexes, GDPR articles) are not parts of this agreement and are left out.
 */

const FILES = ['360dialog.dpa', 'userlike.dpa', 'starter.dpa'] as const;
const models = new Map<string, DpaModel>();

beforeAll(async () => {
    for (const file of FILES) models.set(file, await modelOf(examplePath(file)));
});

interface NumberedParts { annexes: Set<string>; sections: Set<string> }

/** The annex and section numbers the Markdown headings define. */
function numberedParts(markdown: string): NumberedParts {
    const annexes = new Set<string>();
    const sections = new Set<string>();
    for (const line of markdown.split('\n')) {
        const heading = /^#{1,6} (.*)$/.exec(line)?.[1];
        if (heading === undefined) continue;
        const annex = /^(?:Anlage|Annex) (\d+):/.exec(heading);
        if (annex) annexes.add(annex[1]);
        const section = /^(\d+(?:\.\d+)*) /.exec(heading);
        if (section) sections.add(section[1]);
    }
    return { annexes, sections };
}

/** Text outside headings, with Markdown escapes removed. */
function bodyText(markdown: string): string {
    return markdown.split('\n').filter(line => !line.startsWith('#')).join('\n').replace(/\\(.)/g, '$1');
}

const ANNEX_REFERENCE = /\b(?:Anlage|Anlagen|Annex|Annexes) (\d+)\b(?!\.\d)/g;
const SECTION_REFERENCE = /\b(?:Ziffer|Ziffern|Section|section|Sections|sections) (\d+(?:\.\d+)*)\b/g;

function editions(file: string): Array<{ name: string; markdown: string }> {
    const source = models.get(file)!;
    const result: Array<{ name: string; markdown: string }> = [];
    for (const lang of source.languages) {
        result.push({ name: `${file} ${lang}`, markdown: renderMarkdownEdition(buildEdition(source, [lang], 'sequential')) });
    }
    return result;
}

describe.each(FILES)('%s: references resolve', file => {
    test('every "Anlage N" / "Annex N" names an annex that exists', () => {
        for (const { name, markdown } of editions(file)) {
            const { annexes } = numberedParts(markdown);
            const referenced = [...bodyText(markdown).matchAll(ANNEX_REFERENCE)].map(match => match[1]);
            for (const number of referenced) expect(annexes, `${name}: Annex ${number}`).toContain(number);
            if (file !== 'starter.dpa') expect(referenced.length, `${name}: annex references found`).toBeGreaterThan(0);
        }
    });

    test('every "Ziffer N" / "Section N" names a numbered section that exists', () => {
        for (const { name, markdown } of editions(file)) {
            const { sections } = numberedParts(markdown);
            const referenced = [...bodyText(markdown).matchAll(SECTION_REFERENCE)].map(match => match[1]);
            for (const number of referenced) expect(sections, `${name}: Section ${number}`).toContain(number);
            if (file === 'userlike.dpa') expect(referenced, name).toContain('2.2.2');
        }
    });
});

describe('the checks can fail', () => {
    test('a reference to a missing annex or section is caught', () => {
        const markdown = '# Title\n\n## 1 Subject\n\nSee Annex 4 and Section 3.2.\n\n## Annex 1: Details\n';
        const { annexes, sections } = numberedParts(markdown);
        expect([...annexes]).toEqual(['1']);
        expect([...sections]).toEqual(['1']);
        expect([...bodyText(markdown).matchAll(ANNEX_REFERENCE)].map(match => match[1])).toEqual(['4']);
        expect([...bodyText(markdown).matchAll(SECTION_REFERENCE)].map(match => match[1])).toEqual(['3.2']);
    });
});
