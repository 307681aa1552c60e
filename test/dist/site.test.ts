/**
 * Tests over the built site in dist/ (run `npm run build` first; `npm test` does). Sweeps over
 * pages make one test per page, so a failure names the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANG_TAGS, type Locale } from '../../src/lib/i18n/locales.ts';
import { brokenLinks, contentPages, htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import {
	attr,
	byTag,
	classesOf,
	findAll,
	idsIn,
	isRedirect,
	parseHtml,
	rawText,
	select,
	selectAll,
	textOf,
	type Root,
} from '../support/html.ts';
import { BASE, DIST_DIR, LOCALES, ORIGIN, PAGE_ROUTES, withBasePath } from '../support/site.ts';

const DIST = join(ROOT, DIST_DIR);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const all = htmlPages(DIST);
/** Pages of a language (not redirects), as [url, page] rows for `it.each`. */
const localePages = contentPages(all).filter((p) => /^\/(zh|en)\//.test(p.url));
/** The `href`s of a page's links. */
const hrefsOf = (tree: Root) => selectAll('a[href]', tree).map((a) => attr(a, 'href'));
const rows = localePages.map((p) => [p.url, p] as const);

describe('dist/', () => {
	it('exists (run `npm run build` first)', () => {
		expect(existsSync(join(DIST, 'index.html'))).toBe(true);
	});

	describe.each(LOCALES)('every promised route exists in %s', (locale) => {
		it.each(PAGE_ROUTES)(`/${locale}/%s`, (route) => {
			const html = parseHtml(read(`${locale}/${route}index.html`));
			expect(attr(byTag(html, 'html')[0]!, 'lang')).toBe(LANG_TAGS[locale]);
			expect(isRedirect(html)).toBe(false);
		});
	});

	it('serves a real bilingual landing page at /, not a redirect', () => {
		const tree = parseHtml(read('index.html'));
		expect(isRedirect(tree)).toBe(false);
		const text = textOf(select('body', tree)!);
		expect(text).toContain('社区治理改革导读');
		expect(text).toContain("Community Governance Reform: A Reader's Guide");
		expect(hrefsOf(tree)).toEqual(expect.arrayContaining(['/zh/', '/en/'].map(withBasePath)));
	});

	it('has no untranslated fallback page: zh and en have the same page set', () => {
		const urls = all.map((p) => p.url);
		const side = (l: string) =>
			urls
				.filter((u) => u.startsWith(`/${l}/`))
				.map((u) => u.slice(4))
				.sort();
		expect(side('zh')).toEqual(side('en'));
		expect(side('zh').length).toBeGreaterThanOrEqual(PAGE_ROUTES.length);
	});

	it('the landing page links only to pages that exist', () => {
		const landing = all.filter((p) => p.url === '/');
		expect(landing).toHaveLength(1);
		expect(brokenLinks(DIST, BASE, ORIGIN, landing)).toEqual([]);
	});

	it('the language switcher offers the same page in the other language', () => {
		const options = (path: string) =>
			selectAll('option', parseHtml(read(path))).map((o) => attr(o, 'value'));
		expect(options('zh/cases/nanjing/index.html')).toContain(withBasePath('/en/cases/nanjing/'));
		expect(options('en/cases/nanjing/index.html')).toContain(withBasePath('/zh/cases/nanjing/'));
	});

	it('builds a search index with both languages', () => {
		const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const langs = Object.keys(entry.languages).map((l) => l.toLowerCase());
		expect(langs).toEqual(expect.arrayContaining(['zh-cn', 'en']));
		for (const l of Object.values(entry.languages))
			expect(l.page_count).toBeGreaterThanOrEqual(PAGE_ROUTES.length);
	});

	describe('every section of the section map has its anchor where it points', () => {
		const sections = parse(readFileSync(join(ROOT, 'content/paper/sections.yaml'), 'utf8')) as {
			id: string;
			page: string;
			anchor?: string;
		}[];
		const cases = sections.flatMap((s) =>
			s.anchor ? LOCALES.map((l) => [`${l}: ${s.id}`, l, s.page, s.anchor!] as const) : [],
		);
		it.each(cases)('%s', (_name, locale, page, anchor) => {
			expect(idsIn(parseHtml(read(`${locale}/${page}/index.html`))).has(anchor)).toBe(true);
		});
	});
});

describe.each(rows)('%s', (url, page) => {
	const tree = page.tree;
	const locale = url.slice(1, 3) as Locale;

	it('is in its own language (no fallback notice)', () => {
		const fallback = findAll(tree, (el) => classesOf(el).some((c) => c.includes('sl-fallback')));
		expect(fallback).toEqual([]);
		expect(textOf(tree)).not.toMatch(
			/This content is not available in your language yet|此页面内容尚未翻译/,
		);
		expect(attr(byTag(tree, 'html')[0]!, 'lang')).toBe(LANG_TAGS[locale]);
	});

	it('is a directory URL with a trailing slash', () => {
		expect(page.file.endsWith('index.html')).toBe(true);
	});

	it('resolves every internal link and anchor', () => {
		expect(brokenLinks(DIST, BASE, ORIGIN, [page])).toEqual([]);
	});

	it('has the same h2/h3 ids as its page in the other language', () => {
		const headingIds = (t: Root) =>
			selectAll('h2[id], h3[id]', t)
				.map((h) => attr(h, 'id'))
				.filter((id) => id !== 'starlight__on-this-page');
		const other = `${locale === 'zh' ? 'en' : 'zh'}/${url.slice(4)}index.html`;
		expect(headingIds(parseHtml(read(other)))).toEqual(headingIds(tree));
	});

	it('loads nothing from another host: no external scripts, styles, images or fonts', () => {
		const external = (url: string | undefined) => /^(https?:)?\/\//i.test(url ?? '');
		const sources = selectAll('script[src], img[src], iframe[src]', tree).map((el) =>
			attr(el, 'src'),
		);
		expect(sources.filter(external)).toEqual([]);
		const loaded = selectAll('link[href]', tree).filter((l) =>
			(attr(l, 'rel') ?? '')
				.split(' ')
				.some((r) => /^(stylesheet|preload|modulepreload)$/i.test(r)),
		);
		expect(loaded.map((l) => attr(l, 'href')).filter(external)).toEqual([]);
	});

	// A title such as `</title><script>` would be written raw. The checker refuses markup in titles
	// and descriptions; here the output is checked as a browser parses it.
	it('<title> and the meta description carry only text', () => {
		const head = byTag(tree, 'head')[0]!;
		const titles = byTag(head, 'title');
		expect(titles).toHaveLength(1);
		expect(titles[0]!.children?.every((c) => c.type === 'text')).toBe(true);
		expect(rawText(titles[0]!)).not.toMatch(/[<>]/);
		const descriptions = findAll(
			head,
			(n) => n.tagName === 'meta' && attr(n, 'name') === 'description',
		);
		expect(descriptions).toHaveLength(1);
		expect(attr(descriptions[0]!, 'content')).not.toMatch(/[<>]/);
		// No injected <title> in the body: the only ones there are SVG titles of diagrams.
		const body = byTag(tree, 'body')[0]!;
		const inSvg = byTag(body, 'svg').flatMap((svg) => byTag(svg, 'title'));
		expect(byTag(body, 'title')).toHaveLength(inSvg.length);
	});
});
