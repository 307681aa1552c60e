/**
 * A Sätteri hast plugin for MDX pages: tells every component on a page which page it stands on,
 * as `onPage="en/cases/nanjing"` (the locale folder and the route of the file). A component
 * writes its links, labels and source chips for that page and language (`contentContext()` in
 * src/lib/page/context.ts), so a page's text renders the same wherever it is shown: on its own page, or
 * as one language's column of a parallel view whose URL and interface are in the other language.
 * The URL alone cannot say that, and a per-request setting cannot either: Astro evaluates the
 * components of both columns together.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { visit } from 'unist-util-visit';
import { isMdxElement, type MdxElement, type Nodes } from './hast.ts';
import { isLocale } from '../../src/lib/i18n/locales.ts';
import { PARA_MARKER } from '../../src/lib/markdown/paragraph-ids.ts';

const DOCS = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

/**
 * `<locale>/<route>` of a page file, or undefined outside the docs collection.
 * @example onPageOf('/…/src/content/docs/en/cases/nanjing.mdx') // 'en/cases/nanjing'
 */
export function onPageOf(file: string): string | undefined {
	const path = relative(DOCS, file)
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return isLocale(path.split('/')[0]) && !path.startsWith('..') ? path : undefined;
}

const isComponent = (node: Nodes): node is MdxElement =>
	isMdxElement(node) && /^[A-Z]/.test(node.name ?? '') && node.name !== PARA_MARKER;

/** The plugin, for `satteri({ hastPlugins: [componentPage()] })` in astro.config.mjs. */
export function componentPage(): HastPluginDefinition {
	return {
		name: 'component-page',
		before(root, context) {
			if (context.sourceFormat !== 'mdx' || !context.fileURL) return;
			const page = onPageOf(fileURLToPath(context.fileURL));
			if (!page) return;
			visit(root, (node: Nodes) => {
				if (isComponent(node)) context.setProperty(node, 'onPage', page);
			});
		},
	};
}
