import type { APIRoute } from 'astro';
import { all } from '~/lib/content/collections';
import { casesJson } from '~/lib/tables/data-export';
import { EDITION } from '~/lib/content/edition';

export const GET: APIRoute = async ({ site }) =>
	new Response(casesJson(await all('cases'), { edition: EDITION.version, site: String(site) }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
