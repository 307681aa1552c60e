/**
 * The service worker over the built site (config/integrations/offline.ts): it precaches every
 * page a reader can open in both languages, every script and style, the link previews' data, the
 * manifests and Pagefind's index of both languages, all from the site itself; and the host sends
 * it uncached, so a new build's worker is found on the next visit. Offline reading itself is
 * tested in Chromium (test/browser/offline.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { headersFor, parseHeaders } from '../../src/lib/serving/headers.ts';
import { readerPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);
const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = new Set([...sw.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]!));
const files = (under: string) =>
	filesUnder(join(DIST, under))
		.map((f) => relative(DIST, f).replace(/\\/g, '/'))
		.filter((f) => !/\.(?:gz|br)$/.test(f));

describe('sw.js', () => {
	it('precaches every page a reader can open, in both languages', () => {
		const pages = readerPages(DIST).map((url) => `${url.slice(1)}index.html`);
		expect(pages.filter((p) => p.startsWith('zh/')).length).toBeGreaterThan(40);
		expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(40);
		expect(pages.filter((p) => !precached.has(p))).toEqual([]);
	});

	it.each(['_astro', 'pagefind'])('precaches every file of %s/', (folder) => {
		const all = files(folder);
		expect(all.length).toBeGreaterThan(10);
		expect(all.filter((f) => !precached.has(f))).toEqual([]);
	});

	it('precaches both languages’ search index, link previews and manifest', () => {
		for (const l of ['zh-cn', 'en'])
			expect(
				[...precached].some((u) => new RegExp(`^pagefind/pagefind\\.${l}_.*\\.pf_meta$`).test(u)),
			).toBe(true);
		for (const l of ['zh', 'en'])
			for (const file of ['previews.json', 'manifest.webmanifest'])
				expect(precached.has(`${l}/${file}`), `${l}/${file}`).toBe(true);
	});

	it('keeps everything on the site: relative URLs, no imported scripts, no precompressed copies', () => {
		expect([...precached].filter((u) => /^(?:[a-z]+:|\/)/i.test(u))).toEqual([]);
		expect([...precached].filter((u) => /\.(?:gz|br)$/.test(u))).toEqual([]);
		expect(sw).not.toMatch(/importScripts\s*\(/);
	});

	it('is revalidated on every visit, so a new build’s worker is found', () => {
		const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
		expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
	});
});
