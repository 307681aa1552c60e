/**
 * A tiny static server for dist/: directory URLs serve index.html, unknown paths the 404 page,
 * like a static host. Listens on 127.0.0.1 only.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
	url: string;
	server: Server;
	close: () => Promise<void>;
}

/** The headers of the `/*` block of a Netlify-style `_headers` file, as a static host sends them. */
export function headersFromFile(dist: string): Record<string, string> {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let inAll = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^\S/.test(line)) inAll = line.trim() === '/*';
		else if (inAll && line.includes(':')) {
			const i = line.indexOf(':');
			headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
		}
	}
	return headers;
}

/** Serves `dist` under `base` on a free port of 127.0.0.1, with the `_headers` file's headers. */
export function serveDist(
	dist: string,
	base = '/',
	headers: Record<string, string> = headersFromFile(dist),
): Promise<StaticServer> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file: string | undefined;
		if (path.startsWith(base)) {
			const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
			const full = join(dist, rel);
			if (existsSync(full) && statSync(full).isFile()) file = full;
			else if (existsSync(join(full, 'index.html'))) {
				if (!path.endsWith('/')) {
					res.writeHead(301, { Location: `${path}/` }).end();
					return;
				}
				file = join(full, 'index.html');
			}
		}
		const status = file ? 200 : 404;
		file ??= join(dist, '404.html');
		res.writeHead(status, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			...headers,
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				url: `http://127.0.0.1:${port}`,
				server,
				close: () => new Promise((r) => server.close(() => r())),
			});
		});
	});
}
