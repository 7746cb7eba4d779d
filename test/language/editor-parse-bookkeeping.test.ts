import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CstUtils, EmptyFileSystem, isLeafCstNode } from 'langium';
import { createDpaServices } from '@dpa-as-code/language';
import { lineStartsOfText, listTokensWhileParsing, movedLineStarts, takeTokensListedWhileParsing } from '../../packages/language/src/dpa-parser-memory.js';
import { textChange } from '../../packages/language/src/dpa-incremental-parse.js';
import { Random } from '../fuzz/mutator.js';
import { examplePath } from '../helpers.js';

// What the editor keeps between keystrokes so that a re-parsed block does not cost a pass over the
// whole file: the line starts, moved after an edit, and the tokens in text order, listed while parsing.

const PIECES = ['a', 'bc', '\n', '\r', '\r\n', '\n\r', ' '];

function randomText(random: Random, length: number): string {
    let text = '';
    while (text.length < length) text += random.pick(PIECES);
    return text;
}

describe('movedLineStarts', () => {
    it('equals the line starts of the new text after 5,000 random edits near line breaks', () => {
        const random = new Random(20261202);
        for (let round = 0; round < 5_000; round++) {
            const oldText = randomText(random, 1 + random.int(40));
            const start = random.int(oldText.length + 1);
            const end = start + random.int(Math.min(6, oldText.length - start) + 1);
            const newText = oldText.slice(0, start) + randomText(random, random.int(5)) + oldText.slice(end);
            const moved = movedLineStarts(lineStartsOfText(oldText), newText, textChange(oldText, newText));
            expect(moved, JSON.stringify({ oldText, newText })).toEqual(lineStartsOfText(newText));
        }
    });

    it('splits a lone carriage return typed before a line feed into one `\\r\\n` line break', () => {
        const oldText = 'one\ntwo\nthree';
        const newText = 'one\r\ntwo\nthree';
        expect(movedLineStarts(lineStartsOfText(oldText), newText, textChange(oldText, newText))).toEqual([0, 5, 9]);
        const joined = 'one\r\ntwo';
        const split = 'one\rx\ntwo';
        expect(movedLineStarts(lineStartsOfText(joined), split, textChange(joined, split))).toEqual([0, 4, 6]);
    });
});

describe('listTokensWhileParsing', () => {
    const { Dpa } = createDpaServices(EmptyFileSystem);
    const parser = Dpa.parser.LangiumParser;
    listTokensWhileParsing(parser);
    const leavesOf = (text: string) => {
        const root = parser.parse(text).value.$cstNode!.root;
        return { listed: takeTokensListedWhileParsing(root), leaves: CstUtils.streamCst(root).filter(isLeafCstNode).toArray() };
    };

    it.each(['userlike.dpa', '360dialog.dpa', 'minimal.dpa'])('lists the tokens of %s, comments included, in text order', name => {
        const text = `// before everything\n${readFileSync(examplePath(name), 'utf8')}\n/* after everything */\n// last\n`;
        const { listed, leaves } = leavesOf(text);
        expect(leaves.filter(leaf => leaf.hidden).length).toBeGreaterThan(2);
        expect(listed).toHaveLength(leaves.length);
        expect(listed!.every((leaf, index) => leaf === leaves[index])).toBe(true);
    });

    it('lists nothing for a text with a syntax error, where recovery may add or skip tokens', () => {
        const broken = readFileSync(examplePath('minimal.dpa'), 'utf8').replace('{', '{ {');
        expect(leavesOf(broken).listed).toBeUndefined();
    });

    it('hands a list over once', () => {
        const root = parser.parse(readFileSync(examplePath('minimal.dpa'), 'utf8')).value.$cstNode!.root;
        expect(takeTokensListedWhileParsing(root)).toBeDefined();
        expect(takeTokensListedWhileParsing(root)).toBeUndefined();
    });
});
