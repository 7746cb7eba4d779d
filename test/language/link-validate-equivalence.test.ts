import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
    AstUtils, DefaultAstNodeDescriptionProvider, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider,
    DefaultScopeComputation, EmptyFileSystem, URI, ValidationRegistry,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type ValidationAcceptor, type ValidationCheck
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ast, checkTextReferences, createDpaServices, type DpaServices } from '@dpa-as-code/language';
import { checkTextReferencesIfAny } from '../../packages/language/src/dpa-validator.js';
import { DpaLinker } from '../../packages/language/src/dpa-linker.js';
import { DpaValidationRegistry } from '../../packages/language/src/dpa-file-validation.js';
import { treeIndexOf } from '../../packages/language/src/dpa-ast-walk.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';

/*
 * Issue 12, link and validate time: the symbol tables, the linker's walk, the reference index and the
 * validator's walk are built from one index of the tree with plain loops (dpa-ast-walk.ts, dpa-symbols.ts,
 * dpa-document-validator.ts). Each input below is built twice, once with those services and once with
 * Langium's own (streamAst / streamReferences walks, eager descriptions, a promise per check), and every
 * result must agree: diagnostics with range, message, code and severity, in order; each reference's
 * target or error, in the order they were linked; the exported and local symbols; the reference index.
 */

const repoRoot = join(import.meta.dirname, '..', '..');

/** Langium's linking walk over the DPA linker's rules (messages, references checked where used). */
class StreamingLinker extends DpaLinker {
    override link(document: LangiumDocument, cancelToken?: Parameters<DefaultLinker['link']>[1]): Promise<void> {
        return DefaultLinker.prototype.link.call(this, document, cancelToken);
    }
}

function langiumWay(): DpaServices {
    return createDpaServices(EmptyFileSystem, {
        references: {
            ScopeComputation: services => new DefaultScopeComputation(services),
            Linker: services => new StreamingLinker(services)
        },
        workspace: {
            AstNodeDescriptionProvider: services => new DefaultAstNodeDescriptionProvider(services),
            ReferenceDescriptionProvider: services => new DefaultReferenceDescriptionProvider(services)
        },
        validation: { DocumentValidator: services => new DefaultDocumentValidator(services) }
    }).Dpa;
}

/** Builds the files together (uses of lists and templates resolve across them); returns each document. */
async function build(services: DpaServices, files: Record<string, string>): Promise<LangiumDocument[]> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = Object.entries(files).map(([path, text]) => {
        const document = LangiumDocumentFactory.fromString(text, URI.file(path));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    return documents;
}

const pathOf = (node: AstNode | undefined) => node && `${AstUtils.getDocument(node).uri.path}#${node.$cstNode?.offset}:${node.$type}`;

function describeSymbol(description: AstNodeDescription) {
    return {
        name: description.name, type: description.type, path: description.path, uri: description.documentUri.toString(),
        node: pathOf(description.node), nameSegment: description.nameSegment, selectionSegment: description.selectionSegment
    };
}

function describeReferenceEntry(entry: ReferenceDescription) {
    return {
        sourceUri: entry.sourceUri.toString(), sourcePath: entry.sourcePath, targetUri: entry.targetUri.toString(),
        targetPath: entry.targetPath, segment: entry.segment, local: entry.local
    };
}

/** Everything linking and validation leave behind for one document, in plain values. */
function outcome(services: DpaServices, document: LangiumDocument) {
    const index = services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> };
    const uri = document.uri.toString();
    const local = [...(document.localSymbols as unknown as { map: Map<AstNode, AstNodeDescription[]> }).map.entries()]
        .map(([container, descriptions]) => ({ container: pathOf(container), symbols: descriptions.map(describeSymbol) }));
    return {
        diagnostics: document.diagnostics,
        exported: services.shared.workspace.IndexManager.allElements(undefined, new Set([uri])).map(describeSymbol).toArray(),
        local,
        referenceIndex: (index.referenceIndex.get(uri) ?? []).map(describeReferenceEntry),
        // Read last: `.ref` resolves a reference left unlinked (those of a list's data) on both sides alike.
        references: document.references.map(reference => ({
            text: reference.$refText,
            target: 'items' in reference ? reference.items.map(item => pathOf(item.ref)) : pathOf(reference.ref),
            error: reference.error?.message
        }))
    };
}

