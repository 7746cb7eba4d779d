import { AstUtils, UriUtils, type AstNode, type LangiumDocument, type URI } from 'langium';
import * as ast from './generated/ast.js';

/**
 * Files that use other files: an agreement or a sub-processor list that uses sub-processor lists
 * (`use sub-processors from "shared/list.dpa"`), a cover that fills in a template. Paths are
 * relative to the file that writes them; the targets are found through the linker (the path is a
 * cross-reference), so everything here works on linked syntax trees and needs no services.
 */

/**
 * The file a path written in `document` names, or undefined for a path no file can have (a NUL
 * character or a lone surrogate: URIs cannot encode them and would throw).
 */
export function resolveImportPath(document: LangiumDocument, path: string): URI | undefined {
    if (path.includes('\0')) return undefined;
    try {
        const uri = UriUtils.resolvePath(UriUtils.dirname(document.uri), path);
        uri.toString();
        return uri;
    } catch {
        return undefined;
    }
}

/** The sub-processor list files `root` uses, directly and through other lists, each once, in the order of their `use` lines. */
export function usedSubProcessorLists(root: AstNode): ast.SubProcessorList[] {
    const found: ast.SubProcessorList[] = [];
    const visit = (imports: readonly ast.SubProcessorImport[]) => {
        for (const use of imports) {
            const list = listOf(use);
            if (!list || list === root || found.includes(list)) continue;
            found.push(list);
            visit(list.imports);
        }
    };
    visit(importsOf(root));
    return found;
}

/** The `use sub-processors from` lines written in `root` (an agreement's sections or a list's entries). */
export function importsOf(root: AstNode): ast.SubProcessorImport[] {
    if (ast.isAgreement(root)) return root.sections.filter(ast.isSubProcessorImport);
    if (ast.isSubProcessorList(root)) return root.imports;
    return [];
}

/**
 * The sub-processors an agreement or list has, its own and those of the lists it uses, in the order
 * the file gives them: a `use` line stands for the list's sub-processors at its place.
 */
export function subProcessorsIn(root: AstNode, seen = new Set<AstNode>([root])): ast.SubProcessor[] {
    const entries: readonly AstNode[] = ast.isAgreement(root) ? root.sections
        : ast.isSubProcessorList(root) ? listEntriesInOrder(root) : [];
    return entries.flatMap(entry => {
        if (ast.isSubProcessor(entry)) return [entry];
        if (!ast.isSubProcessorImport(entry)) return [];
        const list = listOf(entry);
        if (!list || seen.has(list)) return [];
        seen.add(list);
        return subProcessorsIn(list, seen);
    });
}

/** A list's `use` lines and sub-processors in file order (the grammar keeps them in two arrays). */
function listEntriesInOrder(list: ast.SubProcessorList): AstNode[] {
    return [...list.imports, ...list.subProcessors].sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
}

/**
 * The chain of files that leads from `use` back to the file it is written in, or undefined when the
 * lists it uses never come back (`a.dpa → b.dpa → a.dpa`).
 */
export function importCycle(use: ast.SubProcessorImport): ast.SubProcessorList[] | undefined {
    const start = AstUtils.findRootNode(use);
    const walk = (list: ast.SubProcessorList, path: ast.SubProcessorList[]): ast.SubProcessorList[] | undefined => {
        if (list === start) return path;
        if (path.slice(0, -1).includes(list)) return undefined;
        for (const next of list.imports) {
            const target = listOf(next);
            if (!target) continue;
            const cycle = walk(target, [...path, target]);
            if (cycle) return cycle;
        }
        return undefined;
    };
    const first = listOf(use);
    return first ? walk(first, [first]) : undefined;
}

/** A template is an agreement that declares parameters. */
export function isTemplate(root: AstNode): root is ast.Agreement {
    return ast.isAgreement(root) && root.sections.some(ast.isParameters);
}

/** The parameters a template declares, in file order. */
export function parametersOf(agreement: ast.Agreement): ast.Parameter[] {
    return agreement.sections.filter(ast.isParameters).flatMap(block => block.parameters);
}

/** The marker a date or country slot holds when it names a parameter (`country parameter law` → `{parameter law}`). */
export const PARAMETER_VALUE = /^\{parameter ([^{}\s]+)\}$/;

export function parameterValueMarker(name: string): string {
    return `{parameter ${name}}`;
}

/** The parameter a date or country slot names, or undefined for a written value. */
export function parameterNamedBy(value: unknown): string | undefined {
    return typeof value === 'string' ? PARAMETER_VALUE.exec(value)?.[1] : undefined;
}

/** The path of `target`'s file relative to the folder of `from`'s file, with forward slashes. */
export function relativeFile(from: LangiumDocument, target: LangiumDocument): string {
    return UriUtils.relative(UriUtils.dirname(from.uri), target.uri);
}

/** The paths a file names: its `use` lines, a cover's template. */
export function pathsUsedBy(root: AstNode): string[] {
    // A line cut short while typing has no path yet.
    const paths = ast.isCover(root) ? [(root.template as typeof root.template | undefined)?.$refText]
        : importsOf(root).map(use => (use.list as typeof use.list | undefined)?.$refText);
    return paths.filter((path): path is string => path !== undefined && path.length > 0);
}

/** Files a `use` or `template` line names that exist but could not be read (why), so the error can say so. */
const unreadableFiles = new Map<string, string>();

export function noteUnreadableFile(uri: URI, reason: string | undefined): void {
    if (reason === undefined) unreadableFiles.delete(uri.toString());
    else unreadableFiles.set(uri.toString(), reason);
}

export function unreadableFileReason(uri: URI): string | undefined {
    return unreadableFiles.get(uri.toString());
}

/** The list a `use` line names, when its path is written and leads to one (a line cut short while typing has no path). */
export function listOf(use: ast.SubProcessorImport): ast.SubProcessorList | undefined {
    return (use.list as typeof use.list | undefined)?.ref;
}

/** The template a cover names, when it is written and found. */
export function templateOf(cover: ast.Cover): ast.Agreement | undefined {
    return (cover.template as typeof cover.template | undefined)?.ref;
}
