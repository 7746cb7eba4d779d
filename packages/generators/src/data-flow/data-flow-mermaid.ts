import type { DataFlow } from './data-flow.js';

/**
 * The data flows as a Mermaid `flowchart LR`: the controllers, the processor, and a subgraph per
 * country. The controller's link to the processor is a thick arrow (`==>`); every sub-processor
 * service is one labelled arrow (`-->|…|`), so the arrows can be counted.
 */
export function dataFlowMermaid(flow: DataFlow, labels: { controller: string; processor: string }): string {
    const lines = ['flowchart LR'];
    const controllers = flow.controllers.length > 0 ? flow.controllers : [labels.controller];
    controllers.forEach((name, index) => lines.push(`    c${index + 1}["${quoted(`${labels.controller}: ${name}`)}"]`));
    lines.push(`    p["${quoted(`${labels.processor}: ${flow.processor}`)}"]`);
    controllers.forEach((_, index) => lines.push(`    c${index + 1} ==> p`));
    let recipientNumber = 0;
    const edges: string[] = [];
    flow.countries.forEach((country, countryIndex) => {
        lines.push(`    subgraph g${countryIndex + 1}["${quoted(country.label)}"]`);
        for (const recipient of country.recipients) {
            const node = `s${++recipientNumber}`;
            lines.push(`        ${node}["${quoted(recipient.name)}"]`);
            for (const edge of recipient.edges) edges.push(`    p -->|"${quoted(`${edge.service}: ${edge.basis}`)}"| ${node}`);
        }
        lines.push('    end');
    });
    return [...lines, ...edges].join('\n');
}

/**
 * Text inside Mermaid's double quotes, printed literally: characters Mermaid or its HTML labels would read
 * become Mermaid's numeric entities (`#60;`), and nothing can close the Markdown fence or start a new line.
 */
function quoted(text: string): string {
    return text.replace(/[\r\n]+/g, ' ').replace(/["`|<>&#*_\\[\]]/g, character => `#${character.charCodeAt(0)};`);
}
