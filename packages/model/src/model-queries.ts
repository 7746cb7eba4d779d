import type { DpaModel, LanguageCode, LocalizedText, MeasureGroup, MeasureItem, Obligation, ObligationKind } from './dpa-model.js';

/** The text in `language`, falling back to the language-neutral text. */
export function textIn(text: LocalizedText | undefined, language: LanguageCode): string | undefined {
    if (!text) return undefined;
    return text[language] ?? text.neutral;
}

/** The obligation clause of one kind, if the agreement has it. */
export function findObligation<K extends ObligationKind>(model: DpaModel, kind: K): Extract<Obligation, { kind: K }> | undefined {
    return model.obligations.find((clause): clause is Extract<Obligation, { kind: K }> => clause.kind === kind);
}

/** All data categories of the agreement, in file order. */
export function allDataCategories(model: DpaModel) {
    return model.dataCategoryGroups.flatMap(group => group.categories);
}

/** All measure groups, depth first, in file order. */
export function allMeasureGroups(model: DpaModel): MeasureGroup[] {
    const result: MeasureGroup[] = [];
    const visit = (items: MeasureItem[]) => {
        for (const item of items) {
            if (item.kind === 'group') {
                result.push(item);
                visit(item.items);
            }
        }
    };
    visit(model.measures?.groups ?? []);
    return result;
}
