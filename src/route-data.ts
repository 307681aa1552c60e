/**
 * Starlight route middleware: per-page data computed once, here, instead of in component
 * overrides:
 * - the `<title>` carries only text: Starlight's `<Head>` writes each head entry's content with
 *   `set:html`, so a page title holding markup (`</title><script>…`) would be published as markup.
 *   The checker refuses such titles; this holds whatever a title holds.
 * - the head metadata for reference managers (Dublin Core, JSON-LD; see src/lib/citation/head-metadata.ts)
 *   on every page except the not-found page; a parallel view's describes the page it shows.
 * - one address for the page everywhere a reference manager looks: `canonical` and `og:url` name
 *   the URL the cite panel cites (a parallel view's is the page it shows), and a local preview,
 *   which has no permanent address, names none (its language links give paths only).
 * - no generator metas (Astro's, Starlight's): bytes on every page that serve no reader.
 * - the web app manifest of the page's language (src/pages/[locale]/manifest.webmanifest.ts).
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { entry } from '~/lib/content/collections';
import { headEntries } from '~/lib/citation/head-metadata';
import { citedPage } from '~/lib/citation/cited-page';
import { escapeText } from '~/lib/page/head-text';
import { isLocale, pageHref } from '~/lib/i18n/locales';
import { isPlaceholderSite } from '~/lib/site/url';

type Head = StarlightRouteData['head'];

/** Is this head entry the page's own address (`canonical`, `og:url`)? */
const isAddress = (e: Head[number]) =>
	(e.tag === 'link' && e.attrs?.rel === 'canonical') ||
	(e.tag === 'meta' && e.attrs?.property === 'og:url');

/**
 * The head's addresses as the citation gives them: the cited URL, or in a local preview none at
 * all, and paths instead of the placeholder origin in the language links.
 */
function citedAddresses(head: Head, url: string, preview: boolean): Head {
	if (preview)
		return head
			.filter((e) => !isAddress(e))
			.map((e) =>
				e.tag === 'link' && e.attrs?.rel === 'alternate' && typeof e.attrs.href === 'string'
					? {
							...e,
							attrs: { ...e.attrs, href: new URL(e.attrs.href, 'http://path.invalid').pathname },
						}
					: e,
			);
	return head.map((e) => {
		if (!isAddress(e)) return e;
		return e.tag === 'link'
			? { ...e, attrs: { ...e.attrs, href: url } }
			: { ...e, attrs: { ...e.attrs, content: url } };
	});
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Which tools built the site is of no use to a reader: no generator metas in every page.
	route.head = route.head.filter((e) => !(e.tag === 'meta' && e.attrs?.name === 'generator'));
	for (const entry of route.head)
		if (entry.tag === 'title' && entry.content) entry.content = escapeText(entry.content);
	if (isLocale(route.locale))
		route.head.push({
			tag: 'link',
			attrs: {
				rel: 'manifest',
				href: pageHref(import.meta.env.BASE_URL, route.locale, 'manifest.webmanifest').replace(
					/\/$/,
					'',
				),
			},
		});
	if (route.entry.id === '404' || context.url.pathname.endsWith('/404/')) {
		if (isPlaceholderSite(context.site)) route.head = citedAddresses(route.head, '', true);
		return;
	}
	const paper = await entry('paper', 'paper');
	// A parallel view is described as the page it shows (src/lib/citation/cited-page.ts), as its cite panel cites.
	const page = await citedPage(route, context.url, context.site, import.meta.env.BASE_URL);
	route.head = citedAddresses(route.head, page.url, page.preview);
	route.head.push(...headEntries(page, paper.data));
});
