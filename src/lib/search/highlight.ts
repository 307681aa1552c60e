/**
 * The words a search result's link asks the page to mark: the page it opens reads them from the
 * URL and marks them with Pagefind's highlight script (src/scripts/search/highlight.ts), as
 * Pagefind's own `highlightParam` option does. The dialog adds them itself because the words
 * Pagefind searched are the index's character pairs (src/lib/search/segment.ts), while the page
 * should mark what the reader typed (基层渗透权力, not 基层 层渗 渗透 …).
 */

/** The URL parameter Pagefind's highlight script reads by default. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * A result's URL with the words to mark, one parameter each, before any #anchor.
 * @example withHighlight('/zh/concepts/involution/#definition', ['内卷化'])
 * // '/zh/concepts/involution/?pagefind-highlight=%E5%86%85%E5%8D%B7%E5%8C%96#definition'
 */
export function withHighlight(url: string, words: string[]): string {
	if (!words.length) return url;
	const [path, hash] = url.split(/(?=#)/) as [string, string?];
	const [page, query] = path.split('?') as [string, string?];
	const params = new URLSearchParams(query);
	params.delete(HIGHLIGHT_PARAM);
	for (const word of words) params.append(HIGHLIGHT_PARAM, word);
	return `${page}?${params.toString()}${hash ?? ''}`;
}
