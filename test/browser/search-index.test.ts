/**
 * What search indexes is what a reader sees: on every page, no attribute is indexed, and no text
 * inside the indexed body is hidden unless the reader sees it elsewhere on the page, at a desktop
 * or a phone width (a layout for each width, a table cell repeated in a summary). Text in a closed
 * <details>, an inactive tab or a diagram is not hidden: the reader opens or sees it there. Result titles name the page type only where the title does not.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { htmlPages, isNotFoundPage } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const pages = htmlPages(join(ROOT, DIST_DIR))
	.map((p) => p.url)
	// The 404 pages are not indexed (no data-pagefind-body): they answer missing paths.
	.filter((url) => /^\/(zh|en)\//.test(url) && !url.includes('/parallel/') && !isNotFoundPage(url));

/** In the page: hidden text Pagefind would index, indexed attributes, and the result title. */
function indexedButHidden(): {
	hidden: string[];
	visible: string;
	attrs: string[];
	title: string;
} {
	const body = document.querySelector('[data-pagefind-body]');
	const hidden: string[] = [];
	const walker = document.createTreeWalker(body ?? document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent?.trim();
		const el = node.parentElement;
		if (!text || !el || el.closest('[data-pagefind-ignore], script, style, template')) continue;
		// Text a reader opens (a closed <details>, another tab) and a diagram's own text and its
		// text alternative (<title>, <desc>) are not hidden text.
		if (el.closest('details:not([open]), [role="tabpanel"], svg')) continue;
		if (!el.checkVisibility({ visibilityProperty: true })) hidden.push(text.replace(/\s+/g, ' '));
	}
	const attrs = [...document.querySelectorAll('[data-pagefind-index-attrs]')].map(
		(e) => `${e.tagName.toLowerCase()}[${e.getAttribute('data-pagefind-index-attrs')}]`,
	);
	const meta = document.querySelector('[data-pagefind-meta^="title:"]');
	const title = meta?.getAttribute('data-pagefind-meta')?.slice('title:'.length) ?? '';
	const visible = document.body.innerText.replace(/\s+/g, ' ');
	return { hidden, visible, attrs, title };
}

describe('the search index holds only what a reader sees', () => {
	it(`checks every page (${pages.length})`, async () => {
		expect(pages.length).toBeGreaterThan(90);
		const desktop = await browser().newPage({ viewport: { width: 1280, height: 800 } });
		const phone = await browser().newPage({ viewport: { width: 375, height: 800 } });
		const problems: string[] = [];
		const titles: string[] = [];
		for (const url of pages) {
			await desktop.goto(`${site}${url}`, { waitUntil: 'load' });
			const found = await desktop.evaluate(indexedButHidden);
			for (const attr of found.attrs) problems.push(`${url}: indexed attribute ${attr}`);
			if (found.title) titles.push(found.title);
			const seen = (text: string) => found.visible.includes(text);
			const hidden = found.hidden.filter((t) => !seen(t));
			if (!hidden.length) continue;
			await phone.goto(`${site}${url}`, { waitUntil: 'load' });
			const onPhone = (await phone.evaluate(indexedButHidden)).visible;
			for (const text of hidden.filter((t) => !onPhone.includes(t)))
				problems.push(`${url}: hidden text "${text.slice(0, 80)}"`);
		}
		await desktop.close();
		await phone.close();
		expect(problems).toEqual([]);
		// "Case | Cases", "案例｜案例": a type in front of a title that already says it.
		const repeats = titles.filter((t) => {
			const [type, rest] = t.split(/ \| |｜/);
			return rest !== undefined && rest.toLowerCase().startsWith(type!.toLowerCase());
		});
		expect(repeats).toEqual([]);
	}, 300_000);
});
