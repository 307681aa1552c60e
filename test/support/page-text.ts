/**
 * The visible text of a built page as blocks, read as hast (test/support/html.ts): one string per block of
 * text (paragraph, list item, table cell, heading, SVG label …), inline elements joined into
 * their block. Used by the copy guard, which must not join text across blocks.
 */
import type { Nodes } from 'hast';
import { attr, parseHtml, selectAll, type Element } from './html.ts';

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
	const root = parseHtml(html);
	const skipped = new Set<Element>(options.skip?.flatMap((s) => selectAll(s, root)) ?? []);
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		const text = current.replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		current = '';
	};
	const visit = (node: Nodes) => {
		if (node.type === 'text') {
			current += node.value;
			return;
		}
		if (node.type === 'root') return node.children.forEach(visit);
		if (node.type !== 'element') return;
		if (HIDDEN.has(node.tagName) || attr(node, 'hidden') !== undefined) return;
		const inline = INLINE.has(node.tagName) && !skipped.has(node);
		if (!inline) flush();
		if (!skipped.has(node)) node.children.forEach(visit);
		if (!inline) flush();
	};
	visit(root);
	flush();
	return blocks;
}
