import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../packages/language/src/dpa-keyword-correction.js';
import { examplePath, loadText } from './helpers.js';

/** Every diagnostic as `line:col-endLine:endCol message`. */
async function diagnosticsOf(text: string): Promise<string[]> {
    const loaded = await loadText(text, 'typo.dpa');
    return loaded.diagnostics.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity}: ${d.message}`);
}

const body = `agreement Typo {
    title en "Agreement"
    languages en
}

party Vendor processor {
    name "Vendor GmbH"
    country DE
}

obligations {
    confidentiality { staff committed }
    security { measures annexed }
}

measures {
    group transport en "Transport" {
        objectives encryption
        measure en "TLS 1.3"
    }
}
`;

describe('a misspelt keyword', () => {
    it('the fixture is valid as written', async () => {
        expect(await diagnosticsOf(body)).toEqual([]);
    });

    it('at the top level gives one error at the word, and none on the correct lines after it', async () => {
        // Chevrotain alone skipped to `measures` inside `security { … }`, then claimed a second measures section.
        expect(await diagnosticsOf(body.replace('obligations {', 'obligatons {')))
            .toEqual(["11:1-11:11 error: Unknown word 'obligatons': did you mean 'obligations'?"]);
    });

    it('in the header block: letters swapped', async () => {
        expect(await diagnosticsOf(body.replace('    title en', '    titel en')))
            .toEqual(["2:5-2:10 error: Unknown word 'titel': did you mean 'title'?"]);
    });

    it('suggests only keywords valid at that place', async () => {
        // `name` is a property of a party; inside `confidentiality { … }` the same typo means `staff`.
        expect(await diagnosticsOf(body.replace('    name "Vendor', '    nmae "Vendor')))
            .toEqual(["7:5-7:9 error: Unknown word 'nmae': did you mean 'name'?"]);
        expect(await diagnosticsOf(body.replace('{ staff committed }', '{ staf committed }')))
            .toEqual(["12:23-12:27 error: Unknown word 'staf': did you mean 'staff'?"]);
    });

    it('several typos in one file: one error each', async () => {
        const text = body.replace('obligations {', 'obligatons {').replace('    country DE', '    contry DE').replace('objectives encryption', 'objectivs encryption');
        expect(await diagnosticsOf(text)).toEqual([
            "8:5-8:11 error: Unknown word 'contry': did you mean 'country'?",
            "11:1-11:11 error: Unknown word 'obligatons': did you mean 'obligations'?",
            "18:9-18:18 error: Unknown word 'objectivs': did you mean 'objectives'?"
        ]);
    });

    it('a word that is a keyword, but the wrong one there', async () => {
        expect(await diagnosticsOf(body.replace('party Vendor processor', 'party Vendor processer')))
            .toEqual(["6:14-6:23 error: Unknown word 'processer': did you mean 'processor'?"]);
    });

    it('a word close to no keyword keeps the parser\'s own message', async () => {
        const diagnostics = await diagnosticsOf(body.replace('obligations {', 'zzzzzz {'));
        expect(diagnostics[0]).toBe("11:1-11:7 error: Unexpected 'zzzzzz': expected a section such as 'party', 'processing', 'obligations' or 'sub-processor'.");
        expect(diagnostics.join('\n')).not.toContain('did you mean');
    });

    it('in a real agreement (the starter example)', async () => {
        const starter = readFileSync(examplePath('starter.dpa'), 'utf8');
        const line = starter.split('\n').indexOf('obligations {') + 1;
        expect(await diagnosticsOf(starter.replace('\nobligations {', '\nobligatons {')))
            .toEqual([`${line}:1-${line}:11 error: Unknown word 'obligatons': did you mean 'obligations'?`]);
    });
});

describe('editDistance', () => {
    it('counts a swap of neighbours as one edit', () => {
        expect(editDistance('titel', 'title')).toBe(1);
        expect(editDistance('obligatons', 'obligations')).toBe(1);
        expect(editDistance('kitten', 'sitting')).toBe(3);
        expect(editDistance('', 'abc')).toBe(3);
    });
});
