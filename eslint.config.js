// Code checks for every package: typescript-eslint's strict and stylistic type-aware rule sets.
// Types of the other workspace packages come from their built declarations (out/*.d.ts),
// so `npm run eslint` compiles with `tsc -b` first.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/out/**', '**/dist/**', 'packages/language/src/generated/**']
    },
    {
        files: ['packages/*/src/**/*.ts', 'extension/src/**/*.ts', 'playground/src/**/*.ts'],
        extends: [eslint.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
        languageOptions: {
            parserOptions: {
                projectService: true,
                tsconfigRootDir: import.meta.dirname
            }
        },
        linterOptions: {
            reportUnusedDisableDirectives: 'error'
        },
        rules: {
            // Line and column numbers, periods and counts go into messages all the time; a number has one text form.
            '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }]
        }
    }
);
