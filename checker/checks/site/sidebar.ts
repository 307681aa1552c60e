/** The sidebar: every entry points at a page that exists in both languages. */
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { type Check, type Context } from '../../context.ts';
import type { Report } from '../../report.ts';
import { hintFor } from '../../suggest.ts';
import { fieldName } from '../data.ts';

/** An item of Starlight's sidebar config, as far as the check needs. */
export interface SidebarItem {
	label?: string;
	slug?: string;
	link?: string;
	items?: SidebarItem[];
}

/** Every sidebar entry (src/lib/site/config.ts) points at a page that exists in both languages. */
export function checkSidebar(sidebar: readonly SidebarItem[]): Check {
	const slugs = (
		items: readonly SidebarItem[],
		path: PropertyKey[],
	): { slug: string; label: string | undefined; path: PropertyKey[] }[] =>
		items.flatMap((item, i) => [
			...(item.slug !== undefined
				? [{ slug: item.slug, label: item.label, path: [...path, i] }]
				: []),
			...slugs(item.items ?? [], [...path, i, 'items']),
		]);
	return (ctx: Context, report: Report) => {
		for (const { slug, label, path } of slugs(sidebar, [])) {
			const route = slug === 'index' ? '' : slug.replace(/\/index$/, '');
			for (const locale of LOCALES) {
				if (ctx.routes[locale].has(route)) continue;
				report({
					file: 'src/lib/site/config.ts',
					tag: 'unknown-page',
					message: `sidebar entry ${label ? `"${label}"` : fieldName(path)} (slug "${slug}") has no ${locale} page`,
					hint: `${hintFor(route, ctx.routes[locale], 'page')} (a renamed page also needs its new slug here)`,
				});
			}
		}
	};
}
