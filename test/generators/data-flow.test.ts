import { beforeAll, describe, expect, it } from 'vitest';
import type { DpaModel } from '@dpa-as-code/model';
import { buildEdition, renderDocx, renderHtml, renderMarkdownEdition } from '@dpa-as-code/generators';
import { examplePath, modelOf } from '../helpers.js';
import { docxPlainText, readDocx } from './read-outputs.js';

/**
 * The data-flow picture (issue 14, item 5): controller → processor → sub-processors by country, one
 * edge per sub-processor service with its transfer basis; Mermaid in Markdown, inline SVG in HTML.
 */

const models = new Map<string, DpaModel>();
beforeAll(async () => {
    for (const file of ['userlike.dpa', '360dialog.dpa', 'minimal.dpa']) models.set(file, await modelOf(examplePath(file)));
});
const model = (file: string): DpaModel => {
    const found = models.get(file);
    if (!found) throw new Error(`${file} not loaded`);
    return found;
};

const markdownOf = (file: string, lang: 'de' | 'en') => renderMarkdownEdition(buildEdition(model(file), [lang]));
const htmlOf = (file: string, lang: 'de' | 'en') => renderHtml(buildEdition(model(file), [lang]));

function mermaidBlock(markdown: string): string {
    const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
    if (!match) throw new Error('no Mermaid block');
    return match[1];
}

function svgOf(html: string): string {
    const match = /<svg [\s\S]*?<\/svg>/.exec(html);
    if (!match) throw new Error('no SVG');
    return match[0];
}

const serviceCount = (file: string) => model(file).subProcessors.reduce((count, subProcessor) => count + subProcessor.services.length, 0);

describe('userlike: the data-flow picture', () => {
    it('Markdown: a Datenflüsse section with a flowchart LR, a subgraph per country and one labelled edge per service', () => {
        const markdown = markdownOf('userlike.dpa', 'de');
        expect(markdown).toContain('\n### Datenflüsse\n');
        const mermaid = mermaidBlock(markdown);
        expect(mermaid.split('\n')[0]).toBe('flowchart LR');
        expect(serviceCount('userlike.dpa')).toBe(13);
        const edges = mermaid.split('\n').filter(line => line.includes('-->|'));
        expect(edges).toHaveLength(13);
        expect(mermaid.match(/==>/g)).toHaveLength(1);
        expect(mermaid).toContain('subgraph g1["Deutschland (EWR)"]');
        expect(mermaid).toContain('["Vereinigte Staaten (Drittland; Angemessenheitsbeschluss nur für zertifizierte Empfänger)"]');
        expect(mermaid).toContain('p["Auftragsverarbeiter: Userlike UG (haftungsbeschränkt)"]');
        expect(mermaid).toContain('c1["Verantwortlicher: Kunde"]');
        // Twilio (sub8, in the US): its one service with the basis the file states.
        expect(edges.filter(line => line.endsWith('| s8'))).toEqual([
            '    p -->|"Audio- und Video-Chat, zur Erweiterung und Verbesserung der Kerndienstleistung: SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)"| s8'
        ]);
        // Hetzner (s1, in Germany) states no transfer.
        expect(edges.filter(line => line.endsWith('| s1'))).toEqual(['    p -->|"Hosting der Server; Speicherung der Daten: keine Drittlandübermittlung"| s1']);
        // The same facts as a list, one line per edge.
        expect(markdown.match(/^- Userlike UG \(haftungsbeschränkt\) → /gm)).toHaveLength(13);
    });

    it('English Markdown: Data flows with the English basis', () => {
        const mermaid = mermaidBlock(markdownOf('userlike.dpa', 'en'));
        expect(mermaid).toContain('subgraph g4["United States (third country; adequacy only for certified recipients)"]');
        expect(mermaid).toContain(': EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)"| s9');
        expect(mermaid.split('\n').filter(line => line.includes('-->|'))).toHaveLength(13);
    });

    it('HTML: an inline SVG with one flow path and one basis label per service, no script, nothing remote', () => {
        const html = htmlOf('userlike.dpa', 'en');
        const svg = svgOf(html);
        expect(html.match(/<svg /g)).toHaveLength(1);
        expect(svg.match(/<path class="flow"/g)).toHaveLength(13);
        expect(svg.match(/<text class="basis"/g)).toHaveLength(13);
        expect(svg.match(/<path class="link"/g)).toHaveLength(1);
        expect(svg.match(/: EU standard contractual clauses of 4 June 2021 \(Art\. 46\(2\)\(c\) GDPR\)<\/title><\/path>/g)).toHaveLength(9);
        expect(svg).toContain('<title>Audio and video chat, to expand and improve the core services: EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)</title>');
        // A long label wraps into tspans, one per line.
        const svgText = svg.replace(/<tspan [^>]*>/g, ' ').replace(/<\/tspan>/g, '');
        expect(svgText).toContain('>United States (third country; adequacy only for certified recipients)</text>');
        expect(svg).not.toMatch(/<script/i);
        expect(svg.match(/http/g)).toEqual(['http']);
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(html).not.toMatch(/<script/i);
    });

    it('is byte-identical across runs', () => {
        expect(markdownOf('userlike.dpa', 'de')).toBe(markdownOf('userlike.dpa', 'de'));
        expect(htmlOf('userlike.dpa', 'de')).toBe(htmlOf('userlike.dpa', 'de'));
    });

    it('DOCX lists the edges as text', async () => {
        const bytes = await renderDocx(buildEdition(model('userlike.dpa'), ['en']), { date: model('userlike.dpa').date });
        const text = docxPlainText((await readDocx(bytes)).document);
        expect(text).toContain('Data flows');
        expect(text).toContain('Userlike UG (haftungsbeschränkt) → Twilio Inc., United States (third country; adequacy only for certified recipients): Audio and video chat');
    });
});

describe('360dialog and a file without sub-processors', () => {
    it('360dialog: one edge per service, Atlassian in the US without a stated basis, sub-processors without a country grouped apart', () => {
        const mermaid = mermaidBlock(markdownOf('360dialog.dpa', 'en'));
        const count = serviceCount('360dialog.dpa');
        expect(mermaid.split('\n').filter(line => line.includes('-->|'))).toHaveLength(count);
        expect(svgOf(htmlOf('360dialog.dpa', 'en')).match(/<path class="flow"/g)).toHaveLength(count);
        expect(mermaid).toContain('"Issue tracking: no basis stated"');
        expect(mermaid).toContain('["United States (third country; adequacy only for certified recipients)"]');
        expect(mermaid).toContain('["country not stated"]');
    });

    it('no sub-processors: no data-flow section', () => {
        expect(model('minimal.dpa').subProcessors).toHaveLength(0);
        const markdown = markdownOf('minimal.dpa', 'en');
        expect(markdown).not.toContain('Data flows');
        expect(markdown).not.toContain('```mermaid');
        expect(htmlOf('minimal.dpa', 'en')).not.toContain('<svg');
    });
});
