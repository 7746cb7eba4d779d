import { describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { services } from './language-server-services.js';

/*
 * Issue 12: the whole-DPA snippet was offered only to someone typing `agreement`; `dpa`, `new`
 * and `skel` (what people try in an empty file) found nothing.
 */

const complete = expectCompletion(services);
const SKELETON = 'New DPA (Art. 28 skeleton)';

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await complete({ text, index: 0, disposeAfterCheck: true, assert: (list: CompletionList) => { items = list.items; } });
    return items;
}

describe('the whole-DPA snippet in an empty file', () => {
    it('is offered with nothing typed, and its filter text lets the editor find it by every usual word', async () => {
        const skeleton = (await itemsAt('<|>')).find(item => item.label === SKELETON);
        expect(skeleton).toBeDefined();
        expect(skeleton!.filterText!.split(' ')).toEqual(expect.arrayContaining(['agreement', 'dpa', 'new', 'skeleton']));
        expect((skeleton!.textEdit as { newText: string }).newText).toMatch(/^\/\/ Data Processing Agreement under Art\. 28 GDPR\nagreement \$\{1:Name\} \{/);
    });

    for (const typed of ['dpa', 'new', 'skel', 'agr', 'DPA']) {
        it(`is offered after typing '${typed}', replacing what was typed`, async () => {
            const items = await itemsAt(`${typed}<|>`);
            const skeleton = items.find(item => item.label === SKELETON);
            expect(skeleton, `items: ${items.map(item => item.label).join(', ')}`).toBeDefined();
            expect((skeleton!.textEdit as { range: unknown }).range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: typed.length } });
        });
    }

    it('is not offered for a word that is none of those', async () => {
        expect((await itemsAt('xyz<|>')).map(item => item.label)).not.toContain(SKELETON);
    });
});
