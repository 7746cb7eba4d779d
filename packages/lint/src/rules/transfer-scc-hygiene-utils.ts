import { countryNameOf, sccOptionClauseOf, type DpaModel, type LanguageCode, type LocalizedText, type Period, type Scc2021915OptionClause, type SccOption, type SourceLocation, type TimeUnit, type TransferKind } from '@dpa-as-code/model';

/*
 * Helpers shared by the Chapter V, SCC 2021/915 and hygiene rules: a generic walk over the
 * plain model that names where it is, period arithmetic, country names and the lookup of the
 * options of Decision 2021/915 in the model's catalogue.
 */

// ---------------------------------------------------------------- walking the model

/** Where the walk is: the enclosing constructs and the properties below the innermost one. */
export interface WalkContext {
    /** The property that holds the current value (`purpose`, `notes`, …); undefined at the root. */
    readonly key: string | undefined;
    /** Labels of the enclosing constructs below the agreement, outermost first ("sub-processor 'AWS'", "service 1"). */
    readonly constructs: readonly string[];
    /** Words for the properties between the innermost construct and the value ("transfer", "as-stated"). */
    readonly properties: readonly string[];
    /** The source of the innermost enclosing construct that has one. */
    readonly at: SourceLocation;
}

/**
 * Visits every object in the model, depth first in file order. The visitor returns `true`
 * to stop the walk from descending into the value it was given.
 */
export function walkModel(model: DpaModel, visit: (value: Record<string, unknown>, context: WalkContext) => boolean): void {
    // Several rules walk the same model: the objects and their places are listed once per model.
    const visits = modelVisits(model);
    for (let i = 0; i < visits.length; i++) {
        const place = visits[i];
        if (visit(place.value, place)) i += place.subtreeSize - 1;
    }
}

/**
 * Visits every localized text in the model (see `isLocalizedText`), in the order of `walkModel`: what
 * a `walkModel` visitor sees that stops at texts and descends everywhere else. The texts are picked
 * out once per model for every rule that reads them.
 */
export function walkLocalizedTexts(model: DpaModel, visit: (value: Record<string, unknown> & LocalizedText, context: WalkContext) => void): void {
    let texts = textVisitsOfModel.get(model);
    if (!texts) {
        texts = modelVisits(model).filter(place => isLocalizedText(place.value, place.key));
        textVisitsOfModel.set(model, texts);
    }
    for (const place of texts) visit(place.value, place);
}

const textVisitsOfModel = new WeakMap<DpaModel, Place[]>();

const visitsOfModel = new WeakMap<DpaModel, Place[]>();
const placesOfSubProcessor = new WeakMap<object, Place[]>();

/** Every object of the model with its place, depth first in file order. */
function modelVisits(model: DpaModel): Place[] {
    const cached = visitsOfModel.get(model);
    if (cached) return cached;
    const visits: Place[] = [];
    const walk = (place: Place) => {
        const start = visits.length;
        visits.push(place);
        const object = place.value;
        for (const key in object) {
            if (key === 'source' || !Object.prototype.hasOwnProperty.call(object, key)) continue;
            const child = object[key];
            if (Array.isArray(child)) {
                for (let index = 0; index < child.length; index++) {
                    const element: unknown = child[index];
                    if (!isPlainObject(element)) continue;
                    if (place === root && key === 'subProcessors') walkSubProcessor(element, index);
                    else walk(enter(place, key, element, index));
                }
            } else if (isPlainObject(child)) {
                walk(enter(place, key, child, undefined));
            }
        }
        place.subtreeSize = visits.length - start;
    };
    /**
     * A sub-processor the model builder reused from the document's last model (the editor, on each
     * keystroke) has the places of the last walk: its label does not depend on its index and it has a
     * source location, so nothing below it depends on the model around it.
     */
    const walkSubProcessor = (subProcessor: Record<string, unknown>, index: number) => {
        const known = placesOfSubProcessor.get(subProcessor);
        if (known) {
            for (const place of known) visits.push(place);
            return;
        }
        const start = visits.length;
        walk(enter(root, 'subProcessors', subProcessor, index));
        if (subProcessor.source !== undefined) placesOfSubProcessor.set(subProcessor, visits.slice(start));
    };
    const root = new Place(model as unknown as Record<string, unknown>, undefined, model.source, undefined, undefined, false);
    walk(root);
    visitsOfModel.set(model, visits);
    return visits;
}

/**
 * One visited object and its walk context, whose labels are made only when a rule reads them (to
 * describe the place of a finding): most visited objects are never reported, and the labels are most
 * of the walk's work.
 */
