/**
 * On a page opened from a search result, the words searched are marked (the link carries them in
 * Pagefind's `pagefind-highlight` parameter: src/lib/search/highlight.ts). Pagefind's highlight
 * script (mark.js) loads only then, from the site itself, with its defaults but one: its own
 * <style> would break the content security policy (style-src 'self'), so the mark's style
 * (`mark.pagefind-highlight`) is the site's (src/styles/site.css). Part of the search dialog's
 * module, which Starlight loads on every page once the browser is idle: no byte of the first load.
 */
if (location.search.includes('pagefind-highlight='))
	void import(
		/* @vite-ignore */ `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`
	).then(
		(m: { default: new (options: { addStyles: boolean }) => unknown }) =>
			new m.default({ addStyles: false }),
	);
