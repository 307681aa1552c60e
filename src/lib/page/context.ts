/**
 * Where a page is: its locale and base, and the page whose text a component writes for (which,
 * in a parallel view, is not the page being rendered).
 */
import { isLocale, localeFromPath, pageHref, type Locale } from '../i18n/locales.ts';
import { parallelOf } from '../markdown/paragraph-ids.ts';
import { pageOfPath } from '../markdown/source-refs.ts';

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

/** The prop every component inside a page's content takes. */
export interface OnPageProps {
	/**
	 * The page it stands on (`en/cases/nanjing`): set by the build in MDX pages
	 * (config/markdown/component-page.ts), passed on by components.
	 */
	onPage?: string | undefined;
}

/** What a component's context is read from: its `Astro` global (URL, locals, props). */
export interface ComponentAstro<T> {
	url: URL;
	locals: { t: T; uiText?: Partial<Record<Locale, T>> | undefined };
	props: OnPageProps;
}

/**
 * What a component inside a page's content writes for: the locale and base, the path of the page
 * its text belongs to, and UI strings in that locale. Usually the page being rendered; in a
 * parallel view (`/en/parallel/cases/nanjing/`) the page whose text it is, in that text's
 * language: from `onPage`, else the page the view shows in the view's language. `locals.uiText`
 * holds UI strings per language where a page renders text in both.
 * @example const { locale, base, t } = contentContext(Astro);
 */
export function contentContext<T>(
	astro: ComponentAstro<T>,
	base: string = import.meta.env.BASE_URL,
): PageContext & { pathname: string; t: T } {
	const { url, locals } = astro;
	const page = astro.props.onPage ? parseOnPage(astro.props.onPage) : undefined;
	const locale = page?.locale ?? localeFromPath(url.pathname, base);
	const t = locals.uiText?.[locale] ?? locals.t;
	if (page) return { locale, base, pathname: pageHref(base, locale, page.route), t };
	const shown = parallelOf(pageOfPath(url.pathname, base));
	return { locale, base, pathname: shown ? pageHref(base, locale, shown) : url.pathname, t };
}
