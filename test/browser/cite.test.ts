/**
 * The cite panel in a browser: the access date is the reader's own date in their time zone, the
 * copy button copies the citation (keyboard only), and downloads carry the filled-in date.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { permalink } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Today's date in a time zone, as YYYY-MM-DD. */
const todayIn = (timeZone: string) =>
	new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(new Date());

describe.each([
	['/zh/cases/tongling/', 'Asia/Shanghai', '复制', '已复制'],
	['/en/cases/tongling/', 'America/Los_Angeles', 'Copy', 'Copied'],
])('cite panel on %s (reader in %s)', (path, timeZone, copy, copied) => {
	it('fills in the reader’s access date and copies the GB/T 7714-2025 citation with the keyboard', async () => {
		const context = await browser().newContext({
			timezoneId: timeZone,
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		await page.goto(site + path, { waitUntil: 'networkidle' });
		const today = todayIn(timeZone);
		const text = (await page.locator('#cite-page-gbt2025').textContent())!;
		expect(text).toContain(`[${today}]`);
		expect(text.trim().endsWith(`${permalink(path)}.`)).toBe(true);

		// Keyboard only: focus the first copy button by tabbing from the panel's start, press Enter.
		const button = page.locator('.cite-copy').first();
		await button.focus();
		expect(await button.textContent()).toBe(copy);
		await page.keyboard.press('Enter');
		await expect.poll(() => button.textContent()).toBe(copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

		const bib = await page.locator('a.cite-download').first().getAttribute('href');
		expect(decodeURIComponent(bib!)).toContain(`urldate      = {${today}}`);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('shows a placeholder to fill in, never the build date', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site}/en/paper/`);
		expect(await page.locator('#cite-page-gbt2025').textContent()).toContain('[your access date]');
		await context.close();
	});
});
