/**
 * Search ready at first touch (src/scripts/search/ui.ts, preloadOnApproach): a page where nobody
 * reaches for search downloads nothing of the search engine or its index; a reader about to
 * search (pointer on the search button, keyboard focus on it) starts loading Pagefind and every
 * chunk of this language's index, so the first query answers without waiting for them. The
 * figures for the first query are in the bench (`npm run bench -- --only-search`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { indexChunks, readPagefindFile } from '../../config/search/pagefind-index.ts';
import { ROOT } from '../support/fixture.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Search files: Pagefind's bundle and index, and the dialog's engine, terms and warm-up words. */
const SEARCH_FILES = /\/(pagefind\/|search\/)/;

/** A page with every search file it requests recorded, after it has loaded and gone idle. */
async function quietPage(path: string, width: number): Promise<{ page: Page; fetched: string[] }> {
	const page = await browser().newPage({ viewport: { width, height: 800 } });
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (SEARCH_FILES.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname);
	});
	await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
	// Starlight creates the dialog's UI when the browser is idle; give it that time.
	await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 500))));
	return { page, fetched };
}

/**
 * The index chunks of a language a query can reach (from its meta file): Pagefind removes
 * punctuation from a query, so a chunk of words that begin with a quotation mark or a bracket
 * (“a … （last in English) is never needed.
 */
function chunks(lang: string): number {
	const dir = join(ROOT, 'dist/pagefind');
	const meta = readdirSync(dir).find(
		(f) => f.startsWith(`pagefind.${lang}_`) && f.endsWith('.pf_meta'),
	)!;
	return indexChunks(readPagefindFile(readFileSync(join(dir, meta)), meta), meta).filter((c) =>
		/^[\p{L}\p{N}]/u.test(c.from),
	).length;
}

describe.each([
	['/zh/', 'zh-cn', 375],
	['/zh/', 'zh-cn', 1280],
	['/en/', 'en', 375],
	['/en/', 'en', 1280],
] as const)('%s (index %s) at %i px', (path, lang, width) => {
	it('a page nobody searches on downloads no search files', async () => {
		const { page, fetched } = await quietPage(path, width);
		expect(fetched).toEqual([]);
		await page.close();
	});

	it('reaching for the search button loads the engine and every chunk of the index', async () => {
		const { page, fetched } = await quietPage(path, width);
		const button = page.locator('site-search button[data-open-modal]');
		// A pointer on a desktop; keyboard focus (as a Tab would give) on a phone.
		if (width > 800) await button.hover();
		else await button.focus();
		const want = chunks(lang);
		await expect
			.poll(() => fetched.filter((f) => f.includes(`/pagefind/index/${lang}_`)).length, {
				timeout: 10_000,
			})
			.toBe(want);
		for (const file of ['/search/pagefind.js', '/search/terms.json', '/search/warm-up.json'])
			expect(
				fetched.some((f) => f.endsWith(file)),
				file,
			).toBe(true);
		expect(fetched.some((f) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(f))).toBe(true);
		// The first query after that fetches no index chunk: it had them all.
		const before = fetched.length;
		await button.click();
		await page
			.locator('#starlight__search input')
			.first()
			.fill(lang === 'en' ? 'grid' : '网格');
		await page.locator('#starlight__search li.pagefind-ui__result').first().waitFor();
		expect(fetched.slice(before).filter((f) => f.includes('/pagefind/index/'))).toEqual([]);
		await page.close();
	});
});
