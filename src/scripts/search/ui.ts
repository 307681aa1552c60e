/**
 * The site's search dialog in the browser. Starlight's Search component creates the Pagefind UI
 * with fixed options (a 300 ms debounce, 12-word excerpts, Pagefind's own bundle) and no way to
 * pass others (withastro/starlight#3335 reworks this), so astro.config.mjs points its import of
 * `@pagefind/default-ui` here: the same UI class, with these options added.
 *
 * - Speed: a short debounce, and the index starts loading when the pointer or keyboard reaches the
 *   search button, before the dialog opens.
 * - Queries as people type them (src/lib/search/query.ts): the UI loads its engine from
 *   /search/pagefind.js (public/search/), which is Pagefind's own with `search` going through
 *   `QueryHandler` below; a line above the results says what was searched.
 * - Phones: the type filters start collapsed, so results start at the top of the screen.
 */
import { PagefindUI as PagefindDefaultUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { SEARCH_STRINGS } from '../../lib/search/strings.ts';
import {
	fewerWords,
	foundAsTyped,
	namedPage,
	otherSpelling,
	queryUnits,
	spellingSuggestion,
	vocabulary,
	withoutQuestionWords,
	type SearchTerms,
	type Vocabulary,
} from '../../lib/search/query.ts';
import { indexQuery } from '../../lib/search/segment.ts';
import {
	addToCounts,
	translateFilters,
	type FilterCounts,
	type Filters,
} from '../../lib/search/filters.ts';
import { resultKeys } from './keyboard.ts';
import './highlight.ts';
import { withHighlight } from '../../lib/search/highlight.ts';
// The language tags of <html lang>, as Pagefind reads them to pick an index.
import { LANG_TAGS, type Locale } from '../../lib/i18n/locales.ts';

/**
 * How long the UI waits after a keystroke before searching. Pagefind answers in a few
 * milliseconds once its index is loaded; a keystroke every 100–200 ms then costs little, and
 * anything longer is a wait the reader sees (Pagefind's default is 300 ms).
 */
const DEBOUNCE_MS = 40;

/**
 * Excerpt length in words. A Chinese "word" is one or two characters, so the default (12 words
 * with sub-results) gave ~15 characters, often not enough to show the match in context.
 */
const EXCERPT_WORDS = { zh: 36, en: 20 } as const;

/** The most results taken from the other language's index. */
const OTHER_LANGUAGE_LIMIT = 40;

/** Narrower than Starlight's desktop layout (50rem): the filters start collapsed. */
const PHONE = '(max-width: 50rem)';

/** The parts of Pagefind's search API the handler uses. */
interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	filters?: Filters | undefined;
	meta?: Record<string, string> | undefined;
	excerpt?: string | undefined;
	sub_results?: { url: string }[] | undefined;
	[key: string]: unknown;
}
interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters?: FilterCounts | undefined;
	[key: string]: unknown;
}
interface PagefindInstance {
	search: (term: string, options?: object) => Promise<PagefindResponse | null>;
	options: (options: object) => Promise<void>;
	filters: () => Promise<unknown>;
	preload: (term: string, options?: object) => Promise<void>;
}
interface PagefindApi extends PagefindInstance {
	createInstance: (options?: { noWorker?: boolean }) => PagefindInstance;
}

/** What one search did, for the line above the results. */
export interface Report {
	typed: string;
	/** The query searched after leaving out question words. */
	searched: string;
	/** The shorter query used when the whole one found nothing. */
	fewer?: string | undefined;
	/** The shorter query whose results follow when only one or two pages have every word. */
	broader?: string | undefined;
	/** Words no page has, which Pagefind left out of the search. */
	absent: string[];
	/** Other spellings searched as well that found pages. */
	also: string[];
	/** The results come from the pages' other-language versions. */
	otherLanguage?: boolean;
	/** The title of the page the query names but does not contain (put first). */
	named?: string | undefined;
}

type Strings = Record<string, string>;

