/**
 * Reading on a phone, checked against a desk (issue 30): the home page's note on the copy and its
 * one "start reading" tile on the first screen; a table that scrolls sideways says so; the
 * timeline's drawing gives way to its list on a phone; an enlarged diagram at its drawn size
 * or more, with its close button on one line; a wide diagram opens at its left edge with a
 * shadow where more is hidden; the ¶ mark on a tap; the parallel view's language choice kept
 * across a reload; the index of parallel views; tap targets on the comparison page large or far
 * enough apart (axe's target-size). Each at 375 and 1280 px, in both languages.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const PHONE = { width: 375, height: 800 };
const DESK = { width: 1280, height: 800 };
const LOCALES = ['zh', 'en'] as const;

async function open(path: string, viewport: typeof PHONE, touch = false): Promise<Page> {
	const context = await browser().newContext({
		viewport,
		hasTouch: touch,
		isMobile: touch,
		deviceScaleFactor: touch ? 2 : 1,
	});
	const page = await context.newPage();
	await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
	return page;
}
const done = (page: Page) => page.context().close();

describe.each(LOCALES)('/%s/', (l) => {
	it.each([PHONE, DESK])(
		'at $width px: the note on the copy and the start tile are on the first screen',
		async (viewport) => {
			const page = await open(`/${l}/`, viewport);
			expect(await page.locator('main .copy-note #about-the-copy').count()).toBe(1);
			// Where the note says the copy is truncated and gives no journal: on the first screen.
			const words = l === 'zh' ? ['中断', '刊名'] : ['breaks off', 'journal'];
			for (const word of words) {
				const bottom = await page.locator('main .copy-note p').evaluate((p, w) => {
					const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const at = n.textContent!.indexOf(w);
						if (at < 0) continue;
						const range = document.createRange();
						range.setStart(n, at);
						range.setEnd(n, at + w.length);
						return range.getBoundingClientRect().bottom;
					}
					return Infinity;
				}, word);
				expect(bottom, word).toBeLessThanOrEqual(viewport.height);
			}
			const start = page.locator('main .start-links li').first();
			const startBox = (await start.boundingBox())!;
			expect(startBox.y + startBox.height).toBeLessThanOrEqual(viewport.height);
			expect(await start.locator('a').getAttribute('href')).toMatch(new RegExp(`/${l}/paper/$`));
			// The start tile is the one that spans the row.
			const widths = await page
				.locator('main .start-links li')
				.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().width));
			expect(widths[0]).toBeGreaterThan(Math.max(...widths.slice(1)) + 1);
			await done(page);
		},
	);
});

describe.each(LOCALES)('/%s/cases/qingshan/ figures table', (l) => {
	it.each([
		{ viewport: PHONE, scrolls: true },
		{ viewport: DESK, scrolls: false },
	])('at $viewport.width px says it scrolls sideways: $scrolls', async ({ viewport, scrolls }) => {
		const page = await open(`/${l}/cases/qingshan/`, viewport);
		const box = page.locator('.case-figures__scroll');
		const wider = await box.evaluate((b) => b.scrollWidth > b.clientWidth + 1);
		expect(wider).toBe(scrolls);
		expect(await page.locator('.case-figures__hint').isVisible()).toBe(scrolls);
		if (scrolls) {
			// The hint stays in view while the table scrolls.
			await box.evaluate((b) => (b.scrollLeft = b.scrollWidth));
			const hint = (await page.locator('.case-figures__hint').boundingBox())!;
			const frame = (await box.boundingBox())!;
			expect(hint.x).toBeGreaterThanOrEqual(frame.x - 1);
		}
		await done(page);
	});
});

describe.each(LOCALES)('/%s/timeline/', (l) => {
	it('at 375 px shows the Enlarge button and the list, not the cut drawing', async () => {
		const page = await open(`/${l}/timeline/`, PHONE);
		const figure = page.locator('figure.diagram[data-diagram="policy-timeline"]');
		expect(await figure.locator('.diagram__view').isVisible()).toBe(false);
		expect(await figure.locator('[data-diagram-open]').isVisible()).toBe(true);
		expect(await page.locator('ol.timeline').isVisible()).toBe(true);
		await figure.locator('[data-diagram-open]').click();
		expect(await figure.locator('dialog svg[role="img"]').isVisible()).toBe(true);
		await done(page);
	});

	it('at 1280 px shows the drawing', async () => {
		const page = await open(`/${l}/timeline/`, DESK);
		const figure = page.locator('figure.diagram[data-diagram="policy-timeline"]');
		expect(await figure.locator('.diagram__view svg[role="img"]').isVisible()).toBe(true);
		await done(page);
	});
});

/** The smallest label of the diagram in the open dialog, in CSS px on screen. */
const smallestLabel = (page: Page) =>
	page.locator('dialog[open] svg[role="img"]').evaluate((svg) => {
		let min = Infinity;
		for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
			if (text.getBBox().width === 0) continue;
			const scale = text.getScreenCTM()?.a ?? 0;
			min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
		}
		return min;
	});

