/**
 * A static server for a built site, as a host serves it: gzip for text, `index.html` for folder
 * URLs, the 404 page for anything else, and the site's `_headers` if it has one. Only on
 * 127.0.0.1, for the benchmark's browser runs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** The `/*` headers of a Netlify-style `_headers` file. */
function siteHeaders(dist: string): Record<string, string> {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return {};
	const lines = readFileSync(file, 'utf8').split('\n');
	const start = lines.indexOf('/*');
	const out: Record<string, string> = {};
	for (const line of start < 0 ? [] : lines.slice(start + 1)) {
		if (!/^\s+\S/.test(line)) break;
		const i = line.indexOf(':');
		out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
	}
	return out;
}

export interface Served {
	url: string;
	close: () => Promise<void>;
}

/** Serves `dist` on a free port of 127.0.0.1. */
export function serve(dist: string): Promise<Served> {
	const headers = siteHeaders(dist);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const full = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, ''));
		let file = existsSync(full) && statSync(full).isFile() ? full : undefined;
		if (!file && existsSync(join(full, 'index.html'))) {
			if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${path}/` }).end();
			file = join(full, 'index.html');
		}
		const status = file ? 200 : 404;
		file ??= join(dist, '404.html');
		const ext = extname(file);
		const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
		const gzip = TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		res.writeHead(status, {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			...headers,
		});
		res.end(gzip ? gzipSync(body, { level: 6 }) : body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