interface Found {
	response: PagefindResponse | null;
	also: string[];
}

/** Where the handler is: the site's base path, the page's locale and the engine's options. */
export interface HandlerContext {
	base: string;
	locale: Locale;
	engineOptions: object;
}

const HAN = /\p{Script=Han}/u;

/** Searches a query as a person means it; see src/lib/search/query.ts. */
export class QueryHandler {
	#vocabulary: Promise<Vocabulary | undefined> | undefined;
	#otherLanguage: Promise<PagefindInstance> | undefined;
	#latest = 0;
	#filtersLoaded = new WeakMap<PagefindApi, Promise<unknown>>();
	/** The words of the latest search, for the page a result opens to mark. */
	marked: string[] = [];

	constructor(
		private readonly context: HandlerContext,
		private readonly report: (report: Report) => void,
	) {}

	/** The site's names and terms, fetched once; without them there are no suggestions. */
	vocabulary(): Promise<Vocabulary | undefined> {
		this.#vocabulary ??= fetch(`${this.context.base}search/terms.json`)
			.then((r) => (r.ok ? (r.json() as Promise<SearchTerms>) : undefined))
			.then((terms) => (terms ? vocabulary(terms) : undefined))
			.catch(() => undefined);
		return this.#vocabulary;
	}

	/** Called by /search/pagefind.js in place of Pagefind's `search`. */
	async search(
		engine: PagefindApi,
		term: string,
		options?: object,
	): Promise<PagefindResponse | null> {
		const id = ++this.#latest;
		// Pagefind counts a result's page types only from the filter index already loaded, and
		// its UI loads that index alongside the first search: when the search answers first (a
		// slow phone), it returns no counts and the UI keeps every page's count beside ten results.
		if (!this.#filtersLoaded.has(engine))
			this.#filtersLoaded.set(
				engine,
				engine.filters().catch(() => undefined),
			);
		await this.#filtersLoaded.get(engine);
		const typed = term.trim();
		const searched = withoutQuestionWords(typed);
		// How many pages each word finds alone, searched alongside the whole query: Pagefind leaves
		// out words no page has, and the reader should be told which.
		const units = queryUnits(searched);
		const unitHits =
			units.length > 1
				? Promise.all(
						units.map(
							async (u) =>
								(await engine.search(indexQuery(u, this.context.locale), options))?.results
									.length ?? 0,
						),
					)
				: Promise.resolve(units.map(() => 1));
		let found = await this.#withSpellings(engine, this.context.locale, searched, options);
		const hits = await unitHits;
		let fewer: string | undefined;
		let otherLanguage = false;
		const count = () => found.response?.results.length ?? 0;
		// Latin letters on the Chinese site or Chinese on the English site: the other language's
		// pages are where such words are at home, so few results here send the search there first.
		// Otherwise a search that finds nothing tries fewer words here, then the other language.
		const foreign = this.context.locale === 'en' ? HAN.test(searched) : !HAN.test(searched);
		const otherLanguageToo = async () => {
			if (!found.response) return;
			const other = await this.#inOtherLanguage(engine, searched, options);
			if (other.length) [found, otherLanguage] = [await appendPages(found, other), true];
		};
		if (foreign && count() < 3) await otherLanguageToo();
		if (found.response && count() === 0) {
			const shorter = await this.#fewerWords(engine, units, hits, options);
			if (shorter) [found, fewer] = shorter;
		}
		if (!foreign && count() === 0) await otherLanguageToo();
		// One or two pages have every word: a person would also try fewer words; those results follow.
		let broader: string | undefined;
		if (found.response && !fewer && count() > 0 && count() < 3) {
			const shorter = await this.#fewerWords(engine, units, hits, options);
			if (shorter) {
				found = await appendPages(found, shorter[0].response?.results ?? []);
				broader = shorter[1];
			}
		}
		let named: string | undefined;
		if (found.response)
			[found.response, named] = await this.#namedPageFirst(
				engine,
				found.response,
				searched,
				options,
			);
		const absent = fewer || !count() ? [] : units.filter((_, i) => hits[i] === 0);
		if (id === this.#latest) {
			this.marked = queryUnits(fewer ?? searched).filter((u) => !absent.includes(u));
			this.report({
				typed,
				searched,
				fewer,
				broader,
				absent,
				also: found.also,
				otherLanguage,
				named,
			});
		}
		return found.response;
	}

	/**
	 * When the query names a page (a concept, a case, a page's title or alias, in either script or
	 * in pinyin; see `namedPage`), that page comes first. Pagefind ranks a page whose title matches
	 * higher, but not for Chinese titles, and a term named in passing on a long page can outrank
	 * the term's own page. A page named by an alias it does not contain (对比 for 模式比较) is
	 * found through its title; the reader is told so.
	 */
	async #namedPageFirst(
		engine: PagefindInstance,
		response: PagefindResponse,
		query: string,
		options?: object,
	): Promise<[PagefindResponse, string?]> {
		const vocab = await this.vocabulary();
		const path = vocab && namedPage(query, vocab);
		if (!vocab || path === undefined) return [response];
		const { base, locale } = this.context;
		const url = `${base}${locale}/${path}`;
		const at = async (results: PagefindResult[]) => {
			const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
			return urls.findIndex((u) => u === url || `${u}/` === url);
		};
		// The results whose excerpts the UI shows first, and a few more.
		const i = await at(response.results.slice(0, 20));
		if (i === 0) return [response];
		if (i > 0) {
			const results = [response.results[i]!, ...response.results.filter((_, k) => k !== i)];
			return [{ ...response, results }];
		}
		const title = vocab.titles.get(path)?.[locale];
		if (!title || filtered(options)) return [response];
		const plainTitle = title.replace(/^.*[｜|]\s*/, '');
		const byTitle = (await engine.search(indexQuery(plainTitle, locale), options))?.results ?? [];
		const k = await at(byTitle.slice(0, 20));
		if (k < 0) return [response];
		const results = [byTitle[k]!, ...response.results];
		return [{ ...response, results, unfilteredResultCount: results.length }, title];
	}

	/** The best shorter query that finds something (the one whose best page scores highest). */
	async #fewerWords(
		engine: PagefindApi,
		units: string[],
		hits: number[],
		options?: object,
	): Promise<[Found, string] | undefined> {
		if (units.length < 2) return undefined;
		for (const round of fewerWords(units, hits)) {
			const tries = await Promise.all(
				round.map((q) => this.#withSpellings(engine, this.context.locale, q, options)),
			);
			const top = (f: Found) => f.response?.results[0]?.score ?? 0;
			const best = tries.reduce((a, b) => (top(b) > top(a) ? b : a));
			if (top(best) > 0) return [best, round[tries.indexOf(best)]!];
		}
		return undefined;
	}

	/**
	 * The query and its other spellings (British or American, the site's spelling of a name or
	 * term), searched together on the index of `lang`. When Pagefind found the query as typed
	 * (and its British or American spelling, the same word), those pages rank first and pages
	 * only a corrected spelling finds follow: a name the site does not list ("Mann") must not be
	 * buried under a word it resembles ("many"). The correction is searched then only when the
	 * query finds few pages.
	 */
	async #withSpellings(
		engine: PagefindInstance,
		lang: Locale,
		query: string,
		options?: object,
	): Promise<Found> {
		const search = (q: string) => engine.search(indexQuery(q, lang), options);
		const exact = [...new Set([query, otherSpelling(query)].filter((v): v is string => !!v))];
		const exactResponses = await Promise.all(exact.map(search));
		const typed = exactResponses[0] ?? null;
		let variants = exact;
		let responses = exactResponses;
		const first = await typed?.results[0]?.data();
		const asTyped = !!first && foundAsTyped(query, first.excerpt ?? '');
		if (!asTyped || (typed?.results.length ?? 0) < 3) {
			const vocab = await this.vocabulary();
			const suggestion = vocab && spellingSuggestion(query, vocab);
			const fixes = [suggestion, suggestion && otherSpelling(suggestion)].filter(
				(v): v is string => !!v && !exact.includes(v),
			);
			variants = [...exact, ...new Set(fixes)];
			responses = [...exactResponses, ...(await Promise.all([...new Set(fixes)].map(search)))];
		}
		if (!typed || variants.length === 1) return { response: typed, also: [] };
		const ranked = (from: number, to: number) => mergeByScore(responses.slice(from, to));
		// Found as typed: the typed word's pages first. Matched loosely: the typed word and its
		// correction rank together, each list scaled to its best page.
		const results = asTyped
			? [...ranked(0, exact.length), ...ranked(exact.length, responses.length)]
			: ranked(0, responses.length);
		const seen = new Set<string>();
		const unique = results.filter((r) => !seen.has(r.id) && seen.add(r.id));
		const also = variants.filter((v, i) => v !== query && responses[i]?.results.length);
		return { response: { ...typed, results: unique, unfilteredResultCount: unique.length }, also };
	}

	/**
	 * The pages whose other-language version has the query, linked in the reader's language: every
	 * page and heading id exists in both languages, so an English term on the Chinese site (or a
	 * Chinese one on the English site) still leads to the page that uses it. Their titles and
	 * excerpts stay in the language that matched.
	 */
	async #inOtherLanguage(
		engine: PagefindApi,
		query: string,
		options?: object,
	): Promise<PagefindResult[]> {
		const { base, locale, engineOptions } = this.context;
		const other = locale === 'zh' ? 'en' : 'zh';
		this.#otherLanguage ??= (async () => {
			// Pagefind takes an instance's language (the index and the WebAssembly with that language's
			// stemmer) from <html lang> when the instance is created, with no option for it; the page's
			// own language is put back at once. It runs on the main thread: Pagefind's worker holds one
			// WebAssembly module, already loaded for this page's language.
			const html = document.documentElement;
			const lang = html.lang;
			html.lang = LANG_TAGS[other];
			const instance = engine.createInstance({ noWorker: true });
			html.lang = lang;
			await instance.options(engineOptions);
			return instance;
		})();
		const vocab = await this.vocabulary();
		const names = (l: Locale) => vocab?.filters[l] ?? { name: '', values: {} };
		// A type the reader ticked, in the other index's names; each result's type back in this one's.
		const ticked = (options as { filters?: Filters } | undefined)?.filters;
		const otherOptions = ticked
			? { ...options, filters: translateFilters(ticked, names(locale), names(other)) }
			: options;
		const found = await this.#withSpellings(await this.#otherLanguage, other, query, otherOptions);
		const from = `${base}${other}/`;
		const to = `${base}${locale}/`;
		const here = (url: string) => (url.startsWith(from) ? to + url.slice(from.length) : url);
		// Every page the other index found, up to a limit few searches reach: the type filters
		// count these, so a filter ticked shows as many as it said (Pagefind loads their data in
		// groups of fragments, not one request each).
		const top = (found.response?.results ?? []).slice(0, OTHER_LANGUAGE_LIMIT);
		const data = await Promise.all(top.map((r) => r.data()));
		return top.map((result, i) => {
			const d = data[i]!;
			const url = here(d.url);
			// This language's title; the sections keep their headings, in the language that matched.
			const title = vocab?.titles.get(url.slice(to.length).replace(/#.*$/, ''))?.[locale];
			const mapped = {
				...d,
				url,
				meta: { ...d.meta, ...(title ? { title } : {}) },
				filters: translateFilters(d.filters ?? {}, names(other), names(locale)),
				sub_results: d.sub_results?.map((sub) => ({ ...sub, url: here(sub.url) })),
			};
			return { ...result, data: async () => mapped };
		});
	}
}

