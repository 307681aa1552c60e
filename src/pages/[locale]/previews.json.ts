/**
 * The link previews of one language (`/zh/previews.json`, `/en/previews.json`): the definition
 * of each concept, the summary of each case and the lead of each part of the paper summary, with
 * the paper sections they come from (src/lib/previews/previews.ts). The preview script
 * (src/scripts/previews/) fetches it once, when a reader first points at or focuses a link.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { all, pageSources } from '~/lib/content/collections';
import { LANG_TAGS, LOCALES, type Locale } from '~/lib/i18n/locales';
import { buildPreviews } from '~/lib/previews/previews';

export const getStaticPaths = (() =>
	LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
	const [concepts, cases, sections, pages, strings] = await Promise.all([
		all('concepts'),
		all('cases'),
		all('sections'),
		pageSources(locale, ['paper', 'cases']),
		getCollection('i18n'),
	]);
	// Starlight names each file after its language tag, in lower case (zh-cn.json).
	const ui = strings.find((e) => e.id.toLowerCase() === LANG_TAGS[locale].toLowerCase())?.data;
	const file = buildPreviews(
		{
			concepts: concepts.map(({ id, data: c }) => ({
				id,
				term: c.term,
				pinyin: c.pinyin,
				definition: { ...c.definition, sources: ids(c.definition.sources) },
			})),
			cases: cases.map(({ id, data: c }) => ({
				id,
				name: c.name,
				summary: { ...c.summary, sources: ids(c.summary.sources) },
			})),
			sections: sections.map(({ id, data: s }) => ({
				id,
				page: s.page,
				anchor: s.anchor,
				order: s.order,
				label: s.label,
			})),
			pages,
			sourceLabel: ui?.['src.title'] ?? '',
		},
		locale,
	);
	return new Response(JSON.stringify(file), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
