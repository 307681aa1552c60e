/**
 * The 404 pages as the host-like server (`npm start`) answers a missing path: under /en/ in
 * English (lang, title, header, search), under /zh/ in Chinese, elsewhere in both languages; each
 * links the home pages and has no cite panel. At 375 and 1280 px.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { withBasePath } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 800 };

describe.each([PHONE, DESK])('a missing path at $width px', (viewport) => {
	it.each([
		['/en/cases/wuhan/', 'en', 'Page not found', /Search/, ['en', 'zh-CN']],
		['/en/nonexistent', 'en', 'Page not found', /Search/, ['en', 'zh-CN']],
		['/zh/cases/wuhan/', 'zh-CN', '页面未找到', /搜索/, ['zh-CN', 'en']],
	])('%s gets the 404 page in its language (%s)', async (path, lang, title, search, order) => {
		const context = await browser().newContext({ viewport });
		const page = await context.newPage();
		const response = await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect((await page.locator('h1').innerText()).trim()).toBe(title);
		const searchButton = page.locator('header button[data-open-modal], header site-search button');
		expect(await searchButton.first().getAttribute('aria-label')).toMatch(search);
		const langs = await page
			.locator('main .not-found section')
			.evaluateAll((ss) => ss.map((s) => s.getAttribute('lang')));
		expect(langs).toEqual(order);
		for (const l of ['zh', 'en']) {
			expect(await page.locator(`main a[href="${withBasePath(`/${l}/`)}"]`).count(), l).toBe(1);
		}
		expect(await page.locator('.cite-panel').count()).toBe(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width,
		);
		await context.close();
	});

	it('a path of no language gets the page in both languages', async () => {
		const context = await browser().newContext({ viewport });
		const page = await context.newPage();
		const response = await page.goto(`${site}/no-such-page/`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(404);
		const title = await page.locator('h1').innerText();
		expect(title).toContain('页面未找到');
		expect(title).toContain('Page not found');
		expect(await page.locator('main section[lang="en"]').count()).toBe(1);
		for (const l of ['zh', 'en']) {
			expect(await page.locator(`main a[href="${withBasePath(`/${l}/`)}"]`).count(), l).toBe(1);
		}
		expect(await page.locator('.cite-panel').count()).toBe(0);
		await context.close();
	});
});
