import { GrammarAST } from 'langium';

/** Questions about the grammar shared by the formatter and the quick fixes. */
export function isKeyword(element: GrammarAST.AbstractElement | undefined, value: string): boolean {
    return GrammarAST.isKeyword(element) && element.value === value;
}

/** The grammar elements that can come first in `element` (through groups, alternatives and assignments). */
export function firstElements(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] {
    if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        return element.elements.flatMap(firstElements);
    }
    if (GrammarAST.isGroup(element)) {
        const result: GrammarAST.AbstractElement[] = [];
        for (const child of element.elements) {
            result.push(...firstElements(child));
            if (child.cardinality !== '?' && child.cardinality !== '*') break;
        }
        return result;
    }
    if (GrammarAST.isAssignment(element)) {
        return firstElements(element.terminal);
    }
    return [element];
}
