import { textIn, type DpaModel, type LanguageCode, type LocalizedText, type Period, type SourceLocation } from '@dpa-as-code/model';
import { clauseLibrary, type Bilingual } from '../clauses/clause-library.js';
import { countryName, isNameOfCountry } from '../clauses/countries.js';
import { formatInteger, formatPeriod, type GrammaticalCase } from '../clauses/format.js';
import { MissingTranslationError } from './missing-translation-error.js';
import { renderTextReferences } from './text-references.js';

/** The annexes the contract can have, in the order they are attached. */
export type AnnexKind = 'processing' | 'sub-processors' | 'measures' | 'retention' | 'partners';

/**
 * What every part of the contract builder needs: the model, the output language, the
 * library texts in that language, and the annex numbers (known up front so the body can
 * refer to "Anlage 2" before the annex is built).
 */
export class ContractContext {
    readonly annexes: readonly AnnexKind[];

    constructor(readonly model: DpaModel, readonly lang: LanguageCode) {
        this.annexes = plannedAnnexes(model);
    }

    /** A library entry in the output language. */
    t<T>(entry: Bilingual<T>): T {
        return entry[this.lang];
    }

    /** The file's text in the output language; throws when the file lacks it. */
    text(value: LocalizedText, construct: string, source: SourceLocation): string {
        const resolved = textIn(value, this.lang);
        if (resolved === undefined) throw new MissingTranslationError(construct, this.lang, source);
        return renderTextReferences(resolved, this);
    }

    optionalText(value: LocalizedText | undefined, construct: string, source: SourceLocation): string | undefined {
        return value === undefined ? undefined : this.text(value, construct, source);
    }

    /**
     * How the contract's own sentences name the main contract: the term the subject section defines
     * (English: the file's name for it; German: „Hauptvertrag“, whose gender every sentence fits).
     */
    mainContractTerm(): string {
        const named = this.lang === 'en' && this.model.mainContract !== undefined ? textIn(this.model.mainContract, this.lang) : undefined;
        return named ?? this.t(clauseLibrary.subject.mainContractTerm);
    }

    annexNumber(kind: AnnexKind): number | undefined {
        const index = this.annexes.indexOf(kind);
        return index < 0 ? undefined : index + 1;
    }

    /** "Anlage 2" / "Annex 2", or undefined when the contract has no such annex. */
    annexLabel(kind: AnnexKind): string | undefined {
        const number = this.annexNumber(kind);
        return number === undefined ? undefined : this.t(clauseLibrary.document.annexLabel)({ number });
    }

    /** The annex of the SCCs (Decision (EU) 2021/915) this annex fills, when the agreement incorporates them. */
    sccAnnexOf(kind: AnnexKind): SccAnnex | undefined {
        if (!this.model.scc) return undefined;
        return SCC_ANNEXES[kind];
    }

    subjectLabel(id: string): string {
        const subject = this.model.dataSubjects.find(candidate => candidate.id === id);
        return subject ? this.text(subject.label, `data subject '${id}'`, subject.source) : id;
    }

    categoryLabel(id: string): string {
        // Looked up for every data reference of every service: a map keeps large annexes linear.
        this.categoriesById ??= new Map(this.model.dataCategoryGroups.flatMap(group => group.categories.map(category => [category.id, category] as const)).reverse());
        const category = this.categoriesById.get(id);
        return category ? this.text(category.label, `data category '${id}'`, category.source) : id;
    }
    private categoriesById?: Map<string, DpaModel['dataCategoryGroups'][number]['categories'][number]>;

    /** The data subjects a category concerns: its group's and its own. */
    categorySubjects(id: string): string[] {
        const group = this.model.dataCategoryGroups.find(candidate => candidate.categories.some(category => category.id === id));
        const category = group?.categories.find(candidate => candidate.id === id);
        return group && category ? [...new Set([...group.subjects, ...category.subjects])] : [];
    }

    productLabel(id: string): string {
        const product = this.model.products.find(candidate => candidate.id === id);
        return product ? this.text(product.label, `product '${id}'`, product.source) : id;
    }

    private subProcessorsById?: Map<string, DpaModel['subProcessors'][number]>;

    subProcessorName(id: string): string {
        this.subProcessorsById ??= new Map([...this.model.subProcessors].reverse().map(subProcessor => [subProcessor.id, subProcessor] as const));
        return this.subProcessorsById.get(id)?.legalName ?? id;
    }

    country(code: string): string {
        return countryName(code, this.lang);
    }

    /**
     * Street address followed by the country's name; either may be missing. An address
     * that already ends with the country's name does not get it twice.
     */
    addressLine(address: string | undefined, country: string | undefined): string | undefined {
        if (address === undefined || address === '') return country !== undefined ? this.country(country) : undefined;
        if (country === undefined) return address;
        const lastPart = address.split(/[,\n]/).at(-1) ?? address;
        return isNameOfCountry(lastPart, country) ? address : `${address}, ${this.country(country)}`;
    }

    period(period: Period, grammaticalCase?: GrammaticalCase): string {
        return formatPeriod(period, this.lang, grammaticalCase);
    }

    integer(value: number): string {
        return formatInteger(value, this.lang);
    }
}

export type SccAnnex = 'I' | 'II' | 'III' | 'IV';

/** Annex I (parties and signatures) is the contract's parties and signature block, not an annex. */
const SCC_ANNEXES: Partial<Record<AnnexKind, SccAnnex>> = { 'processing': 'II', 'measures': 'III', 'sub-processors': 'IV' };

function plannedAnnexes(model: DpaModel): AnnexKind[] {
    const annexes: AnnexKind[] = [];
    if (model.processing || model.dataSubjects.length > 0 || model.dataCategoryGroups.length > 0 || model.products.length > 0) {
        annexes.push('processing');
    }
    if (model.subProcessors.length > 0) annexes.push('sub-processors');
    if (model.measures) annexes.push('measures');
    if (model.retention) annexes.push('retention');
    if (model.partners) annexes.push('partners');
    return annexes;
}
