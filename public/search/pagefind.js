/**
 * Pagefind's search API as the site's search dialog loads it: the dialog's `bundlePath` points
 * here (src/lib/search-ui.ts). Everything is Pagefind's own, from its bundle next door, except
 * that `search` goes through the query handler the dialog passes in its options: it leaves out
 * question words, also searches other spellings, retries with fewer words, and says what it did.
 * Plain JavaScript because it is served as is, next to the bundle Pagefind writes after the build.
 */
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

let handler;

/** Pagefind's options, minus `queryHandler`, which is kept for `search`. */
export async function options({ queryHandler, ...rest } = {}) {
	if (queryHandler) handler = queryHandler;
	return pagefind.options(rest);
}

/** A search through the query handler (Pagefind's own search when there is none). */
export function search(term, searchOptions) {
	return handler
		? handler.search(pagefind, term, searchOptions)
		: pagefind.search(term, searchOptions);
}
