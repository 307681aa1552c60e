/**
 * Starlight route middleware: per-page data computed once, here, instead of in component
 * overrides. It adds the head metadata for reference managers (Dublin Core, JSON-LD; see
 * src/lib/page-metadata.ts) to every page except the not-found page.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { entry } from '~/lib/collections';
import { headEntries } from '~/lib/page-metadata';
import { pageMeta } from '~/lib/page';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.id === '404' || context.url.pathname.endsWith('/404/')) return;
	const paper = await entry('paper', 'paper');
	const page = pageMeta(route, context.url, context.site);
	route.head.push(...headEntries(page, paper.data));
});
