/**
 * The names and terms the search dialog works with (src/scripts/search/ui.ts), all of them shown on
 * the site's pages or given as a page's search aliases: each concept's and case's names in both
 * languages (term or name, short name, place, aliases, pinyin), every page's title in both
 * languages (as search results show it) with its aliases (`searchAliases` in its frontmatter),
 * and the paper's title and keywords. The dialog uses them to recognise a slip ("Shenyeng",
 * "同陵") or pinyin typed without spaces, to put the page a name belongs to first when someone
 * types that name, and to show a result from the other language under this language's title.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { all } from '~/lib/content/collections';
import { LANG_TAGS, LOCALES, type Locale } from '~/lib/i18n/locales';
import { PAGE_TYPES, pageType, resultTitle } from '~/lib/page/type';
import type { SearchTerms } from '~/lib/search/query';

type Labels = Partial<Record<Locale, Record<string, string>>>;

/** The page-type labels of search results ("概念", "Concept"), by language. */
async function typeLabels(): Promise<Labels> {
	const strings = await getCollection('i18n');
	// Starlight names each file after its language tag, in lower case (zh-cn.json).
	const of = (l: Locale) => strings.find((e) => e.id.toLowerCase() === LANG_TAGS[l].toLowerCase());
	return Object.fromEntries(LOCALES.map((l) => [l, of(l)?.data ?? {}]));
}

/** A page's titles as search results show them, from its title in each language. */
function titlesOf(route: string, title: Record<Locale, string>, labels: Labels) {
	const type = (l: Locale) => labels[l]?.[`pageType.${pageType(route)}`] ?? '';
	return Object.fromEntries(LOCALES.map((l) => [l, resultTitle(route, title[l], type(l), l)]));
}

/** Each docs page by its path after the locale, with its title and aliases in each language. */
async function docsPages(labels: Labels): Promise<SearchTerms['pages']> {
	const byPath = new Map<string, SearchTerms['pages'][number]>();
	for (const { id, data } of await getCollection('docs')) {
		const [locale, ...rest] = id.split('/') as [Locale, ...string[]];
		const route = rest.join('/').replace(/(^|\/)index$/, '');
		const path = route ? `${route}/` : '';
		const type = labels[locale]?.[`pageType.${pageType(route)}`] ?? '';
		const page = byPath.get(path) ?? { path, names: [], titles: {} };
		page.names.push(data.title, ...data.searchAliases);
		page.titles![locale] = resultTitle(route, data.title, type, locale);
		byPath.set(path, page);
	}
	return [...byPath.values()];
}

export const GET: APIRoute = async () => {
	const labels = await typeLabels();
	const [concepts, cases, [paper], docs] = await Promise.all([
		all('concepts'),
		all('cases'),
		all('paper'),
		docsPages(labels),
	]);
	const names = new Map(docs.map((d) => [d.path, d]));
	const withDocs = (path: string, more: string[], titles?: Record<string, string>) => {
		const page = names.get(path);
		names.delete(path);
		return { path, names: [...more, ...(page?.names ?? [])], titles: titles ?? page?.titles ?? {} };
	};
	const terms: SearchTerms = {
		pages: [
			...concepts.map(({ id, data: c }) =>
				withDocs(
					`concepts/${id}/`,
					[c.term.zh, c.term.en, c.pinyin, ...c.aliases.zh, ...c.aliases.en],
					titlesOf(`concepts/${id}`, c.term, labels),
				),
			),
			...cases.map(({ id, data: c }) =>
				withDocs(`cases/${id}/`, [
					c.name.zh,
					c.name.en,
					c.short.zh,
					c.short.en,
					...c.aliases.zh,
					...c.aliases.en,
				]),
			),
			...names.values(),
		],
		filters: Object.fromEntries(
			LOCALES.map((l) => [
				l,
				{
					name: labels[l]?.['pageType.filter'] ?? '',
					values: Object.fromEntries(
						PAGE_TYPES.map((t) => [t, labels[l]?.[`pageType.${t}`] ?? '']),
					),
				},
			]),
		),
		phrases: paper
			? [
					paper.data.title.zh,
					paper.data.title.en,
					...paper.data.keywords.flatMap((k) => [k.zh, k.en]),
				]
			: [],
	};
	return new Response(JSON.stringify(terms), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
