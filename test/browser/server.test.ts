/**
 * The real `npm start` server (scripts/serve.ts) over the built site: the headers a host sends
 * (the CSP, caching, nosniff, framing), precompressed answers, HEAD and Range, and the hostile
 * requests of a public server: traversal, odd methods, long URLs, a strange Host, slow sockets,
 * and a page framed from another origin, which Chromium must refuse to render.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';
import { serveDist } from '../support/server.ts';
import { BASE, DIST_DIR } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);
let child: ChildProcess;
let origin: string;
let site: string;
let port: number;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	site = origin + BASE.replace(/\/$/, '');
	child = spawn(process.execPath, ['scripts/serve.ts', '--dir', DIST], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), BASE_PATH: BASE },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout?.on('data', (d: Buffer) => d.toString().includes('Serving') && resolve());
		child.on('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
	});
});
afterAll(() => {
	child.kill('SIGTERM');
});

/** A file of Astro's hashed output, as a site path. */
function hashedAsset(): string {
	const name = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
	return `/_astro/${name}`;
}

/** The body of every error answer: no stack trace, no local path. */
function expectNoLeak(body: string): void {
	expect(body).not.toMatch(/\bat .+:\d+:\d+|node:internal|\/work\/|\/home\/|\/tmp\/|Error:/);
}

describe('npm start: headers', () => {
	it('sends the CSP, no-cache, nosniff and framing rules with HTML', async () => {
		const res = await fetch(`${site}/en/about/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(res.headers.get('content-security-policy')).toMatch(
			/frame-ancestors 'none'|frame-ancestors 'self'/,
		);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('x-frame-options')).toMatch(/DENY|SAMEORIGIN/);
	});

	it('caches hashed assets for a year, immutable', async () => {
		const res = await fetch(`${site}${hashedAsset()}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('sends the precompressed copy the client accepts, with Vary', async () => {
		for (const encoding of ['br', 'gzip']) {
			const res = await fetch(`${site}/zh/`, { headers: { 'Accept-Encoding': encoding } });
			expect(res.headers.get('content-encoding')).toBe(encoding);
			expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
			expect(await res.text()).toContain('<html');
		}
	});

	it('answers HEAD without a body and a Range with 206 and the bytes asked for', async () => {
		const head = await fetch(`${site}/en/`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
		const range = await fetch(`${site}${hashedAsset()}`, {
			headers: { Range: 'bytes=0-9', 'Accept-Encoding': 'identity' },
		});
		expect(range.status).toBe(206);
		expect((await range.arrayBuffer()).byteLength).toBe(10);
	});
});

describe('npm start: hostile requests', () => {
	it('answers traversal variants with the 404 page, naming no local path', async () => {
		for (const path of [
			'/../../etc/passwd',
			'/%2e%2e/%2e%2e/etc/passwd',
			'/en/..%2f..%2fpackage.json',
			'/en/%2e%2e%5c%2e%2e%5cpackage.json',
			'/..%252f..%252fpackage.json',
			'/%E0%A4%A',
			'/%00',
		]) {
			const res = await fetch(`${site}${path}`);
			expect(res.status, path).toBe(404);
			const body = await res.text();
			expectNoLeak(body);
			expect(body, path).not.toContain('"devDependencies"');
		}
	});

	it('answers other methods, a very long URL and a strange Host without a leak', async () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
			const res = await fetch(`${site}/en/`, { method });
			expect(res.status, method).toBeLessThan(500);
			expectNoLeak(await res.text());
		}
		const long = await fetch(`${site}/en/${'a'.repeat(8000)}`);
		expect([404, 414, 431]).toContain(long.status);
		expectNoLeak(await long.text());
		const raw = await new Promise<string>((resolve) => {
			const socket = connect(port, '127.0.0.1', () =>
				socket.write(`GET ${BASE}en/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`),
			);
			let text = '';
			socket.on('data', (d) => (text += d.toString()));
			socket.on('close', () => resolve(text));
		});
		expect(raw).toMatch(/^HTTP\/1\.1 200/);
		expect(raw).not.toContain('evil.example');
	});

	it('closes sockets that send their headers too slowly (slowloris)', async () => {
		const started = Date.now();
		const closed = await Promise.all(
			Array.from(
				{ length: 5 },
				() =>
					new Promise<number>((resolve) => {
						const socket = connect(port, '127.0.0.1', () =>
							socket.write(`GET / HTTP/1.1\r\nHost: x\r\n`),
						);
						const drip = setInterval(() => socket.write('X-A: b\r\n'), 1000);
						socket.on('close', () => {
							clearInterval(drip);
							resolve(Date.now() - started);
						});
						socket.on('error', () => undefined);
					}),
			),
		);
		for (const ms of closed) expect(ms).toBeLessThan(15_000);
		// The server still answers after them.
		expect((await fetch(`${site}/en/`)).status).toBe(200);
	}, 20_000);

	it('is not rendered in a frame of another origin', async () => {
		// A page of another origin, without our CSP (whose frame-src would block the frame first).
		const dir = mkdtempSync(join(tmpdir(), 'framer-'));
		writeFileSync(join(dir, '404.html'), 'not found');
		writeFileSync(join(dir, 'index.html'), `<iframe src="${site}/en/about/"></iframe>`);
		const framer = await serveDist(dir, '/', []);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			await page.goto(`${framer.url.replace('127.0.0.1', 'localhost')}/`);
			await page.waitForTimeout(1500);
			const children = page.frames().filter((f) => f !== page.mainFrame());
			expect(children.length).toBe(1);
			const text = await children[0]!
				.evaluate(() => document.body?.innerText ?? '')
				.catch(() => '');
			expect(text).not.toMatch(/About|关于/);
		} finally {
			await framer.close();
			await browser.close();
		}
	}, 30_000);
});
