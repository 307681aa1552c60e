/**
 * Page budgets over the built files (sizes, not timings): every page a reader can open stays under
 * the budget of its kind for its first load (the HTML as served, its stylesheets and the scripts
 * that load with it, gzip; scripts/lib/page-weight.ts), one test per page; the three pages the
 * "lighter" issue names have budgets of their own. No page loads Mermaid, and our own JavaScript
 * stays under 2.75 KB gzip on top of Starlight's.
 */
import { BASE, DIST_DIR, withBasePath } from '../support/site.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { readerPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';

const DIST = join(ROOT, DIST_DIR);
const KB = 1024;

/**
 * Budgets in KB gzip, first match wins. A budget sits a little above what the page weighs today,
 * so a change that makes pages heavier fails here and has to say why in the budget. Every page
 * but the landing page has 1 KB more than before the cite panel's CSL-JSON records (three per
 * panel) and a local preview's warning in each export; most pages have 0.5 KB more than before the
 * link previews' loader, the service worker's registration and the print-only citation, which
 * came together (each of them within the budgets alone).
 */
const BUDGETS: [RegExp, number, string][] = [
	// +2: its panel is the heaviest of the case pages' by a few bytes; the link previews' loader.
	[/^\/zh\/cases\/qingshan\/$/, 38, 'named in the issue; the print-only citation'],
	[/^\/en\/cases\/tongling\/$/, 35, 'named in the issue'],
	[/^\/en\/paper\/involution\/$/, 44, 'named in the issue'],
	[/^\/(zh|en)\/paper\/involution\/$/, 44, 'four diagrams and a comparison table'],
	[/^\/(zh|en)\/compare\/$/, 43, 'four comparison tables'],
	[/^\/(zh|en)\/paper\/reform-paths\/$/, 40, 'a comparison table'],
	[/^\/(zh|en)\/cases\/[^/]+\/$/, 38, 'a case page with its diagram'],
	[/^\/(zh|en)\/concepts\/$/, 39, 'the glossary: every concept'],
	[/^\/(zh|en)\/cite\/$/, 38, 'code examples (Expressive Code), what each reference manager keeps'],
	[/^\/(zh|en)\/timeline\/$/, 35, 'a timeline diagram'],
	[/^\/(zh|en)\/concepts\/[^/]+\/$/, 30, 'a concept page'],
	// Parallel views: both languages of a page paired paragraph by paragraph (diagrams once).
	[/^\/(zh|en)\/parallel\/paper\/involution\/$/, 51, 'both languages, four diagrams, a table'],
	[/^\/(zh|en)\/parallel\/paper\/reform-paths\/$/, 45, 'both languages and a comparison table'],
	[/^\/(zh|en)\/parallel\/cases\/[^/]+\/$/, 45, 'a case page and its facts box in both languages'],
	[/^\/(zh|en)\/parallel\//, 39, 'any other page in both languages'],
	[/^\/$/, 8.5, 'the bilingual landing page'],
	[/./, 34, 'any other page, with its print-only address and citation'],
];

const budgetOf = (url: string) => BUDGETS.find(([pattern]) => pattern.test(url))!;

/**
 * Our own browser code (src/scripts/site.ts and what it imports) as the build minifies it, gzip.
 * In dist/ it shares one file with Starlight's scripts (astro.config.mjs), so it is weighed apart.
 */
async function ownScript(): Promise<{ code: string; gzip: number }> {
	const out = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: { entry: join(ROOT, 'src/scripts/site.ts'), formats: ['es'], fileName: 'site' },
		},
	})) as { output: { type: string; code?: string }[] }[];
	const code = out[0]!.output.find((o) => o.type === 'chunk')!.code!;
	return { code, gzip: gzipSync(code, { level: 9 }).length };
}

const pages = readerPages(DIST);

describe('first load of every page', () => {
	it('covers the site', () => {
		expect(pages.length).toBeGreaterThan(90);
	});

	it.each(pages)('%s stays within its budget', (url) => {
		const [, budget, why] = budgetOf(url);
		const w = pageWeight(DIST, withBasePath(url), BASE);
		expect(
			w.total.gzip / KB,
			`${url}: ${(w.total.gzip / KB).toFixed(1)} KB gzip (HTML ${(w.html.gzip / KB).toFixed(1)}, CSS ${(w.css.gzip / KB).toFixed(1)}, JS ${(w.js.gzip / KB).toFixed(1)}) over ${budget} KB (${why})`,
		).toBeLessThanOrEqual(budget);
	});
});

describe('our own JavaScript', () => {
	it('is at most 2.75 KB gzip on top of what Starlight loads, and loads with every page', async () => {
		const own = await ownScript();
		// The paragraph citation's code shares the cite panel's file, and the link previews' loader
		// is on every page (the previews themselves load on a reader's first intent).
		expect(own.gzip).toBeLessThanOrEqual(2.75 * KB);
		// A string of each part (cite panel, search button fix) is in a file the page loads.
		const scripts = pageWeight(DIST, withBasePath('/en/cases/qingshan/'), BASE).files.filter((f) =>
			f.url.endsWith('.js'),
		);
		for (const marker of ['data-access-date', 'site-search button[data-open-modal]']) {
			expect(own.code).toContain(marker);
			expect(scripts.some((f) => f.text.includes(marker))).toBe(true);
		}
	}, 60_000);
});

describe.each(['/en/', '/zh/cases/nanjing/', '/en/cases/qingshan/', '/zh/compare/'])(
	'%s',
	(url) => {
		const w = pageWeight(DIST, withBasePath(url), BASE);
		it('loads the scripts every page has as one file', () => {
			const scripts = w.files.filter((f) => f.url.endsWith('.js'));
			// The comparison page adds its table's own script.
			expect(scripts.map((f) => f.url)).toHaveLength(url.includes('/compare/') ? 2 : 1);
		});
		it('loads no Mermaid', () => {
			expect(w.files.filter((f) => /mermaid/i.test(f.text)).map((f) => f.url)).toEqual([]);
			expect(w.inlineScripts.some((s) => /mermaid/i.test(s))).toBe(false);
		});
		it('loads the link previews, their styles and data only on a reader’s first intent', () => {
			const previews = w.files.filter((f) => /link-preview__|previews\.json/.test(f.text));
			expect(previews.map((f) => f.url)).toEqual([]);
			// The few lines that wait for that intent do load with the page.
			expect(w.files.some((f) => f.text.includes('concepts|cases|paper'))).toBe(true);
		});
		it('loads the search dialog’s styles only when a reader is about to search', () => {
			// Pagefind's own stylesheet: its rules carry Svelte's scoping classes.
			const pagefind = /\.pagefind-ui__search-input\.svelte-/;
			expect(w.files.filter((f) => pagefind.test(f.text)).map((f) => f.url)).toEqual([]);
		});
	},
);
