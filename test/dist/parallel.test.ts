/**
 * Paragraph ids and the parallel view, as built (issue 18): every paper and case page has
 * paragraph ids, the same in both languages and all published; its parallel view exists in both
 * interface languages and pairs each paragraph with its counterpart, word for word as the two
 * pages give them; diagrams appear once, in the interface language; the view is linked both ways,
 * kept out of search, and carries no id twice.
 */
import { DIST_DIR, withBasePath } from '../support/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKIP, visit } from 'unist-util-visit';
import { contentPages, htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import {
	attr,
	childElements,
	classesOf,
	rawText,
	select,
	selectAll,
	type Element,
	type Root,
} from '../support/html.ts';
import type { Manifest } from '../../src/lib/urls/url-promise.ts';

const DIST = join(ROOT, DIST_DIR);
const manifest = JSON.parse(
	readFileSync(join(ROOT, 'content/published-urls.json'), 'utf8'),
) as Manifest;
const LANG = { zh: 'zh-CN', en: 'en' } as const;
type Locale = keyof typeof LANG;

const built = new Map(contentPages(htmlPages(DIST)).map((p) => [p.url, p] as const));
/** A built page's tree (parsed once). */
function dom(url: string): Root {
	const page = built.get(url);
	if (!page) throw new Error(`${url} is not built`);
	return page.tree;
}
const main = (url: string) => select('main', dom(url))!;
const idOf = (el: Element) => attr(el, 'id') ?? '';

/** The paper and case pages (route without locale): everything under /zh/paper/ and /zh/cases/. */
const routes = [...built.keys()]
	.filter((u) => /^\/zh\/(paper|cases)\//.test(u))
	.map((u) => u.slice('/zh/'.length, -1))
	.sort();
const pageUrl = (l: Locale, route: string) => `/${l}/${route}/`;
const viewUrl = (l: Locale, route: string) => `/${l}/parallel/${route}/`;

/** The paragraph ids of a single-language page, in order. */
const paragraphIds = (url: string) =>
	selectAll('.sl-markdown-content [id^="p-"]:not(.para-retired)', main(url)).map((el) => idOf(el));

/** Marks inside a paragraph that are labels, not its text. */
const NOT_WORDS = new Set(['src-ref', 'para-link', 'para-retired']);

/** The text of a paragraph or item as a reader sees it (source chips are labels, not text). */
function words(el: Element): string {
	const parts: string[] = [];
	visit(el, (n) => {
		if (n !== el && n.type === 'element' && classesOf(n).some((c) => NOT_WORDS.has(c))) return SKIP;
		if (n.type === 'text') parts.push(n.value);
		return undefined;
	});
	return parts.join('').replace(/\s+/g, ' ').trim();
}

describe('paragraph ids', () => {
	it('cover the twelve paper and case pages', () => {
		expect(routes).toHaveLength(12);
	});

	it.each(routes)('%s: every paragraph and list item has one, the same in zh and en', (route) => {
		for (const l of ['zh', 'en'] as const) {
			const content = select('.sl-markdown-content', main(pageUrl(l, route)))!;
			const blocks = childElements(content).flatMap((el) =>
				el.tagName === 'p' ? [el] : ['ul', 'ol'].includes(el.tagName) ? childElements(el) : [],
			);
			expect(blocks.length, `${l}: paragraphs and list items`).toBeGreaterThan(0);
			expect(
				blocks.filter((b) => !/^p-/.test(idOf(b))).map((b) => words(b).slice(0, 40)),
				`${l}: blocks without an id`,
			).toEqual([]);
		}
		expect(paragraphIds(pageUrl('en', route))).toEqual(paragraphIds(pageUrl('zh', route)));
	});

	it.each(routes.filter((r) => r.startsWith('paper')))(
		'%s: at least ten, all in the URL manifest',
		(route) => {
			for (const l of ['zh', 'en'] as const) {
				const ids = paragraphIds(pageUrl(l, route));
				expect(ids.length).toBeGreaterThanOrEqual(10);
				expect(ids.filter((id) => !manifest.pages[pageUrl(l, route)]?.includes(id))).toEqual([]);
			}
		},
	);

	it.each(routes)(
		'%s: each paragraph links to itself with a "¶" named in its language',
		(route) => {
			for (const l of ['zh', 'en'] as const) {
				for (const id of paragraphIds(pageUrl(l, route))) {
					// At the end of the paragraph: after its text, or with its closing source chip.
					const block = main(pageUrl(l, route));
					const link =
						select(`#${id} > .para-link`, block) ??
						select(`#${id} > .para-end > .para-link`, block);
					expect(link && attr(link, 'href'), id).toBe(`#${id}`);
					expect(attr(link!, 'aria-label')).toBe(
						l === 'zh' ? '本段链接' : 'Link to this paragraph',
					);
				}
			}
		},
	);
});

describe.each(['zh', 'en'] as const)('the parallel view, %s interface', (ui) => {
	const other: Locale = ui === 'zh' ? 'en' : 'zh';

	it.each(routes)('%s: pairs every paragraph with its counterpart', (route) => {
		const view = main(viewUrl(ui, route));
		const ids = paragraphIds(pageUrl('zh', route));
		const rows = selectAll('.pv-text [id^="p-"]:not(.para-retired)', view);
		expect(rows.map(idOf)).toEqual(ids);
		for (const row of rows) {
			for (const l of ['zh', 'en'] as const) {
				const cells = selectAll(`.pv-${l}`, row);
				expect(cells, `${idOf(row)} ${l}`).toHaveLength(1);
				expect(attr(cells[0]!, 'lang')).toBe(LANG[l]);
				const source = select(`#${idOf(row)}`, main(pageUrl(l, route)))!;
				expect(words(cells[0]!), `${idOf(row)} ${l}`).toBe(words(source));
			}
		}
	});

	it.each(routes)('%s: the interface, headings and table of contents in its language', (route) => {
		const page = dom(viewUrl(ui, route));
		expect(attr(select('html', page)!, 'lang')).toBe(LANG[ui]);
		const toc = (url: string) =>
			selectAll('starlight-toc a', dom(url)).map((a) => `${attr(a, 'href')} ${rawText(a).trim()}`);
		expect(toc(viewUrl(ui, route)).length).toBeGreaterThan(0);
		expect(toc(viewUrl(ui, route))).toEqual(toc(pageUrl(ui, route)));
		const single = main(pageUrl(ui, route));
		const headings = selectAll('.sl-markdown-content :is(h2, h3)[id]', single);
		for (const h of headings) {
			const merged = select(`#${idOf(h)}`, main(viewUrl(ui, route)))!;
			expect(rawText(select(`.pv-${ui}`, merged)!)).toBe(rawText(h));
			expect(attr(select(`.pv-${other}`, merged)!, 'lang')).toBe(LANG[other]);
		}
	});

	it.each(routes)('%s: diagrams and tables once, in the interface language', (route) => {
		const view = main(viewUrl(ui, route));
		const single = main(pageUrl(ui, route));
		for (const selector of ['figure.diagram', 'figure.case-figures', 'figure.compare']) {
			const shown = (root: Element) => selectAll(selector, root).map((f) => idOf(f) || rawText(f));
			expect(shown(view), selector).toEqual(shown(single));
		}
	});

	it.each(routes)('%s: the facts box in both languages, each as on its page', (route) => {
		const view = main(viewUrl(ui, route));
		for (const l of ['zh', 'en'] as const) {
			const single = selectAll('aside.case-facts', main(pageUrl(l, route))).map(rawText);
			const shown = selectAll(`.pv-${l} > aside.case-facts`, view).map(rawText);
			expect(shown, l).toEqual(single);
		}
	});

	it.each(routes)('%s: carries each id once', (route) => {
		const ids = selectAll('[id]', dom(viewUrl(ui, route))).map(idOf);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it.each(routes)('%s: linked from its page and back, out of the search index', (route) => {
		const link = select('a.parallel-link', main(pageUrl(ui, route)))!;
		expect(attr(link, 'href')).toBe(withBasePath(viewUrl(ui, route)));
		const back = selectAll('.pv-pages a', main(viewUrl(ui, route))).map((a) => attr(a, 'href'));
		expect(back).toEqual([pageUrl('zh', route), pageUrl('en', route)].map(withBasePath));
		expect(select('[data-pagefind-body]', dom(viewUrl(ui, route)))).toBeUndefined();
		expect(select('[data-pagefind-body]', dom(pageUrl(ui, route)))).toBeDefined();
	});
});
