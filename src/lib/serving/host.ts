/**
 * dist/ served as a static host serves it: the `_headers` file's headers on every answer, the
 * precompressed `.br`/`.gz` beside a file chosen by Accept-Encoding (sirv), directory URLs
 * redirected to their trailing slash, and the 404 page of the URL's language with status 404.
 * Used by `npm start` (scripts/serve.ts) and by the test server (test/support/server.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';

/** The rules of `dist/_headers`, or none when the build wrote no such file. */
export function readHeaderRules(dist: string): HeaderRule[] {
	const file = join(dist, '_headers');
	return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}

/** The 404 page for `path` (below the base): the language folder's own one where the build wrote it. */
function notFoundFile(dist: string, path: string): string {
	const lang = /^\/(en|zh)\//.exec(path)?.[1];
	const own = lang ? join(dist, lang, '404.html') : undefined;
	return own && existsSync(own) ? own : join(dist, '404.html');
}

function applyHeaders(res: ServerResponse, rules: HeaderRule[], path: string): void {
	for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
}

/**
 * A request handler for `dist` under `base` (which starts and ends with `/`). Paths outside the
 * base, with a `..` segment or that name no built file answer with the 404 page; a fault answers
 * with a plain 500 that names no file.
 */
export function hostHandler(
	dist: string,
	base = '/',
	rules: HeaderRule[] = readHeaderRules(dist),
): (req: IncomingMessage, res: ServerResponse) => void {
	const files = sirv(dist, {
		dev: false,
		etag: true,
		gzip: true,
		brotli: true,
		dotfiles: false,
		setHeaders: (res, pathname) => applyHeaders(res, rules, pathname),
	});
	const notFound = (res: ServerResponse, path: string) => {
		applyHeaders(res, rules, path);
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.setHeader('Cache-Control', 'no-cache');
		res.end(readFileSync(notFoundFile(dist, path)));
	};
	return (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://host');
			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				return notFound(res, '/');
			}
			if (!path.startsWith(base) || path.split(/[/\\]/).includes('..')) return notFound(res, '/');
			const rel = `/${path.slice(base.length)}`;
			if (!rel.endsWith('/') && existsSync(join(dist, rel, 'index.html'))) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			req.url = `${rel}${url.search}`;
			files(req, res, () => notFound(res, rel));
		} catch {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Internal server error\n');
		}
	};
}

/**
 * An HTTP server for `dist` with timeouts that end slow or idle sockets, so a few slow clients
 * (slowloris) cannot hold it.
 */
export function createHostServer(dist: string, base = '/', rules?: HeaderRule[]): Server {
	return createServer(
		{
			headersTimeout: 10_000,
			requestTimeout: 30_000,
			keepAliveTimeout: 5_000,
			// Node checks the two timeouts above every 30 s unless told otherwise.
			connectionsCheckingInterval: 1_000,
		},
		hostHandler(dist, base, rules),
	);
}
