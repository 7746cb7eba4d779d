import type { Service, SubProcessor } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { cell, paragraph, table, type Block, type TableCell } from './document.js';

const texts = clauseLibrary.subProcessorAnnex;

/**
 * One row per sub-processor. A sub-processor's services share its row: each service column
 * holds one line per service, in the same order, numbered when there is more than one.
 */
export function buildSubProcessorAnnex(ctx: ContractContext): Block[] {
    const columns = texts.columns;
    const header = [columns.name, columns.address, columns.services, columns.data, columns.function, columns.location, columns.transfer, columns.products]
        .map(column => ctx.t(column));
    return [paragraph(ctx.t(texts.intro)), table(header, ctx.model.subProcessors.map(subProcessor => row(ctx, subProcessor)))];
}

function row(ctx: ContractContext, subProcessor: SubProcessor): TableCell[] {
    const what = `sub-processor '${subProcessor.id}'`;
    const notStated = ctx.t(clauseLibrary.document.notStated);
    const notes = subProcessor.notes.map(note => ctx.text(note, `${what} note`, subProcessor.source));
    const address = ctx.addressLine(ctx.optionalText(subProcessor.address, `${what} address`, subProcessor.source), subProcessor.country);
    const products = subProcessor.products.map(id => ctx.productLabel(id));

    const services = subProcessor.services.map((service, index) => serviceLines(ctx, service, `${what} service ${index + 1}`));
    const numbered = (pick: (lines: ServiceLines) => string) => services.length === 0
        ? cell(notStated)
        : cell(...services.map((lines, index) => services.length > 1 ? `${index + 1}. ${pick(lines)}` : pick(lines)));

    return [
        cell(subProcessor.legalName ?? subProcessor.id, ...(subProcessor.url !== undefined ? [ctx.t(texts.url)({ url: subProcessor.url, ...(subProcessor.urlKind ? { kind: subProcessor.urlKind } : {}) })] : []), ...notes),
        cell(address ?? notStated),
        numbered(lines => lines.purpose),
        numbered(lines => lines.data),
        numbered(lines => lines.function),
        numbered(lines => lines.location),
        numbered(lines => lines.transfer),
        cell(products.length > 0 ? products.join(', ') : notStated)
    ];
}

interface ServiceLines {
    purpose: string;
    data: string;
    function: string;
    location: string;
    transfer: string;
}

function serviceLines(ctx: ContractContext, service: Service, what: string): ServiceLines {
    const notStated = ctx.t(clauseLibrary.document.notStated);
    const purpose = ctx.text(service.purpose, `${what} purpose`, service.source);
    const notes = service.notes.map(note => ctx.text(note, `${what} note`, service.source));
    if (service.hostedBy !== undefined) notes.unshift(ctx.t(texts.hostedBy)({ name: ctx.subProcessorName(service.hostedBy) }));

    let data = notStated;
    if (service.allData) data = ctx.t(texts.allData);
    else if (service.noPersonalData) data = ctx.t(texts.noPersonalData);
    else if (service.data.length > 0) data = dataLabels(ctx, service.data).join(', ');

    let location = notStated;
    if (service.location?.regionDependent) location = ctx.t(texts.regionDependent);
    else if (service.location && service.location.countries.length > 0) location = service.location.countries.map(code => ctx.country(code)).join(', ');

    let transfer = notStated;
    if (service.transfer) {
        const basis = ctx.t(texts.transfers[service.transfer.kind])({ module: service.transfer.module });
        // The agreement's own wording of the basis, where it gives one, is what the contract says.
        transfer = ctx.optionalText(service.transfer.stated, `${what} transfer basis as stated`, service.source) ?? basis;
    }

    return {
        purpose: notes.length > 0 ? `${purpose} (${joinNotes(notes)})` : purpose,
        data,
        function: service.function ? ctx.t(texts.functions[service.function]) : notStated,
        location,
        transfer
    };
}

/** Notes that are whole sentences follow one another; fragments are joined with semicolons (never “.;”). */
function joinNotes(notes: string[]): string {
    if (notes.every(note => /[.!?]$/.test(note))) return notes.join(' ');
    return notes.map((note, index) => index < notes.length - 1 ? note.replace(/\.$/, '') : note).join('; ');
}

/**
 * The labels of a service's data categories. Two categories of different data subjects may share a
 * label (the end user's and the operator's "E-mail address"): those name their data subjects, so the
 * cell does not list the same words twice.
 */
function dataLabels(ctx: ContractContext, ids: string[]): string[] {
    const labels = ids.map(id => ctx.categoryLabel(id));
    return labels.map((label, index) => {
        if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
        const subjects = ctx.categorySubjects(ids[index]).map(id => ctx.subjectLabel(id));
        return subjects.length > 0 ? `${label} (${subjects.join(', ')})` : label;
    });
}
