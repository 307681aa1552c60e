/**
 * Where a component is rendered: its locale and the site's base path.
 */
import { EDITION } from './edition.ts';
import { gitDate } from './git-date.ts';
import { localeFromPath, type Locale } from './i18n.ts';

export interface PageContext {
	locale: Locale;
	base: string;
}

/** The locale and base of the page being rendered, from its URL. */
export function pageContext(url: URL, base: string): PageContext {
	return { locale: localeFromPath(url.pathname, base), base };
}

/** The page's permanent URL: the site origin, the base path and the page's path. */
export function permanentUrl(url: URL, site: URL | undefined): string {
	return new URL(url.pathname, site).href;
}

/**
 * The date a page last changed (YYYY-MM-DD): Starlight's git date for an MDX page, the git date of
 * its data file for a generated concept page, else the edition date. Citations and metadata use it.
 */
export function lastModified(lastUpdated: Date | undefined, url: URL): string {
	if (lastUpdated) return lastUpdated.toISOString().slice(0, 10);
	const [, , section, id] = url.pathname.match(/\/(zh|en)\/([^/]+)\/([^/]+)\/$/) ?? [];
	const dataFile =
		section === 'concepts' && id ? gitDate(`content/concepts/${id}.yaml`) : undefined;
	return dataFile ?? EDITION.date;
}
