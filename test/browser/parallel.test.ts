/**
 * The parallel view and paragraph permalinks in a browser: the view side by side at a
 * desk and in pairs on a phone, in both themes, with no sideways overflow and no serious axe
 * violation; showing one language only; the "¶" of a paragraph reached and followed with the
 * keyboard; and "cite this paragraph" on a page and in a parallel view.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readerPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR, citedUrlServed } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 900 };
// The views themselves, not their index (/zh/parallel/, reading-phone.test.ts checks it).
const views = readerPages(join(ROOT, DIST_DIR)).filter((u) => /^\/(zh|en)\/parallel\/./.test(u));
/** The two pages, and two with diagrams, a facts box and a comparison table. */
const CHECKED = [
	'/zh/parallel/paper/introduction/',
	'/en/parallel/cases/tongling/',
	'/zh/parallel/paper/involution/',
	'/en/parallel/cases/nanjing/',
];

async function open(
	path: string,
	viewport = DESK,
	theme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; context: BrowserContext }> {
	// axe is injected as a script, which the pages' own CSP would rightly block.
	const context = await browser().newContext({ viewport, bypassCSP: true, colorScheme: theme });
	await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	const page = await context.newPage();
	await page.goto(site + path, { waitUntil: 'networkidle' });
	return { page, context };
}

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The boxes of a row's Chinese and English cells. */
async function cellBoxes(page: Page, id: string) {
	const box = async (l: string) => (await page.locator(`#${id} .pv-${l}`).boundingBox())!;
	return { zh: await box('zh'), en: await box('en') };
}

describe('the parallel views', () => {
	it('exist for the 12 paper and case pages in both interface languages', () => {
		expect(views).toHaveLength(24);
	});

	it.each(views)('%s has no sideways overflow at 1280 px', async (url) => {
		const { page, context } = await open(url);
		expect(await overflow(page)).toBe(0);
		await context.close();
	});
});

describe.each([
	['phone', PHONE],
	['desk', DESK],
] as const)('on a %s', (name, viewport) => {
	describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
		it.each(CHECKED)('%s: no overflow, no serious or critical axe violation', async (url) => {
			const { page, context } = await open(url, viewport, theme);
			expect(await overflow(page)).toBe(0);
			await page.addScriptTag({ path: AXE });
			const result = (await page.evaluate(
				`axe.run(document, { resultTypes: ['violations'] })`,
			)) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
			const serious = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(serious).toEqual([]);
			await context.close();
		});
	});

	it(`pairs the languages ${name === 'phone' ? 'as Chinese, then English' : 'side by side'}`, async () => {
		const { page, context } = await open('/zh/parallel/paper/introduction/', viewport);
		const { zh, en } = await cellBoxes(page, 'p-community-basic-unit');
		if (name === 'phone') {
			expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
			expect(Math.abs(en.x - zh.x)).toBeLessThan(20);
		} else {
			expect(Math.abs(en.y - zh.y)).toBeLessThan(2);
			expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width);
		}
		await context.close();
	});
});

describe('one language only', () => {
	it.each([
		['仅中文', 'en', 'zh'],
		['仅英文', 'zh', 'en'],
	])(
		'"%s" hides the other language and gives the text the full width',
		async (label, hidden, shown) => {
			const { page, context } = await open('/zh/parallel/paper/introduction/');
			const row = '#p-community-basic-unit';
			const full = (await page.locator(row).boundingBox())!.width;
			await page.getByLabel(label).check();
			expect(await page.locator(`${row} .pv-${hidden}`).isVisible()).toBe(false);
			expect(await page.locator(`#policy-context .pv-${hidden}`).isVisible()).toBe(false);
			const box = (await page.locator(`${row} .pv-${shown}`).boundingBox())!;
			expect(box.width).toBeGreaterThan(full * 0.9);
			await page.getByLabel('中英对照').check();
			expect(await page.locator(`${row} .pv-${hidden}`).isVisible()).toBe(true);
			await context.close();
		},
	);
});

/** Tabs from the heading's anchor link until a "¶" has the focus; its paragraph's id. */
async function tabToPilcrow(page: Page, heading: string): Promise<string> {
	await page
		.locator(`#${heading} + .sl-anchor-link, .sl-heading-wrapper:has(#${heading}) a`)
		.first()
		.focus();
	for (let presses = 1; presses <= 20; presses++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() =>
			document.activeElement?.classList.contains('para-link')
				? document.activeElement.getAttribute('href')!.slice(1)
				: undefined,
		);
		if (id) return id;
	}
	throw new Error(`Tab never reached a ¶ after #${heading}`);
}

