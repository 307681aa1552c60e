/** What the pages of a locale place: the components the site-wide checks look for. */
import { type Locale } from '../../../src/lib/i18n/locales.ts';
import { modelOf, type Context } from '../../context.ts';

export const TABLE_FOR_KIND = {
	'reform-model': 'reform-models',
	'early-model': 'early-models',
} as const;

/** Components of a kind placed on the pages of a locale. */
export const placed = (ctx: Context, locale: Locale, name: string) =>
	ctx.project.pages
		.filter((p) => p.locale === locale)
		.flatMap((p) => (modelOf(p)?.components ?? []).filter((c) => c.name === name));

/** Is any page of a locale unreadable (then "not placed" cannot be told)? */
export const unsure = (ctx: Context, locale: Locale) =>
	ctx.project.pages.some((p) => p.locale === locale && !modelOf(p));