/** The validator skips texts without a `{` before looking for placeholders: skipping changes nothing. */
function expectPlaceholderChecksAlike(document: LangiumDocument): void {
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        if (!ast.isText(node)) continue;
        const direct: unknown[] = [];
        const filtered: unknown[] = [];
        checkTextReferences(node, (severity, message, info) => direct.push({ severity, message, range: info.range }));
        checkTextReferencesIfAny(node, (severity, message, info) => filtered.push({ severity, message, range: info.range }));
        expect(filtered).toEqual(direct);
    }
}

/** Removes the documents again, so the next input is built in an empty workspace. */
function forget(services: DpaServices, documents: LangiumDocument[]): void {
    for (const document of documents) {
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        services.shared.workspace.IndexManager.remove(document.uri);
    }
}

const fast = createDpaServices(EmptyFileSystem).Dpa;
const slow = langiumWay();

async function expectSameOutcome(files: Record<string, string>): Promise<Diagnostic[]> {
    const fastDocuments = await build(fast, files);
    const slowDocuments = await build(slow, files);
    const diagnostics: Diagnostic[] = [];
    try {
        fastDocuments.forEach((document, i) => {
            const expected = outcome(slow, slowDocuments[i]);
            expect(outcome(fast, document), document.uri.path).toEqual(expected);
            diagnostics.push(...expected.diagnostics ?? []);
            expectPlaceholderChecksAlike(document);
        });
    } finally {
        forget(fast, fastDocuments);
        forget(slow, slowDocuments);
    }
    return diagnostics;
}

function dpaFilesBelow(directory: string): string[] {
    return readdirSync(directory).flatMap(name => {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) return dpaFilesBelow(path);
        return name.endsWith('.dpa') ? [path] : [];
    });
}

/** The files of a folder tree, grouped so that each top folder (with its sub-folders) is one workspace. */
function workspacesBelow(directory: string): [string, Record<string, string>][] {
    const groups = new Map<string, Record<string, string>>();
    for (const file of dpaFilesBelow(directory)) {
        const top = relative(directory, file).split('/')[0];
        const key = top.endsWith('.dpa') ? relative(repoRoot, file) : relative(repoRoot, join(directory, top));
        const files = groups.get(key) ?? {};
        files[file] = readFileSync(file, 'utf8');
        groups.set(key, files);
    }
    return [...groups];
}

describe('one index of the tree lists what Langium\'s streams list', () => {
    const texts = [
        readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8'),
        readFileSync(join(repoRoot, 'test', 'fixtures', 'all-constructs.dpa'), 'utf8'),
        syntheticDpa(repoRoot, 40, { breakReferences: true }) as string
    ];
    const services = fast;

    it.each(texts.map((text, i) => [i, text]))('input %i, also cut short at ten places', (i, text) => {
        const cuts = Array.from({ length: 10 }, (_, k) => Math.round(text.length * (k + 1) / 11));
        for (const cut of [text.length, ...cuts]) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text.slice(0, cut), URI.file(`/index/${i}-${cut}.dpa`));
            const root = document.parseResult.value;
            const index = treeIndexOf(root);
            const streamed = AstUtils.streamAst(root).toArray();
            expect(index.nodes.length).toBe(streamed.length);
            expect(index.nodes.every((node, n) => node === streamed[n])).toBe(true);
            const references = streamed.flatMap(node => AstUtils.streamReferences(node).toArray());
            expect(index.references).toEqual(references);
            expect(index.references.every((info, n) => info.reference === references[n].reference && info.container === references[n].container)).toBe(true);
            const named = streamed.slice(1).filter(node => typeof (node as { name?: unknown }).name === 'string');
            expect(index.named.length).toBe(named.length);
            expect(index.named.every((node, n) => node === named[n])).toBe(true);
            expect(treeIndexOf(root)).toBe(index);
        }
    });
});

