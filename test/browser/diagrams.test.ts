/**
 * Diagrams in a real browser: for every diagram in both languages and both themes, no label
 * overflows its shape, Chinese labels render with a CJK font, and Starlight's theme switch swaps
 * the variant. Screenshots are saved to test-results/screenshots/.
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
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(site + path, { waitUntil: 'networkidle' });
	return page;
}

/** Labels (text boxes) that stick out of the shape of their node, in the visible variant. */
function overflowingLabels(page: Page, theme: string) {
	return page.evaluate((theme) => {
		const bad: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>(`.diagram__svg--${theme} svg`)) {
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
					) {
						bad.push(
							`${svg.id}: "${text.textContent}" (${Math.round(t.width)}×${Math.round(t.height)}) outside its shape (${Math.round(box.width)}×${Math.round(box.height)})`,
						);
					}
				}
			}
		}
		return bad;
	}, theme);
}

describe.each(['zh', 'en'] as const)('diagrams in %s', (locale) => {
	describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
		it.each(PAGES)(`%s: the ${theme} variant shows, labels fit their shapes`, async (path) => {
			const page = await openThemed(`/${locale}/${path}`, theme);
			const figures = page.locator('figure.diagram');
			expect(await figures.count()).toBeGreaterThan(0);
			expect(await page.locator(`.diagram__svg--${theme} svg`).first().isVisible()).toBe(true);
			expect(
				await page
					.locator(`.diagram__svg--${theme === 'dark' ? 'light' : 'dark'} svg`)
					.first()
					.isVisible(),
			).toBe(false);
			expect(await overflowingLabels(page, theme)).toEqual([]);
			const first = figures.first();
			await first.scrollIntoViewIfNeeded();
			await first.screenshot({
				path: join(SHOTS, `diagram-${locale}-${path.replace(/\W+/g, '-')}${theme}.png`),
			});
			await page.close();
		});
	});
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
			selector: '.diagram__svg--light svg text, .diagram__svg--light svg tspan',
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

describe("Starlight's theme switch swaps the variant (not only the OS setting)", () => {
	it('light → dark → light on a case page', async () => {
		const page = await openThemed('/en/cases/tongling/', 'light');
		const select = page.locator('starlight-theme-select select').first();
		const visible = (t: string) => page.locator(`.diagram__svg--${t} svg`).first().isVisible();
		expect(await visible('light')).toBe(true);
		await select.selectOption('dark');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await visible('dark')).toBe(true);
		expect(await visible('light')).toBe(false);
		await select.selectOption('light');
		expect(await visible('light')).toBe(true);
		expect(await visible('dark')).toBe(false);
		await page.close();
	});
});
