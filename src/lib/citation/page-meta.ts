/**
 * What a page is for a citation: its permanent URL, its title and the date it last changed (one
 * function, so the cite panel and the head metadata say the same).
 */
import { capitalizeTitle } from './text.ts';
import { EDITION } from '../content/edition.ts';
import { isLocale, localeFromPath, type Locale } from '../i18n/locales.ts';

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
