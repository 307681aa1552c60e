/**
 * Every built page in both languages, served with the `_headers` policy as a static host would:
 * no CSP violation, no console error, no failed request, no request to another host, and no
 * horizontal page overflow on a 375 px phone (tables and diagrams scroll inside themselves).
 * One test per page, so a failure names the page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readerPages } from '../support/dist.ts';
import { DIST_DIR } from '../support/site.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const urls = readerPages(join(ROOT, DIST_DIR));
const browser = useBrowser();

describe('every page', () => {
	it('there are pages to check in both languages', () => {
		const zh = urls.filter((u) => u.startsWith('/zh/')).length;
		expect(zh).toBeGreaterThan(40);
		expect(urls.filter((u) => u.startsWith('/en/')).length).toBe(zh);
	});

	let page: Page;
	/** What went wrong on the page being loaded (reset before each page). */
	let problems: string[] = [];
	beforeAll(async () => {
		page = await browser().newPage({ viewport: { width: 375, height: 800 } });
		page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		page.on('requestfailed', (r) =>
			problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
		);
		page.on('request', (r) => {
			if (!r.url().startsWith(new URL(site).origin) && !r.url().startsWith('data:'))
				problems.push(`external: ${r.url()}`);
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
			});
		});
	});
	afterAll(async () => {
		await page?.close();
	});

	it.each(urls)(
		'%s loads under the CSP with no violation, error, failed or external request, and no overflow at 375 px',
		async (url) => {
			problems = [];
			const response = await page.goto(site + url, { waitUntil: 'networkidle' });
			expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			if (overflow > 0) problems.push(`overflows by ${overflow}px at 375px`);
			expect(problems).toEqual([]);
		},
	);
});
