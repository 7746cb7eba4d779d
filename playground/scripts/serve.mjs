// Serves playground/dist on localhost for development and the browser tests: a small static file server
// (GET and HEAD only, no directory listings, nothing outside the folder). Not meant for hosting; any static
// web server (or the folder itself, opened in a browser) does that.
//   node playground/scripts/serve.mjs [--port N] [--dir PATH]     (port 0 picks a free one)
// Prints one line, `playground: http://127.0.0.1:PORT/`, once it listens.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_PORT = 4178;

const TYPES = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
    '.md': 'text/markdown; charset=utf-8', '.dpa': 'text/plain; charset=utf-8'
};

/** Starts the server; resolves with its URL and a close function. */
export function startStaticServer({ dir = join(here, '..', 'dist'), port = DEFAULT_PORT, host = '127.0.0.1' } = {}) {
    const root = resolve(dir);
    const server = createServer((request, response) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.writeHead(405, { allow: 'GET, HEAD' }).end();
            return;
        }
        let path;
        try {
            path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        } catch {
            response.writeHead(400).end('bad request');
            return;
        }
        if (path.endsWith('/')) path += 'index.html';
        const file = normalize(join(root, path));
        if (file !== root && !file.startsWith(root + sep)) {
            response.writeHead(403).end('forbidden');
            return;
        }
        let size;
        try {
            const stats = statSync(file);
            if (!stats.isFile()) throw new Error('not a file');
            size = stats.size;
        } catch {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
            return;
        }
        response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'content-length': size,
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff'
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
    });
    return new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const address = server.address();
            const url = `http://${host}:${address.port}/`;
            resolvePromise({ url, port: address.port, close: () => new Promise(done => server.close(() => done())) });
        });
    });
}

function option(name, fallback) {
    const index = process.argv.indexOf(name);
    return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const port = Number(option('--port', process.env.PORT ?? DEFAULT_PORT));
    const dir = option('--dir', join(here, '..', 'dist'));
    try {
        statSync(join(dir, 'index.html'));
    } catch {
        console.error(`playground: ${join(dir, 'index.html')} is missing; run \`npm run playground\` first`);
        process.exit(1);
    }
    startStaticServer({ dir, port }).then(server => console.log(`playground: ${server.url}`), error => {
        console.error(`playground: cannot listen on port ${port}: ${error.message}`);
        process.exit(1);
    });
}
