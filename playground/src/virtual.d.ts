// Modules the build script (scripts/build.mjs) makes at build time.
declare module 'virtual:worker-source' {
    /** The language server's worker bundle, as JavaScript source. */
    const source: string;
    export default source;
}
declare module 'virtual:examples' {
    /** The examples menu: the .dpa files that existed at build time, with their paths in the repository. */
    const examples: { id: string; label: string; path: string; text: string }[];
    export default examples;
    /** Files examples use from other files (the standard form's template and shared list), by repository path. */
    export const workspaceFiles: Record<string, string>;
}