describe('linking and validation give what Langium\'s own services give', () => {
    it.each(workspacesBelow(join(repoRoot, 'examples')))('examples: %s', async (_name, files) => {
        await expectSameOutcome(files);
    });

    it.each(workspacesBelow(join(repoRoot, 'test', 'fixtures')))('fixtures: %s', async (_name, files) => {
        await expectSameOutcome(files);
    });

    it('every .dpa file of the lint rule tests', async () => {
        const groups = [...workspacesBelow(join(repoRoot, 'test', 'lint', 'rules')), ...workspacesBelow(join(repoRoot, 'test', 'lint', 'fixtures'))];
        expect(groups.length).toBeGreaterThan(50);
        for (const [, files] of groups) await expectSameOutcome(files);
    });

    it('the synthetic agreement of the benchmark, intact and with every data reference broken', async () => {
        expect(await expectSameOutcome({ '/synthetic/clean.dpa': syntheticDpa(repoRoot, 150) })).toEqual([]);
        const storm = await expectSameOutcome({ '/synthetic/storm.dpa': syntheticDpa(repoRoot, 150, { breakReferences: true }) });
        // Every data reference of every service is reported once.
        expect(storm.length).toBe((syntheticDpa(repoRoot, 150, { breakReferences: true }) as string).match(/\b\w+Missing\b/g)!.length);
    });

    it('placeholders in texts that name nothing, and names given twice', async () => {
        const text = readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8')
            .replace('{annex processing}', '{annex nothing} {party Nobody} {sub-processor Nix} {section}')
            .replace(/^(sub-processor \w+)/m, 'sub-processor Twice { legal-name "A" }\nsub-processor Twice { legal-name "B" }\n$1');
        const codes = (await expectSameOutcome({ '/inline/placeholders.dpa': text })).map(diagnostic => diagnostic.code);
        expect(codes.filter(code => code === 'unknown-text-reference')).toHaveLength(4);
        expect(codes).toContain('duplicate-name');
    });

    it('files cut short anywhere (syntax errors, half-built trees)', async () => {
        for (const [name, garbled] of [['empty', ''], ['braces', '}}} {{'], ['no root', 'category x "y"'], ['unclosed', 'agreement A { title en "x']]) {
            await expectSameOutcome({ [`/cut/${name}.dpa`]: garbled });
        }
        const text = readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8');
        for (let k = 1; k <= 12; k++) {
            const cut = Math.round(text.length * k / 13);
            await expectSameOutcome({ [`/cut/userlike-${cut}.dpa`]: text.slice(0, cut) });
        }
    });
});

describe('a check that fails is reported as Langium reports it', () => {
    const node = { $type: 'Agreement' } as AstNode;
    const failing: ValidationCheck = () => { throw new Error('boom'); };
    const failingLater: ValidationCheck = () => Promise.reject(new Error('later'));

    async function run(registry: ValidationRegistry, check: ValidationCheck) {
        registry.register({ Agreement: check });
        const reported: unknown[] = [];
        const accept: ValidationAcceptor = (severity, message, info) => { reported.push({ severity, message, node: info.node }); };
        for (const wrapped of registry.getChecks('Agreement')) await wrapped(node, accept, undefined as never);
        return reported;
    }

    it.each([['at once', failing], ['in a promise', failingLater]] as const)('%s', async (_when, check) => {
        const services = fast;
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const ours = await run(new DpaValidationRegistry(services), check);
            const langiums = await run(new ValidationRegistry(services), check);
            expect(ours).toEqual(langiums);
            expect(ours).toEqual([{ severity: 'error', message: `An error occurred during validation: ${check === failing ? 'boom' : 'later'}`, node }]);
        } finally {
            errors.mockRestore();
        }
    });
});

// The slow way must really be the slow way: otherwise the comparisons above compare a thing with itself.
describe('the comparison uses Langium\'s services on the slow side', () => {
    it('has Langium\'s scope computation, descriptions, reference index, linker walk and validator', () => {
        const slow = langiumWay();
        const fast = createDpaServices(EmptyFileSystem).Dpa;
        expect(slow.references.ScopeComputation.constructor).toBe(DefaultScopeComputation);
        expect(slow.validation.DocumentValidator.constructor).toBe(DefaultDocumentValidator);
        expect(slow.workspace.ReferenceDescriptionProvider.constructor).toBe(DefaultReferenceDescriptionProvider);
        expect(fast.references.ScopeComputation.constructor).not.toBe(DefaultScopeComputation);
        expect(fast.validation.DocumentValidator.constructor).not.toBe(DefaultDocumentValidator);
        expect(fast.workspace.AstNodeDescriptionProvider.constructor).not.toBe(DefaultAstNodeDescriptionProvider);
    });
});
