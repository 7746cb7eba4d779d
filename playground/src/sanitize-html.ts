// The language server's Markdown (hover texts, completion details) is rendered to HTML by the LSP client.
// It can quote the document, and a share link makes the document someone else's text, so the HTML is cut
// down to plain formatting before it is shown: known elements only, no attributes but a link's address.
const ALLOWED = new Set([
    'A', 'B', 'BLOCKQUOTE', 'BR', 'CODE', 'DEL', 'DIV', 'EM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'I', 'LI',
    'OL', 'P', 'PRE', 'SPAN', 'STRONG', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL'
]);

export function sanitizeHtml(html: string): string {
    const template = document.createElement('template');
    template.innerHTML = html;
    clean(template.content);
    return template.innerHTML;
}

function clean(parent: ParentNode): void {
    for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) continue;
        if (!(node instanceof Element)) {
            node.remove();
            continue;
        }
        if (!ALLOWED.has(node.tagName)) {
            // Unknown elements (script, style, img, form, iframe, …) are dropped with their content.
            node.remove();
            continue;
        }
        for (const attribute of Array.from(node.attributes)) {
            const keep = (attribute.name === 'href' && node.tagName === 'A' && /^(https?:|#|rules\/)/i.test(attribute.value.trim()))
                || attribute.name === 'class';
            if (!keep) node.removeAttribute(attribute.name);
        }
        if (node.tagName === 'A') {
            node.setAttribute('target', '_blank');
            node.setAttribute('rel', 'noopener noreferrer');
        }
        clean(node);
    }
}
