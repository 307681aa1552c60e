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

describe('content security policy', () => {
	it('blocks an injected inline script and event handler on a built page, runs the shipped ones', async () => {
		const built = readFileSync(join(ROOT, DIST_DIR, 'en/about/index.html'), 'utf8');
		const tampered = built.replace(
			'</body>',
			'<script>document.body.dataset.evil = "1"</script><svg onload="document.body.dataset.handler = \'1\'"></svg></body>',
		);
		const dir = mkdtempSync(join(tmpdir(), 'csp-'));
		mkdirSync(join(dir, 'en/about'), { recursive: true });
		writeFileSync(join(dir, 'en/about/index.html'), tampered);
		writeFileSync(join(dir, '404.html'), 'not found');
		// Serve the built assets too, so the shipped external scripts load as on the site.
		const server = await serveDist(dir, '/', []);
		const assets = await serveDist(join(ROOT, DIST_DIR), '/', []);
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

declare global {
	interface Window {
		StarlightThemeProvider?: unknown;
	}
}
