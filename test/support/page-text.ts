/**
 * The visible text of a built page as blocks, read with a DOM parser: one string per block of
 * text (paragraph, list item, table cell, heading, SVG label …), inline elements joined into
 * their block. Used by the copy guard, which must not join text across blocks.
 */
import { HTMLElement, NodeType, TextNode, parse, type Node } from 'node-html-parser';

/** Elements whose text stays inside the surrounding block. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'dfn',
	'em',
	'i',
	'kbd',
	'mark',
	'q',
	'ruby',
	'rt',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'tspan',
]);

/** Elements a reader does not see as text. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head']);

export interface TextOptions {
	/** Elements to leave out entirely (CSS selectors); their place ends the current block. */
	skip?: string[];
}

/**
 * The blocks of visible text of an HTML document, in document order, whitespace collapsed.
 * @example textBlocks('<p>甲<a>乙</a></p><p>丙</p>') // → ['甲乙', '丙']
 */
export function textBlocks(html: string, options: TextOptions = {}): string[] {
	const root = parse(html, { comment: false });
	const skipped = new Set<Node>(options.skip?.flatMap((s) => root.querySelectorAll(s)) ?? []);
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		const text = current.replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		current = '';
	};
	const visit = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			current += (node as TextNode).text;
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const tag = node.rawTagName?.toLowerCase() ?? '';
		if (HIDDEN.has(tag) || node.hasAttribute('hidden')) return;
		const inline = INLINE.has(tag) && !skipped.has(node);
		if (!inline) flush();
		if (!skipped.has(node)) node.childNodes.forEach(visit);
		if (!inline) flush();
	};
	visit(root);
	flush();
	return blocks;
}
