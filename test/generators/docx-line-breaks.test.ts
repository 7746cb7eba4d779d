import { describe, expect, test } from 'vitest';
import type { Element as XmlElement } from 'xml-js';
import { buildEdition, renderDocx } from '@dpa-as-code/generators';
import { modelOfText } from '../helpers.js';
import { docxText, readDocx, xmlFindAll } from './read-outputs.js';

/**
 * Texts of many lines in Word (issue 12: a name of thousands of `\n` took seconds of CPU):
 * every line break is one `<w:br/>`, lines keep their text, order and formatting, and an
 * empty line is the line break alone.
 */

const BREAKS = 5_000;

/** A complete agreement whose processor is called `processorName` (a .dpa string literal's content). */
function agreement(processorName: string, subjectName = 'Customers'): string {
    return [
        'agreement LineBreaks {',
        '    title en "Data Processing Agreement"',
        '    languages en',
        '}',
        'party Customer controller {',
        '    name en "Example Retail GmbH"',
        '}',
        'party Vendor processor {',
        `    name en "${processorName}"`,
        '}',
        'data subjects {',
        `    subject customers en "${subjectName}"`,
        '}'
    ].join('\n');
}

async function documentOf(source: string): Promise<{ xml: string; document: XmlElement }> {
    const model = await modelOfText(source);
    const { parts, document } = await readDocx(await renderDocx(buildEdition(model, ['en']), { date: model.date }));
    return { xml: parts.get('word/document.xml')!, document };
}

/** The paragraphs whose text contains `fragment`, as text with `\n` for each `<w:br/>`. */
function paragraphsWith(document: XmlElement, fragment: string): XmlElement[] {
    return xmlFindAll(document, 'w:p').filter(paragraph => docxText(paragraph).includes(fragment));
}

describe('DOCX: texts of many lines', () => {
    test(`a party name of ${BREAKS.toLocaleString('en')} line breaks keeps every break and the text around them`, async () => {
        const { xml, document } = await documentOf(agreement(`Vendor${'\\n'.repeat(BREAKS)}Ltd`));
        const name = `Vendor${'\n'.repeat(BREAKS)}Ltd`;
        const paragraphs = paragraphsWith(document, name);
        // The processor's heading in the parties section and its signature line.
        expect(paragraphs.map(paragraph => docxText(paragraph).trim())).toEqual([name, `For ${name}`]);
        for (const paragraph of paragraphs) expect(xmlFindAll(paragraph, 'w:br')).toHaveLength(BREAKS);
        // No other text has a line break, so these are all of the document's.
        expect(xml.match(/<w:br\/>/g)).toHaveLength(2 * BREAKS);
        // Empty lines are the line break alone: no text element of their own.
        expect(paragraphs.map(paragraph => xmlFindAll(paragraph, 'w:t').map(t => String(t.elements?.[0]?.text ?? ''))))
            .toEqual([['Vendor', 'Ltd'], ['For Vendor', 'Ltd']]);
    });

    test('lines keep their order and language across the runs a long text is split into', async () => {
        const lines = Array.from({ length: 2_500 }, (_, index) => `Group ${index + 1}`);
        const { document } = await documentOf(agreement('Vendor Ltd', lines.join('\\n')));
        const [paragraph, ...others] = paragraphsWith(document, 'Group 2500');
        expect(others).toEqual([]);
        expect(docxText(paragraph!).trim()).toBe(lines.join('\n'));
        expect(xmlFindAll(paragraph!, 'w:br')).toHaveLength(2_499);
        // Each run carries the edition's language, the same as a one-line text's run.
        const runs = xmlFindAll(paragraph!, 'w:r').filter(run => xmlFindAll(run, 'w:br').length > 0);
        expect(runs).toHaveLength(3);
        for (const run of runs) expect(xmlFindAll(run, 'w:lang').map(lang => lang.attributes?.['w:val'])).toEqual(['en-GB']);
    });

    test('blank lines, leading and trailing breaks and a CRLF are kept; a line reading CURRENT stays text', async () => {
        const { xml, document } = await documentOf(agreement('\\nVendor\\r\\n\\nCURRENT\\n', 'Customers'));
        // A line break per line end (CRLF is one), then the paragraph's end.
        expect(paragraphsWith(document, 'CURRENT').map(docxText)).toEqual(['\nVendor\n\nCURRENT\n\n', 'For \nVendor\n\nCURRENT\n\n']);
        // The docx package reads a run's string child "CURRENT" as a page number field.
        expect(xml).toContain('<w:t xml:space="preserve">CURRENT</w:t>');
        expect(xml).not.toContain('w:fldChar');
    });

    test('a one-line text is one run with one text element, as before', async () => {
        const { xml } = await documentOf(agreement('Vendor Ltd'));
        expect(xml).toContain('<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">Vendor Ltd</w:t></w:r>');
        expect(xml).not.toContain('<w:br/>');
    });
});
