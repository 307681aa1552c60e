/** What the site promises, for the tests: locales, routes and where it is served. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasParagraphIds } from '../../src/lib/markdown/paragraph-ids.ts';
import { readSidebarCases } from '../../src/lib/node/sidebar-cases.ts';
import { caseSlugs, siteSidebar } from '../../src/lib/site/config.ts';
import { PLACEHOLDER_SITE as DEFAULT_SITE, resolveSite } from '../../src/lib/site/url.ts';

export { LOCALES } from '../../src/lib/i18n/locales.ts';
export { DEFAULT_SITE };

/** The project these tests check (the copy they run in, for the build tier's copies too). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The case ids, from the case data (`content/cases/<id>.yaml`), in the sidebar's order. */
export const CASE_IDS: readonly string[] = caseSlugs(readSidebarCases(ROOT)).map((slug) =>
	slug.slice('cases/'.length),
);

/** A sidebar entry as far as its slugs go. */
interface SidebarNode {
	slug?: string;
	items?: readonly SidebarNode[];
}

/** Every slug of a sidebar, depth first. */
const slugsOf = (entries: readonly SidebarNode[]): string[] =>
	entries.flatMap((e) => [...(e.slug ? [e.slug] : []), ...slugsOf(e.items ?? [])]);

/**
 * The routes the site promises in both languages: every page of the sidebar, which is made from
 * the case data and lists every page (the content checker refuses a page missing from it).
 * @example PAGE_ROUTES // ['', 'paper/', …, 'cases/tongling/', …, 'about/']
 */
export const PAGE_ROUTES: readonly string[] = slugsOf(siteSidebar(readSidebarCases(ROOT))).map(
	(slug) => (slug === 'index' ? '' : `${slug.replace(/\/index$/, '')}/`),
);

/**
 * The pages that carry paragraph ids and have a parallel view (the site's own rule, applied to
 * the source tree `src/content/docs/zh/`): route without locale, e.g. 'cases/tongling'.
 */
export const READING_ROUTES: readonly string[] = readdirSync(join(ROOT, 'src/content/docs/zh'), {
	recursive: true,
	encoding: 'utf8',
})
	.filter((f) => f.endsWith('.mdx'))
	.map((f) =>
		f
			.split('\\')
			.join('/')
			.replace(/(\/?index)?\.mdx$/, ''),
	)
	.filter(hasParagraphIds)
	.sort();

/**
 * Where the build under test is served, read from the environment the way the build reads it:
 * SITE_URL (an address, optionally with a sub-path) and BASE_PATH. The deploy workflow sets
 * SITE_URL and tests the very build it uploads; locally neither is set (the placeholder, at /).
 */
const address = resolveSite(process.env);
/** The origin the build's absolute URLs carry, e.g. https://owner.github.io. */
export const ORIGIN = address.site;
/** The base path, with slashes at both ends: '/' or e.g. '/guide/'. */
export const BASE = address.base;
/**
 * The build the tests read: dist/, or with BASE_PATH set (the browser suite under a sub-path,
 * which builds its own copy) dist-base/.
 */
export const DIST_DIR = process.env.BASE_PATH ? 'dist-base' : 'dist';

/** A site path ('/en/cases/') as served under the base path ('/guide/en/cases/'). */
export const withBasePath = (path: string): string => `${BASE.replace(/\/$/, '')}${path}`;

/** The site path of a served URL, without the base path: '/guide/en/x/' → '/en/x/'. */
export function sitePath(url: string): string {
	const path = url.startsWith('http') ? new URL(url).pathname : url;
	return BASE !== '/' && path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}

/** The permanent URL the build gives a site path: origin, base path, path. */
export const permalink = (path: string): string => `${ORIGIN}${withBasePath(path)}`;

/** A local preview (no SITE_URL): its citations name the address it is served from. */
export const PREVIEW = address.placeholder;

/**
 * The URL a built citation gives a site path: the permanent URL, or in a local preview the path
 * alone (the panel's script writes the served origin in front of it).
 */
export const citedUrl = (path: string): string => (PREVIEW ? withBasePath(path) : permalink(path));

/**
 * The URL a citation gives a site path once the panel's script has run in a page served from
 * `served`: the permanent URL, or in a local preview the served origin and the path.
 */
export const citedUrlServed = (path: string, served: string): string =>
	PREVIEW ? `${new URL(served).origin}${withBasePath(path)}` : permalink(path);
