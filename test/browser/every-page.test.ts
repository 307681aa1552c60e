/**
 * Every built page in both languages, served with the `_headers` policy as a static host would:
 * no CSP violation, no console error, no failed request, no request to another host, and no
 * horizontal page overflow on a 375 px phone (tables and diagrams scroll inside themselves).
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readerPages } from '../support/dist.ts';
import { DIST_DIR } from '../support/site.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const urls = readerPages(join(ROOT, DIST_DIR));
const browser = useBrowser();

describe('every page', () => {
	it('there are pages to check in both languages', () => {
		expect(urls.filter((u) => u.startsWith('/zh/')).length).toBeGreaterThan(40);
		expect(urls.filter((u) => u.startsWith('/en/')).length).toBe(
			urls.filter((u) => u.startsWith('/zh/')).length,
		);
	});

	it('loads under the CSP with no violation, error, failed or external request, and no overflow at 375 px', async () => {
		const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
		let current = '';
		const problems: string[] = [];
		page.on(
			'console',
			(m) => m.type() === 'error' && problems.push(`${current} console: ${m.text()}`),
		);
		page.on('pageerror', (e) => problems.push(`${current} pageerror: ${e.message}`));
		page.on('requestfailed', (r) =>
			problems.push(`${current} failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
		);
		page.on('request', (r) => {
			if (!r.url().startsWith(new URL(site).origin) && !r.url().startsWith('data:'))
				problems.push(`${current} external: ${r.url()}`);
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
			});
		});
		for (const url of urls) {
			current = url;
			const response = await page.goto(site + url, { waitUntil: 'networkidle' });
			expect(response?.headers()['content-security-policy'], url).toContain("script-src 'self'");
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			if (overflow > 0) problems.push(`${url} overflows by ${overflow}px at 375px`);
		}
		expect(problems).toEqual([]);
		await page.close();
	}, 600_000);
});
