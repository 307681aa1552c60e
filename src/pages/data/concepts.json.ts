import type { APIRoute } from 'astro';
import { all } from '~/lib/content/collections';
import { conceptsJson, exportMeta } from '~/lib/tables/data-export';
import { EDITION } from '~/lib/content/edition';
import { isPlaceholderSite } from '~/lib/site/url';

export const GET: APIRoute = async ({ site }) =>
	new Response(
		conceptsJson(
			await all('concepts'),
			await all('cases'),
			exportMeta(EDITION.version, String(site), isPlaceholderSite(site)),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
