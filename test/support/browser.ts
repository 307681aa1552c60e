/**
 * Browser helpers for the test files: one Chromium per file (see scripts/lib/chromium.ts for how
 * it is found and launched).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { findChromium, launchChromium } from '../../scripts/lib/chromium.ts';

/** One Chromium for a test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
		return browser;
	};
}
