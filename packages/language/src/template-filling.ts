import { AstUtils, type AstNode } from 'langium';
import type * as M from '@dpa-as-code/model';
import * as ast from './generated/ast.js';
import { PARAMETER_VALUE, parametersOf, relativeFile, templateOf } from './dpa-imports.js';

/**
 * The values a cover gives a template's parameters, while the model builder builds the template's
 * model for that cover. The builder is synchronous and not re-entered, so the values it is filling
 * in are kept here for the duration of one `toDpaModel` call.
 */
export interface ModelBuildContext {
    /** The document whose file the model is "of": source locations in other files record their path relative to it. */
    root: AstNode;
    /** Parameter name → the cover's assignment, when a cover is being built. */
    values?: ReadonlyMap<string, ast.ParameterAssignment>;
}

let current: ModelBuildContext | undefined;

/** Runs `build` with `context` in force (restored afterwards, also on error). */
export function withBuildContext<T>(context: ModelBuildContext, build: () => T): T {
    const previous = current;
    current = context;
    try {
        return build();
    } finally {
        current = previous;
    }
}

/** The cover's values by parameter name (the first assignment of each; a repetition is a validation error). */
export function coverValues(cover: ast.Cover): Map<string, ast.ParameterAssignment> {
    const values = new Map<string, ast.ParameterAssignment>();
    for (const assignment of cover.assignments) {
        const name = assignment.parameter.$refText;
        if (!values.has(name)) values.set(name, assignment);
    }
    return values;
}

/** The path of the file `node` is written in, relative to the model's own file, when that is another file. */
export function otherFileOf(node: AstNode): string | undefined {
    if (!current) return undefined;
    const document = AstUtils.getDocument(node);
    const rootDocument = AstUtils.getDocument(current.root);
    return document === rootDocument ? undefined : relativeFile(rootDocument, document);
}

/** Marks a location in the cover's own file, so that `placeLocations` leaves it without a file. */
export const IN_OWN_FILE = Symbol('in the model\'s own file');

/**
 * A cover's model: locations the builder worked out without a node (the position of a keyword)
 * are in the template; those `at` made for the cover's own nodes carry `IN_OWN_FILE`, which goes.
 */
export function placeLocations<T>(model: T, templateFile: string): T {
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) { value.forEach(visit); return; }
        if (!value || typeof value !== 'object') return;
        const record = value as Record<string | symbol, unknown>;
        if (typeof record.line === 'number' && typeof record.endColumn === 'number') {
            if (record[IN_OWN_FILE]) Reflect.deleteProperty(record, IN_OWN_FILE);
            else if (record.file === undefined) record.file = templateFile;
            return;
        }
        Object.values(record).forEach(visit);
    };
    visit(model);
    return model;
}

/** Whether a cover's model is being built (then `at` marks the cover's own locations). */
export function buildingCover(): boolean {
    return current?.values !== undefined;
}

/** The assignment of a parameter, or an error that names it (validation reports a missing value before a model is built). */
function assignmentOf(name: string): ast.ParameterAssignment {
    const assignment = current?.values?.get(name);
    if (!assignment) throw new Error(`No value for the template parameter '${name}'.`);
    return assignment;
}

/**
 * The period a cover gives the parameter a template's period slot names; undefined for a template
 * built on its own (its slots stay unfilled: the model leaves out what the template does not state).
 */
export function filledPeriod(slot: ast.Period): ast.Period | undefined {
    if (!current?.values) return undefined;
    const value = assignmentOf(slot.parameter?.$refText ?? '').period;
    if (!value || value.parameter) throw new Error(`The parameter '${slot.parameter?.$refText}' has no period value.`);
    return value;
}

/** The party details a cover gives for a template's party that names a parameter. */
export function filledPartyDetails(party: ast.Party): ast.PartyDetails | undefined {
    const parameter = party.fromParameter[0] as ast.Party['fromParameter'][number] | undefined;
    return parameter && current?.values ? assignmentOf(parameter.$refText).party : undefined;
}

const TEXT_PLACEHOLDER = /\{[ \t]*parameter[ \t]+([^{}\s"\\]+)[ \t]*\}/g;

/**
 * A text with each `{parameter x}` replaced by the cover's value. A text value given per language
 * fills a neutral template text per language; a neutral value fills every language.
 */
export function fillText(value: M.LocalizedText): M.LocalizedText {
    if (!current?.values) return value;
    const strings = Object.values(value) as string[];
    if (!strings.some(s => s.includes('{'))) return value;
    const valueFor = (name: string, language: 'neutral' | 'de' | 'en'): string => {
        const assignment = assignmentOf(name);
        if (assignment.date !== undefined) return assignment.date;
        if (assignment.country !== undefined) return assignment.country;
        const filled = assignment.text;
        if (!filled) throw new Error(`The parameter '${name}' has no text value.`);
        if (filled.neutral !== undefined) return filled.neutral;
        const translations = new Map(filled.translations.map(t => [t.language, t.value]));
        return translations.get(language === 'neutral' ? 'en' : language) ?? filled.translations[0].value;
    };
    const replace = (text: string, language: 'neutral' | 'de' | 'en') => text.replace(TEXT_PLACEHOLDER, (_, name: string) => valueFor(name, language));
    if (value.neutral !== undefined) {
        const localizedValues = [...value.neutral.matchAll(TEXT_PLACEHOLDER)].some(match => {
            const filled = assignmentOf(match[1]).text;
            return filled !== undefined && filled.neutral === undefined;
        });
        if (localizedValues) return { de: replace(value.neutral, 'de'), en: replace(value.neutral, 'en') };
        return { neutral: replace(value.neutral, 'neutral') };
    }
    const result: M.LocalizedText = {};
    for (const language of ['de', 'en'] as const) {
        const text = value[language];
        if (text !== undefined) result[language] = replace(text, language);
    }
    return result;
}

/**
 * Date and country slots hold `{parameter x}` when they name a parameter; after the model is
 * built each such value becomes the cover's date or country code, wherever it sits.
 */
export function fillParameterValues<T>(model: T): T {
    if (!current?.values) return model;
    const visit = (value: unknown): unknown => {
        if (typeof value === 'string') {
            const name = PARAMETER_VALUE.exec(value)?.[1];
            if (name === undefined) return value;
            const assignment = assignmentOf(name);
            const filled = assignment.date ?? assignment.country;
            if (filled === undefined) throw new Error(`The parameter '${name}' has no date or country value.`);
            return filled;
        }
        if (Array.isArray(value)) return value.map(visit);
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, visit(entry)]));
        }
        return value;
    };
    return visit(model) as T;
}

/** The declared parameters of a cover's template, by name. */
export function templateParameters(cover: ast.Cover): Map<string, ast.Parameter> {
    const template = templateOf(cover);
    return new Map((template ? parametersOf(template) : []).map(parameter => [parameter.name, parameter]));
}
