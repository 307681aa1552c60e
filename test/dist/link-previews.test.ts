/**
 * The link previews' data over the built site: each language has its previews.json, small enough
 * to fetch on a first hover, and every link in a page's text to a concept, a case or a part of the
 * paper summary has a preview in the page's language (its anchor's, else its page's), so no link
 * a reader points at stays silent. Index pages (all cases, the glossary) have none, by design.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PreviewFile } from '../../src/lib/previews/previews.ts';
import { contentPages, htmlPages } from '../support/dist.ts';
import { attr, selectAll } from '../support/html.ts';
import { ROOT } from '../support/fixture.ts';
import { BASE, DIST_DIR, LOCALES } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);
const file = (l: string) => readFileSync(join(DIST, l, 'previews.json'), 'utf8');
const INDEXES = new Set(['cases', 'concepts']);

describe.each(LOCALES)('/%s/previews.json', (l) => {
	const previews = (JSON.parse(file(l)) as PreviewFile).previews;

	it('is at most 16 KB gzip', () => {
		expect(gzipSync(file(l)).length).toBeLessThanOrEqual(16 * 1024);
	});

	it('gives every preview a title, a text and a source', () => {
		const empty = Object.entries(previews).filter(([, p]) => !p.title || !p.text || !p.source);
		expect(empty.map(([key]) => key)).toEqual([]);
	});

	it(`has a preview for every link to a concept, a case or the paper in the ${l} pages`, () => {
		const missing = new Set<string>();
		const pages = contentPages(htmlPages(DIST)).filter((p) => p.url.startsWith(`/${l}/`));
		expect(pages.length).toBeGreaterThan(40);
		for (const page of pages)
			for (const a of selectAll('main a[href]', page.tree)) {
				const href = new URL(attr(a, 'href') ?? '', `https://x${BASE}${page.url.slice(1)}`);
				const path = href.pathname.slice(BASE.length);
				const match = new RegExp(`^${l}/((?:concepts|cases|paper)(?:/[^/]+)?)/$`).exec(path);
				if (!match || INDEXES.has(match[1]!)) continue;
				const hash = decodeURIComponent(href.hash.slice(1));
				if (!previews[`${match[1]}#${hash}`] && !previews[match[1]!])
					missing.add(`${match[1]}${href.hash} (on ${page.url})`);
			}
		expect([...missing]).toEqual([]);
	});
});