class Place implements WalkContext {
    private constructsCache: readonly string[] | undefined;
    private propertiesCache: readonly string[] | undefined;
    /** How many visits this object and the objects below it make. */
    subtreeSize = 1;
    constructor(
        readonly value: Record<string, unknown>,
        readonly key: string | undefined,
        readonly at: SourceLocation,
        /** Where the walk came from; undefined at the root. */
        private readonly parent: Place | undefined,
        /** The position in the array the value was entered from. */
        private readonly index: number | undefined,
        /** Whether the value is a construct of its own (it has a source location). */
        private readonly construct: boolean
    ) {}
    get constructs(): readonly string[] {
        if (this.constructsCache === undefined) {
            // Only the root has neither a parent nor a key.
            const { parent, key } = this;
            this.constructsCache = !parent || key === undefined ? []
                : this.construct ? [...parent.constructs, constructLabel(key, this.value, this.index)]
                : parent.constructs;
        }
        return this.constructsCache;
    }
    get properties(): readonly string[] {
        if (this.propertiesCache === undefined) {
            const { parent, key } = this;
            if (!parent || key === undefined || this.construct) {
                this.propertiesCache = [];
            } else {
                const word = propertyWord(key, this.value, this.index);
                this.propertiesCache = word ? [...parent.properties, word] : parent.properties;
            }
        }
        return this.propertiesCache;
    }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function enter(parent: Place, key: string, object: Record<string, unknown>, index: number | undefined): Place {
    const source = object.source as SourceLocation | undefined;
    return new Place(object, key, source ?? parent.at, parent, index, source !== undefined);
}

/** "sub-processor 'AWS', service 1, purpose"; the agreement header for texts of the header itself. */
export function describePlace(context: WalkContext): string {
    const constructs = context.constructs.length > 0 ? context.constructs : ['agreement header'];
    return [...constructs, ...context.properties].join(', ');
}

const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The label of a construct entered under `key` (exported for the test that checks the walk against its former self). */
export function constructLabel(key: string, object: Record<string, unknown>, index: number | undefined): string {
    const nth = index === undefined ? '' : ` ${index + 1}`;
    switch (key) {
        case 'parties': return `party '${str(object.id)}'`;
        case 'contacts': return `${str(object.kind)} contact${nth}`;
        case 'dpo': return 'DPO';
        case 'products': return `product '${str(object.id)}'`;
        case 'dataSubjects': return `data subject '${str(object.id)}'`;
        case 'dataCategoryGroups': return `data categories block${nth}`;
        case 'categories': return `data category '${str(object.id)}'`;
        case 'processing': return 'processing';
        case 'obligations': return `'${str(object.kind)}' clause`;
        case 'body': return `'${str(object.kind)}' clause`;
        case 'inspections': return 'inspections';
        case 'scc': return "'scc 2021/915' section";
        case 'options': return `SCC clause ${str(object.clause)} option ${str(object.option)}`;
        case 'supplements': return object.clause === undefined ? `SCC supplement${nth}` : `SCC supplement to clause ${str(object.clause)}`;
        case 'subProcessors': return `sub-processor '${str(object.id)}'`;
        case 'services': return `service${nth}`;
        case 'measures': return 'measures';
        case 'groups':
        case 'items':
            if (object.kind === 'group') return `measure group '${str(object.id)}'`;
            if (object.kind === 'measure') return object.section === undefined ? `measure${nth}` : `measure ${str(object.section)}`;
            return `description${nth}`;
        case 'retention': return 'retention';
        case 'records': return `retention record '${str(object.id)}'`;
        case 'partners': return index === undefined ? 'partners' : `partner '${str(object.legalName)}'`;
        case 'interfaces': return `interface '${str(object.id)}'`;
        default: return `${words(key)}${nth}`;
    }
}

const propertyWords: Record<string, string> = {
    legalName: 'name',
    roleName: 'role name',
    mainContract: 'main contract',
    annexLabel: 'annex',
    processorMayUpdate: 'updates by processor',
    subjectMatter: 'subject-matter',
    purposes: 'purpose',
    sensitiveDataSafeguards: 'special-categories safeguards',
    emergencyCondition: 'emergency condition',
    emergencyNotice: 'emergency notice',
    objectionPeriod: 'objection period',
    informationWithin: 'information on request within',
    noticePeriod: 'notice',
    businessHours: 'business hours',
    stated: 'as-stated',
    see: 'see',
    until: 'period until',
    notes: 'note',
    overview: 'overview'
};

/** The word for a property entered under `key`; '' for none. */
export function propertyWord(key: string, object: Record<string, unknown> | undefined, index: number | undefined): string {
    if (key === 'facts' && object) return `fact '${str(object.name)}'`;
    if (key === 'value' && object && 'kind' in object) return '';
    const word = propertyWords[key] ?? words(key);
    return index === undefined ? word : `${word} ${index + 1}`;
}

const wordsOfKey = new Map<string, string>();

/** camelCase → "camel case". */
function words(key: string): string {
    let result = wordsOfKey.get(key);
    if (result === undefined) {
        result = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
        wordsOfKey.set(key, result);
    }
    return result;
}

const TEXT_KEYS = new Set(['neutral', 'de', 'en']);

/**
 * A `LocalizedText`: an object with only `neutral`/`de`/`en` string values. The SCC `urls`
 * have the same shape but are addresses, not texts; the caller passes the key to tell them apart.
 */
export function isLocalizedText(value: Record<string, unknown>, key: string | undefined): value is Record<string, unknown> & LocalizedText {
    if (key === 'urls') return false;
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every(k => TEXT_KEYS.has(k) && typeof value[k] === 'string');
}

export const LANGUAGE_NAMES: Record<LanguageCode, string> = { de: 'German', en: 'English' };

// ---------------------------------------------------------------- periods

const TIME_UNITS = new Set<string>(['minutes', 'hours', 'days', 'working-days', 'business-days', 'weeks', 'months', 'years']);

export function isPeriod(value: Record<string, unknown>): value is Record<string, unknown> & Period {
    const keys = Object.keys(value);
    return keys.length === 2 && typeof value.value === 'number' && typeof value.unit === 'string' && TIME_UNITS.has(value.unit);
}

export function formatPeriod(period: Period): string {
    const singular: Record<TimeUnit, string> = {
        minutes: 'minute', hours: 'hour', days: 'day', 'working-days': 'working-day', 'business-days': 'business-day', weeks: 'week', months: 'month', years: 'year'
    };
    return `${period.value} ${period.value === 1 ? singular[period.unit] : period.unit}`;
}

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The shortest and the longest time a period can mean, in minutes. Months, years and working
 * days have no fixed length (a working day count also depends on weekends and public holidays),
 * so they give a range; comparisons below only report what holds for every reading.
 */
export function periodRange(period: Period): [number, number] {
    const v = period.value;
    switch (period.unit) {
        case 'minutes': return [v * MINUTE, v * MINUTE];
        case 'hours': return [v * HOUR, v * HOUR];
        case 'days': return [v * DAY, v * DAY];
        case 'weeks': return [v * 7 * DAY, v * 7 * DAY];
        case 'working-days':
        case 'business-days': return [v * DAY, (Math.ceil(v / 5) * 7 + 5) * DAY];
        case 'months': return [v * 28 * DAY, v * 31 * DAY];
        case 'years': return [v * 365 * DAY, v * 366 * DAY];
    }
}

/** `a` is longer than `b` however the units are read. */
export function certainlyLonger(a: Period, b: Period): boolean {
    return periodRange(a)[0] > periodRange(b)[1];
}

/** `a` and `b` cannot mean the same time span. */
export function certainlyDifferent(a: Period, b: Period): boolean {
    if (a.unit === b.unit) return a.value !== b.value;
    return certainlyLonger(a, b) || certainlyLonger(b, a);
}

// ---------------------------------------------------------------- countries

/** Art. 46 safeguards and Art. 49 derogations the model can state: each covers a transfer to any country. */
// The repealed 2010/87 clauses cover any country too, so that `chapter5-scc-2010-87-repealed` alone reports them.
export const COVERS_ANY_COUNTRY: readonly TransferKind[] = ['scc-2021/914', 'scc-2010/87', 'bcr', 'art49'];

/** The English name of a country. */
export function countryName(code: string): string | undefined {
    return countryNameOf(code, 'en');
}

/** "IN (India)": the code with its English name, where one is known. */
export function countryLabel(code: string): string {
    const name = countryName(code);
    return name ? `${code} (${name})` : code;
}

// ---------------------------------------------------------------- options of Decision 2021/915

/** What to write for the option a private-sector DPA chooses (quoted, ready for a message), by catalogue clause id. */
const SUGGESTED_OPTION_LINES: Readonly<Record<string, string>> = {
    '1(a)': "'clause 1 option 1'",
    '7.7(a)': "'clause 7.7(a) option N period PERIOD' (option 1: prior specific, option 2: general written authorisation)",
    '8(c)(4)': "'clause 8(c)(4) option 1'",
    '9.1(a)': "'clause 9.1(a) option N see TEXT'",
    '9.1(b)': "'clause 9.1(b) option 1'",
    '9.1(c)': "'clause 9.1(c) option 1'",
    '9.2': "'clause 9.2 option 1'"
};

/** The option line to suggest for a clause with options, quoted for a message. */
export function suggestedOptionLine(clause: Scc2021915OptionClause): string {
    return SUGGESTED_OPTION_LINES[clause.id] ?? `'clause ${clause.written[0]} option N'`;
}

/** The clause with options (from the model's catalogue) that an SCC option line refers to, if any. */
export function sccOptionClause(option: SccOption | string): Scc2021915OptionClause | undefined {
    return sccOptionClauseOf(typeof option === 'string' ? option : option.clause);
}

/** The first option line for Clause 7.7(a), whose period and authorisation supplements must respect. */
export function subProcessorOption(model: DpaModel): SccOption | undefined {
    return model.scc?.options.find(option => sccOptionClause(option)?.id === '7.7(a)');
}
