/**
 * Link previews in Chromium, in both languages: a pointer resting on a link to a concept, a case
 * or a part of the paper summary shows a role="tooltip" preview that the link names with
 * aria-describedby, with the text and source of the language's previews.json; keyboard focus
 * shows it and Escape closes it; on a touch screen the first tap shows it and the second follows
 * the link. Nothing but the preview module, its styles and the JSON is fetched (never another
 * page's HTML), under the site's CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { PreviewFile } from '../../src/lib/previews/previews.ts';
import { useBrowser } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR, LOCALES } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

const previews = (l: string): PreviewFile =>
	JSON.parse(readFileSync(join(ROOT, DIST_DIR, l, 'previews.json'), 'utf8')) as PreviewFile;

let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

/** A page in a fresh context, with what it fetched and every CSP violation or error it met. */
async function open(path: string, touch = false) {
	context = await browser().newContext(
		touch
			? { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true }
			: { viewport: { width: 1280, height: 800 } },
	);
	const page = await context.newPage();
	const fetched: { url: string; type: string }[] = [];
	const problems: string[] = [];
	page.on('request', (r) => fetched.push({ url: r.url(), type: r.resourceType() }));
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
		),
	);
	await page.goto(site + path, { waitUntil: 'networkidle' });
	fetched.length = 0;
	return { page, fetched, problems };
}

const tooltip = (page: Page) => page.locator('[role="tooltip"]#link-preview');

/** The preview's text and the link's aria-describedby, once the preview shows. */
async function shownFor(page: Page, selector: string) {
	await tooltip(page).waitFor({ state: 'visible' });
	return {
		describedBy: await page.locator(selector).first().getAttribute('aria-describedby'),
		text: (await tooltip(page).innerText()).replace(/\s+/g, ' '),
		lang: await tooltip(page).getAttribute('lang'),
	};
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each(LOCALES)('/%s/', (l) => {
	const file = previews(l);

	it('has a preview for every concept and case, and for parts of the paper summary', () => {
		const keys = Object.keys(file.previews);
		expect(keys.filter((k) => k.startsWith('concepts/')).length).toBeGreaterThanOrEqual(30);
		expect(keys.filter((k) => k.startsWith('cases/')).length).toBeGreaterThanOrEqual(6);
		expect(keys.filter((k) => k.startsWith('paper/') && k.includes('#')).length).toBeGreaterThan(
			10,
		);
		expect(file.lang).toBe(l);
	});

	it('hovering a concept link shows its definition and source, then hides when the pointer leaves', async () => {
		const { page, fetched, problems } = await open(`/${l}/paper/introduction/`);
		const link = page.locator('main a.term').first();
		const id = await link.getAttribute('data-concept');
		await link.hover();
		const shown = await shownFor(page, 'main a.term');
		const expected = file.previews[`concepts/${id}`]!;
		expect(shown.describedBy).toBe('link-preview');
		expect(shown.lang).toBe(l === 'zh' ? 'zh-CN' : 'en');
		expect(shown.text).toContain(expected.title);
		expect(shown.text).toContain(squash(expected.text));
		expect(shown.text).toContain(`${file.sourceLabel} ${expected.source}`);
		// Only the module, its styles and this language's JSON: no page HTML, nothing elsewhere.
		const origin = new URL(site).origin;
		expect(fetched.filter((f) => f.type === 'document')).toEqual([]);
		expect(fetched.filter((f) => !f.url.startsWith(origin))).toEqual([]);
		const json = fetched.filter((f) => f.url.endsWith('previews.json')).map((f) => f.url);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatch(new RegExp(`/${l}/previews\\.json$`));
		await page.mouse.move(5, 790);
		await tooltip(page).waitFor({ state: 'hidden' });
		expect(await link.getAttribute('aria-describedby')).toBeNull();
		expect(problems).toEqual([]);
	});

	it('hovering a case link and a source chip shows the case summary and the part of the paper', async () => {
		const { page, problems } = await open(`/${l}/paper/reform-paths/`);
		const caseLink = page.locator('main a[data-case]').first();
		const caseId = await caseLink.getAttribute('data-case');
		await caseLink.hover();
		const shownCase = await shownFor(page, 'main a[data-case]');
		expect(shownCase.text).toContain(squash(file.previews[`cases/${caseId}`]!.text));

		await page.mouse.move(5, 790);
		await tooltip(page).waitFor({ state: 'hidden' });
		const chip = page.locator('main .src-ref a[href*="#"]').first();
		const href = new URL((await chip.getAttribute('href'))!, site);
		const key = `${href.pathname.replace(/^.*?\/(?:zh|en)\/|\/$/g, '')}#${href.hash.slice(1)}`;
		const expected = file.previews[key] ?? file.previews[key.split('#')[0]!];
		expect(expected, key).toBeDefined();
		await chip.hover();
		const shownChip = await shownFor(page, 'main .src-ref a[href*="#"]');
		expect(shownChip.text).toContain(squash(expected!.text));
		expect(shownChip.text).toContain(expected!.source);
		expect(problems).toEqual([]);
	});

	it('keyboard focus shows the preview and Escape closes it, focus staying on the link', async () => {
		const { page } = await open(`/${l}/paper/involution/`);
		const link = page.locator('main a.term').first();
		// Tab from the element before the link, as a keyboard reader reaches it.
		await link.evaluate((a) => {
			const before = document.createElement('button');
			a.before(before);
			before.focus();
		});
		await page.keyboard.press('Tab');
		expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
		const shown = await shownFor(page, 'main a.term');
		expect(shown.describedBy).toBe('link-preview');
		await page.keyboard.press('Escape');
		await tooltip(page).waitFor({ state: 'hidden' });
		expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
		expect(await link.getAttribute('aria-describedby')).toBeNull();
	});

	it('on a touch screen the first tap shows the preview and the second follows the link', async () => {
		const { page, problems } = await open(`/${l}/cases/tongling/`, true);
		const link = page.locator('main a.term').first();
		await link.scrollIntoViewIfNeeded();
		const before = page.url();
		await link.tap();
		const shown = await shownFor(page, 'main a.term');
		expect(shown.describedBy).toBe('link-preview');
		expect(page.url()).toBe(before);
		// The preview fits a phone's width.
		const box = (await tooltip(page).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		const href = new URL((await link.getAttribute('href'))!, page.url()).href;
		await Promise.all([page.waitForURL(href), link.tap()]);
		expect(page.url()).toBe(href);
		expect(problems).toEqual([]);
	});
});
