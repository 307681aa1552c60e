/**
 * Paragraph permalinks. Every paragraph and list item of a paper or case page names itself in the
 * MDX source with `<Para id="p-…" />` at its start: the build moves the id onto the `<p>` or
 * `<li>` (config/markdown/paragraph-ids.ts), the checker reads it from the same tree
 * (checker/checks/paragraphs.ts), and the parallel view aligns the two languages on it.
 * The id is written by hand, never counted from the paragraph's position, so inserting a
 * paragraph cannot move a citation to another one. A paragraph that goes away leaves its id to the
 * paragraph that now stands where it was: `<Para id="p-new" retired="p-old" />` renders an empty
 * anchor `p-old` at the start of p-new, so a cited `#p-old` still lands there.
 */

/** The marker's name in MDX (an element the build consumes, not a component to import). */
export const PARA_MARKER = 'Para';

/** A paragraph id: `p-` and lowercase ASCII kebab-case. */
export const PARA_ID = /^p-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The class of a paragraph's "¶" link, and of the empty anchor of a retired id. */
export const PARA_LINK_CLASS = 'para-link';
/** The span that holds a paragraph's closing source chip and its "¶" link together. */
export const PARA_END_CLASS = 'para-end';
export const PARA_RETIRED_CLASS = 'para-retired';

/** The sections of the site whose pages carry paragraph ids and have a parallel view. */
const SECTIONS = ['paper', 'cases'] as const;

/**
 * Does a page (route without locale) carry paragraph ids, and so have a parallel view?
 * @example hasParagraphIds('cases/tongling') // true
 * @example hasParagraphIds('compare') // false
 */
export function hasParagraphIds(route: string): boolean {
	const first = route.replace(/^\/+/, '').split('/')[0] ?? '';
	return (SECTIONS as readonly string[]).includes(first);
}

/** The first path segment of every parallel view: `/zh/parallel/paper/introduction/`. */
export const PARALLEL = 'parallel';

/**
 * The route of a page's parallel view.
 * @example parallelRoute('paper/introduction') // 'parallel/paper/introduction'
 */
export const parallelRoute = (route: string): string => `${PARALLEL}/${route}`;

/**
 * The pages (routes without locale) that have a parallel view: those with paragraph ids that
 * exist in both languages, from the docs collection's ids (`zh/cases/tongling`), in their order.
 * @example parallelPages(['zh/cases', 'en/cases', 'zh/compare', 'en/compare']) // ['cases']
 */
export function parallelPages(ids: readonly string[]): string[] {
	const all = new Set(ids);
	return ids
		.filter((id) => id.startsWith('zh/'))
		.map((id) => id.slice('zh/'.length))
		.filter((route) => hasParagraphIds(route) && all.has(`en/${route}`));
}

/**
 * The page a parallel view shows, or undefined when the route is not a parallel view.
 * @example parallelOf('parallel/cases/tongling') // 'cases/tongling'
 */
export function parallelOf(route: string): string | undefined {
	const clean = route.replace(/^\/+|\/+$/g, '');
	const prefix = `${PARALLEL}/`;
	if (!clean.startsWith(prefix)) return undefined;
	const page = clean.slice(prefix.length);
	return hasParagraphIds(page) ? page : undefined;
}

/** The ids a `retired` attribute lists (separated by spaces). */
export const retiredIds = (value: string | undefined): string[] =>
	(value ?? '').split(/\s+/).filter(Boolean);
