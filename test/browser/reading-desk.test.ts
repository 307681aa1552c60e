/**
 * Reading with a mouse and on a phone (issue 30): the paragraph permalink appears when the mouse
 * is over its paragraph, including a link that follows a closing source chip (`.para-end`), and
 * source chips that only name a section of the same page are labels, not tab stops.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 800 };

describe.each(['zh', 'en'])('/%s/cases/tongling/', (l) => {
	it('at 1280 px shows the ¶ link of the paragraph under a real mouse, in .para-end too', async () => {
		const context = await browser().newContext({ viewport: DESK });
		const page = await context.newPage();
		await page.goto(`${site}/${l}/cases/tongling/`, { waitUntil: 'networkidle' });
		for (const selector of [':is(p, li) > .para-end > .para-link', ':is(p, li) .para-link']) {
			expect(await page.locator(`main ${selector}`).count(), selector).toBeGreaterThan(0);
			const link = page.locator(`main ${selector}`).first();
			const paragraph = link.locator('xpath=ancestor::*[self::p or self::li][1]');
			await link.scrollIntoViewIfNeeded();
			const opacity = () => link.evaluate((a) => getComputedStyle(a).opacity);
			await page.mouse.move(0, 0);
			expect(await opacity(), selector).toBe('0');
			const box = (await paragraph.boundingBox())!;
			await page.mouse.move(box.x + 10, box.y + 5);
			expect(await opacity(), selector).toBe('1');
		}
		await context.close();
	});

	it.each([PHONE, DESK])(
		'at $width px: a same-page source is a label, no tab stop',
		async (viewport) => {
			const context = await browser().newContext({ viewport });
			const page = await context.newPage();
			await page.goto(`${site}/${l}/cases/tongling/`, { waitUntil: 'networkidle' });
			const here = new URL(page.url()).pathname;
			const links = await page
				.locator('main .src-ref a')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(links.filter((p) => p === here)).toEqual([]);
			const labels = page.locator('main .src-ref > span[data-label]');
			expect(await labels.count()).toBeGreaterThan(0);
			expect(await labels.first().evaluate((s) => getComputedStyle(s, '::after').content)).not.toBe(
				'none',
			);
			await context.close();
		},
	);
});
