/**
 * The search dialog from the keyboard (src/scripts/search/keyboard.ts): ↓ from the search box
 * reaches the first result past the type filters, ↓/↑ move through the results, ↑ or Escape go
 * back to the box, Enter in the box opens the first result. Phone and desktop, both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { searchInDialog } from '../support/search.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** What has the keyboard focus: the search box, the n-th result link, or something else. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const root = document.querySelector('#starlight__search')!;
		const el = document.activeElement;
		if (el === root.querySelector('input')) return 'box';
		const links = [...root.querySelectorAll('ol.pagefind-ui__results a.pagefind-ui__result-link')];
		const i = links.indexOf(el as Element);
		return i >= 0 ? `result ${i}` : `other: ${el?.tagName} ${el?.className}`;
	});

describe.each([
	['zh', '网格化管理', 375],
	['zh', '网格化管理', 1280],
	['en', 'grid management', 375],
	['en', 'grid management', 1280],
] as const)('/%s/ "%s" at %i px', (locale, query, width) => {
	it('↓ reaches the first result, ↓/↑ move, ↑ and Escape return to the box', async () => {
		const page = await browser().newPage({ viewport: { width, height: 800 } });
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const [result] = await searchInDialog(page, [query]);
		expect(result!.top.length).toBeGreaterThan(1);
		expect(await focused(page)).toBe('box');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('result 0');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe('result 1');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused(page)).toBe('box');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await focused(page)).toBe('box');
		// Escape on a result leaves the dialog open; typing goes on in the box.
		expect(await page.locator('site-search dialog[open]').count()).toBe(1);
		await page.close();
	});

	it('Enter in the box opens the first result', async () => {
		const page = await browser().newPage({ viewport: { width, height: 800 } });
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const [result] = await searchInDialog(page, [query]);
		await Promise.all([
			page.waitForURL((url) => url.pathname.endsWith(result!.top[0]!)),
			page.keyboard.press('Enter'),
		]);
		expect(new URL(page.url()).pathname.endsWith(result!.top[0]!)).toBe(true);
		await page.close();
	});
});
