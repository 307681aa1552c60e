/**
 * Accessibility with axe-core on every page in both languages (parallel views: see below), in light and in dark theme:
 * no serious or critical violation, one test per page and theme. Plus the language switcher
 * keeps the anchor.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readerPages } from '../support/dist.ts';
import { DIST_DIR, sitePath, withBasePath } from '../support/site.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * Every page but the parallel views: those are the single-language pages' own content put side by
 * side, and parallel.test.ts runs axe on four of them (paper and case, with diagrams, facts box
 * and table) at 375 and 1280 px in both themes; the other twenty would add ~40 runs of the same
 * markup to the slowest file of the suite.
 */
const urls = readerPages(join(ROOT, DIST_DIR)).filter((u) => !/^\/(zh|en)\/parallel\//.test(u));
const browser = useBrowser();

interface AxeResult {
	violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (theme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// axe is injected as a script, which the pages' own CSP would rightly block.
		context = await browser().newContext({
			bypassCSP: true,
			viewport: { width: 1280, height: 900 },
		});
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(urls)('%s has no serious or critical violation', async (url) => {
		await page.goto(site + url, { waitUntil: 'load' });
		await page.addScriptTag({ path: AXE });
		const result = (await page.evaluate(
			`axe.run(document, { resultTypes: ['violations'] })`,
		)) as AxeResult;
		const serious = result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`[${v.impact}] ${v.id}: ${v.help} — ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(', ')}`,
			);
		expect(serious).toEqual([]);
	});
});

describe('language switcher keeps the anchor', () => {
	it.each([
		['/zh/cases/nanjing/#five-centres', '/en/cases/nanjing/', '#five-centres'],
		['/en/paper/involution/#stage-2', '/zh/paper/involution/', '#stage-2'],
	])('%s → %s%s', async (from, to, hash) => {
		const page = await browser().newPage();
		await page.goto(site + from);
		await Promise.all([
			page.waitForURL(`**${to}${hash}`),
			page
				.locator('starlight-lang-select select')
				.first()
				.selectOption({ value: withBasePath(to) }),
		]);
		const url = new URL(page.url());
		expect(sitePath(page.url()) + url.hash).toBe(to + hash);
		expect(await page.locator(hash).count()).toBe(1);
		await page.close();
	});
});
