import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_RULES, headersFile } from '../../../config/security/csp-policy.ts';
import { headersFor, parseHeaders } from '../../../src/lib/serving/headers.ts';
import { serveDist, type StaticServer } from '../../support/server.ts';

describe('_headers', () => {
	const rules = parseHeaders(headersFile("default-src 'self'"));

	it('gives HTML no-cache and the CSP, hashed assets a year, never both cache values', () => {
		const page = headersFor(rules, '/en/about/');
		expect(page['Cache-Control']).toBe(CACHE_RULES.revalidate);
		expect(page['Content-Security-Policy']).toContain("default-src 'self'");
		for (const path of ['/_astro/x.abc123.js', '/pagefind/index/en_1a2b.pf_index']) {
			const asset = headersFor(rules, path);
			expect(asset['Cache-Control']).toBe(CACHE_RULES.immutable);
			expect(asset['Content-Security-Policy']).toBeDefined();
		}
		expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBe('no-cache');
	});

	it('matches :name to one segment and ignores comments', () => {
		const r = parseHeaders('# note\n/a/:x\n  X: 1\n');
		expect(headersFor(r, '/a/b')).toEqual({ X: '1' });
		expect(headersFor(r, '/a/b/c')).toEqual({});
	});
});

describe('host server', () => {
	let server: StaticServer;
	beforeAll(async () => {
		const dist = mkdtempSync(join(tmpdir(), 'host-'));
		mkdirSync(join(dist, 'en/about'), { recursive: true });
		writeFileSync(join(dist, 'en/about/index.html'), '<p>about</p>');
		writeFileSync(join(dist, '404.html'), '<p>missing</p>');
		writeFileSync(join(dist, '_headers'), headersFile("default-src 'self'"));
		server = await serveDist(dist);
	});
	afterAll(() => server.close());

	it('serves a page with the _headers headers', async () => {
		const res = await fetch(`${server.url}/en/about/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
	});

	it('redirects a directory URL to its trailing slash', async () => {
		const res = await fetch(`${server.url}/en/about`, { redirect: 'manual' });
		expect(res.status).toBe(301);
		expect(res.headers.get('location')).toBe('/en/about/');
	});

	it('answers traversal and missing paths with the 404 page, naming no local path', async () => {
		for (const path of [
			'/nope/',
			'/%2e%2e/%2e%2e/etc/passwd',
			'/en/..%2f..%2f_headers',
			'/%E0%A4%A',
		]) {
			const res = await fetch(`${server.url}${path}`);
			expect(res.status, path).toBe(404);
			const body = await res.text();
			expect(body).toBe('<p>missing</p>');
			expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
		}
	});
});

describe.each(['/', '/guide/'])('the 404 page of the URL language, under base %s', (base) => {
	let server: StaticServer;
	beforeAll(async () => {
		const dist = mkdtempSync(join(tmpdir(), 'host-404-'));
		for (const l of ['zh', 'en']) {
			mkdirSync(join(dist, l), { recursive: true });
			writeFileSync(join(dist, l, '404.html'), `<p>${l} missing</p>`);
		}
		writeFileSync(join(dist, '404.html'), '<p>both missing</p>');
		server = await serveDist(dist, base, []);
	});
	afterAll(() => server.close());

	it.each([
		['en/cases/wuhan/', '<p>en missing</p>'],
		['en/no-such', '<p>en missing</p>'],
		['zh/cases/wuhan/', '<p>zh missing</p>'],
		['zh/', '<p>zh missing</p>'],
		['no-such/', '<p>both missing</p>'],
		['english/', '<p>both missing</p>'],
	])('answers %s with status 404 and %s', async (path, body) => {
		const res = await fetch(`${server.url}${base}${path}`);
		expect(res.status).toBe(404);
		expect(await res.text()).toBe(body);
	});
});

describe('the 404 page under a base path', () => {
	it('answers a language path outside the base with the two-language page', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'host-404-base-'));
		mkdirSync(join(dist, 'en'));
		writeFileSync(join(dist, 'en', '404.html'), '<p>en missing</p>');
		writeFileSync(join(dist, '404.html'), '<p>both missing</p>');
		const server = await serveDist(dist, '/guide/', []);
		try {
			const res = await fetch(`${server.url}/en/cases/wuhan/`);
			expect(res.status).toBe(404);
			expect(await res.text()).toBe('<p>both missing</p>');
		} finally {
			await server.close();
		}
	});
});
