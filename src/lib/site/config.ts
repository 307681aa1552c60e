/**
 * Locales and sidebar, typed against Starlight's config. Both locales are prefixed; zh first.
 *
 * Every sidebar entry that is a page names only its slug: Starlight labels it with the page's
 * `sidebar.label`, else its title, in each language, so the sidebar and the page's h1 cannot
 * disagree (the checker allows `sidebar.label` on index pages only). The case entries come from
 * the case data, in its `order`: adding a case adds its entry.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { LANG_TAGS } from '../i18n/locales.ts';

export const locales = {
	zh: { label: '简体中文', lang: LANG_TAGS.zh },
	en: { label: 'English', lang: LANG_TAGS.en },
} satisfies StarlightUserConfig['locales'];

/** The site's name in each language (Starlight's `title`, the web app manifest's `name`). */
export const SITE_TITLE = {
	'zh-CN': '社区治理改革导读',
	en: "Community Governance Reform: A Reader's Guide",
} as const satisfies Record<(typeof LANG_TAGS)[keyof typeof LANG_TAGS], string>;

/** The name under an app's icon on a home screen, where about a dozen characters fit. */
export const SITE_SHORT_TITLE = { 'zh-CN': '社区治理导读', en: 'Governance Guide' } as const;

/** A case as far as the sidebar needs it: its id (the page is `cases/<id>`) and its position. */
export interface SidebarCase {
	id: string;
	/** `order` from the case's YAML; a case without a readable one goes last. */
	order?: number | undefined;
}

/** A group of entries, labelled in both languages (a group is no page, so it has no title). */
const group = (zh: string, en: string, slugs: string[]) => ({
	label: en,
	translations: { [LANG_TAGS.zh]: zh },
	items: slugs.map((slug) => ({ slug })),
});

/**
 * The case pages' slugs in the order of the case data (then by id).
 * @example caseSlugs([{ id: 'b', order: 2 }, { id: 'a', order: 1 }]) // ['cases/a', 'cases/b']
 */
export function caseSlugs(cases: readonly SidebarCase[]): string[] {
	const position = (c: SidebarCase) => c.order ?? Number.POSITIVE_INFINITY;
	return [...cases]
		.sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id))
		.map((c) => `cases/${c.id}`);
}

/**
 * The site's sidebar for the cases there are. One function for the site config, the checker's
 * command line and the generated pages (concepts, parallel views), so all three agree.
 */
export function siteSidebar(cases: readonly SidebarCase[]) {
	return [
		{ slug: 'index' },
		group('论文', 'The paper', [
			'paper',
			'paper/introduction',
			'paper/involution',
			'paper/reform-paths',
			'paper/conclusions',
		]),
		group('案例', 'Cases', ['cases', ...caseSlugs(cases)]),
		group('工具', 'Tools', ['compare', 'concepts', 'timeline']),
		group('关于', 'About', ['cite', 'about']),
	] satisfies StarlightUserConfig['sidebar'];
}

export type SiteSidebar = ReturnType<typeof siteSidebar>;

/**
 * The sidebar with the entry for `slug` marked as the reader's place (`aria-current="true"`,
 * styled like the current page in src/styles/site.css): generated pages that have no entry of
 * their own (a concept, a parallel view) mark the entry they belong to.
 */
export function markCurrent(sidebar: SiteSidebar, slug: string) {
	return sidebar.map((entry) =>
		'items' in entry
			? {
					...entry,
					items: entry.items.map((item) =>
						item.slug === slug ? { ...item, attrs: { 'aria-current': 'true' as const } } : item,
					),
				}
			: entry,
	);
}
