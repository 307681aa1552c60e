/**
 * Print (Chromium's PDF) of a case page keeps the diagram and the citation and drops navigation;
 * screenshots of the key pages in both languages, both themes, phone and desktop widths.
 * PDFs and screenshots are saved to test-results/ as artifacts.
 */
import { mkdirSync, statSync } from 'node:fs';
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
		const pdf = join(OUT, 'print', `tongling-${locale}.pdf`);
		await page.pdf({ path: pdf, format: 'A4', printBackground: false });
		expect(statSync(pdf).size).toBeGreaterThan(20_000);
		await page.close();
	});
});

const KEY_PAGES = ['', 'paper/', 'cases/nanjing/', 'compare/', 'concepts/involution/'];

describe('screenshots of the key pages', () => {
	it('both languages × both themes × 375 and 1280 px', async () => {
		let count = 0;
		for (const theme of ['light', 'dark'] as const) {
			for (const width of [375, 1280]) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme: theme,
				});
				await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const page = await context.newPage();
				for (const locale of ['zh', 'en']) {
					for (const route of KEY_PAGES) {
						await page.goto(`${site}/${locale}/${route}`, { waitUntil: 'networkidle' });
						const name = `${locale}-${route.replace(/\W+/g, '-') || 'home-'}${theme}-${width}.png`;
						await page.screenshot({ path: join(OUT, 'screenshots', name) });
						count++;
					}
				}
				await context.close();
			}
		}
		expect(count).toBe(40);
	}, 300_000);
});
