/**
 * Page budgets over the built files (sizes, not timings): every page a reader can open stays under
 * the budget of its kind for its first load (the HTML as served, its stylesheets and the scripts
 * that load with it, gzip; src/lib/page-weight.ts), one test per page; the three pages the
 * "lighter" issue names have budgets of their own. No page loads Mermaid, and our own JavaScript
 * stays under 2 KB gzip on top of Starlight's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { readerPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';

const DIST = join(ROOT, 'dist');
const KB = 1024;

/**
 * Budgets in KB gzip, first match wins. A budget sits a little above what the page weighs today,
 * so a change that makes pages heavier fails here and has to say why in the budget.
 */
const BUDGETS: [RegExp, number, string][] = [
	[/^\/zh\/cases\/qingshan\/$/, 36, 'named in the issue'],
	[/^\/en\/cases\/tongling\/$/, 34, 'named in the issue'],
	[/^\/en\/paper\/involution\/$/, 42, 'named in the issue'],
	[/^\/(zh|en)\/paper\/involution\/$/, 42, 'four diagrams and a comparison table'],
	[/^\/(zh|en)\/compare\/$/, 42, 'four comparison tables'],
	[/^\/(zh|en)\/paper\/reform-paths\/$/, 40, 'a comparison table'],
	[/^\/(zh|en)\/cases\/[^/]+\/$/, 38, 'a case page with its diagram'],
	[/^\/(zh|en)\/concepts\/$/, 40, 'the glossary: every concept'],
	[/^\/(zh|en)\/cite\/$/, 37, 'code examples (Expressive Code)'],
	[/^\/(zh|en)\/timeline\/$/, 36, 'a timeline diagram'],
	[/^\/(zh|en)\/concepts\/[^/]+\/$/, 32, 'a concept page'],
	[/^\/$/, 12, 'the bilingual landing page'],
	[/./, 35, 'any other page'],
];

const budgetOf = (url: string) => BUDGETS.find(([pattern]) => pattern.test(url))!;

/** Markers of the code this project adds (site script: cite panel and more; search-button fix). */
const OURS = [/data-access-date|cite-copy/, /site-search button\[data-open-modal\]/];

const pages = readerPages(DIST);

describe('first load of every page', () => {
	it('covers the site', () => {
		expect(pages.length).toBeGreaterThan(90);
	});

	it.each(pages)('%s stays within its budget', (url) => {
		const [, budget, why] = budgetOf(url);
		const w = pageWeight(DIST, url);
		expect(
			w.total.gzip / KB,
			`${url}: ${(w.total.gzip / KB).toFixed(1)} KB gzip (HTML ${(w.html.gzip / KB).toFixed(1)}, CSS ${(w.css.gzip / KB).toFixed(1)}, JS ${(w.js.gzip / KB).toFixed(1)}) over ${budget} KB (${why})`,
		).toBeLessThanOrEqual(budget);
	});
});

describe.each(['/en/', '/zh/cases/nanjing/', '/en/cases/qingshan/', '/zh/compare/'])(
	'%s',
	(url) => {
		const w = pageWeight(DIST, url);
		it('adds at most 2 KB gzip of its own JavaScript to what Starlight loads', () => {
			const scripts = w.files.filter((f) => f.url.endsWith('.js'));
			const ours = scripts.filter((f) => OURS.some((m) => m.test(f.text)));
			expect(ours.map((f) => f.url)).toHaveLength(2);
			expect(ours.reduce((n, f) => n + f.weight.gzip, 0)).toBeLessThanOrEqual(2 * KB);
		});
		it('loads no Mermaid', () => {
			expect(w.files.filter((f) => /mermaid/i.test(f.text)).map((f) => f.url)).toEqual([]);
			expect(w.inlineScripts.some((s) => /mermaid/i.test(s))).toBe(false);
		});
		it('loads the search dialog’s styles only when a reader is about to search', () => {
			// Pagefind's own stylesheet: its rules carry Svelte's scoping classes.
			const pagefind = /\.pagefind-ui__search-input\.svelte-/;
			expect(w.files.filter((f) => pagefind.test(f.text)).map((f) => f.url)).toEqual([]);
		});
	},
);
