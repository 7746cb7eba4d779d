import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';

/** How each kind of referenced construct is defined, for the "unknown name" message. */
const definitionHints: Partial<Record<string, { noun: string; howToDefine: string }>> = {
    DataCategory: { noun: 'data category', howToDefine: "define it with 'category NAME …' in a 'data categories' block" },
    DataSubject: { noun: 'data subject', howToDefine: "define it with 'subject NAME …' in the 'data subjects' block" },
    Product: { noun: 'product', howToDefine: "define it with 'product NAME \"label\"'" },
    SubProcessor: { noun: 'sub-processor', howToDefine: "define it with 'sub-processor NAME { … }'" }
};

/** Names what could not be found and how to define it. */
export class DpaLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const hint = definitionHints[type];
        if (hint && !targetDescription) {
            error.message = `Unknown ${hint.noun} '${refInfo.reference.$refText}': ${hint.howToDefine}.`;
        }
        return error;
    }
}
