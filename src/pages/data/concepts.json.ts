import type { APIRoute } from 'astro';
import { all } from '~/lib/collections';
import { conceptsJson } from '~/lib/data-export';
import { EDITION } from '~/lib/edition';

export const GET: APIRoute = async ({ site }) =>
	new Response(
		conceptsJson(await all('concepts'), await all('cases'), {
			edition: EDITION.version,
			site: String(site),
		}),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
