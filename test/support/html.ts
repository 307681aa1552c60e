/**
 * Built HTML read with a real HTML parser (Sätteri's, already used by the build) instead of
 * regular expressions: elements by id or tag, their attributes and their text.
 */
import { htmlToHast } from 'satteri';

/** An element or text node of a parsed page. */
export interface HtmlNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HtmlNode[];
}

/** Parses a whole HTML document. */
export const parseHtml = (html: string): HtmlNode => htmlToHast(html) as unknown as HtmlNode;

/** Every element below `node` (depth first) for which `test` holds. */
export function findAll(node: HtmlNode, test: (n: HtmlNode) => boolean): HtmlNode[] {
	const out: HtmlNode[] = [];
	const visit = (n: HtmlNode) => {
		if (n.type === 'element' && test(n)) out.push(n);
		for (const c of n.children ?? []) visit(c);
	};
	visit(node);
	return out;
}

/** The elements with a tag name. */
export const byTag = (node: HtmlNode, tag: string): HtmlNode[] =>
	findAll(node, (n) => n.tagName === tag);

/** The element with an id, or undefined. */
export const byId = (node: HtmlNode, id: string): HtmlNode | undefined =>
	findAll(node, (n) => n.properties?.id === id)[0];

/** An attribute (hast property) as a string; class lists are joined with spaces. */
export function attr(node: HtmlNode, name: string): string | undefined {
	const v = node.properties?.[name];
	return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
}

/** The text of a node, as a reader sees it (scripts and styles left out), spaces collapsed. */
export function textOf(node: HtmlNode): string {
	const parts: string[] = [];
	const visit = (n: HtmlNode) => {
		if (n.type === 'text') parts.push(n.value ?? '');
		if (n.tagName === 'script' || n.tagName === 'style') return;
		for (const c of n.children ?? []) visit(c);
	};
	visit(node);
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text of a node exactly as written (for `<pre>`: line breaks and spaces kept). */
export function rawText(node: HtmlNode): string {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(rawText).join('');
}
