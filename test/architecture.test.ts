import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

/**
 * The layering of docs/architecture.md, checked on the sources: what each package imports must be
 * declared in its package.json, and the domain core (model) and what reads only the model (lint,
 * generators) import neither Langium nor the parser.
 */

const PACKAGE_DIRS = ['packages/model', 'packages/language', 'packages/lint', 'packages/generators', 'packages/compiler',
    'packages/language-server', 'packages/cli', 'extension'];

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(entry => {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) return sourceFiles(path);
        return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
    });
}

/** Package names imported by a file (`from 'x'`, `import('x')`, `export … from 'x'`), without node built-ins and relative paths. */
function importedPackages(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'([^']+)'/g)].map(match => match[1]!);
    return specifiers
        .filter(specifier => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .map(specifier => specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
}

function manifestOf(dir: string): { name: string; version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> } {
    return JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
}

function importsOf(dir: string): Map<string, string[]> {
    const byPackage = new Map<string, string[]>();
    for (const file of sourceFiles(join(repoRoot, dir, 'src'))) {
        for (const name of importedPackages(file)) byPackage.set(name, [...(byPackage.get(name) ?? []), relative(repoRoot, file)]);
    }
    return byPackage;
}

describe('package layering', () => {
    it.each(PACKAGE_DIRS)('%s declares every package it imports', dir => {
        const manifest = manifestOf(dir);
        // The extension is bundled: what it imports is a build-time (dev) dependency; `vscode` is the host's API.
        const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), 'vscode']);
        const undeclared = [...importsOf(dir)].filter(([name]) => !declared.has(name) && name !== manifest.name).map(([name, files]) => `${name} (${files[0]})`);
        expect(undeclared).toEqual([]);
    });

    it.each(['packages/model', 'packages/lint', 'packages/generators'])('%s imports no Langium, no parser and no language package', dir => {
        const forbidden = ['langium', 'chevrotain', '@dpa-as-code/language', '@dpa-as-code/compiler', 'vscode-languageserver', 'vscode-languageserver-types'];
        const imports = importsOf(dir);
        expect([...imports.keys()].filter(name => forbidden.includes(name))).toEqual([]);
        const manifest = manifestOf(dir);
        expect(Object.keys(manifest.dependencies ?? {}).filter(name => forbidden.includes(name))).toEqual([]);
        // No file reaches into the generated AST by a relative path either.
        const reachingIn = sourceFiles(join(repoRoot, dir, 'src')).filter(file => /['"][./]*\/?(?:language\/src\/)?generated\/ast(?:\.js)?['"]/.test(readFileSync(file, 'utf8')));
        expect(reachingIn).toEqual([]);
    });

    it('keeps the model package free of any dependency: the plain model can be used by anyone holding JSON', () => {
        expect(manifestOf('packages/model').dependencies ?? {}).toEqual({});
    });

    it('builds the model from the AST on the language side', () => {
        expect(importsOf('packages/language').has('@dpa-as-code/model')).toBe(true);
        expect(readFileSync(join(repoRoot, 'packages/language/src/index.ts'), 'utf8')).toContain("export { toDpaModel } from './model-builder.js';");
    });

    it('lets the CLI compile without loading the language server', () => {
        expect([...importsOf('packages/cli').keys()]).not.toContain('@dpa-as-code/language-server');
        expect([...importsOf('packages/compiler').keys()].sort()).toEqual(['@dpa-as-code/language', '@dpa-as-code/lint', '@dpa-as-code/model', 'langium', 'vscode-languageserver-types']);
    });

    it('declares the preview protocol once: the extension imports it from the language server', () => {
        const extensionProtocol = readFileSync(join(repoRoot, 'extension/src/protocol.ts'), 'utf8');
        expect(extensionProtocol).toContain("from '@dpa-as-code/language-server/protocol'");
        const declaringRequests = [...sourceFiles(join(repoRoot, 'extension/src')), ...sourceFiles(join(repoRoot, 'packages/language-server/src'))]
            .filter(file => /new RequestType\b/.test(readFileSync(file, 'utf8')))
            .map(file => relative(repoRoot, file));
        expect(declaringRequests).toEqual(['packages/language-server/src/preview-protocol.ts']);
    });

    it('takes the CLI version from its package.json', async () => {
        const { CLI_VERSION } = await import('../packages/cli/src/version.js');
        expect(CLI_VERSION).toBe(manifestOf('packages/cli').version);
    });
});
