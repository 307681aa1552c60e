/**
 * Built HTML read as hast, with the project's one HTML reader (src/lib/html/hast.ts: the parser
 * the build uses, `hast-util-select` for CSS selectors, `unist-util-visit` for walks), plus what
 * only tests need. Tests read pages through these helpers, never with regular expressions, so
 * markup that only looks like an element (an attribute value, a script string, escaped text in
 * a code block) is never counted.
 */
import type { Element, Nodes } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { attr } from '../../src/lib/html/hast.ts';

export {
	attr,
	childElements,
	innerHtml,
	isRedirect,
	parseFragment,
	parseHtml,
	refreshTarget,
	serialize,
	type Element,
	type Root,
} from '../../src/lib/html/hast.ts';
export { select, selectAll };

/** Every element below `node` (depth first, document order) for which `test` holds. */
export function findAll(node: Nodes, test: (el: Element) => boolean): Element[] {
	const out: Element[] = [];
	visit(node, 'element', (el: Element) => {
		if (test(el)) out.push(el);
	});
	return out;
}

/** The elements with a tag name (HTML and SVG alike: `title` finds an SVG's `<title>` too). */
export const byTag = (node: Nodes, tag: string): Element[] =>
	findAll(node, (el) => el.tagName === tag);

/** The first element with an id, or undefined. */
export const byId = (node: Nodes, id: string): Element | undefined =>
	findAll(node, (el) => el.properties.id === id)[0];

/** The class names of an element. */
export const classesOf = (el: Element): string[] => (attr(el, 'className') ?? '').split(/\s+/);

/** Elements a reader never sees as text. */
const UNREAD = new Set(['script', 'style']);

/**
 * The text of a node as a reader sees it: scripts and styles left out, text nodes joined with a
 * space (so adjacent blocks never run together) and spaces collapsed.
 */
export function textOf(node: Nodes): string {
	const parts: string[] = [];
	visit(node, (n) => {
		if (n.type === 'element' && UNREAD.has(n.tagName)) return SKIP;
		if (n.type === 'text') parts.push(n.value);
		return undefined;
	});
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of a node exactly as written (`textContent`: for `<pre>`, line breaks and spaces kept). */
export const rawText = (node: Nodes): string => toString(node);

/**
 * The elements a selector matches that belong to the page itself, not to an inline `<svg>` (the
 * parser reads SVG as foreign content: its `<title>` or `<a>` belongs to the drawing).
 */
export function pageElements(selector: string, tree: Nodes): Element[] {
	const drawing = new Set(selectAll('svg *', tree));
	return selectAll(selector, tree).filter((el) => !drawing.has(el));
}

/** Ids defined in a page (anchor targets), as the parser reads them (entities decoded). */
export const idsIn = (tree: Nodes): Set<string> =>
	new Set(findAll(tree, (el) => typeof el.properties.id === 'string').map((el) => attr(el, 'id')!));

/** `href` of `<a>` and `<link>` elements and `src` of `<script>` and `<img>`, in document order. */
export const linksIn = (tree: Nodes): string[] =>
	selectAll('a[href], link[href], script[src], img[src]', tree).map((el) =>
		attr(el, el.tagName === 'a' || el.tagName === 'link' ? 'href' : 'src')!,
	);
