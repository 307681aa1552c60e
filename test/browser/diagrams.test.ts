/**
 * Diagrams in a real browser, on every page that has one, in both languages:
 * - one SVG per diagram whose colours come from the theme (computed fills and strokes equal
 *   Starlight's tokens, and change when the theme changes);
 * - labels fit their shapes and render at 11 px or more at 1280 px, 10 px or more at 375 px;
 * - nothing is clipped: a diagram wider than its column scrolls, with a visible cue;
 * - the Enlarge button works from the keyboard: Enter opens the diagram full screen, Escape
 *   closes it, focus returns to the button.
 * Screenshots are saved to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const SHOTS = join(ROOT, 'test-results/screenshots');
const PAGES = [
	'cases/tongling/',
	'cases/nanjing/',
	'cases/qingshan/',
	'cases/shanghai/',
	'paper/involution/',
	'timeline/',
];
/** The smallest label size allowed at each width (CSS px on screen). */
const MIN_LABEL = { 1280: 11, 375: 10 } as const;
let browser: Browser;

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens a page with Starlight's stored theme preference set. */
async function openThemed(path: string, theme: 'light' | 'dark', width = 1280): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(site + path, { waitUntil: 'networkidle' });
	// The scroll cue is set when the page's ResizeObserver reports, at a rendering step.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	return page;
}

/** Labels (text boxes) that stick out of the shape of their node. */
function overflowingLabels(page: Page) {
	return page.evaluate(() => {
		const bad: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram svg[role="img"]')) {
			for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
				const shape = node.querySelector('rect, polygon, circle, ellipse, path');
				if (!shape) continue;
				const box = shape.getBoundingClientRect();
				for (const text of node.querySelectorAll('text')) {
					const t = text.getBoundingClientRect();
					if (t.width === 0) continue;
					const tol = 1.5;
					if (
						t.left < box.left - tol ||
						t.right > box.right + tol ||
						t.top < box.top - tol ||
						t.bottom > box.bottom + tol
					)
						bad.push(`${svg.id}: "${text.textContent}" outside its shape`);
				}
			}
		}
		return bad;
	});
}

/** Per diagram: the smallest label as drawn (font size × the SVG's scale on screen). */
function smallestLabels(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<SVGSVGElement>('figure.diagram svg[role="img"]')].map((svg) => {
			let min = Infinity;
			for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
				if (text.getBBox().width === 0) continue;
				const scale = text.getScreenCTM()?.a ?? 0;
				min = Math.min(min, parseFloat(getComputedStyle(text).fontSize) * scale);
			}
			return { id: svg.id, px: Math.round(min * 10) / 10 };
		}),
	);
}

/** The colours a diagram is drawn with, and the theme tokens they should equal. */
function colours(page: Page) {
	return page.evaluate(() => {
		const svg = document.querySelector<SVGSVGElement>('figure.diagram svg[role="img"]')!;
		const shape = svg.querySelector('.node rect, .node path, .timeline-node .node-bkg')!;
		const text = svg.querySelector('text')!;
		const probe = document.createElement('span');
		document.body.append(probe);
		const token = (name: string) => {
			probe.style.color = `var(${name})`;
			return getComputedStyle(probe).color;
		};
		const result = {
			nodeFill: getComputedStyle(shape).fill,
			textFill: getComputedStyle(text).fill,
			gray6: token('--sl-color-gray-6'),
			white: token('--sl-color-white'),
		};
		probe.remove();
		return result;
	});
}

