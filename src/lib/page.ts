/**
 * Where a component is rendered: its locale and the site's base path.
 */
import { localeFromPath, type Locale } from './i18n.ts';

export interface PageContext {
	locale: Locale;
	base: string;
}

/** The locale and base of the page being rendered, from its URL. */
export function pageContext(url: URL, base: string): PageContext {
	return { locale: localeFromPath(url.pathname, base), base };
}
