/**
 * Freezing a built page: from the HTML the build published, what an edition keeps of it (its main
 * content, paragraph texts, heading ids, diagrams by cache key) and, the other way, the main
 * content an edition page shows. Pure functions over HTML strings.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Locale } from '../i18n/locales.ts';
import {
	attr,
	innerHtml,
	parseFragment,
	parseHtml,
	serialize,
	type Element,
	type Root,
} from '../html/hast.ts';
import type { FrozenDiagram, FrozenPage } from './store.ts';

/** The attribute a frozen page's diagram placeholder carries: its index in `FrozenPage.diagrams`. */
export const DIAGRAM_SLOT = 'data-edition-diagram';

/** Attributes that hold a URL of the site, which the store keeps without the base path. */
const URL_ATTRS = ['href', 'src'] as const;

/** Spaces as a reader sees them: runs collapsed, ends trimmed. */
const plain = (el: Element): string => toString(el).replace(/\s+/g, ' ').trim();

/** The base path without its final slash (`/guide`, or `` at the root). */
const baseOf = (base: string): string => base.replace(/\/$/, '');

/**
 * Removes every `<script>`: an edition keeps text, not the code of its time (whose files a later
 * build no longer has), and its pages carry only the scripts the current build ships.
 */
function dropScripts(node: Element | Root): void {
	node.children = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'script'));
	for (const c of node.children) if (c.type === 'element') dropScripts(c);
}

/**
 * What an edition keeps of one built page. `keyOf` gives the cache key of a diagram's SVG in
 * the page's language (from the diagram's current source, which is what the build rendered).
 * Throws when the page has no main content to freeze.
 */
export function freezePage(
	html: string,
	page: { locale: Locale; path: string; base: string; inputs: string },
	keyOf: (diagram: string) => string,
): FrozenPage {
	const tree = parseHtml(html);
	const content = select('.sl-markdown-content', tree);
	if (!content)
		throw new Error(
			`${page.locale}/${page.path}: no main content (.sl-markdown-content) to freeze`,
		);
	const title = plain(select('h1', tree) ?? content);
	const diagrams: FrozenDiagram[] = [];
	for (const figure of selectAll('figure[data-diagram]', content)) {
		const box = select('.diagram__svg', figure);
		const svg = box && select('svg', box);
		if (!box || !svg) continue;
		const id = attr(svg, 'id') ?? '';
		diagrams.push({
			key: keyOf(attr(figure, 'data-diagram') ?? ''),
			id,
			title: plain(select('title', svg) ?? svg),
			desc: plain(select('desc', svg) ?? svg),
		});
		box.properties.dataEditionDiagram = String(diagrams.length - 1);
		box.children = [];
	}
	dropScripts(content);
	const prefix = baseOf(page.base);
	visit(content, 'element', (el: Element) => {
		for (const name of URL_ATTRS) {
			const value = attr(el, name);
			if (value && prefix && (value === prefix || value.startsWith(`${prefix}/`)))
				el.properties[name] = value.slice(prefix.length) || '/';
		}
	});
	return {
		locale: page.locale,
		path: page.path,
		title,
		html: innerHtml(content),
		paragraphs: selectAll('[id^="p-"]', content).map((el) => ({
			id: attr(el, 'id')!,
			text: plain(el),
		})),
		headings: selectAll('h2[id], h3[id]', content).map((el) => ({
			id: attr(el, 'id')!,
			depth: el.tagName === 'h2' ? 2 : 3,
			text: plain(el),
		})),
		diagrams,
		inputs: page.inputs,
	};
}

/**
 * The main content of a frozen page as an edition page shows it: the base path put back into
 * its links (a link to a page the edition also holds goes to the edition's copy, via `within`)
 * and each diagram's SVG inlined from `svgOf`.
 */
export function thawHtml(
	page: FrozenPage,
	opts: {
		base: string;
		within: (href: string) => string | undefined;
		svgOf: (d: FrozenDiagram) => string;
	},
): string {
	const tree = parseFragment(page.html);
	dropScripts(tree);
	const prefix = baseOf(opts.base);
	visit(tree, 'element', (el: Element) => {
		for (const name of URL_ATTRS) {
			const value = attr(el, name);
			if (!value?.startsWith('/') || value.startsWith('//')) continue;
			el.properties[name] = `${prefix}${(name === 'href' && opts.within(value)) || value}`;
		}
		const slot = attr(el, DIAGRAM_SLOT);
		if (slot !== undefined) {
			const diagram = page.diagrams[Number(slot)];
			if (diagram) el.children = parseFragment(opts.svgOf(diagram)).children as Element[];
			delete el.properties.dataEditionDiagram;
		}
	});
	return serialize(tree);
}
