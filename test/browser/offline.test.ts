/**
 * Offline reading in Chromium: after one visit, with the browser context offline, pages of both
 * languages open from the service worker, with their diagrams, the link previews and the search
 * of both languages; nothing is asked of another site. A new build replaces the cache cleanly: the
 * new worker takes over once the old build's tabs are closed, serves the new text, and keeps no
 * file of the old build. The web app manifest of each language is one Chromium can install.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../config/integrations/offline.ts';
import { hostHandler } from '../../src/lib/serving/host.ts';
import { useBrowser } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';
import { searchInDialog } from '../support/search.ts';
import { BASE, DIST_DIR } from '../support/site.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Opens `path` and waits until the service worker has precached the site and is active. */
async function visitOnce(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	return page;
}

/** Waits until `test`, run in the page, resolves to true (checked every 200 ms, 30 s at most). */
async function until(page: Page, test: () => Promise<boolean>): Promise<void> {
	for (let i = 0; i < 150; i++) {
		if (await page.evaluate(test)) return;
		await page.waitForTimeout(200);
	}
	const state = await page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return {
			i: r?.installing?.state,
			w: r?.waiting?.state,
			a: r?.active?.state,
			c: !!navigator.serviceWorker.controller,
			same: navigator.serviceWorker.controller === r?.active,
		};
	});
	throw new Error(`timed out waiting for ${test.toString()} ${JSON.stringify(state)}`);
}

/** The cache names and the number of entries in each, as the page's origin holds them. */
const cacheState = (page: Page) =>
	page.evaluate(async () =>
		Promise.all(
			(await caches.keys()).map(async (name) => ({
				name,
				urls: (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
			})),
		),
	);

describe('after one visit, offline', () => {
	let context: BrowserContext;
	const external: string[] = [];
	beforeAll(async () => {
		context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		context.on('request', (r) => {
			if (!r.url().startsWith(new URL(site).origin)) external.push(r.url());
		});
		const page = await visitOnce(context, `${site}/zh/`);
		await page.close();
		await context.setOffline(true);
	}, 120_000);
	afterAll(async () => {
		await context?.close();
	});

	it.each([
		['/en/paper/involution/', 'figure.diagram svg'],
		['/zh/cases/nanjing/', 'figure.diagram svg'],
		['/en/concepts/involution/', 'main h1'],
		['/zh/parallel/cases/tongling/', 'main h1'],
	])('%s opens from the service worker, with %s', async (path, selector) => {
		const page = await context.newPage();
		const response = await page.goto(`${site}${path}`);
		expect(response?.status()).toBe(200);
		expect(response?.fromServiceWorker()).toBe(true);
		await expect(page.locator(selector).first().isVisible()).resolves.toBe(true);
		await page.close();
	});

	it.each([
		['/en/cases/tongling/', 'one-stop'],
		['/zh/cases/tongling/', '网格'],
	])('%s searches its language (%s) and shows a link preview', async (path, query) => {
		const page = await context.newPage();
		const failed: string[] = [];
		page.on('requestfailed', (r) => failed.push(r.url()));
		await page.goto(`${site}${path}`);
		const [result] = await searchInDialog(page, [query]);
		expect(result!.top.length, `${result!.message} ${failed.join(' ')}`).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await page.locator('main a.term').first().hover();
		await page.locator('#link-preview').waitFor({ state: 'visible' });
		await page.close();
	});

	it('asked nothing of another site', () => {
		expect(external).toEqual([]);
	});
});

describe('the web app manifest', () => {
	it.each(['zh', 'en'])('/%s/ links its own manifest, which Chromium can install', async (l) => {
		const context = await browser().newContext();
		const page = await visitOnce(context, `${site}/${l}/`);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBe(`${BASE}${l}/manifest.webmanifest`);
		const manifest = await (await page.request.get(new URL(href!, site).href)).json();
		expect(manifest).toMatchObject({
			lang: l === 'zh' ? 'zh-CN' : 'en',
			start_url: `${BASE}${l}/`,
		});
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		// A test's browser context is an incognito one, which Chromium never installs from: every
		// other criterion (manifest, name, start URL, icon, service worker) has to hold.
		expect(
			installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
		).toEqual([]);
		await context.close();
	});
});

describe('a new build', () => {
	let dir: string;
	let server: Server;
	let url: string;
	/** What the host serves: the first build, then the next one. */
	let handler: ReturnType<typeof hostHandler>;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'offline-'));
		cpSync(join(ROOT, DIST_DIR), join(dir, 'first'), { recursive: true, dereference: true });
		handler = hostHandler(join(dir, 'first'), BASE);
		server = createServer((req, res) => handler(req, res));
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
		url = `http://127.0.0.1:${(server.address() as { port: number }).port}${BASE.replace(/\/$/, '')}`;
	}, 60_000);
	afterAll(async () => {
		server?.closeAllConnections();
		await new Promise((r) => server?.close(r));
		rmSync(dir, { recursive: true, force: true });
	});

	it('replaces the cache cleanly once the old build’s tabs are closed', async () => {
		const context = await browser().newContext();
		const first = await visitOnce(context, `${url}/en/about/`);
		const before = await cacheState(first);
		expect(before.map((c) => c.name)).toHaveLength(1);
		await first.close();

		// The next build: one page changed, one file gone, the worker written anew.
		const next = join(dir, 'next');
		cpSync(join(dir, 'first'), next, { recursive: true });
		const page = join(next, 'en', 'about', 'index.html');
		const html = readFileSync(page, 'utf8');
		writeFileSync(page, html.replace('</main>', '<p id="next-build">next</p></main>'));
		// The host would serve the precompressed copies of the old page and worker: drop them.
		for (const file of ['en/about/index.html', 'sw.js'])
			for (const ext of ['.gz', '.br']) rmSync(join(next, file + ext), { force: true });
		rmSync(join(next, 'zh', 'previews.json'));
		await writeServiceWorker(next);
		handler = hostHandler(next, BASE);

		// A visit finds the new worker; it waits while that tab is open, then takes over.
		const second = await context.newPage();
		await second.goto(`${url}/en/`);
		await second.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await until(second, async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.waiting?.state === 'installed';
		});
		await second.close();

		const third = await context.newPage();
		await third.goto(`${url}/en/`);
		await until(third, async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return (
				!registration?.installing &&
				!registration?.waiting &&
				registration?.active?.state === 'activated' &&
				navigator.serviceWorker.controller === registration.active
			);
		});
		const after = await cacheState(third);
		await context.setOffline(true);
		await third.goto(`${url}/en/about/`);
		expect(await third.locator('#next-build').count()).toBe(1);
		expect(after.map((c) => c.name)).toEqual(before.map((c) => c.name));
		const urls = after[0]!.urls;
		expect(urls.some((u) => u.endsWith('/zh/previews.json'))).toBe(false);
		expect(urls).toHaveLength(before[0]!.urls.length - 1);
		await context.close();
	}, 120_000);
});
