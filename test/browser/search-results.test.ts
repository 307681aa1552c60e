/**
 * What the search dialog shows and where its results lead (src/scripts/search/ui.ts): a name
 * typed exactly is not buried under a word it resembles; results from the other language's index
 * carry this language's title and the type filters count them; excerpts keep the spaces between
 * scripts; the page a result opens marks the words searched, under the site's CSP and without a
 * request elsewhere. Phone and desktop, both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { searchInDialog } from '../support/search.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const WIDTHS = [375, 1280] as const;

/** A page of the site at a width, with its console errors and requests to other hosts kept. */
async function open(path: string, width: number) {
	const page = await browser().newPage({ viewport: { width, height: 800 } });
	const troubles: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') troubles.push(m.text());
	});
	page.on('pageerror', (e) => troubles.push(e.message));
	page.on('request', (r) => {
		if (!r.url().startsWith(site) && !r.url().startsWith('data:')) troubles.push(r.url());
	});
	await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
	return { page, troubles };
}

/** The titles of the results shown, in order. */
const titles = (page: Page) =>
	page.$$eval('#starlight__search li.pagefind-ui__result .pagefind-ui__result-title', (els) =>
		els.map((e) => e.textContent?.trim() ?? ''),
	);

/** The type filters: label text and count, as shown. */
const filterCounts = (page: Page) =>
	page.$$eval('#starlight__search .pagefind-ui__filter-value', (els) =>
		els.map((e) => {
			const label = e.querySelector('label')?.textContent ?? '';
			return { label, count: Number(/\((\d+)\)/.exec(label)?.[1] ?? NaN) };
		}),
	);

describe.each(WIDTHS)('at %i px', (width) => {
	it.each([
		['/zh/', 'Mann'],
		['/en/', 'Mann'],
	])('%s "%s": pages about Mann in the top 3, none for "many"', async (path, query) => {
		const { page, troubles } = await open(path, width);
		const [result] = await searchInDialog(page, [query]);
		const locale = path.slice(1, 3);
		const about = [
			'concepts/infrastructural-power/',
			'concepts/despotic-power/',
			'paper/introduction/',
		];
		const wanted = about.map((p) => `/${locale}/${p}`);
		expect(
			result!.top.some((p) => wanted.includes(p)),
			`${result!.top.join(', ')} (${result!.message})`,
		).toBe(true);
		expect(result!.top).not.toContain(`/${locale}/concepts/one-core-multiple-actors/`);
		expect(troubles).toEqual([]);
		await page.close();
	});

	it.each([
		['/zh/', 'how to cite', '如何引用'],
		['/en/', '如何引用', 'How to cite'],
	])(
		'%s "%s" (other language): the result has this language\'s title',
		async (path, query, title) => {
			const { page, troubles } = await open(path, width);
			const [result] = await searchInDialog(page, [query]);
			expect(result!.message).toMatch(/英文版|Chinese version/);
			expect(await titles(page)).toContain(title);
			expect(troubles).toEqual([]);
			await page.close();
		},
	);

	it.each([
		['/zh/', 'how to cite'],
		['/en/', '铜陵'],
		['/zh/', '网格化管理'],
	])(
		'%s "%s": the type filters count the results shown, and each finds them',
		async (path, query) => {
			const { page, troubles } = await open(path, width);
			const [result] = await searchInDialog(page, [query]);
			const shown = Number(/\d+/.exec(result!.message)?.[0]);
			// On a phone the filter panel starts closed.
			const summary = page
				.locator('#starlight__search details.pagefind-ui__filter-block summary')
				.first();
			if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)))
				await summary.click();
			// The counts follow the results (the panel shows every page's type before the first search).
			const positive = async () => (await filterCounts(page)).filter((f) => f.count > 0);
			await expect
				.poll(async () => (await positive()).reduce((n, f) => n + f.count, 0), { timeout: 5_000 })
				.toBe(shown);
			const counts = await positive();
			// Ticking the type with the most results shows that many.
			const most = counts.sort((a, b) => b.count - a.count)[0]!;
			await page
				.locator('#starlight__search .pagefind-ui__filter-value label', { hasText: most.label })
				.click();
			await page.waitForFunction(
				(n) => {
					const m =
						document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
					return new RegExp(`\\b${n}\\b|${n} `).test(m) || m.includes(String(n));
				},
				most.count,
				{ timeout: 10_000 },
			);
			expect(
				await page.locator('#starlight__search li.pagefind-ui__result').count(),
			).toBeGreaterThan(0);
			expect(troubles).toEqual([]);
			await page.close();
		},
	);

	it('/zh/ "网格化管理", the type index arriving after the words (slow network): the counts still follow the results', async () => {
		const page = await browser().newPage({ viewport: { width, height: 800 } });
		await page.route('**/pagefind/filter/**', async (route) => {
			await new Promise((done) => setTimeout(done, 1_500));
			await route.continue();
		});
		await page.goto(`${site}/zh/`, { waitUntil: 'networkidle' });
		const [result] = await searchInDialog(page, ['网格化管理']);
		const shown = Number(/\d+/.exec(result!.message)?.[0]);
		expect(shown).toBeGreaterThan(0);
		// Past the delay: what the UI would show once the late index arrived.
		await page.waitForTimeout(2_000);
		const total = (await filterCounts(page)).reduce((n, f) => n + (f.count || 0), 0);
		expect(total).toBe(shown);
		await page.close();
	});

	it.each([['/zh/'], ['/en/']])(
		'%s excerpts keep a space between Chinese and Latin words',
		async (path) => {
			const { page } = await open(path, width);
			await searchInDialog(page, ['基层渗透权力']);
			const excerpts = await page.$$eval('#starlight__search .pagefind-ui__result-excerpt', (els) =>
				els.map((e) => e.textContent ?? ''),
			);
			expect(excerpts.length).toBeGreaterThan(0);
			for (const text of excerpts) {
				expect(text).not.toMatch(/\p{Script=Han}[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔù]/u);
				expect(text).not.toMatch(/[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔù]\p{Script=Han}/u);
			}
			await page.close();
		},
	);

	it.each([
		['/zh/', '网格化管理'],
		['/en/', 'grid management'],
	])('%s "%s": the page a result opens marks the words searched', async (path, query) => {
		const { page, troubles } = await open(path, width);
		await searchInDialog(page, [query]);
		const link = page
			.locator('#starlight__search ol.pagefind-ui__results a.pagefind-ui__result-link')
			.first();
		expect(await link.getAttribute('href')).toContain('pagefind-highlight=');
		await Promise.all([page.waitForURL(/pagefind-highlight=/), link.click()]);
		const marks = page.locator('mark.pagefind-highlight');
		await marks.first().waitFor({ timeout: 10_000 });
		const text = (await marks.allTextContents()).join(' ').toLowerCase();
		expect(text).toContain(query.split(' ')[0]!.toLowerCase());
		// The mark is styled by the site's stylesheet: a background colour, not transparent.
		const background = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(troubles).toEqual([]);
		await page.close();
	});
});
