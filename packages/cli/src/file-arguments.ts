import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export type ExpandedFiles = { ok: true; files: string[] } | { ok: false; message: string };

const GLOB_CHARACTERS = /[*?[{]/;
/** Directories a `**` never descends into: installed packages and hidden folders such as `.git`. */
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/**
 * The files named on the command line. Shells such as Windows' cmd or a quoted `"**\/*.dpa"` pass
 * patterns through unexpanded, so `*`, `?`, `[abc]`, `{a,b}` and `**` are expanded here, relative
 * to `cwd`. A name that exists is taken as it is, even if it contains such characters; a pattern
 * that matches nothing is an error. Each file is listed once, in the order first named.
 */
export function expandFileArguments(patterns: readonly string[], cwd: string): ExpandedFiles {
    const files: string[] = [];
    const seen = new Set<string>();
    const add = (file: string) => {
        const key = resolve(cwd, file);
        if (!seen.has(key)) {
            seen.add(key);
            files.push(file);
        }
    };
    for (const pattern of patterns) {
        if (!GLOB_CHARACTERS.test(pattern) || existsSync(resolve(cwd, pattern))) {
            add(pattern);
            continue;
        }
        const matches = expandGlob(pattern, cwd);
        if (matches.length === 0) return { ok: false, message: `no file matches '${pattern}'` };
        matches.forEach(add);
    }
    return { ok: true, files };
}

/** The files (not directories) matching a glob, as paths written the way the pattern was (relative or absolute), sorted. */
export function expandGlob(pattern: string, cwd: string): string[] {
    const normalised = pattern.replace(/\\/g, '/');
    const absolute = isAbsolute(pattern);
    const segments = normalised.split('/').filter((segment, index) => segment !== '' || index === 0);
    let base = absolute ? (segments[0] === '' ? '/' : segments[0] + '/') : '';
    if (absolute) segments.shift();
    // Literal leading segments (`examples/` in `examples/*.dpa`) are walked directly.
    while (segments.length > 1 && !GLOB_CHARACTERS.test(segments[0])) {
        base += segments[0] + '/';
        segments.shift();
    }
    const results: string[] = [];
    walk(resolve(cwd, base || '.'), base, segments, results);
    return [...new Set(results)].sort();
}

function walk(directory: string, shown: string, segments: string[], results: string[]): void {
    const segment = segments.at(0);
    if (segment === undefined) return;
    const rest = segments.slice(1);
    if (segment === '**') {
        // `**` matches no directory at all, or any number of them.
        if (rest.length > 0) walk(directory, shown, rest, results);
        for (const entry of entries(directory)) {
            if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRECTORIES.has(entry.name)) {
                walk(join(directory, entry.name), `${shown}${entry.name}/`, segments, results);
            }
        }
        return;
    }
    if (segment === '.' || segment === '..' || !GLOB_CHARACTERS.test(segment)) {
        const path = join(directory, segment);
        if (rest.length === 0) {
            if (isFile(path)) results.push(shown + segment);
        } else {
            walk(path, `${shown}${segment}/`, rest, results);
        }
        return;
    }
    const matcher = segmentPattern(segment);
    for (const entry of entries(directory)) {
        if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
        if (!matcher.test(entry.name)) continue;
        if (rest.length === 0) {
            if (entry.isFile()) results.push(shown + entry.name);
        } else if (entry.isDirectory()) {
            walk(join(directory, entry.name), `${shown}${entry.name}/`, rest, results);
        }
    }
}

function isFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/** A directory's entries; none when it cannot be read (missing, not a directory, no permission). */
function entries(directory: string): Dirent[] {
    try {
        return readdirSync(directory, { withFileTypes: true });
    } catch {
        return [];
    }
}

/** One path segment of a glob as a regular expression: `*`, `?`, `[abc]`, `[!abc]`, `{a,b}`. */
function segmentPattern(segment: string): RegExp {
    let source = '';
    let braces = 0;
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '*') source += '[^/]*';
        else if (char === '?') source += '[^/]';
        else if (char === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) { source += '\\['; continue; }
            let set = segment.slice(i + 1, close);
            if (set.startsWith('!')) set = '^' + set.slice(1);
            source += `[${set.replace(/\\/g, '\\\\')}]`;
            i = close;
        } else if (char === '{') { source += '(?:'; braces++; }
        else if (char === '}' && braces > 0) { source += ')'; braces--; }
        else if (char === ',' && braces > 0) source += '|';
        else source += char.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
