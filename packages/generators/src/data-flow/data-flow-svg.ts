import { wrapWords } from '@dpa-as-code/model';
import { escapeHtmlAttribute } from '../html/html-escape.js';
import type { CountryStatus, DataFlow } from './data-flow.js';

// A fixed grid, so the same flows always give the same picture: controllers | processor | edge labels | countries.
// About 1000 units wide, so the picture printed on an A4 page keeps legible type.
const WIDTH = 1000;
const MARGIN = 10;
const BOX_WIDTH = 170;
const CONTROLLER_X = MARGIN;
const PROCESSOR_X = 220;
const BEND_X = 440;
const COUNTRY_X = 700;
const COUNTRY_WIDTH = WIDTH - COUNTRY_X - MARGIN;
const COUNTRY_HEADER = 26;
const NODE_INSET = 10;
const NODE_HEADER = 8;
const LINE_HEIGHT = 13;
const ROW_GAP = 6;
const COUNTRY_GAP = 12;
const ARROW_LENGTH = 8;
/** Characters per line, by what fits the column at the type size used there. */
const BOX_CHARACTERS = 24;
const LABEL_CHARACTERS = 44;
const NODE_CHARACTERS = 40;

const STATUS_COLOURS: Record<CountryStatus, string> = { eea: '#e6f2e6', adequacy: '#e6eef8', certified: '#f3eedd', third: '#fbeee0', unknown: '#eeeeee' };

/**
 * The data flows as an SVG picture for the HTML contract: no script, no link, no font or image from
 * elsewhere. Each sub-processor service is one `<path class="flow">` with its basis written above it. Every
 * element has an end tag (no `/>`), so the picture reads the same as HTML and as XML.
 */
