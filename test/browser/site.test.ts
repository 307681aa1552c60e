/**
 * The first browser tests: pages load cleanly, search finds Chinese and English queries,
 * and the language switcher keeps the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { sitePath, withBasePath } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Opens a page and collects console errors, failed requests and requests to other hosts. */
async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
	const page = await browser().newPage({ viewport: { width, height: 900 } });
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
	page.on(
		'request',
		(r) =>
			!r.url().startsWith(new URL(site).origin) &&
			!r.url().startsWith('data:') &&
			problems.push(`external: ${r.url()}`),
	);
	const response = await page.goto(site + path, { waitUntil: 'networkidle' });
	expect(response?.status(), path).toBe(200);
	return { page, problems };
}

describe('pages load cleanly', () => {
	it.each(['/', '/zh/', '/en/', '/zh/cases/nanjing/', '/en/compare/', '/en/concepts/involution/'])(
		'%s',
		async (path) => {
			const { page, problems } = await open(path);
			expect(problems).toEqual([]);
			await page.close();
		},
	);
});

async function search(path: string, query: string): Promise<string[]> {
	const { page, problems } = await open(path);
	await page.click('site-search button[data-open-modal]');
	const input = page
		.locator('site-search dialog input[type="search"], site-search dialog input')
		.first();
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	const hrefs = (
		await results.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname))
	).map(sitePath);
	expect(problems).toEqual([]);
	await page.close();
	return hrefs;
}

describe('search', () => {
	it('finds a Chinese query (铜陵) on the Chinese site', async () => {
		const hrefs = await search('/zh/', '铜陵');
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((h) => h.startsWith('/zh/'))).toBe(true);
		expect(hrefs.slice(0, 3)).toContain('/zh/cases/tongling/');
	});

	it('finds an English query (Tongling) on the English site', async () => {
		const hrefs = await search('/en/', 'Tongling');
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
		expect(hrefs.slice(0, 3)).toContain('/en/cases/tongling/');
	});
});

describe('search results show the page type and can be filtered by it', () => {
	it.each([
		['/zh/', '内卷化', '概念', '｜'],
		['/en/', 'involution', 'Concept', ' | '],
	])('%s: %s', async (path, query, type, separator) => {
		const { page } = await open(path);
		await page.click('site-search button[data-open-modal]');
		await page.locator('#starlight__search input').fill(query);
		const titles = page.locator(
			'#starlight__search li.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link',
		);
		await titles.first().waitFor();
		const before = await titles.allTextContents();
		// Entry pages carry their type; index pages and tools have titles that say it already.
		const typed = before.filter((t) => t.includes(separator));
		expect(
			new Set(typed.map((t) => t.split(separator)[0])).size,
			before.join('\n'),
		).toBeGreaterThan(1);
		await page.locator(`#starlight__search label:has-text("${type}")`).first().click();
		await expect
			.poll(async () =>
				(await titles.allTextContents()).every((t) => t.startsWith(`${type}${separator}`)),
			)
			.toBe(true);
		await page.close();
	});
});

describe('keyboard-only search', () => {
	it.each([
		['/en/', 'Qingshan', '/en/cases/qingshan/'],
		['/zh/', '铜陵', '/zh/cases/tongling/'],
	])('%s: Ctrl+K, type %s, Tab to the first result, Enter', async (path, query, expected) => {
		const { page } = await open(path);
		await page.keyboard.press('Control+k');
		const input = page.locator('#starlight__search input');
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type(query);
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
		let onResult = false;
		for (let i = 0; i < 40 && !onResult; i++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(
				() => document.activeElement?.classList.contains('pagefind-ui__result-link') ?? false,
			);
		}
		expect(onResult).toBe(true);
		// A result link carries Pagefind's highlight parameter (?pagefind-highlight=…): the page is
		// the same, so only the path is compared.
		await Promise.all([
			page.waitForURL((url) => sitePath(url.pathname) === expected),
			page.keyboard.press('Enter'),
		]);
		expect(sitePath(page.url())).toBe(expected);
		await page.close();
	});
});

describe('language switcher', () => {
	it.each([
		['/zh/cases/nanjing/', 'en', '/en/cases/nanjing/'],
		['/en/paper/involution/', 'zh', '/zh/paper/involution/'],
		['/zh/concepts/involution/', 'en', '/en/concepts/involution/'],
	])('on %s switching to %s lands on %s', async (from, lang, to) => {
		const { page } = await open(from);
		await Promise.all([
			page.waitForURL(`**${to}`),
			page
				.locator('starlight-lang-select select')
				.first()
				.selectOption({ value: withBasePath(to) }),
		]);
		expect(sitePath(page.url())).toBe(to);
		expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
		await page.close();
	});
});
