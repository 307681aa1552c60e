/**
 * Where editions live on the site and which pages they hold: pure functions shared by the
 * command that freezes them, the pages that publish them and the cite panel.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Edition, FrozenPage } from './store.ts';

/** The sections whose pages an edition freezes (below each language): the text people cite. */
export const EDITION_SECTIONS = ['paper', 'cases', 'concepts'] as const;

/** The changelog authors write before releasing an edition, relative to the project root. */
export const CHANGELOG_FILE = 'content/editions/changelog.yaml';

/** Whether a page path below the language (`cases/tongling`, `cases`) is one an edition freezes. */
export const isEditionPath = (path: string): boolean =>
	EDITION_SECTIONS.some((s) => path === s || path.startsWith(`${s}/`));

/** `a/b` → `a/b/`, `` → ``: a path below the language as a URL segment. */
const segment = (path: string): string => (path ? `${path.replace(/^\/|\/$/g, '')}/` : '');

/** The URL (with the base path) of a page in an edition: `/editions/0.2.0/en/cases/tongling/`. */
export const editionHref = (base: string, version: string, locale: Locale, path: string): string =>
	`${base.replace(/\/$/, '')}/editions/${version}/${locale}/${segment(path)}`;

/** The URL of the page showing what changed in a page from one edition to the next. */
export const changesHref = (base: string, version: string, locale: Locale, path: string): string =>
	`${editionHref(base, version, locale, path)}changes/`;

/** The route (below the language) of the list of editions. */
export const EDITIONS_ROUTE = 'editions';

/** The URL of the list of editions in a language. */
export const editionsIndexHref = (base: string, locale: Locale): string =>
	`${base.replace(/\/$/, '')}/${locale}/${EDITIONS_ROUTE}/`;

/** A page of an edition, by language and path. */
export const pageIn = (edition: Edition, locale: Locale, path: string): FrozenPage | undefined =>
	edition.store.pages.find((p) => p.locale === locale && p.path === path);

/**
 * A site path without base (`/en/cases/nanjing/#x`) read as a page of the edition: the path below
 * the language, or undefined when the edition does not hold that page.
 * @example frozenTarget('/en/cases/nanjing/#five-centres') // { locale: 'en', path: 'cases/nanjing', hash: '#five-centres' }
 */
export function frozenTarget(
	href: string,
): { locale: Locale; path: string; hash: string } | undefined {
	const m = /^\/(zh|en)\/([^?#]*?)\/?(#.*)?$/.exec(href);
	if (!m) return undefined;
	const path = m[2] ?? '';
	return isEditionPath(path) ? { locale: m[1] as Locale, path, hash: m[3] ?? '' } : undefined;
}

/**
 * The edition page a site path (with the base path) is, or undefined.
 * @example editionOfPath('/guide/editions/0.2.0/en/cases/tongling/', '/guide/') // { version: '0.2.0', locale: 'en', path: 'cases/tongling' }
 */
export function editionOfPath(
	pathname: string,
	base: string,
): { version: string; locale: Locale; path: string } | undefined {
	const prefix = base.replace(/\/$/, '');
	if (!pathname.startsWith(`${prefix}/editions/`)) return undefined;
	const m = /^\/editions\/([^/]+)\/(zh|en)\/(.*?)\/?$/.exec(pathname.slice(prefix.length));
	return m ? { version: m[1]!, locale: m[2] as Locale, path: m[3] ?? '' } : undefined;
}
