import { readFileSync } from 'node:fs';
import {
    AstUtils, createLangiumParser, CstUtils, DefaultLinker, DefaultValueConverter, EmptyFileSystem, GrammarUtils, isAstNode, isLeafCstNode, isReference, URI, ValueConverter,
    type AstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type ValueType
} from 'langium';
import { Lexer as ChevrotainLexer, type ILexerErrorMessageProvider, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createDpaServices, loadDpaText, toDpaModel } from '@dpa-as-code/language';
import { DpaLexer } from '../packages/language/src/dpa-lexer.js';
import { DpaLinker } from '../packages/language/src/dpa-linker.js';
import { withKeywordCorrection } from '../packages/language/src/dpa-keyword-correction.js';
import { withLinearRecovery } from '../packages/language/src/dpa-parser-recovery.js';
import { parameterValueMarker } from '../packages/language/src/dpa-imports.js';
import { syntheticDpa } from '../bench/synthetic-dpa.js';
import { unquote } from '../packages/language/src/dpa-value-converter.js';
import { blockAt } from '../packages/lint/src/fixes/edit-builders.js';
import { SourceText, type Token } from '../packages/lint/src/fixes/source-text.js';
import { constructLabel, describePlace, propertyWord, walkModel, type WalkContext } from '../packages/lint/src/rules/transfer-scc-hygiene-utils.js';
import { findHardCodedReferences } from '../packages/lint/src/hard-coded-references.js';
import { languageEvidence } from '../packages/lint/src/text-language.js';
import { textReferencesOf } from '../packages/language/src/text-references.js';
import { parseTextReferences } from '@dpa-as-code/model';
import { examplePath, load, loadText, modelOf, modelOfText, repoRoot } from './helpers.js';

// Behaviour kept by the changes that made large agreements fast and small (docs/performance.md):
// each new shortcut must give exactly what the slow way gave.

describe('quoted texts are read without building them a character at a time', () => {
    it('gives what Langium\'s own reading gives, escapes and edge cases included', () => {
        const inputs = ['""', '"a"', '"Vendor GmbH"', '"x \\" y"', '"line\\nbreak\\ttab"', '"\\\\"', '"\\q\\0\\v"', '"ends with \\\\"',
            '"\\"', '"a\\', '"', '', '"é \u{1F600} \\u00e9"', `"${'long text '.repeat(50)}\\n"`];
        for (const input of inputs) expect(unquote(input), input).toBe(ValueConverter.convertString(input));
    });

    it('keeps the values of a parsed agreement', async () => {
        const model = await modelOfText(`agreement A {
    title en "Data \\"Processing\\" Agreement"
    languages en
}
party Vendor processor {
    name "Vendor\\tGmbH"
    country DE
}
`);
        expect(model.title).toEqual({ en: 'Data "Processing" Agreement' });
        expect(model.parties[0].legalName).toEqual({ neutral: 'Vendor\tGmbH' });
    });
});

describe('the parser lets go of its last input', () => {
    it('keeps no tokens or syntax tree of a parsed file', async () => {
        const services = createDpaServices(EmptyFileSystem).Dpa;
        const loaded = await loadDpaText(services, readFileSync(examplePath('userlike.dpa'), 'utf8'), 'userlike.dpa');
        expect(loaded.document.parseResult.parserErrors).toEqual([]);
        const parser = services.parser.LangiumParser as unknown as { wrapper: { input: unknown[] }; nodeBuilder: { rootNode?: unknown } };
        expect(parser.wrapper.input).toEqual([]);
        expect(parser.nodeBuilder.rootNode).toBeUndefined();
        // And it still parses the next file.
        const next = services.shared.workspace.LangiumDocumentFactory.fromString('agreement B { title en "B" languages en }', URI.file('/b.dpa'));
        expect(next.parseResult.parserErrors).toEqual([]);
    });
});

