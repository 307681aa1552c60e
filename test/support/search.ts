/**
 * Search helpers for the browser tests: reading the top results of the site's own search dialog,
 * and turning the held-out query list's target names into site paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { ROOT } from './fixture.ts';
import { sitePath } from './site.ts';

/** What the dialog showed for one query: the first three result pages and its messages. */
export interface DialogResult {
	query: string;
	top: string[];
	message: string;
}

/**
 * Opens the search dialog on the current page and runs each query in it, as a reader would see
 * it: the paths (without base path) of the first three results, once their titles have loaded.
 * A query that ends with no results yields an empty list (not a timeout).
 */
export async function searchInDialog(page: Page, queries: string[]): Promise<DialogResult[]> {
	await page.click('site-search button[data-open-modal]');
	const input = page.locator('#starlight__search input').first();
	const out: DialogResult[] = [];
	for (const query of queries) {
		// Start from an empty dialog, so that what is read next belongs to this query.
		await input.fill('');
		await page.waitForFunction(
			() => !document.querySelector('#starlight__search .pagefind-ui__results-area'),
		);
		await input.fill(query);
		const done = await page
			.waitForFunction(readDialog, query, { timeout: 10_000, polling: 'raf' })
			.catch(() => undefined);
		const value = done ? ((await done.jsonValue()) as Omit<DialogResult, 'query'>) : undefined;
		out.push({
			query,
			top: value ? value.top.map(sitePath) : [],
			message: value?.message ?? 'timed out',
		});
	}
	return out;
}

/**
 * In the page: the dialog's state once the search for `query` has finished (false before). While
 * the Pagefind UI searches it shows only a message; the list of results (perhaps empty) follows.
 */
function readDialog(query: string): Omit<DialogResult, 'query'> | false {
	const root = document.querySelector('#starlight__search')!;
	const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
	if (!message.includes(query) || !root.querySelector('ol.pagefind-ui__results')) return false;
	const results = [...root.querySelectorAll('li.pagefind-ui__result')].slice(0, 3);
	const links = results.map((r) =>
		r.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title .pagefind-ui__result-link'),
	);
	// Results render as placeholders first; wait for their titles (and so their URLs).
	if (!links.every((a) => a?.textContent?.trim())) return false;
	const status = root
		.querySelector<HTMLElement>('.site-search-status')
		?.innerText.trim()
		.replace(/\n+/g, ' / ');
	return {
		top: links.map((a) => a!.pathname),
		message: [message, status].filter(Boolean).join(' / '),
	};
}

/** Paper section numbers of the held-out list and their pages. */
const SECTIONS: Record<string, string> = {
	'1': 'paper/introduction/',
	'2': 'paper/involution/',
	'3': 'paper/reform-paths/',
	'4': 'paper/conclusions/',
};

/** Fixed targets of the held-out list and their pages ('' is the locale's home page). */
const PAGES: Record<string, string> = {
	paper: 'paper/',
	compare: 'compare/',
	timeline: 'timeline/',
	cite: 'cite/',
	about: 'about/',
	glossary: 'concepts/',
	cases: 'cases/',
	home: '',
};

interface ConceptNames {
	id: string;
	term: string;
	aliases: string[];
}

let concepts: ConceptNames[] | undefined;

/** The Chinese term and Chinese aliases of each concept (content/concepts/*.yaml), read once. */
function conceptNames(): ConceptNames[] {
	const dir = join(ROOT, 'content/concepts');
	concepts ??= readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const data = parse(readFileSync(join(dir, f), 'utf8')) as {
				term: { zh: string };
				aliases?: { zh?: string[] };
			};
			return { id: f.replace(/\.yaml$/, ''), term: data.term.zh, aliases: data.aliases?.zh ?? [] };
		});
	return concepts;
}

/**
 * The site paths a held-out target names, in a locale: `section:2` → /zh/paper/involution/,
 * `concept:内卷化` → the concept page whose Chinese term (or, failing that, a Chinese alias) is
 * that term; a concept the site has no page for yields no path.
 */
export function targetPaths(target: string, locale: 'zh' | 'en'): string[] {
	const [kind, arg] = target.split(/:(.*)/s) as [string, string | undefined];
	const page = (rest: string) => `/${locale}/${rest}`;
	if (kind === 'section' && arg && SECTIONS[arg]) return [page(SECTIONS[arg])];
	if (kind === 'case' && arg) return [page(`cases/${arg}/`)];
	if (kind === 'concept' && arg) {
		const all = conceptNames();
		const byTerm = all.filter((c) => c.term === arg);
		const found = byTerm.length ? byTerm : all.filter((c) => c.aliases.includes(arg));
		return found.map((c) => page(`concepts/${c.id}/`));
	}
	if (kind in PAGES) return [page(PAGES[kind]!)];
	throw new Error(`unknown held-out target "${target}"`);
}

/** One query of the held-out list (test/search/heldout-queries.json). */
export interface HeldOutQuery {
	id: string;
	lang: 'zh' | 'en';
	query: string;
	kind: string;
	/** Target names (`section:2`, `case:nanjing`, `concept:内卷化`…): see `targetPaths`. */
	want: string[];
}

/** The held-out queries of one language, in the list's order. */
export function heldOutQueries(locale: 'zh' | 'en'): HeldOutQuery[] {
	const list = JSON.parse(readFileSync(join(ROOT, 'test/search/heldout-queries.json'), 'utf8')) as {
		queries: HeldOutQuery[];
	};
	return list.queries.filter((q) => q.lang === locale);
}

/** A held-out query, what the dialog showed for it, and whether a wanted page is in its top 3. */
export interface ScoredQuery {
	query: HeldOutQuery;
	result: DialogResult;
	hit: boolean;
}

/**
 * Recall@3 of the held-out list in one language: each query typed into the search dialog of the
 * language's home page (under `site`, the origin and base path), found when one of the pages it
 * names is among the first three results.
 */
export async function heldOutRecall(
	page: Page,
	site: string,
	locale: 'zh' | 'en',
): Promise<{ hits: number; of: number; rows: ScoredQuery[] }> {
	const queries = heldOutQueries(locale);
	await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
	const results = await searchInDialog(
		page,
		queries.map((q) => q.query),
	);
	const rows = queries.map((query, i) => {
		const wanted = query.want.flatMap((w) => targetPaths(w, locale));
		const result = results[i]!;
		return { query, result, hit: result.top.some((p) => wanted.includes(p)) };
	});
	return { hits: rows.filter((r) => r.hit).length, of: rows.length, rows };
}
