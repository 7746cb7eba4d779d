import { describe, expect, it } from 'vitest';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { DpaTokenModifiers } from '@dpa-as-code/language-server';
import { services } from './language-server-services.js';

const highlight = highlightHelper(services);
const provider = services.lsp.SemanticTokenProvider!;
const modifier = (name: string) => provider.tokenModifiers[name];

// Ranges, in order: 0 agreement name, 1 "de" tag, 2 German text, 3 "en" tag, 4 English text,
// 5 category name, 6 country code, 7 obligation keyword, 8 period value, 9 period unit,
// 10 sub-processor name, 11 data reference, 12 server location, 13 neutral text.
const text = `agreement <|Test|> {
    title <|de|> <|"Vertrag"|> <|en|> <|"Agreement"|>
    languages de, en
}
data categories {
    category <|email|> "E-mail"
}
party Vendor processor {
    country <|DE|>
}
obligations {
    <|breach-notification|> { within <|24|> <|hours|> }
}
sub-processor <|AWS|> {
    service "Hosting" { data <|email|> located <|IE|> note <|"EU region"|> }
}
`;

describe('semantic tokens', () => {
    it('marks names, references, country codes, periods, obligation keywords and texts at their positions', async () => {
        const tokens = await highlight(text, { documentUri: 'file:///semantic.dpa' });
        const expected: Array<[number, SemanticTokenTypes]> = [
            [0, SemanticTokenTypes.namespace],
            [1, SemanticTokenTypes.keyword], [2, SemanticTokenTypes.string], [3, SemanticTokenTypes.keyword], [4, SemanticTokenTypes.string],
            [5, SemanticTokenTypes.property],
            [6, SemanticTokenTypes.enumMember],
            [7, SemanticTokenTypes.keyword],
            [8, SemanticTokenTypes.number], [9, SemanticTokenTypes.number],
            [10, SemanticTokenTypes.class],
            [11, SemanticTokenTypes.property],
            [12, SemanticTokenTypes.enumMember],
            [13, SemanticTokenTypes.string]
        ];
        for (const [rangeIndex, tokenType] of expected) {
            expectSemanticToken(tokens, { rangeIndex, tokenType });
        }
        const at = (rangeIndex: number) => tokens.tokens.find(token => token.offset === tokens.ranges[rangeIndex][0])!;
        // Definitions carry the `declaration` modifier, references do not.
        expect(at(5).tokenModifiers & modifier('declaration')).toBeTruthy();
        expect(at(10).tokenModifiers & modifier('declaration')).toBeTruthy();
        expect(at(11).tokenModifiers & modifier('declaration')).toBe(0);
        // Texts carry their language.
        expect(at(2).tokenModifiers).toBe(modifier(DpaTokenModifiers.langDe));
        expect(at(4).tokenModifiers).toBe(modifier(DpaTokenModifiers.langEn));
        expect(at(13).tokenModifiers).toBe(0);
        expect(at(2).text).toBe('"Vertrag"');
    });

    it('declares the language modifiers in the legend after the standard ones', () => {
        const legend = provider.semanticTokensOptions.legend;
        expect(legend.tokenModifiers.slice(-2)).toEqual([DpaTokenModifiers.langDe, DpaTokenModifiers.langEn]);
        expect(modifier(DpaTokenModifiers.langDe)).toBe(1 << (legend.tokenModifiers.length - 2));
    });
});
