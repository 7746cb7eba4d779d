import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the workspace packages from their TypeScript sources, so `vitest run --project unit`
// needs no `tsc` build (only the Langium-generated files: `npm run langium:generate`).
const PACKAGES = ['model', 'language', 'lint', 'generators', 'compiler', 'language-server', 'cli'];
const alias = Object.fromEntries([
    // Subpath exports first: an alias also matches `NAME/…`.
    ['@dpa-as-code/language-server/protocol', fileURLToPath(new URL('./packages/language-server/src/preview-protocol.ts', import.meta.url))],
    ...PACKAGES.map(name => [`@dpa-as-code/${name}`, fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url))])
]);

/**
 * Left out of the quick `unit` project (run by `npm test` only): suites that need the build (bin/dpa.js
 * loads packages/cli/out; the extension bundle), a browser or office program, or minutes of generated input.
 */
const NEEDS_BUILD_OR_BROWSER = [
    'test/e2e/**',                          // VS Code end to end
    'test/extension/protocol.test.ts',      // the esbuild bundle of the language server
    'test/extension/compare-protocol.test.ts', // the esbuild bundle of the language server
    'test/extension/soak.test.ts',          // the esbuild bundle of the language server
    'test/cli-smoke.test.ts',               // the real `dpa` process
    'test/cli-generate-atomic.test.ts',     // the real `dpa` process
    'test/cli-generate-pdf.test.ts',        // Chromium
    'test/generators/pdf.test.ts',          // Chromium
    'test/generators/docx-libreoffice.test.ts', // LibreOffice (installed by npm test's pretest step)
    'test/fuzz/**',                         // thousands of mutated inputs through every stage
    'test/package-install.test.ts',         // npm pack of the CLI bundle, installed offline into a new project
    'test/ci-integration.test.ts',          // the GitHub Action's and pre-commit hooks' steps on that install
    'test/playground/**'                    // the built web playground (playground/dist) in Chromium
];

export default defineConfig({
    resolve: { alias },
    test: {
        testTimeout: 60_000,
        projects: [
            {
                extends: true,
                // The suites share no mutable module state, so a worker reuses the loaded packages (Langium
                // alone costs ~0.6 s per file to import): the unit run takes well under a minute on 2 CPUs.
                test: { name: 'unit', isolate: false, include: ['test/**/*.test.ts', 'packages/*/src/**/*.test.ts'], exclude: NEEDS_BUILD_OR_BROWSER }
            },
            {
                extends: true,
                test: { name: 'build', include: NEEDS_BUILD_OR_BROWSER.map(pattern => pattern.replace(/\*\*$/, '**/*.test.ts')) }
            }
        ]
    }
});
