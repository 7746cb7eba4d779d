// The share link keeps the text in the URL fragment (`#code=…`), compressed with deflate-raw and
// written in base64url, and, for an example that uses other files (a cover and its template), the example's
// path (`&path=…`). A fragment is never sent to a server, so the text stays in the browser.
const PREFIX = '#code=';
const PATH = '&path=';

export interface SharedText { text: string; path?: string }

export async function encodeShareFragment(text: string, path?: string): Promise<string> {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    const code = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    return PREFIX + code + (path ? PATH + encodeURIComponent(path) : '');
}

/** The text a fragment holds, undefined when it holds none; throws when it is damaged. */
export async function decodeShareFragment(fragment: string): Promise<SharedText | undefined> {
    if (!fragment.startsWith(PREFIX)) return undefined;
    const [code = '', pathPart] = fragment.slice(PREFIX.length).split(PATH);
    const path = pathPart ? decodeURIComponent(pathPart) : undefined;
    const base64 = code.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, character => character.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const text = new TextDecoder().decode(await new Response(stream).arrayBuffer());
    return path ? { text, path } : { text };
}
