import type { ContractLayout } from '../layouts/contract-edition.js';

/**
 * The one stylesheet of an HTML contract, inlined so the file needs nothing else. Print
 * rules carry the paper layout: A4 with margins (landscape for two columns), each annex
 * and each further language version on a new page, table rows kept whole and table
 * headers repeated on every page.
 */
export function contractStyles(layout: ContractLayout): string {
    return `${BASE}
@page { size: A4${layout === 'side-by-side' ? ' landscape' : ''}; margin: 20mm 18mm 22mm 18mm; }
`;
}

const BASE = `
:root { color-scheme: light; }
body { margin: 2rem auto; padding: 0 1rem; max-width: 50rem; font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.4; color: #111; background: #fff; }
body.side-by-side { max-width: none; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.2em 0 0.5em; }
h1 { font-size: 1.7em; margin-top: 0; }
h2 { font-size: 1.35em; }
h3 { font-size: 1.15em; }
h4, h5, h6 { font-size: 1em; }
.number { font-variant-numeric: tabular-nums; }
p, ul { margin: 0 0 0.6em; }
ul { padding-left: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.9em; font-size: 0.9em; }
th, td { border: 1px solid #888; padding: 0.25em 0.4em; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
table.wide { font-size: 0.78em; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.toc ol { list-style: none; margin: 0; padding-left: 1.2em; }
.toc > ol { padding-left: 0; }
.toc a { color: inherit; text-decoration: none; }
.toc-title { font-size: 1.15em; }
.contract + .contract { margin-top: 3rem; border-top: 1px solid #888; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 2rem; }
.pair > .cell { min-width: 0; }
.pair > .cell.heading { break-after: avoid; }
.pair > .cell.heading > :first-child { margin-top: 1em; }
dl.record { display: grid; grid-template-columns: minmax(7em, 35%) minmax(0, 1fr); margin: 0 0 0.6em; border-top: 1px solid #888; font-size: 0.9em; }
dl.record dt, dl.record dd { margin: 0; padding: 0.2em 0.4em; border-bottom: 1px solid #ccc; overflow-wrap: break-word; }
dl.record dt { font-weight: bold; background: #f3f3f3; }
.record { break-inside: avoid; }
@media print {
  body { margin: 0; padding: 0; max-width: none; }
  .contract + .contract { margin-top: 0; border-top: none; break-before: page; }
  .annex { break-before: page; }
  .toc { break-after: page; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}`.trim();
