import type { APIRoute } from 'astro';
import { all } from '~/lib/content/collections';
import { casesCsv } from '~/lib/tables/data-export';

export const GET: APIRoute = async () =>
	new Response(casesCsv(await all('cases')), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
