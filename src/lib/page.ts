/**
 * Where a page is and what it is: its locale and base, its permanent URL, and the facts a
 * citation and the head metadata give about it (one function, so both say the same).
 */
import { capitalizeTitle } from './citation-text.ts';
import { EDITION } from './edition.ts';
import { isLocale, localeFromPath, pageHref, type Locale } from './i18n.ts';
import { parallelOf } from './paragraph-ids.ts';
import { pageOfPath } from './source-refs.ts';

export interface PageContext {
	locale: Locale;
	base: string;
}

/** The locale and base of the page being rendered, from its URL. */
export function pageContext(url: URL, base: string): PageContext {
	return { locale: localeFromPath(url.pathname, base), base };
}

/**
 * The page a component stands on, as the build writes it into every component of an MDX page
 * (`onPage="en/cases/nanjing"`, config/markdown/component-page.ts) and as components pass it on
 * to the components they render.
 * @example parseOnPage('en/cases/nanjing') // { locale: 'en', route: 'cases/nanjing' }
 */
export function parseOnPage(onPage: string): { locale: Locale; route: string } | undefined {
	const [first, ...rest] = onPage.split('/');
	return isLocale(first) ? { locale: first, route: rest.join('/') } : undefined;
}

/**
 * What a component inside a page's content writes for: the locale and base, the path of the page
 * its text belongs to, and UI strings in that locale. Usually the page being rendered; in a
 * parallel view (`/en/parallel/cases/nanjing/`) the page whose text it is, in that text's
 * language: from `onPage`, else the page the view shows in the view's language. `locals.uiText`
 * holds UI strings per language where a page renders text in both.
 */
export function contentContext<T>(
	url: URL,
	base: string,
	locals: { t: T; uiText?: Partial<Record<Locale, T>> | undefined },
	onPage?: string,
): PageContext & { pathname: string; t: T } {
	const page = onPage ? parseOnPage(onPage) : undefined;
	const locale = page?.locale ?? localeFromPath(url.pathname, base);
	const t = locals.uiText?.[locale] ?? locals.t;
	if (page) return { locale, base, pathname: pageHref(base, locale, page.route), t };
	const shown = parallelOf(pageOfPath(url.pathname, base));
	return { locale, base, pathname: shown ? pageHref(base, locale, shown) : url.pathname, t };
}

/** The page's permanent URL: the site origin, the base path and the page's path. */
export function permanentUrl(url: URL, site: URL | undefined): string {
	return new URL(url.pathname, site).href;
}

/**
 * The date a page last changed (YYYY-MM-DD): Starlight's `lastUpdated` (the git date of an MDX
 * page, or the date a generated page passes in its frontmatter), else the edition's date.
 */
export function lastModified(lastUpdated: Date | undefined): string {
	return lastUpdated ? lastUpdated.toISOString().slice(0, 10) : EDITION.date;
}

/** What citations and head metadata say about a page. */
export interface PageMeta {
	/** The title as a citation gives it (an English title starts with a capital). */
	title: string;
	/** The permanent URL. */
	url: string;
	locale: Locale;
	/** Last modified, YYYY-MM-DD. */
	modified: string;
}

/** The parts of Starlight's route data a page's metadata comes from. */
interface RouteFacts {
	locale: string | undefined;
	entry: { data: { title: string } };
	lastUpdated?: Date | undefined;
}

/** A page's metadata, from Starlight's route data and the request's URL and site. */
export function pageMeta(route: RouteFacts, url: URL, site: URL | undefined): PageMeta {
	const locale = isLocale(route.locale) ? route.locale : localeFromPath(url.pathname);
	const title = route.entry.data.title;
	return {
		title: locale === 'en' ? capitalizeTitle(title) : title,
		url: permanentUrl(url, site),
		locale,
		modified: lastModified(route.lastUpdated),
	};
}