export function dataFlowSvg(flow: DataFlow, labels: { controller: string; processor: string; title: string }): string {
    const body: string[] = [];
    const edges: { edgeY: number; text: string; lines: string[] }[] = [];
    let y = MARGIN;
    for (const country of flow.countries) {
        const top = y;
        const parts: string[] = [];
        const countryLines = wrap(country.label, NODE_CHARACTERS);
        y += COUNTRY_HEADER + (countryLines.length - 1) * LINE_HEIGHT;
        for (const recipient of country.recipients) {
            const nameLines = wrap(recipient.name, NODE_CHARACTERS);
            const nodeTop = y;
            let rowTop = y + NODE_HEADER + nameLines.length * LINE_HEIGHT;
            for (const edge of recipient.edges) {
                const text = `${edge.service}: ${edge.basis}`;
                const lines = wrap(text, LABEL_CHARACTERS);
                const edgeY = rowTop + lines.length * LINE_HEIGHT + 2;
                edges.push({ edgeY, text, lines });
                rowTop = edgeY + ROW_GAP;
            }
            const height = rowTop - nodeTop + ROW_GAP;
            parts.push(box(COUNTRY_X + NODE_INSET, nodeTop, COUNTRY_WIDTH - 2 * NODE_INSET, height, '#ffffff'),
                label(COUNTRY_X + 2 * NODE_INSET, nodeTop + LINE_HEIGHT + 2, nameLines, 'name'));
            y = nodeTop + height + NODE_INSET;
        }
        body.push(box(COUNTRY_X, top, COUNTRY_WIDTH, y - top, STATUS_COLOURS[country.status]),
            label(COUNTRY_X + NODE_INSET, top + 17, countryLines, 'country'), ...parts);
        y += COUNTRY_GAP;
    }

    const controllers = (flow.controllers.length > 0 ? flow.controllers : ['']).map(name => wrap(name, BOX_CHARACTERS));
    const processorLines = wrap(flow.processor, BOX_CHARACTERS);
    const boxHeight = (lines: string[]) => 2 * LINE_HEIGHT + lines.length * LINE_HEIGHT;
    const controllersHeight = controllers.reduce((sum, lines) => sum + boxHeight(lines) + COUNTRY_GAP, -COUNTRY_GAP);
    const height = Math.max(y, 2 * MARGIN + controllersHeight, 2 * MARGIN + boxHeight(processorLines));
    const processorY = Math.round((height - boxHeight(processorLines)) / 2);
    const processorMid = processorY + Math.round(boxHeight(processorLines) / 2);

    const parties: string[] = [];
    let controllerTop = Math.round((height - controllersHeight) / 2);
    for (const lines of controllers) {
        const middle = controllerTop + Math.round(boxHeight(lines) / 2);
        parties.push(...partyBox(CONTROLLER_X, controllerTop, labels.controller, lines),
            `<path class="link" d="M${CONTROLLER_X + BOX_WIDTH} ${middle} L${PROCESSOR_X - ARROW_LENGTH * 3} ${processorMid} L${PROCESSOR_X} ${processorMid}"></path>`,
            arrowHead(PROCESSOR_X, processorMid));
        controllerTop += boxHeight(lines) + COUNTRY_GAP;
    }
    parties.push(...partyBox(PROCESSOR_X, processorY, labels.processor, processorLines));

    const flows = edges.map(({ edgeY, text, lines }) => [
        `<path class="flow" d="M${PROCESSOR_X + BOX_WIDTH} ${processorMid} L${BEND_X} ${edgeY} L${COUNTRY_X + NODE_INSET} ${edgeY}"><title>${escapeHtmlAttribute(text)}</title></path>`,
        arrowHead(COUNTRY_X + NODE_INSET, edgeY),
        label(BEND_X + 6, edgeY - 3 - (lines.length - 1) * LINE_HEIGHT, lines, 'basis')
    ].join('\n'));

    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="data-flow" role="img" viewBox="0 0 ${WIDTH} ${height}" width="100%" aria-label="${escapeHtmlAttribute(labels.title)}">`,
        `<title>${escapeHtmlAttribute(labels.title)}</title>`,
        '<g font-family="sans-serif" fill="none" stroke="#444444">',
        ...body,
        ...parties,
        ...flows,
        '</g>',
        '</svg>'
    ].join('\n');
}

function partyBox(x: number, top: number, role: string, nameLines: string[]): string[] {
    return [
        box(x, top, BOX_WIDTH, 2 * LINE_HEIGHT + nameLines.length * LINE_HEIGHT, '#f4f4f4'),
        label(x + 8, top + LINE_HEIGHT + 4, [role], 'role'),
        label(x + 8, top + 2 * LINE_HEIGHT + 4, nameLines, 'name')
    ];
}

/** Words into lines of at most `width` characters; a longer word stays whole on a line of its own. */
function wrap(text: string, width: number): string[] {
    return wrapWords(text.split(/\s+/).filter(part => part !== ''), width);
}

/**
 * An arrowhead pointing right with its tip at (x, y). Drawn, not a `marker`: a marker is referenced
 * through `url(…)`, which the contract's HTML never contains. Every edge ends in a horizontal segment.
 */
function arrowHead(x: number, y: number): string {
    return `<path class="arrow" d="M${x - ARROW_LENGTH} ${y - ARROW_LENGTH / 2} L${x} ${y} L${x - ARROW_LENGTH} ${y + ARROW_LENGTH / 2} z" fill="#444444"></path>`;
}

function box(x: number, y: number, width: number, height: number, fill: string): string {
    return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="${fill}"></rect>`;
}

const FONT_SIZES = { role: 10, name: 11, country: 11, basis: 10 } as const;

/** One text element; each further line is a `tspan` one line lower. */
function label(x: number, y: number, lines: string[], kind: keyof typeof FONT_SIZES): string {
    const weight = kind === 'country' || kind === 'name' ? ' font-weight="bold"' : '';
    const content = lines.map((line, index) => index === 0 ? escapeHtmlAttribute(line) : `<tspan x="${x}" dy="${LINE_HEIGHT}">${escapeHtmlAttribute(line)}</tspan>`).join('');
    return `<text class="${kind}" x="${x}" y="${y}" font-size="${FONT_SIZES[kind]}"${weight} fill="#222222" stroke="none">${content}</text>`;
}
