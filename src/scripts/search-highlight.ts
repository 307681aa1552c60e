/**
 * On a page opened from a search result, the words searched are marked (the link carries them:
 * src/lib/search/highlight.ts). Pagefind's highlight script (mark.js) loads only then, from the
 * site itself; its own <style> would break the content security policy (style-src 'self'), so
 * the mark's style is the site's (src/styles/site.css).
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';

interface Highlighter {
	new (options: {
		highlightParam: string;
		addStyles: boolean;
		markOptions: { className: string; exclude: string[] };
	}): unknown;
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`;
	void (import(/* @vite-ignore */ url) as Promise<{ default: Highlighter }>).then(
		({ default: PagefindHighlight }) =>
			new PagefindHighlight({
				highlightParam: HIGHLIGHT_PARAM,
				addStyles: false,
				markOptions: {
					className: 'search-highlight',
					exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
				},
			}),
	);
}
