/**
 * The cite panel in a browser: the access date is the reader's own date in their time zone, the
 * copy button is reached and pressed with the keyboard alone, APA is copied as rich text with the
 * title in italics, and copies and downloads carry the filled-in date with the format's line ends.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { PREVIEW, citedUrlServed } from '../support/site.ts';

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

/**
 * The first copy button a reader sees: the page's (the paragraph's citation is hidden until a
 * paragraph is chosen).
 */
const FIRST_COPY = '.cite-target:not([hidden]) .cite-copy';

/** Presses Tab until the first copy button has the focus; fails if it never does. */
async function tabToFirstCopyButton(page: Page): Promise<number> {
	for (let presses = 1; presses <= 300; presses++) {
		await page.keyboard.press('Tab');
		const onButton = await page.evaluate(
			(selector) => document.activeElement === document.querySelector(selector),
			FIRST_COPY,
		);
		if (onButton) return presses;
	}
	throw new Error('Tab never reached the first copy button');
}

async function open(path: string, timeZone: string) {
	const context = await browser().newContext({
		timezoneId: timeZone,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const page = await context.newPage();
	await page.goto(site + path, { waitUntil: 'networkidle' });
	return { context, page };
}

describe.each([
	['/zh/cases/tongling/', 'Asia/Shanghai', '复制', '已复制'],
	['/en/cases/tongling/', 'America/Los_Angeles', 'Copy', 'Copied'],
])('cite panel on %s (reader in %s)', (path, timeZone, copy, copied) => {
	it('fills in the reader’s access date and copies the GB/T 7714-2025 citation with the keyboard', async () => {
		const { context, page } = await open(path, timeZone);
		const today = todayIn(timeZone);
		const text = (await page.locator('#cite-page-gbt2025').textContent())!;
		expect(text).toContain(`[${today}]`);
		// The permanent URL, or in a local preview the address the page is served from.
		expect(text.trim().endsWith(`${citedUrlServed(path, site)}.`)).toBe(true);

		// Keyboard only: Tab from the top of the page until the first copy button, then Enter.
		const button = page.locator(FIRST_COPY).first();
		await tabToFirstCopyButton(page);
		expect(await button.textContent()).toBe(copy);
		await page.keyboard.press('Enter');
		await expect.poll(() => button.textContent()).toBe(copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text.trim());
		await context.close();
	});

	it('downloads BibTeX and RIS with the reader’s date, RIS with CRLF line ends', async () => {
		const { context, page } = await open(path, timeZone);
		const today = todayIn(timeZone);
		const decoded = async (source: string) => {
			const href = await page
				.locator(`a.cite-download[data-source="${source}"]`)
				.getAttribute('href');
			return decodeURIComponent(href!.slice(href!.indexOf(',') + 1));
		};
		const bib = await decoded('cite-page-bibtex');
		expect(bib).toContain(`urldate      = {${today}}`);
		expect(bib.endsWith('}\n')).toBe(true);
		const ris = await decoded('cite-page-ris');
		expect(ris).toContain(`Y2  - ${today.replaceAll('-', '/')}\r\n`);
		expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(ris.endsWith('ER  - \r\n')).toBe(true);
		const csl = JSON.parse(await decoded('cite-page-csljson')) as Record<string, unknown>[];
		expect(csl[0]!.accessed).toEqual({ raw: today });
		expect(csl[0]!.URL).toBe(citedUrlServed(path, site));
		await context.close();
	});

	it('says to a reader whether it is a local preview', async () => {
		const { context, page } = await open(path, timeZone);
		const note = page.locator('.cite-preview');
		expect(await note.isVisible()).toBe(PREVIEW);
		await context.close();
	});
});

describe('copying APA', () => {
	it('puts the title in italics in the rich text and plain text beside it', async () => {
		const { context, page } = await open('/en/concepts/involution/', 'Europe/London');
		await page.locator('.cite-target:not([hidden]) .cite-more').first().locator('summary').click();
		const button = page.locator('button[data-copy="cite-page-apa7"]');
		await button.click();
		// The label changes once the clipboard holds the citation.
		await expect.poll(() => button.textContent()).toBe('Copied');
		const clip = await page.evaluate(async () => {
			// Chromium may report "Clipboard data has changed" between read() and getType(): retry.
			for (let attempt = 0; ; attempt++) {
				try {
					const [item] = await navigator.clipboard.read();
					const [html, text] = await Promise.all(
						['text/html', 'text/plain'].map(async (type) => (await item!.getType(type)).text()),
					);
					return { html: html!, text: text! };
				} catch (error) {
					if (attempt === 4) throw error;
					await new Promise((resolve) => setTimeout(resolve, 200));
				}
			}
		});
		expect(clip.html).toContain('<i>Involution</i>');
		expect(clip.text).toMatch(/\(\d{4}, \w+ \d{1,2}\)\. Involution\. Community Governance/);
		expect(clip.text).not.toContain('<');
		await context.close();
	});

	it('copies RIS with CRLF line ends', async () => {
		const { context, page } = await open('/zh/paper/', 'Asia/Shanghai');
		await page.locator('.cite-target:not([hidden]) .cite-more').first().locator('summary').click();
		const button = page.locator('button[data-copy="cite-page-ris"]');
		await button.click();
		await expect.poll(() => button.textContent()).toBe('已复制');
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text.startsWith('TY  - ELEC\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
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