describe.each(LOCALES)('the enlarged diagram on /%s/cases/nanjing/', (l) => {
	it.each([PHONE, DESK])(
		'at $width px: at the drawn size or more, the close button on one line',
		async (viewport) => {
			const page = await open(`/${l}/cases/nanjing/`, viewport);
			const figure = page.locator('figure.diagram').first();
			await figure.locator('[data-diagram-open]').click();
			expect(await smallestLabel(page)).toBeGreaterThanOrEqual(15.9);
			const close = figure.locator('[data-diagram-close]');
			const height = await close.evaluate((b) => {
				const lh = parseFloat(getComputedStyle(b).lineHeight) || 24;
				return { box: b.getBoundingClientRect().height, lh };
			});
			expect(height.box).toBeLessThan(height.lh * 2);
			// All of the drawing can be scrolled into view: nothing is cut at the start edge.
			const body = figure.locator('.diagram__dialog-body');
			const start = await body.evaluate((b) => {
				const svg = b.querySelector('svg')!.getBoundingClientRect();
				return svg.left - b.getBoundingClientRect().left;
			});
			expect(start).toBeGreaterThanOrEqual(0);
			await done(page);
		},
	);

	it('at 375 px the inline drawing opens at its left edge, a shadow where more is hidden', async () => {
		const page = await open(`/${l}/cases/nanjing/`, PHONE);
		const scroll = page.locator('figure.diagram .diagram__scroll').first();
		const view = page.locator('figure.diagram .diagram__view').first();
		expect(await scroll.evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);
		expect(await scroll.evaluate((s) => s.scrollLeft)).toBe(0);
		expect(await view.getAttribute('data-more')).toBe('end');
		const shadow = () => view.evaluate((v) => getComputedStyle(v, '::after').opacity);
		expect(await shadow()).toBe('1');
		await scroll.evaluate((s) => (s.scrollLeft = s.scrollWidth));
		await expect.poll(() => view.getAttribute('data-more')).toBe('start');
		await done(page);
	});
});

describe.each(LOCALES)('the ¶ mark on /%s/cases/tongling/ with touch', (l) => {
	it('at 375 px is hidden until its paragraph is tapped', async () => {
		const page = await open(`/${l}/cases/tongling/`, PHONE, true);
		const paragraph = page.locator('main .sl-markdown-content > p[id^="p-"]').first();
		const link = paragraph.locator('.para-link');
		await paragraph.scrollIntoViewIfNeeded();
		const opacity = () => link.evaluate((a) => getComputedStyle(a).opacity);
		expect(await opacity()).toBe('0');
		const box = (await paragraph.boundingBox())!;
		await page.touchscreen.tap(box.x + 20, box.y + 8);
		await expect.poll(opacity).toBe('1');
		await done(page);
	});
});

describe.each(LOCALES)('/%s/parallel/', (l) => {
	it.each([PHONE, DESK])(
		'at $width px keeps the language choice across a reload',
		async (viewport) => {
			const page = await open(`/${l}/parallel/cases/tongling/`, viewport);
			const enOnly = page.locator('.pv-show input[value="en"]');
			await enOnly.check();
			await page.reload({ waitUntil: 'networkidle' });
			expect(await enOnly.isChecked()).toBe(true);
			expect(await page.locator('.pv-zh').first().isVisible()).toBe(false);
			await page.goto(`${site}/${l}/parallel/paper/introduction/`, { waitUntil: 'networkidle' });
			expect(await page.locator('.pv-show input[value="en"]').isChecked()).toBe(true);
			await page.locator('.pv-show input[value="both"]').check();
			await page.reload({ waitUntil: 'networkidle' });
			expect(await page.locator('.pv-show input[value="both"]').isChecked()).toBe(true);
			await done(page);
		},
	);

	it.each([PHONE, DESK])(
		'at $width px lists every parallel view, each of which opens',
		async (viewport) => {
			const page = await open(`/${l}/parallel/`, viewport);
			const hrefs = await page
				.locator('main .sl-markdown-content a, main ul a')
				.evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
			const views = hrefs.filter((h) => new URL(h).pathname.includes(`/${l}/parallel/`));
			expect(views.length).toBeGreaterThanOrEqual(12);
			for (const href of views) expect((await page.request.get(href)).status(), href).toBe(200);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width,
			);
			await done(page);
		},
	);
});

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.each(LOCALES)('/%s/compare/', (l) => {
	it.each([PHONE, DESK])(
		'at $width px: every tap target passes axe target-size',
		async (viewport) => {
			// axe is injected as a script, which the page's own CSP would rightly block.
			const context = await browser().newContext({ viewport, bypassCSP: true, hasTouch: true });
			const page = await context.newPage();
			await page.goto(`${site}/${l}/compare/`, { waitUntil: 'networkidle' });
			await page.addScriptTag({ path: AXE });
			const result = (await page.evaluate(`axe.run(document, { runOnly: ['target-size'] })`)) as {
				passes: unknown[];
				violations: { nodes: { target: string[] }[] }[];
			};
			expect(result.passes.length).toBeGreaterThan(0);
			expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
			await context.close();
		},
	);
});
