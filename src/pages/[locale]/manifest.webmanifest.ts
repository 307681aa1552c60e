/**
 * The web app manifest of one language (`/zh/manifest.webmanifest`, `/en/…`), linked from that
 * language's pages (src/route-data.ts): a reader who adds the guide to a home screen gets its name
 * and start page in the language they read it in. Its icon is the site's SVG favicon, which Chrome
 * accepts for installing (an icon of `sizes: any`), so no PNG is rasterised at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANG_TAGS, LOCALES, pageHref, withBase, type Locale } from '~/lib/i18n/locales';
import { SITE_SHORT_TITLE, SITE_TITLE } from '~/lib/site/config';

export const getStaticPaths = (() =>
	LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ props: { locale } }) => {
	const base = import.meta.env.BASE_URL;
	const lang = LANG_TAGS[locale];
	const manifest = {
		name: SITE_TITLE[lang],
		short_name: SITE_SHORT_TITLE[lang],
		lang,
		dir: 'ltr',
		id: pageHref(base, locale, ''),
		start_url: pageHref(base, locale, ''),
		scope: withBase(base, ''),
		display: 'standalone',
		// Starlight's light page background and accent.
		background_color: '#ffffff',
		theme_color: '#ffffff',
		icons: [
			{ src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
		],
	};
	return new Response(JSON.stringify(manifest), {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
};
