/** Request data the site's own components share (Starlight declares `t` and `starlightRoute`). */
declare namespace App {
	interface Locals {
		/**
		 * UI strings per language, on a page that renders text in both (a parallel view): the
		 * components of each language's text read theirs through `contentContext()` (src/lib/page/context.ts).
		 */
		uiText?: Partial<Record<import('./lib/i18n/locales').Locale, App.Locals['t']>> | undefined;
	}
}
