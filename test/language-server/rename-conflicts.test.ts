import { describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Position } from 'vscode-languageserver';
import { header, services } from './language-server-services.js';

/*
 * Issue 12: renaming a data category to the name of another category was accepted and merged
 * the two (every reference to either then meant the first). Rename must refuse a name that
 * something of the same kind already has, both when it is asked (rename) and, for a name at
 * the cursor that cannot be renamed, before the editor opens its input box (prepareRename).
 */

const parse = parseHelper(services);

const dpa = `${header}data subjects {
    subject customers de "Kunden" en "Customers"
}
data categories of customers {
    category email de "E-Mail" en "E-mail"
    category phone de "Telefon" en "Phone"
}
product hub "Hub"
sub-processor AWS {
    products hub
    service "Hosting" { data email, phone }
}
sub-processor Cdn {
    service "CDN" { data email hosted by AWS }
}
`;

function positionOf(text: string, occurrence = 0): Position {
    const offset = [...dpa.matchAll(new RegExp(`\\b${text}\\b`, 'g'))][occurrence].index!;
    const before = dpa.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

async function rename(position: Position, newName: string) {
    const document = await parse(dpa);
    try {
        return await services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
    } finally {
        await clearDocuments(services, [document]);
    }
}

describe('rename to a name that is already taken', () => {
    it('refuses to rename a data category to another category\'s name, at the definition and at a reference', async () => {
        await expect(rename(positionOf('phone'), 'email')).rejects.toThrow(
            "'email' is already the name of a data category (line 8); renaming 'phone' to it would merge the two. Choose another name.");
        await expect(rename(positionOf('phone', 1), 'email')).rejects.toThrow("'email' is already the name of a data category (line 8)");
    });

    it('refuses a sub-processor name that another sub-processor has', async () => {
        await expect(rename(positionOf('Cdn'), 'AWS')).rejects.toThrow("'AWS' is already the name of a sub-processor (line 12)");
    });

    it('still allows a name that only a thing of another kind has, and renaming a name to itself', async () => {
        const toProductName = await rename(positionOf('phone'), 'hub');
        expect(Object.values(toProductName?.changes ?? {}).flat()).toHaveLength(2);
        const same = await rename(positionOf('email'), 'email');
        expect(Object.values(same?.changes ?? {}).flat()).toHaveLength(3);
    });

    it('the error reaches the client as an LSP error (InvalidParams), not as an empty edit', async () => {
        const error = await rename(positionOf('phone'), 'email').then(() => undefined, (caught: unknown) => caught);
        expect(error).toMatchObject({ code: -32602 });
    });
});
