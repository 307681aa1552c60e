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
import { editionOfPath } from '~/lib/editions/pages';
import { panelEdition } from '~/lib/editions/cite';
import { loadEditions } from '~/lib/editions/store';
import { lastChanged } from '~/lib/page/files';
import { useTranslations } from '@astrojs/starlight/internal';
import { SITE_TITLE } from '~/lib/site/config';
import { LANG_TAGS, isLocale, pageHref, type Locale } from '~/lib/i18n/locales';
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
	// An edition page's address starts with /editions/, not with its language: Starlight would
	// take it for the default language. Its frame follows the language of the text it shows.
	const frozen = editionOfPath(context.url.pathname, import.meta.env.BASE_URL);
	if (frozen) {
		const lang = LANG_TAGS[frozen.locale];
		route.locale = frozen.locale;
		route.lang = lang;
		route.siteTitle = SITE_TITLE[lang];
		route.siteTitleHref = `${import.meta.env.BASE_URL}${frozen.locale}/`;
		const overview = route.toc?.items[0];
		if (overview?.slug === '_top')
			overview.text = useTranslations(lang)('tableOfContents.overview');
	}
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
	// A page changes when any file it renders does (its MDX, the data its components show).
	const own = /^\/(zh|en)\/(.*?)\/?$/.exec(
		context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length),
	);
	if (!frozen && own && !own[2]?.startsWith('parallel/') && route.lastUpdated !== undefined) {
		const changed = lastChanged(process.cwd(), own[1] as Locale, own[2] ?? '');
		if (changed) route.lastUpdated = changed;
	}
	const paper = await entry('paper', 'paper');
	// A parallel view is described as the page it shows (src/lib/citation/cited-page.ts), as its cite panel cites.
	const shown = await citedPage(route, context.url, context.site, import.meta.env.BASE_URL);
	// The page's own address in canonical and og:url (an edition's pages are noindex); what the
	// cite panel cites, the head metadata describes: the edition where the page cites one.
	route.head = citedAddresses(route.head, shown.url, shown.preview);
	const page = panelEdition(shown, shown.path, {
		root: process.cwd(),
		base: import.meta.env.BASE_URL,
		site: context.site,
		editions: loadEditions(process.cwd()),
	}).meta;
	route.head.push(...headEntries(page, paper.data));
});
