import { AstUtils, GrammarAST } from 'langium';

// Questions about the grammar's blocks, asked by the formatter here and by the editor's quick fixes and outline.

/** Whether a grammar element is the keyword `value`. */
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

/** For every `'{' BODY '}'` of the grammar, the elements (keywords, rule calls) that can start a property of BODY. */
export function blockMemberStarts(grammar: GrammarAST.Grammar): GrammarAST.AbstractElement[] {
    const starts: GrammarAST.AbstractElement[] = [];
    for (const group of AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup)) {
        const elements = group.elements;
        for (let i = 0; i + 2 < elements.length; i++) {
            if (isKeyword(elements[i], '{') && isKeyword(elements[i + 2], '}')) starts.push(...firstElements(elements[i + 1]));
        }
    }
    return starts;
}
