/**
 * The names and terms the search dialog works with (src/scripts/search/ui.ts), all of them shown on
 * the site's pages: each concept's and case's names in both languages (term or name, short name,
 * place, aliases, pinyin) with the page they name, and the paper's title and keywords. The dialog
 * uses them to recognise a slip ("Shenyeng", "同陵") or pinyin typed without spaces, and to put
 * the page a name belongs to first when someone types exactly that name.
 */
import type { APIRoute } from 'astro';
import { all } from '~/lib/content/collections';
import type { SearchTerms } from '~/lib/search/query';

export const GET: APIRoute = async () => {
	const [concepts, cases, [paper]] = await Promise.all([
		all('concepts'),
		all('cases'),
		all('paper'),
	]);
	const terms: SearchTerms = {
		pages: [
			...concepts.map(({ id, data: c }) => ({
				path: `concepts/${id}/`,
				names: [c.term.zh, c.term.en, c.pinyin, ...c.aliases.zh, ...c.aliases.en],
			})),
			...cases.map(({ id, data: c }) => ({
				path: `cases/${id}/`,
				names: [c.name.zh, c.name.en, c.short.zh, c.short.en, ...c.aliases.zh, ...c.aliases.en],
			})),
		],
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
