// esbuild plugins shared by the bundles built from the workspace packages (the `dpa` command in
// packages/cli/esbuild.mjs and the web playground in playground/scripts/build.mjs).
import { readFile } from 'node:fs/promises';

/**
 * The workspace packages have no import-time side effects; saying so lets esbuild drop what a bundle
 * does not use from them (a command that imports one function of a package gets only what it needs).
 */
export const workspaceWithoutSideEffects = {
    name: 'workspace-without-side-effects',
    setup(build) {
        build.onResolve({ filter: /^@dpa-as-code\// }, async args => {
            if (args.pluginData?.resolving) return undefined;
            const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
            if (result.errors.length > 0) return { errors: result.errors };
            return { path: result.path, sideEffects: false };
        });
    }
};

/**
 * Langium's production mode: the lexer and parser skip re-checking the grammar at every start (about
 * a tenth of `dpa lint`'s time in a trial). The grammar is checked where it changes: `langium generate`
 * and the tests, which run the sources in development mode.
 */
export const languageInProductionMode = {
    name: 'language-in-production-mode',
    setup(build) {
        build.onLoad({ filter: /[\\/]language[\\/]out[\\/]generated[\\/]module\.js$/ }, async args => {
            const source = await readFile(args.path, 'utf8');
            const production = source.replace("mode: 'development'", "mode: 'production'");
            if (production === source) return { errors: [{ text: `no "mode: 'development'" in ${args.path}: has langium generate changed?` }] };
            return { contents: production, loader: 'js' };
        });
    }
};