/**
 * Results of several searches in one list, each list's scores divided by its best score so that
 * one query's many matches do not bury another's; a page found by several keeps its best.
 */
function mergeByScore(responses: (PagefindResponse | null)[]): PagefindResult[] {
	const best = new Map<string, { result: PagefindResult; score: number }>();
	for (const response of responses) {
		const top = response?.results[0]?.score || 1;
		for (const result of response?.results ?? []) {
			const score = result.score / top;
			if (!best.has(result.id) || score > best.get(result.id)!.score)
				best.set(result.id, { result, score });
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score).map((b) => b.result);
}

/** Whether the reader has picked a filter (a page type). */
function filtered(options?: object): boolean {
	const filters = (options as { filters?: Record<string, string[]> } | undefined)?.filters ?? {};
	return Object.values(filters).some((values) => values.length > 0);
}

/** Results followed by other pages, leaving out those already listed (compared by URL). */
async function appendPages(found: Found, more: PagefindResult[]): Promise<Found> {
	const results = found.response?.results ?? [];
	const urls = new Set(await Promise.all(results.map(async (r) => (await r.data()).url)));
	const added = [...results];
	const addedFilters: Filters[] = [];
	for (const r of more) {
		const { url, filters } = await r.data();
		if (!urls.has(url)) {
			added.push(r);
			addedFilters.push(filters ?? {});
		}
		urls.add(url);
	}
	return {
		...found,
		response: found.response && {
			...found.response,
			results: added,
			unfilteredResultCount: added.length,
			// The type filters count the pages shown, not only those the first search found.
			filters: addToCounts(found.response.filters ?? {}, addedFilters),
		},
	};
}

/** The lines above the results (none when the query was searched as typed). */
export function reportLines(report: Report, strings: Strings): string[] {
	const fill = (key: string, term: string, other = '') =>
		(strings[key] ?? '').replace('[SEARCH_TERM]', term).replace('[DIFFERENT_TERM]', other);
	const lines: string[] = [];
	if (report.fewer) lines.push(fill('site_fewer_words', report.typed, report.fewer));
	else if (report.searched !== report.typed) lines.push(fill('site_searched_for', report.searched));
	if (report.broader) lines.push(fill('site_broader', report.typed, report.broader));
	if (report.absent.length)
		lines.push(fill('site_absent_words', report.absent.join(strings.site_list_separator ?? ', ')));
	if (report.named) lines.push(fill('site_named', report.searched, report.named));
	if (report.otherLanguage) lines.push(fill('site_other_language', report.searched));
	if (report.also.length)
		lines.push(
			fill(
				'site_also_searched',
				report.typed,
				report.also.join(strings.site_list_separator ?? ', '),
			),
		);
	return lines;
}

interface UiOptions {
	element: string;
	bundlePath: string;
	translations?: Strings;
	[option: string]: unknown;
}

/** Pagefind's default UI, as Starlight creates it, with the site's options and status line. */
export class PagefindUI extends PagefindDefaultUI {
	constructor(options: UiOptions) {
		// Starlight passes `<base>/pagefind/`; the handler's engine and terms are in `<base>/search/`.
		const base = options.bundlePath.replace(/pagefind\/$/, '');
		const root = document.querySelector<HTMLElement>(options.element);
		const status = statusLine();
		const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
		const strings: Strings = { ...options.translations, ...SEARCH_STRINGS[locale] };
		const engineOptions = {
			...Object.fromEntries(
				Object.entries(options).filter(([k]) => ['baseUrl', 'ranking', 'indexWeight'].includes(k)),
			),
			excerptLength: EXCERPT_WORDS[locale],
		};
		const handler = new QueryHandler({ base, locale, engineOptions }, (report) => {
			// One line each: what was searched, what was left out, what was added.
			const lines = reportLines(report, strings);
			status.replaceChildren(
				...lines.flatMap((line, i) => (i ? [document.createElement('br'), line] : [line])),
			);
			status.hidden = lines.length === 0;
		});
		const starlightProcess = options.processResult as ((r: PagefindData) => void) | undefined;
		super({
			...options,
			processResult: (result: PagefindData) => {
				starlightProcess?.(result);
				return marking(withoutNamesExcerpt(result), handler.marked);
			},
			bundlePath: `${base}search/`,
			debounceTimeoutMs: DEBOUNCE_MS,
			excerptLength: EXCERPT_WORDS[locale],
			queryHandler: handler,
		});
		if (!root) return;
		root.querySelector('.pagefind-ui__drawer')?.before(status);
		root.querySelector('input')?.addEventListener('input', (e) => {
			if (!(e.target as HTMLInputElement).value.trim()) status.hidden = true;
		});
		collapseFiltersOnPhones(root);
		resultKeys(root);
		preloadOnApproach(base, { ...engineOptions, queryHandler: handler }, locale, () =>
			handler.vocabulary(),
		);
	}
}

/**
 * A concept or case page opens with a block of names (term, English, pinyin, other names) or a
 * facts box, which makes a poor excerpt: a list of words, labels run into values. When the page
 * also matches in its sections (the definition, the case's text), those are shown instead.
 */
export function withoutNamesExcerpt(result: PagefindData): PagefindData {
	const subs = result.sub_results ?? [];
	const page = result.url.replace(/#.*$/, '');
	const generated = /\/(concepts|cases)\/[^/]+\/?$/.test(page);
	// The opening block is the section of the page's title (Starlight's h1 is #_top).
	const opening = (url: string) => url.replace(/#(_top)?$/, '') === page;
	if (generated && subs.length > 1 && opening(subs[0]!.url)) result.sub_results = subs.slice(1);
	return result;
}

/** A result whose links ask the page they open to mark the words searched. */
function marking(result: PagefindData, words: string[]): PagefindData {
	result.url = withHighlight(result.url, words);
	result.sub_results = result.sub_results?.map((sub) => ({
		...sub,
		url: withHighlight(sub.url, words),
	}));
	return result;
}

/** The status line: announced to screen readers when it changes. */
function statusLine(): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'site-search-status';
	p.setAttribute('role', 'status');
	p.hidden = true;
	return p;
}

/** On a phone the filter panel would push the results half a screen down: start it closed. */
function collapseFiltersOnPhones(root: HTMLElement): void {
	const closed = new WeakSet<Element>();
	new MutationObserver(() => {
		if (!matchMedia(PHONE).matches) return;
		for (const details of root.querySelectorAll('details.pagefind-ui__filter-block')) {
			if (closed.has(details)) continue;
			closed.add(details);
			(details as HTMLDetailsElement).open = false;
		}
	}).observe(root, { childList: true, subtree: true });
}

/**
 * Start loading what the first query needs when a reader is about to search (the pointer, focus
 * or a touch reaches the search button, or Starlight's shortcut Ctrl/⌘ K or / is pressed):
 * Pagefind's script, worker, WebAssembly, index metadata and filters, the site's terms, and every
 * chunk of this language's word index (a preload of the first word of each chunk, listed at build
 * time in search/warm-up.json). A page where nobody reaches for search loads none of it. The UI
 * loads the same module later and finds it ready.
 */
function preloadOnApproach(
	base: string,
	engineOptions: object,
	locale: Locale,
	more: () => void,
): void {
	const button = document.querySelector('site-search button[data-open-modal]');
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		more();
		const words: Promise<Record<string, string>> = fetch(`${base}search/warm-up.json`)
			.then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
			.catch(() => ({}));
		void (import(/* @vite-ignore */ `${base}search/pagefind.js`) as Promise<PagefindApi>).then(
			async (engine) => {
				await engine.options(engineOptions);
				const first = (await words)[LANG_TAGS[locale].toLowerCase()];
				await Promise.all([engine.filters(), first ? engine.preload(first) : undefined]);
			},
		);
	};
	for (const type of ['pointerenter', 'focus', 'touchstart'])
		button?.addEventListener(type, start, { once: true, passive: true });
	window.addEventListener('keydown', (e) => {
		if (((e.metaKey || e.ctrlKey) && e.key === 'k') || e.key === '/') start();
	});
}
