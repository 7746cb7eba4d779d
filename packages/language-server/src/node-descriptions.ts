import { AstUtils, type AstNode } from 'langium';
import { ast, isGiven, single } from '@dpa-as-code/language';
import { CITATIONS } from '@dpa-as-code/model';
import { countryNames, describeCountry } from './country-info.js';
import { SCC_914_MODULES, TRANSFER_MECHANISMS } from './obligation-explanations.js';

/*
 * How the editor describes the things a DPA defines (data categories, data subjects, products,
 * sub-processors, parties): in completion details, hovers and the outline.
 */

/** The languages the agreement is written in (`languages de, en`); German and English if it does not say. */
export function documentLanguages(node: AstNode): string[] {
    const root = AstUtils.findRootNode(node);
    const languages = ast.isAgreement(root) ? root.languages.filter(Boolean) : [];
    return languages.length > 0 ? [...languages] : ['de', 'en'];
}

/** A text in the document's languages, in their order: "Chat-Transkript / Chat transcript". */
export function renderText(text: ast.Text | undefined, languages: readonly string[], separator = ' / '): string {
    if (!text) return '';
    if (text.neutral !== undefined) return text.neutral;
    const wanted = text.translations.filter(t => languages.includes(t.language))
        .sort((a, b) => languages.indexOf(a.language) - languages.indexOf(b.language));
    const shown = wanted.length > 0 ? wanted : text.translations;
    return [...new Set(shown.map(t => t.value))].join(separator);
}

/** A text in one language (the first of the document's languages), for short names in the outline. */
export function firstLanguageText(text: ast.Text | undefined, languages: readonly string[]): string {
    if (!text) return '';
    if (text.neutral !== undefined) return text.neutral;
    for (const language of languages) {
        const found = text.translations.find(t => t.language === language);
        if (found) return found.value;
    }
    return text.translations[0]?.value ?? '';
}

