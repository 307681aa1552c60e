/**
 * Paragraph ids and the parallel view, as built (issue 18): every paper and case page has
 * paragraph ids, the same in both languages and all published; its parallel view exists in both
 * interface languages and pairs each paragraph with its counterpart, word for word as the two
 * pages give them; diagrams appear once, in the interface language; the view is linked both ways,
 * kept out of search, and carries no id twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import type { Manifest } from '../../src/lib/urls/url-promise.ts';

const DIST = join(ROOT, 'dist');
const manifest = JSON.parse(
	readFileSync(join(ROOT, 'content/published-urls.json'), 'utf8'),
) as Manifest;
const LANG = { zh: 'zh-CN', en: 'en' } as const;
type Locale = keyof typeof LANG;

const built = new Map(
	htmlPages(DIST)
		.filter((p) => !/http-equiv="refresh"/.test(p.html))
		.map((p) => [p.url, p.html] as const),
);
const doms = new Map<string, HTMLElement>();
/** A built page's DOM (parsed once). */
function dom(url: string): HTMLElement {
	if (!doms.has(url)) {
		const html = built.get(url);
		if (!html) throw new Error(`${url} is not built`);
		doms.set(url, parse(html, { comment: false }));
	}
	return doms.get(url)!;
}
const main = (url: string) => dom(url).querySelector('main')!;

/** The paper and case pages (route without locale): everything under /zh/paper/ and /zh/cases/. */
const routes = [...built.keys()]
	.filter((u) => /^\/zh\/(paper|cases)\//.test(u))
	.map((u) => u.slice('/zh/'.length, -1))
	.sort();
const pageUrl = (l: Locale, route: string) => `/${l}/${route}/`;
const viewUrl = (l: Locale, route: string) => `/${l}/parallel/${route}/`;

/** The paragraph ids of a single-language page, in order. */
const paragraphIds = (url: string) =>
	main(url)
		.querySelectorAll('.sl-markdown-content [id^="p-"]:not(.para-retired)')
		.map((el) => el.id);

/** The text of a paragraph or item as a reader sees it (source chips are labels, not text). */
function words(el: HTMLElement): string {
	const copy = parse(el.innerHTML);
	for (const skip of copy.querySelectorAll('.src-ref, .para-link, .para-retired')) skip.remove();
	return copy.textContent.replace(/\s+/g, ' ').trim();
}

describe('paragraph ids', () => {
	it('cover the twelve paper and case pages', () => {
		expect(routes).toHaveLength(12);
	});

	it.each(routes)('%s: every paragraph and list item has one, the same in zh and en', (route) => {
		for (const l of ['zh', 'en'] as const) {
			const content = main(pageUrl(l, route)).querySelector('.sl-markdown-content')!;
			const children = content.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement);
			const blocks = children.flatMap((el) =>
				el.tagName === 'P'
					? [el]
					: ['UL', 'OL'].includes(el.tagName)
						? el.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement)
						: [],
			);
			expect(
				blocks.filter((b) => !/^p-/.test(b.id)).map((b) => words(b).slice(0, 40)),
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
						block.querySelector(`#${id} > .para-link`) ??
						block.querySelector(`#${id} > .para-end > .para-link`)!;
					expect(link?.getAttribute('href'), id).toBe(`#${id}`);
					expect(link.getAttribute('aria-label')).toBe(
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
		const rows = view.querySelectorAll('.pv-text [id^="p-"]:not(.para-retired)');
		expect(rows.map((r) => r.id)).toEqual(ids);
		for (const row of rows) {
			for (const l of ['zh', 'en'] as const) {
				const cells = row.querySelectorAll(`.pv-${l}`);
				expect(cells, `${row.id} ${l}`).toHaveLength(1);
				expect(cells[0]!.getAttribute('lang')).toBe(LANG[l]);
				const source = main(pageUrl(l, route)).querySelector(`#${row.id}`)!;
				expect(words(cells[0]!), `${row.id} ${l}`).toBe(words(source));
			}
		}
	});

	it.each(routes)('%s: the interface, headings and table of contents in its language', (route) => {
		const page = dom(viewUrl(ui, route));
		expect(page.querySelector('html')!.getAttribute('lang')).toBe(LANG[ui]);
		const toc = (url: string) =>
			dom(url)
				.querySelectorAll('starlight-toc a')
				.map((a) => `${a.getAttribute('href')} ${a.textContent.trim()}`);
		expect(toc(viewUrl(ui, route))).toEqual(toc(pageUrl(ui, route)));
		const single = main(pageUrl(ui, route));
		const headings = single.querySelectorAll('.sl-markdown-content :is(h2, h3)[id]');
		for (const h of headings) {
			const merged = main(viewUrl(ui, route)).querySelector(`#${h.id}`)!;
			expect(merged.querySelector(`.pv-${ui}`)!.textContent).toBe(h.textContent);
			expect(merged.querySelector(`.pv-${other}`)!.getAttribute('lang')).toBe(LANG[other]);
		}
	});

	it.each(routes)('%s: diagrams and facts once, in the interface language', (route) => {
		const view = main(viewUrl(ui, route));
		const single = main(pageUrl(ui, route));
		for (const selector of [
			'figure.diagram',
			'aside.case-facts',
			'figure.case-figures',
			'figure.compare',
		]) {
			const here = view.querySelectorAll(selector).map((f) => f.id || f.textContent);
			expect(here, selector).toEqual(
				single.querySelectorAll(selector).map((f) => f.id || f.textContent),
			);
		}
	});

	it.each(routes)('%s: carries each id once', (route) => {
		const ids = dom(viewUrl(ui, route))
			.querySelectorAll('[id]')
			.map((el) => el.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it.each(routes)('%s: linked from its page and back, out of the search index', (route) => {
		const link = main(pageUrl(ui, route)).querySelector('a.parallel-link')!;
		expect(link.getAttribute('href')).toBe(viewUrl(ui, route));
		const back = main(viewUrl(ui, route))
			.querySelectorAll('.pv-pages a')
			.map((a) => a.getAttribute('href'));
		expect(back).toEqual([pageUrl('zh', route), pageUrl('en', route)]);
		expect(dom(viewUrl(ui, route)).querySelector('[data-pagefind-body]')).toBeNull();
		expect(dom(pageUrl(ui, route)).querySelector('[data-pagefind-body]')).not.toBeNull();
	});
});
