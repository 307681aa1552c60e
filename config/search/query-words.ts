/**
 * Pagefind's search cuts a Chinese query into words with the browser's Intl.Segmenter, which
 * does not cut it the way Pagefind's indexer did (src/lib/search/segment.ts says how each cuts).
 * The site's search dialog gives Pagefind queries already cut into the index's words, separated
 * by spaces; this change makes Pagefind keep them: its word segmentation is switched off, and
 * what remains of its clean-up (lower case, punctuation removed, spaces kept) still runs.
 * Pagefind has no option for it (Pagefind/pagefind#1237), so the build edits the one expression
 * in its script and its worker, and stops with a message when a new Pagefind no longer has it.
 */

/** The test Pagefind 1.6 makes before cutting a query with Intl.Segmenter. */
export const SEGMENTATION_TEST = 'if(needsWordSegmentation(trueLanguage)){';

/** What replaces it: never cut; the caller has. The comment marks the file as edited. */
export const KEEP_WORDS = 'if(/* words cut by the site: config/search/query-words.ts */false){';

/**
 * Pagefind's search script (pagefind.js or pagefind-worker.js) with query segmentation off.
 * Throws, naming the file, unless the test occurs exactly once (or the file was edited already).
 */
export function keepQueryWords(source: string, file: string): string {
	if (source.includes(KEEP_WORDS)) return source;
	const count = source.split(SEGMENTATION_TEST).length - 1;
	if (count !== 1)
		throw new Error(
			`${file}: expected Pagefind's query segmentation ("${SEGMENTATION_TEST}") once, found it ${count} times. ` +
				'Pagefind changed how it cuts queries: read its search() in that file and update config/search/query-words.ts ' +
				'(and src/lib/search/segment.ts if the index is cut differently too).',
		);
	return source.replace(SEGMENTATION_TEST, KEEP_WORDS);
}
