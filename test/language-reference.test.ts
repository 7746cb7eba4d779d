import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText, readText, repoRoot } from './helpers.js';

/**
 * Keeps docs/language-reference.md from drifting away from the grammar: every fenced code
 * block tagged `dpa` is a complete file and must load without errors. Fragments that are not
 * complete files are tagged `dpa-fragment` in the reference and are not checked here.
 */
interface Block {
    /** The nearest heading above the block. */
    heading: string;
    /** 1-based line of the opening fence in the markdown file. */
    line: number;
    tag: string;
    text: string;
}

function fencedBlocks(markdown: string): Block[] {
    const blocks: Block[] = [];
    const lines = markdown.split(/\r?\n/);
    let heading = '(before the first heading)';
    let open: { fence: string; tag: string; line: number; body: string[] } | undefined;
    lines.forEach((line, index) => {
        if (open) {
            if (line.trim() === open.fence) {
                blocks.push({ heading, line: open.line, tag: open.tag, text: open.body.join('\n') + '\n' });
                open = undefined;
            } else {
                open.body.push(line);
            }
            return;
        }
        const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
        if (fence) {
            open = { fence: fence[1], tag: fence[2], line: index + 1, body: [] };
            return;
        }
        const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (title) heading = title[1].replace(/`/g, '');
    });
    if (open) throw new Error(`the code block opened on line ${open.line} is never closed`);
    return blocks;
}

/** The text with leading whitespace and comments removed, so a block may open with a comment. */
function withoutLeadingComments(text: string): string {
    let rest = text.trimStart();
    for (;;) {
        if (rest.startsWith('//')) {
            const end = rest.indexOf('\n');
            rest = end < 0 ? '' : rest.slice(end + 1).trimStart();
        } else if (rest.startsWith('/*')) {
            const end = rest.indexOf('*/');
            rest = end < 0 ? '' : rest.slice(end + 2).trimStart();
        } else {
            return rest;
        }
    }
}

/** Documents whose ```dpa examples must be valid files, with how many examples each has at least. */
const documents: Array<[file: string, minimumExamples: number]> = [['docs/language-reference.md', 10], ['README.md', 1]];

/**
 * A block that opens with `// file: PATH` is one file of a group that uses each other (a sub-processor
 * list, an agreement using it, a template, a cover): all such blocks of a document are written to one
 * folder first, so each is loaded from there and finds the files it names.
 */
function fileNameOf(block: Block): string | undefined {
    return /^\s*\/\/ file: (\S+)/.exec(block.text)?.[1];
}

function writeNamedBlocks(blocks: Block[]): string {
    const folder = mkdtempSync(join(tmpdir(), 'dpa-reference-'));
    for (const block of blocks) {
        const name = fileNameOf(block);
        if (name === undefined) continue;
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), block.text);
    }
    return folder;
}

for (const [referenceFile, minimumExamples] of documents) {
    const blocks = fencedBlocks(readText(join(repoRoot, referenceFile))).filter(block => block.tag === 'dpa');
    const folder = writeNamedBlocks(blocks);

    describe(`${referenceFile}: every \`\`\`dpa example is a valid file`, () => {
        it('has examples to check', () => {
            expect(blocks.length).toBeGreaterThanOrEqual(minimumExamples);
        });

        const seen = new Map<string, number>();
        for (const block of blocks) {
            const count = (seen.get(block.heading) ?? 0) + 1;
            seen.set(block.heading, count);
            const name = `${block.heading}${count > 1 ? ` (example ${count})` : ''} [line ${block.line}]`;
            it(name, async () => {
                expect(/^(agreement|sub-processors|cover)\b/.test(withoutLeadingComments(block.text)),
                    `the \`\`\`dpa block on line ${block.line} is not a complete file (it must start with 'agreement', 'sub-processors' or 'cover'); tag fragments \`\`\`dpa-fragment`).toBe(true);
                const name = fileNameOf(block);
                // The document needs a `.dpa` extension: Langium picks the language by file extension.
                const { diagnostics, hasErrors } = await loadText(block.text, name !== undefined ? join(folder, name) : `${referenceFile}#${block.line}.dpa`);
                const errors = diagnostics.filter(d => d.severity === 'error')
                    .map(d => `${referenceFile} block at line ${block.line}, block line ${d.line}:${d.column}: ${d.message}`);
                expect(errors).toEqual([]);
                expect(hasErrors).toBe(false);
            });
        }
    });
}
