import type { Retention } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { atLine, cell, paragraph, table, type Block } from './document.js';

const texts = clauseLibrary.retentionAnnex;

/** Retention table: one row per record, with its period (or end event) and legal bases. */
export function buildRetentionAnnex(ctx: ContractContext, retention: Retention): Block[] {
    const notStated = ctx.t(clauseLibrary.document.notStated);
    const notes = retention.notes.map((note, index) => atLine(paragraph(ctx.text(note, `retention note ${index + 1}`, retention.source)), retention.source.line));
    const rows = retention.records.map(record => {
        const what = `retention record '${record.id}'`;
        const until = ctx.optionalText(record.until, `${what} period`, record.source);
        const period = record.period ? ctx.period(record.period) : until ?? notStated;
        return [
            cell(ctx.text(record.label, `${what} label`, record.source)),
            cell(period),
            // One basis per line: a basis itself may contain commas ("§ 257 Abs. 1 Nr. 1, Abs. 4 HGB").
            cell(...(record.basis.length > 0 ? record.basis : [notStated]))
        ];
    });
    const columns = texts.columns;
    const records = table([ctx.t(columns.record), ctx.t(columns.period), ctx.t(columns.basis)], rows);
    return [...notes, { ...records, rowLines: retention.records.map(record => record.source.line) }];
}
