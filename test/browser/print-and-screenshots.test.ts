/**
 * Print (Chromium's PDF) of a case page keeps the diagram and the citation and drops navigation;
 * screenshots of the key pages in both languages, both themes, phone and desktop widths.
 * PDFs and screenshots are saved to test-results/ as artifacts.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const OUT = join(ROOT, 'test-results');
let browser: Browser;
beforeAll(async () => {
	mkdirSync(join(OUT, 'screenshots'), { recursive: true });
	mkdirSync(join(OUT, 'print'), { recursive: true });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['zh', 'en'])('print of /%s/cases/tongling/', (locale) => {
	it('shows the diagram and the citation without navigation clutter', async () => {
		const page = await browser.newPage();
		await page.goto(`${site}/${locale}/cases/tongling/`, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('figure.diagram svg[role="img"]')).toBe(true);
		// One SVG for both themes: on paper it is drawn dark on white, whatever the screen theme.
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		const text = await page
			.locator('figure.diagram svg[role="img"] text')
			.first()
			.evaluate((t) => getComputedStyle(t).fill);
		expect(text).toBe('rgb(0, 0, 0)');
		expect(await visible('#cite-page-gbt2025')).toBe(true);
		expect(await visible('#cite-paper-gbt2025')).toBe(true);
		for (const clutter of [
			'#starlight__sidebar',
			'.right-sidebar-container',
			'site-search',
			'starlight-lang-select',
			'.pagination-links',
			'.cite-copy',
		]) {
			expect(await visible(clutter), clutter).toBe(false);
		}
		// The page's address and citation under the title, with the reader's access date.
		const block = page.locator('.print-citation');
		expect(await block.isVisible()).toBe(true);
		const cite = await block.innerText();
		expect(cite).toContain(`/${locale}/cases/tongling/`);
		if (locale === 'zh') expect(cite).toMatch(/\[\d{4}-\d{2}-\d{2}\]/);
		expect(await block.locator('[data-access-date]').allInnerTexts()).not.toContain(
			locale === 'zh' ? '请填写访问日期' : 'your access date',
		);
		const title = (await page.locator('h1').boundingBox())!;
		expect((await block.boundingBox())!.y).toBeGreaterThan(title.y);
		// No closed <details> prints as a dead "▶" line.
		const closed = await page
			.locator('details:not([open])')
			.evaluateAll((ds) => ds.filter((d) => d.checkVisibility()).length);
		expect(closed).toBe(0);
		// A diagram is at most half an A4 sheet tall, so it never leaves most of a sheet blank.
		const svg = (await page.locator('figure.diagram svg[role="img"]').first().boundingBox())!;
		expect(svg.height).toBeLessThanOrEqual((13 / 2.54) * 96 + 1);
		expect(await page.locator('.print-citation').count()).toBe(1);
		const pdf = join(OUT, 'print', `tongling-${locale}.pdf`);
		await page.pdf({ path: pdf, format: 'A4', printBackground: false });
		expect(statSync(pdf).size).toBeGreaterThan(20_000);
		await page.close();
	});
});

const KEY_PAGES = ['', 'paper/', 'cases/nanjing/', 'compare/', 'concepts/involution/'];

/** Every screenshot: both languages × both themes × phone and desktop width × the key pages. */
const SHOTS = (['light', 'dark'] as const).flatMap((theme) =>
	[375, 1280].flatMap((width) =>
		['zh', 'en'].flatMap((locale) => KEY_PAGES.map((route) => ({ theme, width, locale, route }))),
	),
);

/** The pixel size of a PNG, from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
	const head = readFileSync(file).subarray(0, 24);
	expect([...head.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('screenshots of the key pages', () => {
	it.each(SHOTS)('/$locale/$route, $theme, $width px', async ({ theme, width, locale, route }) => {
		const context = await browser.newContext({
			viewport: { width, height: 900 },
			colorScheme: theme,
		});
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		await page.goto(`${site}/${locale}/${route}`, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		const name = `${locale}-${route.replace(/\W+/g, '-') || 'home-'}${theme}-${width}.png`;
		const file = join(OUT, 'screenshots', name);
		rmSync(file, { force: true });
		await page.screenshot({ path: file });
		await context.close();
		expect(pngSize(file)).toEqual({ width, height: 900 });
	});
});

/** The pages a reader sees most, one of each kind, named for the screenshot files. */
const READING_PAGES = [
	['home', ''],
	['paper-involution', 'paper/involution/'],
	['cases-nanjing', 'cases/nanjing/'],
	['compare', 'compare/'],
	['timeline', 'timeline/'],
	['concepts-involution', 'concepts/involution/'],
	['404', 'no-such-page/'],
] as const;

describe('screenshots for a reader: seven kinds of page', () => {
	// One test per theme and width; each page is also checked for sideways overflow, the most
	// common way a phone layout breaks without anyone noticing.
	describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
		it.each([375, 1280])(
			'%i px: zh and en, none wider than the window',
			async (width) => {
				const context = await browser.newContext({
					viewport: { width, height: width < 600 ? 812 : 800 },
					colorScheme: theme,
				});
				await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const page = await context.newPage();
				const tooWide: string[] = [];
				for (const locale of ['zh', 'en']) {
					for (const [name, route] of READING_PAGES) {
						await page.goto(`${site}/${locale}/${route}`, { waitUntil: 'networkidle' });
						const file = join(OUT, 'screenshots', `${locale}-${name}-${theme}-${width}.png`);
						await page.screenshot({ path: file });
						const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
						if (scrollWidth > width) tooWide.push(`${locale}/${route}: ${scrollWidth} px`);
					}
				}
				expect(tooWide).toEqual([]);
				await context.close();
			},
			180_000,
		);
	});
});
