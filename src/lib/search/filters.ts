/**
 * The page-type filter across the two languages' indexes. Results from the other language's
 * index carry that language's filter ("Type: Concept" on a Chinese page's results), and the
 * filter counts Pagefind returns count only the pages it found in this language: the search
 * dialog translates a filter the reader ticked into the other language, each result's filter
 * back, and counts the filters of the results it shows.
 */

/** The page-type filter of one language: its name and its value for each page type. */
export interface FilterNames {
	name: string;
	values: Record<string, string>;
}

/** Pagefind's filters: values by filter name (of a page, or ticked in a search). */
export type Filters = Record<string, string[]>;

/** Pagefind's filter counts: pages by value by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Filters in the other language's names; a filter or value with no counterpart is dropped.
 * @example translateFilters({ 类型: ['概念'] }, zhNames, enNames) // { Type: ['Concept'] }
 */
export function translateFilters(filters: Filters, from: FilterNames, to: FilterNames): Filters {
	const out: Filters = {};
	for (const [name, values] of Object.entries(filters)) {
		if (name !== from.name) continue;
		const types = values.flatMap((v) =>
			Object.entries(from.values)
				.filter(([, label]) => label === v)
				.map(([type]) => to.values[type]!),
		);
		out[to.name] = types.filter(Boolean);
	}
	return out;
}

/**
 * Filter counts with more pages counted: `counts` (what Pagefind counted) plus the filters of
 * each added page. Every value of `counts` is kept, at zero if nothing has it.
 * @example addToCounts({ 类型: { 概念: 0 } }, [{ 类型: ['概念'] }]) // { 类型: { 概念: 1 } }
 */
export function addToCounts(counts: FilterCounts, pages: Filters[]): FilterCounts {
	const out: FilterCounts = Object.fromEntries(
		Object.entries(counts).map(([name, values]) => [name, { ...values }]),
	);
	for (const page of pages)
		for (const [name, values] of Object.entries(page))
			for (const value of values) {
				const of = (out[name] ??= {});
				of[value] = (of[value] ?? 0) + 1;
			}
	return out;
}
