/** What the site promises, for the tests: locales, routes and where it is served. */
import { PLACEHOLDER_SITE as DEFAULT_SITE } from '../../src/lib/site/url.ts';

export { LOCALES } from '../../src/lib/i18n/locales.ts';
export { DEFAULT_SITE };

/** The routes the site promises in both languages (the foundation issue's list). */
export const PAGE_ROUTES = [
	'',
	'paper/',
	'paper/introduction/',
	'paper/involution/',
	'paper/reform-paths/',
	'paper/conclusions/',
	'cases/',
	'cases/tongling/',
	'cases/nanjing/',
	'cases/qingshan/',
	'cases/shanghai/',
	'cases/shenyang/',
	'cases/jianghan/',
	'compare/',
	'concepts/',
	'timeline/',
	'cite/',
	'about/',
] as const;

/**
 * The browser suite runs against the root build (dist/) or, with BASE_PATH set (e.g. /guide/),
 * against a build under that sub-path (dist-base/), served under it.
 */
export const BASE = process.env.BASE_PATH ?? '/';
export const DIST_DIR = BASE === '/' ? 'dist' : 'dist-base';

/** A site path ('/en/cases/') as served under the base path ('/guide/en/cases/'). */
export const withBasePath = (path: string): string => `${BASE.replace(/\/$/, '')}${path}`;

/** The site path of a served URL, without the base path: '/guide/en/x/' → '/en/x/'. */
export function sitePath(url: string): string {
	const path = url.startsWith('http') ? new URL(url).pathname : url;
	return BASE !== '/' && path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}

/** The permanent URL the build gives a site path (DEFAULT_SITE unless SITE_URL is set). */
export const permalink = (path: string): string =>
	`${process.env.SITE_URL ?? DEFAULT_SITE}${withBasePath(path)}`;
