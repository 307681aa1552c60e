/**
 * What a page is for a citation: its permanent URL, its title and the date it last changed (one
 * function, so the cite panel and the head metadata say the same).
 */
import { ORIGIN, capitalizeTitle } from './text.ts';
import { isPlaceholderSite } from '../site/url.ts';
import { EDITION } from '../content/edition.ts';
import { isLocale, localeFromPath, type Locale } from '../i18n/locales.ts';

/**
 * The page's permanent URL: the site origin, the base path and the page's path. A local preview
 * (no SITE_URL) has no permanent address: its citations name the address the page is served
 * from, written in by the cite panel's script (`ORIGIN`), and the path alone without it.
 */
export function permanentUrl(url: URL, site: URL | undefined): string {
	return isPlaceholderSite(site) ? `${ORIGIN}${url.pathname}` : new URL(url.pathname, site).href;
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
	/** A local preview (built without SITE_URL), not the published site. */
	preview: boolean;
	/** The page summarises a section of the paper (its title is the paper's heading). */
	section: boolean;
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
	const section = isSectionPath(url.pathname);
	return {
		title: citationTitle(locale === 'en' ? capitalizeTitle(title) : title, locale, section),
		url: permanentUrl(url, site),
		locale,
		modified: lastModified(route.lastUpdated),
		preview: isPlaceholderSite(site),
		section,
	};
}

/** A page that summarises one section of the paper: `paper/<section>/`, not the overview. */
const isSectionPath = (pathname: string) => /\/(?:zh|en)\/paper\/[a-z0-9-]+\/$/.test(pathname);

/**
 * The title a citation gives a page. A section page's heading is the paper's own ("二、基层政权建设
 * 的内卷化困境"), and cited as it stands it would read as if the guide's editors had written that
 * section; the citation names it as our summary of the section instead: "二、…（导读）",
 * "Summary of section 2: …".
 * @example citationTitle('2. The involution dilemma', 'en', true) // 'Summary of section 2: The involution dilemma'
 */
export function citationTitle(title: string, locale: Locale, section: boolean): string {
	if (!section) return title;
	if (locale === 'zh') return `${title}（导读）`;
	const numbered = /^(\d+)\.\s+(.*)$/.exec(title);
	return numbered ? `Summary of section ${numbered[1]}: ${numbered[2]}` : `Summary: ${title}`;
}