describe('the "¶" of a paragraph, by keyboard', () => {
	it.each([
		['/zh/paper/introduction/', 'policy-context', '引用本段'],
		['/en/parallel/cases/tongling/', 'grid', 'Cite this paragraph'],
	])(
		'%s: shown on focus, followed with Enter, then "cite this paragraph"',
		async (path, heading, cite) => {
			const { page, context } = await open(path);
			const id = await tabToPilcrow(page, heading);
			const pilcrow = page.locator(`#${id} .para-link`).first();
			// Hidden until hover or focus; visible now that it has the keyboard focus.
			expect(await page.evaluate(() => getComputedStyle(document.activeElement!).opacity)).toBe(
				'1',
			);
			expect(await pilcrow.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('¶');
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
			// The next step is the link to cite the paragraph, and it has the focus.
			await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(cite);
			await page.keyboard.press('Enter');
			const section = page.locator('#cite-this-paragraph');
			expect(await section.isVisible()).toBe(true);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('cite-this-paragraph');
			// The citation names the single-language page (a parallel view cites the page it shows).
			const cited = path.replace('/parallel/', '/');
			const text = (await page.locator('#cite-paragraph-gbt2025').textContent())!;
			expect(text.trim().endsWith(`${citedUrlServed(cited, site)}#${id}.`)).toBe(true);
			// The address still names the paragraph: copying it copies the paragraph's URL.
			expect(new URL(page.url()).hash).toBe(`#${id}`);
			await context.close();
		},
	);
});

describe('cite this paragraph', () => {
	it('is offered for the paragraph the address names, in every format, and its downloads', async () => {
		const { page, context } = await open('/en/cases/tongling/#p-grid-manager');
		const section = page.locator('#cite-this-paragraph');
		expect(await section.isVisible()).toBe(true);
		const url = `${citedUrlServed('/en/cases/tongling/', site)}#p-grid-manager`;
		for (const style of ['gbt2025', 'gbt2015', 'apa7', 'bibtex', 'ris', 'csljson'])
			expect(await page.locator(`#cite-paragraph-${style}`).textContent(), style).toContain(url);
		const bib = page.locator('a.cite-download[data-source="cite-paragraph-bibtex"]');
		expect(await bib.getAttribute('download')).toBe('cgr-en-cases-tongling-p-grid-manager.bib');
		const href = (await bib.getAttribute('href'))!;
		const record = decodeURIComponent(href.slice(href.indexOf(',') + 1));
		expect(record).toContain(`@online{cgr-en-cases-tongling-p-grid-manager,`);
		expect(record).toContain(`url          = {${url}}`);
		// The paragraph is marked, and the link to its citation follows its "¶".
		expect(
			await page.locator('#p-grid-manager :is(.para-link, .para-end) + .para-cite').textContent(),
		).toBe('Cite this paragraph');
		// And from the citation back to the paragraph, which may be screens above it.
		await page.locator('#cite-this-paragraph a[data-paragraph-back]').click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p-grid-manager');
		expect(await page.locator('#p-grid-manager').isVisible()).toBe(true);
		await context.close();
	});

	it('is not offered when the address names no paragraph', async () => {
		const { page, context } = await open('/en/cases/tongling/#grid');
		expect(await page.locator('#cite-this-paragraph').isVisible()).toBe(false);
		expect(await page.locator('.para-cite').count()).toBe(0);
		await context.close();
	});
});

describe('the "¶" of a paragraph on a phone', () => {
	it.each([...CHECKED, '/en/paper/introduction/', '/zh/cases/nanjing/'])(
		'%s: never alone at the start of a line, below its paragraph',
		async (path) => {
			const { page, context } = await open(path, PHONE);
			// Text only a screen reader hears (.sr-only, absolutely placed, so out of the line's
			// flow) still has rectangles in a range: hide it, so only what a reader sees is measured.
			await page.addStyleTag({ content: '.sr-only { display: none !important; }' });
			const alone = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.para-link')]
					.filter((a) => a.getClientRects().length > 0)
					.filter((a) => {
						// The text before it ends on a line above the one it stands on.
						const before = document.createRange();
						before.setStart(a.parentElement!, 0);
						before.setEndBefore(a);
						const rects = [...before.getClientRects()].filter((r) => r.width > 0);
						const last = rects.at(-1);
						return !!last && a.getClientRects()[0]!.top >= last.bottom - 1;
					})
					.map((a) => a.getAttribute('href')),
			);
			expect(alone).toEqual([]);
			await context.close();
		},
	);
});
