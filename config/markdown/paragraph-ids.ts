/**
 * A Sätteri hast plugin for MDX pages: turns `<Para id="p-…" retired="p-old" />` at the start of
 * a paragraph or list item into the id of that `<p>` or `<li>` (src/lib/markdown/paragraph-ids.ts), with
 * an empty anchor for each retired id where the marker was and a "¶" link to the paragraph at its
 * end. The "¶" is CSS generated content (src/styles/site.css): copying a paragraph copies its
 * words, not the pilcrow; the link's name is its `aria-label`, in the page's language.
 *
 * The checker refuses a marker anywhere else (content check, before the build); should one reach
 * the build anyway, the build stops here, naming the page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { isElement, jsxAttr, type Element, type MdxElement } from './hast.ts';
import { LANG_TAGS, LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import {
	PARA_END_CLASS,
	PARA_LINK_CLASS,
	PARA_MARKER,
	PARA_RETIRED_CLASS,
	retiredIds,
} from '../../src/lib/markdown/paragraph-ids.ts';

type Ctx = HastVisitorContext;

/** The "¶" link's accessible name per locale, from the site's UI strings (read once). */
const labels = new Map<Locale, string>();
function linkLabel(locale: Locale): string {
	if (!labels.has(locale)) {
		const file = new URL(`../../src/content/i18n/${LANG_TAGS[locale]}.json`, import.meta.url);
		const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		labels.set(locale, strings['para.link'] ?? '¶');
	}
	return labels.get(locale)!;
}

/** The locale of a page from its file path (src/content/docs/<locale>/…). */
function localeOf(file: URL | undefined): Locale | undefined {
	const path = file ? fileURLToPath(file).replace(/\\/g, '/') : '';
	return LOCALES.find((l) => path.includes(`/src/content/docs/${l}/`));
}

const element = (tagName: string, properties: Element['properties']): Element => ({
	type: 'element',
	tagName,
	properties,
	children: [],
});

/** A marker the build cannot place: stop, naming the page and the fix. */
function misplaced(ctx: Ctx, id: string | undefined): never {
	const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX page';
	throw new Error(
		`${file}: <${PARA_MARKER} id="${id ?? ''}" /> must be the first thing in a paragraph or list item (run \`npm run check:content\`)`,
	);
}

/**
 * The element that takes the id: the list item when the marker opens its first paragraph (a
 * loose list) or the item itself (a tight list), else the paragraph.
 */
function targetOf(parent: Element, ctx: Ctx): Element {
	if (isElement(parent, 'li')) return parent;
	const grand = ctx.parent(parent);
	const first = grand?.children.find((c) => c.type === 'element');
	return isElement(grand, 'li') && first === parent ? grand : parent;
}

/** Moves one marker's id onto its block; anchors for retired ids; the "¶" link at the end. */
function place(marker: MdxElement, ctx: Ctx, label: string) {
	const id = jsxAttr(marker, 'id');
	const parent = ctx.parent(marker);
	if (!id || !isElement(parent, 'p', 'li')) misplaced(ctx, id);
	ctx.setProperty(targetOf(parent, ctx), 'id', id);
	const anchors = retiredIds(jsxAttr(marker, 'retired')).map((old) =>
		element('span', { id: old, class: PARA_RETIRED_CLASS }),
	);
	ctx.replaceNode(marker, anchors);
	const link = element('a', { class: PARA_LINK_CLASS, href: `#${id}`, 'aria-label': label });
	// In a list item with a sub-list, the link ends the item's own text, before the sub-list.
	const children = parent.children;
	const nested = children.find((c) => isElement(c, 'ul', 'ol'));
	// A source chip that ends the text goes into one unbreakable span with the link, so that the
	// "¶" never wraps onto a line of its own after the chip (site.css: .para-end).
	const own = nested ? children.slice(0, children.indexOf(nested)) : children;
	const last = own.filter((c) => !(c.type === 'text' && !c.value.trim())).at(-1);
	if (last?.type === 'mdxJsxTextElement' && last.name === 'Src') {
		ctx.replaceNode(last, {
			...element('span', { class: PARA_END_CLASS }),
			children: [last, link],
		});
	} else if (nested) ctx.insertBefore(nested, link);
	else ctx.appendChild(parent, link);
}

/** The plugin, for `satteri({ hastPlugins: [paragraphIds()] })` in astro.config.mjs. */
export function paragraphIds(): HastPluginDefinition {
	return {
		name: 'paragraph-ids',
		mdxJsxTextElement: {
			filter: [PARA_MARKER],
			visit(node, context) {
				if (context.sourceFormat !== 'mdx') return;
				const locale = localeOf(context.fileURL) ?? 'en';
				place(node, context, linkLabel(locale));
			},
		},
		mdxJsxFlowElement: {
			filter: [PARA_MARKER],
			visit(node, context) {
				misplaced(context, jsxAttr(node, 'id'));
			},
		},
	};
}