describe.each(['zh', 'en'] as const)('diagrams in %s', (locale) => {
	it.each(PAGES)(
		'%s: one SVG per diagram, coloured by the theme in light and dark',
		async (path) => {
			const seen: Record<string, string> = {};
			for (const theme of ['light', 'dark'] as const) {
				const page = await openThemed(`/${locale}/${path}`, theme);
				const figures = page.locator('figure.diagram');
				const n = await figures.count();
				expect(n).toBeGreaterThan(0);
				expect(await page.locator('figure.diagram svg[role="img"]').count()).toBe(n);
				expect(await page.locator('figure.diagram svg[role="img"]').first().isVisible()).toBe(true);
				const c = await colours(page);
				expect(c.nodeFill, theme).toBe(c.gray6);
				expect(c.textFill, theme).toBe(c.white);
				seen[theme] = `${c.nodeFill} ${c.textFill}`;
				expect(await overflowingLabels(page)).toEqual([]);
				// The sticky header would cover part of a figure in its screenshot. (A style attribute:
				// the site's CSP rightly blocks an injected <style>.)
				await page.evaluate(() =>
					document
						.querySelector<HTMLElement>('header.header')
						?.style.setProperty('display', 'none'),
				);
				for (let i = 0; i < n; i++) {
					await figures.nth(i).scrollIntoViewIfNeeded();
					await figures.nth(i).screenshot({
						path: join(SHOTS, `diagram-${locale}-${path.replace(/\W+/g, '-')}${i}-${theme}.png`),
					});
				}
				await page.close();
			}
			expect(seen.light).not.toBe(seen.dark);
		},
	);

	describe.each([1280, 375] as const)('at %i px', (width) => {
		it.each(PAGES)(
			`%s: labels at ${MIN_LABEL[width]} px or more, nothing clipped, a scroll cue when wider than the column`,
			async (path) => {
				const page = await openThemed(`/${locale}/${path}`, 'light', width);
				for (const { id, px } of await smallestLabels(page))
					expect(px, `${id} at ${width} px`).toBeGreaterThanOrEqual(MIN_LABEL[width]);
				const layout = await page.evaluate(() =>
					[...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
						const scroll = figure.querySelector<HTMLElement>('.diagram__scroll')!;
						const svg = figure.querySelector('svg[role="img"]')!.getBoundingClientRect();
						const box = scroll.getBoundingClientRect();
						const hint = figure.querySelector<HTMLElement>('.diagram__hint')!;
						return {
							id: figure.dataset.diagram,
							overflowing: scroll.scrollWidth > scroll.clientWidth + 1,
							scrollable: ['auto', 'scroll'].includes(getComputedStyle(scroll).overflowX),
							// Everything of the SVG can be scrolled into view.
							reachable:
								svg.width <= scroll.scrollWidth + 1 && svg.left + scroll.scrollLeft >= box.left - 1,
							hint: hint.checkVisibility(),
							pageWider: document.documentElement.scrollWidth > window.innerWidth,
						};
					}),
				);
				for (const f of layout) {
					expect(f.reachable, `${f.id}: part of the diagram cannot be reached`).toBe(true);
					expect(f.pageWider, `${f.id}: the page scrolls sideways`).toBe(false);
					if (f.overflowing) {
						expect(f.scrollable, `${f.id}: clipped, not scrollable`).toBe(true);
						expect(f.hint, `${f.id}: no scroll cue`).toBe(true);
					} else expect(f.hint, `${f.id}: a scroll cue with nothing to scroll`).toBe(false);
				}
				await page.close();
			},
		);
	});
});

describe('the Enlarge button, by keyboard only', () => {
	it.each([1280, 375])(
		'at %i px: Tab to it, Enter opens the diagram full screen, Escape closes, focus returns',
		async (width) => {
			const page = await openThemed('/en/cases/nanjing/', 'light', width);
			const button = page.locator('figure.diagram [data-diagram-open]').first();
			expect(await button.isVisible()).toBe(true);
			// Reach the button with Tab from the start of the page, as a keyboard user would.
			let focused = false;
			for (let i = 0; i < 200 && !focused; i++) {
				await page.keyboard.press('Tab');
				focused = await button.evaluate((b) => b === document.activeElement);
			}
			expect(focused, 'the Enlarge button is not reachable with Tab').toBe(true);
			await page.keyboard.press('Enter');
			const dialog = page.locator('figure.diagram dialog').first();
			expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
			expect(await dialog.locator('svg[role="img"]').count()).toBe(1);
			expect(await page.locator('svg[role="img"]').count()).toBe(1);
			const inDialog = await dialog.locator('svg[role="img"]').evaluate((svg) => {
				const r = svg.getBoundingClientRect();
				const text = svg.querySelector('text')!;
				return {
					width: r.width,
					label: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
				};
			});
			expect(inDialog.label).toBeGreaterThanOrEqual(11);
			await page.screenshot({ path: join(SHOTS, `diagram-dialog-${width}.png`) });
			await page.keyboard.press('Escape');
			expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
			expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
			expect(await page.locator('figure.diagram .diagram__scroll svg[role="img"]').count()).toBe(1);
			await page.close();
		},
	);
});

describe('Chinese labels render with a CJK font', () => {
	it.each(PAGES)('/zh/%s', async (path) => {
		const page = await openThemed(`/zh/${path}`, 'light');
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
			nodeId: root.nodeId,
			selector: 'figure.diagram svg text, figure.diagram svg tspan',
		});
		expect(nodeIds.length).toBeGreaterThan(0);
		const families = new Set<string>();
		// Fonts are reported for the element that directly holds the text (a <text> or its <tspan>).
		for (const nodeId of nodeIds.slice(0, 40)) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			for (const f of fonts) families.add(f.familyName);
		}
		expect(
			[...families].some((f) => /CJK|Han Sans|PingFang|YaHei|Noto Sans SC|Hei|Song/i.test(f)),
			[...families].join(', '),
		).toBe(true);
		await page.close();
	});
});

describe("Starlight's theme switch repaints the diagram (not only the OS setting)", () => {
	it('light → dark → light on a case page', async () => {
		const page = await openThemed('/en/cases/tongling/', 'light');
		const select = page.locator('starlight-theme-select select').first();
		const light = await colours(page);
		await select.selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		const dark = await colours(page);
		expect(dark.nodeFill).toBe(dark.gray6);
		expect(dark.nodeFill).not.toBe(light.nodeFill);
		expect(dark.textFill).not.toBe(light.textFill);
		await select.selectOption('light');
		expect((await colours(page)).nodeFill).toBe(light.nodeFill);
		await page.close();
	});
});
