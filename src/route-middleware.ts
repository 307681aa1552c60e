/**
 * Starlight route middleware: runs for every page before it renders.
 *
 * Starlight's `<Head>` writes each head entry's content with `set:html`, so a page title holding
 * markup (`</title><script>…`) would be published as markup. The checker refuses such titles;
 * this makes sure that, whatever a title holds, the `<title>` element carries only its text.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeText } from './lib/head-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head)
		if (entry.tag === 'title' && entry.content) entry.content = escapeText(entry.content);
});
