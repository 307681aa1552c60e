/**
 * Locales and URL helpers shared by components, pages and scripts (no Astro imports).
 */
/** The site's locales, in the order they are listed. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP-47 language tags for the `lang` attribute. */
export const LANG_TAGS = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Locale, string>;

/** Is the string one of our locale keys? */
export function isLocale(value: string | undefined): value is Locale {
	return value === 'zh' || value === 'en';
}

/** The other language of a pair. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'zh' ? 'en' : 'zh';
}

/**
 * The locale of a URL path, read from its first segment after the base path.
 * @example localeFromPath('/guide/en/cases/', '/guide/') // 'en'
 */
export function localeFromPath(pathname: string, base = '/'): Locale {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const first = rest.replace(/^\/+/, '').split('/')[0];
	return isLocale(first) ? first : 'zh';
}

/** Joins a base path and a site-relative path with exactly one slash between them. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The URL of a page of the site in a locale, with trailing slash and optional anchor.
 * Paths under `data/` are language-neutral files and get no locale prefix.
 * @example pageHref('/', 'en', 'cases/nanjing', 'five-centres') // '/en/cases/nanjing/#five-centres'
 */
export function pageHref(base: string, locale: Locale, page: string, anchor?: string): string {
	const clean = page.replace(/^\/+|\/+$/g, '');
	const path = clean.startsWith('data/') ? clean : `${locale}/${clean === '' ? '' : `${clean}/`}`;
	return withBase(base, path) + (anchor ? `#${anchor}` : '');
}
