/**
 * The search dialog as students use it (src/scripts/search/ui.ts): questions, other spellings, names,
 * the line that says what was searched, and the dialog on a phone. Recall on the held-out list is
 * measured in search-heldout.test.ts; typing speed in `npm run bench -- --only-search`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { searchInDialog } from '../support/search.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Console errors and warnings (a CSP violation, a failed import) of each page, by page. */
const troubles = new WeakMap<Page, string[]>();

async function dialog(path: string, width = 1280): Promise<Page> {
	const page = await browser().newPage({ viewport: { width, height: 800 } });
	const seen: string[] = [];
	troubles.set(page, seen);
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') seen.push(m.text());
	});
	page.on('pageerror', (e) => seen.push(e.message));
	await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
	return page;
}

/** Closes a page that logged no error or warning. */
async function close(page: Page): Promise<void> {
	expect(troubles.get(page), 'console errors and warnings').toEqual([]);
	await page.close();
}

/** The status line above the results. */
const status = (page: Page) =>
	page.evaluate(
		() => document.querySelector<HTMLElement>('.site-search-status')?.innerText.trim() ?? '',
	);

describe('a question finds its page, and the dialog says what it searched for', () => {
	it.each([
		['/zh/', '怎么引用这篇论文', '/zh/cite/', '引用 论文'],
		['/en/', 'how do I cite this', '/en/cite/', 'cite'],
		['/zh/', '什么是内卷化', '/zh/concepts/involution/', '内卷化'],
		['/en/', 'what is the Tongling model', '/en/cases/tongling/', 'Tongling model'],
	])('%s "%s" → %s', async (path, query, want, searched) => {
		const page = await dialog(path);
		const [result] = await searchInDialog(page, [query]);
		expect(result!.top.slice(0, 3), result!.message).toContain(want);
		expect(await status(page)).toContain(`“${searched}”`);
		await close(page);
	});
});

describe('no dead ends: the dialog names what it left out', () => {
	it.each([
		// Pagefind leaves out a word no page has; the dialog says so.
		['/en/', 'residents committee qwxzv', ['“qwxzv”']],
		['/zh/', '居委会 qwxzv', ['“qwxzv”']],
		// No page has every word: the best shorter query, named.
		['/en/', 'flat hierarchy', ['“flat hierarchy”', '“flat”']],
		['/zh/', '网站 原文 来源', ['“网站 原文 来源”']],
		// Only one or two pages have every word: results for fewer words follow, named.
		['/en/', 'subdistrict office abolished', ['“subdistrict office abolished”']],
	])('%s "%s"', async (path, query, said) => {
		const page = await dialog(path);
		const [result] = await searchInDialog(page, [query]);
		expect(result!.top.length).toBeGreaterThan(0);
		const line = await status(page);
		for (const s of said) expect(line).toContain(s);
		await close(page);
	});
});

describe('British and American spellings find the same page', () => {
	it.each([
		['neighbourhood committee', 'neighborhood committee', '/en/concepts/residents-committee/'],
		[
			'hub social organisations',
			'hub social organizations',
			'/en/concepts/hub-social-organisations/',
		],
		['street centre system', 'street center system', '/en/concepts/street-centre-system/'],
		['de-economisation', 'de-economization', '/en/concepts/de-economisation/'],
	])('"%s" and "%s" → %s', async (british, american, want) => {
		const page = await dialog('/en/');
		const results = await searchInDialog(page, [british, american]);
		for (const r of results) expect(r.top, `${r.query}: ${r.message}`).toContain(want);
		await close(page);
	});
});

describe('names and terms written in the other language', () => {
	it.each([
		// A Western name on the Chinese site: pages that discuss Tilly (梯利).
		['/zh/', 'Tilly', ['/zh/paper/introduction/', '/zh/concepts/state-capacity/', '/zh/paper/']],
		// An English term on the Chinese site, a Chinese name on the English site.
		['/zh/', 'how to cite', ['/zh/cite/']],
		['/en/', '青山区', ['/en/cases/qingshan/']],
		['/en/', '铜陵', ['/en/cases/tongling/']],
	])('%s "%s" finds the page in the reader\'s language', async (path, query, wanted) => {
		const page = await dialog(path);
		const [result] = await searchInDialog(page, [query]);
		expect(
			result!.top.some((p) => wanted.includes(p)),
			`${result!.top.join(', ')} (${result!.message})`,
		).toBe(true);
		await close(page);
	});
});

describe('results read well', () => {
	it('Chinese excerpts are long enough to show the match, without lists of names or pinyin', async () => {
		const page = await dialog('/zh/');
		await searchInDialog(page, ['网格化管理']);
		const excerpts = await page.$$eval('#starlight__search .pagefind-ui__result-excerpt', (els) =>
			els.map((e) => ({ text: e.textContent ?? '', marked: !!e.querySelector('mark') })),
		);
		expect(excerpts.length).toBeGreaterThan(2);
		for (const e of excerpts.filter((x) => x.marked))
			expect(e.text.length, e.text).toBeGreaterThan(30);
		for (const e of excerpts) {
			expect(e.text, 'pinyin').not.toMatch(/wǎnggéhuà|wanggehua/);
			expect(e.text, 'list of other names').not.toContain('其他译名');
		}
		await close(page);
	});
});

describe('on a phone', () => {
	it.each([
		[375, false],
		[1280, true],
	])('at %i px the type filters start open: %s', async (width, open) => {
		const page = await dialog('/zh/', width);
		await searchInDialog(page, ['网格']);
		const details = page.locator('#starlight__search details.pagefind-ui__filter-block').first();
		await details.waitFor({ state: 'attached' });
		expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(open);
		if (!open) {
			// The first result starts in the first screen.
			const top = await page
				.locator('#starlight__search li.pagefind-ui__result')
				.first()
				.evaluate((li) => li.getBoundingClientRect().top);
			expect(top).toBeLessThan(400);
		}
		await close(page);
	});
});
