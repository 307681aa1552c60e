/**
 * The CSP harness itself: a page whose inline script is not in the policy must be reported,
 * so "no violation" on the real pages means something.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectMeta, policyFor } from '../../src/lib/csp.ts';
import { launchChromium } from '../support/browser.ts';
import { serveDist } from '../support/server.ts';

describe('content security policy', () => {
	it('blocks and reports an inline script that is not hashed, and runs one that is', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'csp-'));
		const allowed =
			'<html><head></head><body><script>document.body.dataset.ok = "1"</script></body></html>';
		const html = injectMeta(allowed, policyFor(allowed)).replace(
			'</body>',
			'<script>document.body.dataset.evil = "1"</script></body>',
		);
		writeFileSync(join(dir, 'index.html'), html);
		writeFileSync(join(dir, '404.html'), 'not found');
		const server = await serveDist(dir, '/', {});
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const violations: string[] = [];
			page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
			await page.goto(`${server.url}/`);
			expect(await page.evaluate(() => document.body.dataset.ok)).toBe('1');
			expect(await page.evaluate(() => document.body.dataset.evil)).toBeUndefined();
			expect(violations.join('\n')).toMatch(/Content Security Policy/);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