/** Shortens a text to `max` characters at a word boundary. */
export function shorten(text: string, max = 60): string {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    if (oneLine.length <= max) return oneLine;
    const cut = oneLine.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** What kind of thing a definable node is, in words. */
export function kindWord(node: AstNode): string | undefined {
    if (ast.isDataCategory(node)) return 'data category';
    if (ast.isDataSubject(node)) return 'data subject';
    if (ast.isProduct(node)) return 'product';
    if (ast.isSubProcessor(node)) return 'sub-processor';
    if (ast.isParty(node)) return `party (${node.role})`;
    if (ast.isMeasureGroup(node)) return 'measure group';
    if (ast.isRetentionRecord(node)) return 'retention record';
    if (ast.isInterface(node)) return 'interface';
    if (ast.isFact(node)) return 'fact';
    if (ast.isAgreement(node)) return 'agreement';
    return undefined;
}

/** One line for a completion item's detail: the label of a defined thing in the document's languages. */
export function summaryLine(node: AstNode): string | undefined {
    const languages = documentLanguages(node);
    if (ast.isDataCategory(node) || ast.isDataSubject(node) || ast.isProduct(node) || ast.isRetentionRecord(node)) {
        return renderText(node.label, languages);
    }
    if (ast.isSubProcessor(node)) {
        const code = single(node.country);
        const country = code ? describeCountry(code) : undefined;
        return [single(node.legalName), country ? `${country.code}, ${country.nameEn}` : code].filter(Boolean).join(', ');
    }
    if (ast.isParty(node)) return single(node.legalName) ? renderText(single(node.legalName), languages) : undefined;
    if (ast.isMeasureGroup(node) || ast.isInterface(node)) return renderText(node.title, languages);
    return undefined;
}

const names = (refs: readonly { ref?: { name: string }; $refText: string }[]) => refs.map(r => `\`${r.ref?.name ?? r.$refText}\``).join(', ');

/** Markdown describing a defined thing, for hovers on its name and on references to it. */
export function describeNode(node: AstNode): string | undefined {
    const languages = documentLanguages(node);
    const word = kindWord(node);
    if (!word) return undefined;
    const name = (node as AstNode & { name?: string }).name;
    const lines: string[] = [];
    if (ast.isDataCategory(node)) {
        lines.push(`**data category** \`${node.name}\`: ${renderText(node.label, languages)}`);
        const facts: string[] = [];
        const group = node.$container;
        if (group.title) facts.push(`in "${renderText(group.title, languages)}"`);
        const subjects = node.subjects.length > 0 ? node.subjects : group.subjects;
        if (subjects.length > 0) facts.push(`data subjects: ${names(subjects)}`);
        if (isGiven(node.optional)) facts.push('optional');
        if (single(node.special) === 'art9') facts.push(`special category of personal data (${CITATIONS.art9.en})`);
        if (single(node.special) === 'art10') facts.push(`criminal convictions and offences (${CITATIONS.art10.en})`);
        if (facts.length > 0) lines.push('', facts.join(' · '));
        if (single(node.note)) lines.push('', `Note: ${renderText(single(node.note), languages)}`);
    } else if (ast.isDataSubject(node)) {
        lines.push(`**data subject** \`${node.name}\`: ${renderText(node.label, languages)}`);
        if (node.covers.length > 0) lines.push('', `covers ${names(node.covers)}`);
    } else if (ast.isProduct(node)) {
        lines.push(`**product** \`${node.name}\`: ${renderText(node.label, languages)}`);
    } else if (ast.isSubProcessor(node)) {
        lines.push(`**sub-processor** \`${node.name}\`${single(node.legalName) ? `: ${single(node.legalName)}` : ''}`);
        if (single(node.address)) lines.push('', renderText(single(node.address), languages));
        const code = single(node.country);
        if (code) {
            const country = describeCountry(code);
            lines.push('', country ? `Seat: ${country.code}, ${countryNames(country)}: ${country.status}` : `Seat: ${code}`);
        }
        if (node.products.length > 0) lines.push('', `Products: ${names(node.products)}`);
        if (node.services.length > 0) {
            lines.push('', 'Services:');
            for (const service of node.services) lines.push(`- ${describeService(service, languages)}`);
        }
    } else if (ast.isParty(node)) {
        lines.push(`**party** \`${node.name}\` (${node.role})${single(node.legalName) ? `: ${renderText(single(node.legalName), languages)}` : ''}`);
        if (single(node.address)) lines.push('', renderText(single(node.address), languages));
        const code = single(node.country);
        if (code) {
            const country = describeCountry(code);
            lines.push('', country ? `Country: ${country.code}, ${countryNames(country)}` : `Country: ${code}`);
        }
    } else {
        const summary = summaryLine(node);
        lines.push(`**${word}** \`${name ?? ''}\`${summary ? `: ${summary}` : ''}`);
    }
    return lines.join('\n');
}

/** "Hosting: data email, browser; located DE, IE; transfer scc-2021/914 module 3". */
export function describeService(service: ast.Service, languages: readonly string[]): string {
    const parts: string[] = [];
    if (isGiven(service.allData)) parts.push('all data');
    else if (service.data.length > 0) parts.push(`data ${service.data.map(d => d.ref?.name ?? d.$refText).join(', ')}`);
    if (isGiven(service.noPersonalData)) parts.push('no personal data');
    const location = single(service.location);
    if (location) {
        parts.push(location.regionDependent ? 'located region-dependent' : `located ${location.countries.join(', ')}`);
    }
    const transfer = single(service.transfer);
    if (transfer) {
        const mechanism = TRANSFER_MECHANISMS[transfer.kind];
        const module = transfer.module !== undefined ? SCC_914_MODULES[transfer.module]?.title : undefined;
        parts.push(`transfer ${transfer.kind}${transfer.module !== undefined ? ` module ${transfer.module}` : ''}`
            + (mechanism ? ` (${mechanism.gdpr}${module ? `, ${module}` : ''})` : ''));
    }
    const hostedBy = single(service.hostedBy);
    if (hostedBy) parts.push(`hosted by ${hostedBy.ref?.name ?? hostedBy.$refText}`);
    const purpose = shorten(renderText(service.purpose, languages), 80);
    return parts.length > 0 ? `${purpose}: ${parts.join('; ')}` : purpose;
}
