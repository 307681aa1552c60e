/**
 * The 404 pages in dist/: `404.html` in both languages for hosts with one not-found page, and
 * `zh/404.html`, `en/404.html` in their own language, header and search included, for missing
 * paths under /zh/ and /en/. None is a page of its own URL (no `<lang>/404/` folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_TAGS } from '../../src/lib/i18n/locales.ts';
import { ROOT } from '../support/fixture.ts';
import { attr, parseHtml, select, selectAll, textOf } from '../support/html.ts';
import { DIST_DIR, withBasePath } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);
const page = (file: string) => parseHtml(readFileSync(join(DIST, file), 'utf8'));

describe.each([
	['zh', '页面未找到', '搜索', ['zh', 'en']],
	['en', 'Page not found', 'Search', ['en', 'zh']],
] as const)('%s/404.html', (l, title, search, order) => {
	const tree = page(`${l}/404.html`);

	it('is in its language, with its own title and a header in that language', () => {
		expect(attr(select('html', tree)!, 'lang')).toBe(LANG_TAGS[l]);
		expect(textOf(select('h1', tree)!).trim()).toBe(title);
		expect(textOf(select('title', tree)!)).toBe(`404 · ${title}`);
		expect(textOf(select('header', tree)!)).toContain(search);
	});

	it('explains in its language first, then the other, each linking its home page', () => {
		const sections = selectAll('main .not-found section', tree);
		expect(sections.map((s) => attr(s, 'lang'))).toEqual(order.map((o) => LANG_TAGS[o]));
		for (const [i, o] of order.entries()) {
			expect(attr(select('a', sections[i]!)!, 'href')).toBe(withBasePath(`/${o}/`));
		}
	});

	it('has no cite panel, is not searchable and is not a page of its own URL', () => {
		expect(select('.cite-panel', tree)).toBeUndefined();
		expect(select('[data-pagefind-body]', tree)).toBeUndefined();
		expect(existsSync(join(DIST, l, '404'))).toBe(false);
	});
});

describe('404.html', () => {
	it('stays in both languages for paths of no language and hosts with one 404 page', () => {
		const tree = page('404.html');
		expect(textOf(select('h1', tree)!)).toContain('页面未找到');
		expect(textOf(select('h1', tree)!)).toContain('Page not found');
		const langs = selectAll('main .not-found section', tree).map((s) => attr(s, 'lang'));
		expect(langs).toEqual([LANG_TAGS.zh, LANG_TAGS.en]);
	});
});