describe('token ranges worked out when asked for', () => {
    const services = createDpaServices(EmptyFileSystem).Dpa;
    const userlike = readFileSync(examplePath('userlike.dpa'), 'utf8');
    const texts = {
        'userlike.dpa': userlike,
        'userlike.dpa with \\r\\n': userlike.replace(/\n/g, '\r\n'),
        'userlike.dpa with \\r': userlike.replace(/\n/g, '\r'),
        'texts and comments over several lines': 'agreement A {\r\n    title en "two\nlines\r\nthree" /* a\r\n\r\n comment */ languages en\r}\n// end'
    };

    // The DPA lexer records offsets only (dpa-lexer.ts); Chevrotain's full position tracking, on the same token types, is the reference.
    const fullTracking = new ChevrotainLexer(Object.values(services.parser.Lexer.definition), { positionTracking: 'full' });

    it('the DPA lexer gives the same tokens as Chevrotain with full position tracking, without line and column', () => {
        for (const text of Object.values(texts)) {
            const full = fullTracking.tokenize(text);
            const lexed = services.parser.Lexer.tokenize(text);
            const strip = (tokens: IToken[]) => tokens.map(token => ({ image: token.image, startOffset: token.startOffset, endOffset: token.endOffset, type: token.tokenType.name }));
            expect(strip(lexed.tokens)).toEqual(strip(full.tokens));
            expect(strip(lexed.hidden)).toEqual(strip(full.groups.hidden ?? []));
            expect(lexed.tokens[0].startLine).toBeUndefined();
        }
    });

    it.each(Object.entries(texts))('equal the ranges Chevrotain counted for every token: %s', (name, text) => {
        const full = fullTracking.tokenize(text);
        const lexed = { tokens: full.tokens, hidden: full.groups.hidden ?? [] };
        const tokenAt = new Map([...lexed.tokens, ...lexed.hidden].map(token => [token.startOffset, token]));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ranges/${name}.dpa`));
        const leaves = CstUtils.streamCst(document.parseResult.value.$cstNode!.root).filter(isLeafCstNode).toArray();
        expect(leaves.length).toBe(tokenAt.size);
        for (const leaf of leaves) expect(leaf.range, leaf.text).toEqual(CstUtils.tokenToRange(tokenAt.get(leaf.offset)!));
    });
});

describe('keyword correction stays cheap on garbled files', () => {
    const header = (line: string) => `agreement A {\n    title en "A"\n    languages en\n    ${line}\n}\n`;

    it('reads a misspelt word as the keyword meant', async () => {
        const loaded = await loadText(header('datex 2024-01-01'));
        expect(loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual(["4:5 Unknown word 'datex': did you mean 'date'?"]);
    });

    it('does not re-read a keyword out of place as another keyword (`data` where `date` fits)', async () => {
        const loaded = await loadText(header('data 2024-01-01'));
        expect(loaded.diagnostics[0]).toMatchObject({ line: 4, column: 5, message: "Expected '}' but found 'data'." });
        expect(loaded.diagnostics.map(d => d.message).join('\n')).not.toContain('did you mean');
    });
});

describe('finding the tokens of a construct by binary search', () => {
    const text = readFileSync(examplePath('minimal.dpa'), 'utf8');
    const source = new SourceText(text);
    const tokens = source.tokens();

    it('gives the same tokens as a search through the whole file, for every span', () => {
        const offsets = [0, 1, ...tokens.flatMap(token => [token.start, token.end, token.end + 1]), text.length];
        for (const start of offsets) {
            for (const end of offsets.filter(end => end >= start)) {
                expect(source.tokensIn(start, end)).toEqual(tokens.filter(token => token.start >= start && token.end <= end));
            }
        }
    });

    it('finds the same block for every construct', () => {
        for (const open of tokens.filter(token => token.kind === 'open')) {
            const at = { ...source.positionAt(Math.max(0, open.start - 3)), endLine: source.positionAt(text.length).line, endColumn: source.positionAt(text.length).column };
            expect(blockAt(source, at)?.open).toBe(open);
        }
        const end = source.positionAt(text.length);
        expect(blockAt(source, { ...end, endLine: end.line, endColumn: end.column })).toBeUndefined();
    });
});

const EXAMPLES = ['minimal.dpa', 'userlike.dpa', '360dialog.dpa', 'starter.dpa'];

describe('one walk of the model shared by the rules, labels made when asked for', () => {
    interface Visit { value: object; key: string | undefined; place: string; at: unknown }

    /** The former walk: one traversal per call, every place labelled as it is entered. */
    function eagerWalk(model: object, stop: (context: WalkContext) => boolean = () => false): Visit[] {
        const visits: Visit[] = [];
        const walk = (value: unknown, context: WalkContext) => {
            if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
            const object = value as Record<string, unknown>;
            visits.push({ value: object, key: context.key, place: describePlace(context), at: context.at });
            if (stop(context)) return;
            for (const [key, child] of Object.entries(object)) {
                if (key === 'source') continue;
                if (Array.isArray(child)) child.forEach((element, index) => { walk(element, enter(context, key, element, index)); });
                else walk(child, enter(context, key, child, undefined));
            }
        };
        const enter = (parent: WalkContext, key: string, value: unknown, index: number | undefined): WalkContext => {
            const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
            const source = object?.source as WalkContext['at'] | undefined;
            if (object && source) return { key, constructs: [...parent.constructs, constructLabel(key, object, index)], properties: [], at: source };
            const word = propertyWord(key, object, index);
            return { key, constructs: parent.constructs, properties: word ? [...parent.properties, word] : parent.properties, at: parent.at };
        };
        walk(model, { key: undefined, constructs: [], properties: [], at: (model as { source: WalkContext['at'] }).source });
        return visits;
    }

    function sharedWalk(model: object, stop: (context: WalkContext) => boolean = () => false): Visit[] {
        const visits: Visit[] = [];
        walkModel(model as never, (value, context) => {
            visits.push({ value, key: context.key, place: describePlace(context), at: context.at });
            return stop(context);
        });
        return visits;
    }

    it.each(EXAMPLES)('visits the same objects in the same order with the same places as the former walk: %s', async name => {
        const model = await modelOf(examplePath(name));
        const eager = eagerWalk(model);
        expect(eager.length).toBeGreaterThan(5);
        expect(sharedWalk(model)).toEqual(eager);
        // The next rule walks the same model from the remembered list: the same again.
        expect(sharedWalk(model)).toEqual(eager);
    });

    it('skips exactly what lies below a value whose visitor says so', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const stop = (context: WalkContext) => context.key === 'subProcessors' || context.key === 'obligations' || context.key === 'en';
        const eager = eagerWalk(model, stop);
        expect(eager.length).toBeLessThan(eagerWalk(model).length);
        expect(sharedWalk(model, stop)).toEqual(eager);
    });
});

describe('tokens of the source text read without a regular expression per character', () => {
    /** The former tokenizer: a regular expression test for each character. */
    function regexTokens(text: string): Token[] {
        const tokens: Token[] = [];
        let i = 0;
        while (i < text.length) {
            const c = text[i];
            if (/\s/.test(c)) { i++; continue; }
            if (text.startsWith('//', i)) { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
            if (text.startsWith('/*', i)) { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 2; continue; }
            if (c === '"') {
                let j = i + 1;
                while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
                j = Math.min(j + 1, text.length);
                tokens.push({ kind: 'string', start: i, end: j, text: text.slice(i, j) });
                i = j;
                continue;
            }
            if (c === '{' || c === '}' || c === ',') {
                tokens.push({ kind: c === '{' ? 'open' : c === '}' ? 'close' : 'comma', start: i, end: i + 1, text: c });
                i++;
                continue;
            }
            let j = i;
            while (j < text.length && !/[\s{}",]/.test(text[j]) && !text.startsWith('//', j) && !text.startsWith('/*', j)) j++;
            tokens.push({ kind: 'word', start: i, end: j, text: text.slice(i, j) });
            i = j;
        }
        return tokens;
    }

    const odd = 'a\u00a0b\u2028c\ufeffd\u3000e\tf\vg\fh\ri/j//k\nl/*m*/n"o\\"p"q,r{s}t\u{1F600}u\ud800v/w';
    it.each([...EXAMPLES, 'unusual characters'])('gives the same tokens: %s', name => {
        const text = name === 'unusual characters' ? odd : readFileSync(examplePath(name), 'utf8');
        expect(new SourceText(text).tokens()).toEqual(regexTokens(text));
    });
});

describe('text scans remembered per text', () => {
    it('give equal but separate results on each call', () => {
        const text = 'Die Maßnahmen stehen in Anlage 3 und in Ziffer 4.1 dieses Vertrags.';
        const first = findHardCodedReferences(text);
        expect(first.map(reference => reference.text)).toEqual(['Anlage 3', 'Ziffer 4.1 dieses Vertrags']);
        first[0].text = 'changed by a caller';
        first.pop();
        expect(findHardCodedReferences(text).map(reference => reference.text)).toEqual(['Anlage 3', 'Ziffer 4.1 dieses Vertrags']);
        const evidence = languageEvidence('the data and the measures of the processor');
        evidence.english = 0;
        expect(languageEvidence('the data and the measures of the processor')).toEqual({ words: 8, german: 0, english: 5 });
    });
});

describe('placeholders are looked for only in texts with a brace', () => {
    it.each(EXAMPLES)('finds every placeholder a search of every text finds: %s', async name => {
        const loaded = await load(examplePath(name));
        let placeholders = 0;
        for (const node of AstUtils.streamAst(loaded.document.parseResult.value)) {
            if (node.$type !== 'Text') continue;
            const text = node as unknown as Parameters<typeof textReferencesOf>[0];
            const literals = text.neutral !== undefined
                ? [GrammarUtils.findNodeForProperty(text.$cstNode, 'neutral')]
                : text.translations.map(translation => GrammarUtils.findNodeForProperty(translation.$cstNode, 'value'));
            const everywhere = literals.flatMap(literal => (literal ? parseTextReferences(literal.text).map(found => ({ kind: found.kind, name: found.name, start: literal.offset + found.start })) : []));
            expect(textReferencesOf(text).map(found => ({ kind: found.kind, name: found.name, start: found.start }))).toEqual(everywhere);
            placeholders += everywhere.length;
        }
        if (name === 'userlike.dpa') expect(placeholders).toBeGreaterThan(0);
    });
});

describe('the parser and linker as built for memory give what Langium\'s defaults give', () => {
    /** Chevrotain's full position tracking, as Langium's own lexer has it. */
    class FullPositionLexer extends DpaLexer {
        constructor(services: LangiumCoreServices) {
            super(services);
            const internals = this as unknown as { chevrotainLexer: ChevrotainLexer; errorMessageProvider: ILexerErrorMessageProvider };
            internals.chevrotainLexer = new ChevrotainLexer(Object.values(this.definition), { positionTracking: 'full', errorMessageProvider: internals.errorMessageProvider });
        }
    }
    /** Langium's references: object literals with their own getters. */
    class ObjectLiteralReferenceLinker extends DpaLinker {
        override buildReference(...args: Parameters<DefaultLinker['buildReference']>): ReturnType<DefaultLinker['buildReference']> {
            return DefaultLinker.prototype.buildReference.apply(this, args);
        }
    }
    /** Langium's value conversion, chosen anew for every token (with the DPA's marker for template parameters). */
    class PerTokenValueConverter extends DefaultValueConverter {
        protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
            if (rule.name === 'ParameterValue') return parameterValueMarker(input.slice('parameter'.length));
            return super.runConverter(rule, input, cstNode);
        }
    }
    const langiumWay = createDpaServices(EmptyFileSystem, {
        parser: {
            ValueConverter: () => new PerTokenValueConverter(),
            Lexer: services => new FullPositionLexer(services),
            LangiumParser: services => withKeywordCorrection(withLinearRecovery(createLangiumParser(services)), services.parser.Lexer, services.Grammar)
        },
        references: { Linker: services => new ObjectLiteralReferenceLinker(services) }
    }).Dpa;
    const compactWay = createDpaServices(EmptyFileSystem).Dpa;

    const inputs: Record<string, string> = {
        ...Object.fromEntries(EXAMPLES.map(name => [name, readFileSync(examplePath(name), 'utf8')])),
        'synthetic agreement, 60 sub-processors': syntheticDpa(repoRoot, 60),
        'synthetic agreement with \\r\\n and broken references': syntheticDpa(repoRoot, 12, { breakReferences: true }).replace(/\n/g, '\r\n'),
        'unterminated text': 'agreement A {\n    title en "never closed\n    languages en\n}\n',
        'unexpected characters': 'agreement A {\r\n    title en "A" @@ §\r\n    languages en\r\n}\r\n',
        'misspelt keyword': 'agreement A {\n    titel en "A"\n    languages en\n}\n',
        'ends too early': 'agreement A {\n    title en "A"\n    languages en\n',
        'comments and a missing name': '// head\nagreement {\n    /* a\n comment */ title en "A"\n}\nparty P processor { name "x" country }\n'
    };

    /** Everything the AST holds, own properties in their order; references by name and target. */
    function astShape(value: unknown): unknown {
        if (isReference(value)) return { $refText: value.$refText, ref: value.ref ? `${value.ref.$type} ${value.ref.$cstNode?.offset}` : undefined, error: value.error?.message };
        if (Array.isArray(value)) return value.map(astShape);
        if (isAstNode(value)) {
            return Object.keys(value).map(key => {
                const property = (value as unknown as Record<string, unknown>)[key];
                if (key === '$container') return [key, (property as AstNode | undefined)?.$type];
                if (key === '$cstNode') return [key, (property as CstNode | undefined)?.offset, (property as CstNode | undefined)?.length];
                if (key === '$document') return [key];
                return [key, astShape(property)];
            });
        }
        return value;
    }

    function cstShape(root: CstNode): unknown[] {
        return CstUtils.streamCst(root).map(node => {
            const source = node.grammarSource as { $type?: string; value?: string; rule?: { $refText: string } } | undefined;
            return [isLeafCstNode(node) ? node.tokenType.name : 'composite', node.offset, node.length, node.hidden, source?.$type, source?.value ?? source?.rule?.$refText, node.range, node.astNode.$type, node.container?.offset];
        }).toArray();
    }

    it.each(Object.keys(inputs))('same diagnostics, AST, syntax tree and model: %s', async name => {
        const text = inputs[name];
        const [slow, fast] = [await loadDpaText(langiumWay, text, 'input.dpa'), await loadDpaText(compactWay, text, 'input.dpa')];
        expect(fast.diagnostics).toEqual(slow.diagnostics);
        const [slowRoot, fastRoot] = [slow.document.parseResult.value, fast.document.parseResult.value];
        expect(astShape(fastRoot)).toEqual(astShape(slowRoot));
        expect(cstShape(fastRoot.$cstNode!)).toEqual(cstShape(slowRoot.$cstNode!));
        // Every node is a plain object, as Langium makes them.
        for (const node of AstUtils.streamAst(fastRoot)) expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
        if (!slow.hasErrors) expect(JSON.stringify(toDpaModel(fastRoot))).toBe(JSON.stringify(toDpaModel(slowRoot)));
        if (name.startsWith('synthetic agreement,') || name === 'userlike.dpa') expect(slow.hasErrors).toBe(false);
        if (name.includes('broken') || name.includes('unterminated') || name.includes('ends too early')) expect(slow.diagnostics.length).toBeGreaterThan(0);
    });

    it('reads the line and column of the tokens a syntax error names from their offsets', async () => {
        const loaded = await loadDpaText(compactWay, 'agreement A {\r\n    title en "A"\r\n    languages en\r\n    titel en "B"\r\n', 'input.dpa');
        expect(loaded.diagnostics[0]).toMatchObject({ line: 4, column: 5, endLine: 4, endColumn: 10, message: "Unknown word 'titel': did you mean 'title'?" });
    });
});
