/**
 * The lead of each part of a page: the text of the first paragraph under each heading, read from
 * the page's MDX source with the parser the build uses. The link previews show it for a link to a
 * part of the paper summary, so a reader sees what the part says without opening it.
 */
import Slugger from 'github-slugger';
import { isJsx, parseMdx, type MdxNode } from './mdx-tree.ts';

/** A component inside a paragraph, as the lead sees it. */
export interface InlineComponent {
	name: string;
	/** Its string attributes as written (`id="x"`); computed values are not read. */
	attrs: Record<string, string>;
	/** The text of its children (a `<PageLink>`'s label). */
	text: string;
}

/**
 * What a component reads as in running text: a term's name, a case's short name, a link's label;
 * `undefined` keeps the text of its children. Source chips and paragraph markers read as nothing.
 */
export type ResolveComponent = (component: InlineComponent) => string | undefined;

type Node = MdxNode;

const attrsOf = (node: Node): Record<string, string> =>
	Object.fromEntries(
		(node.attributes ?? []).flatMap((a) =>
			a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string'
				? [[a.name, a.value]]
				: [],
		),
	);

function textOf(node: Node, resolve: ResolveComponent): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	const inner = (node.children ?? []).map((c) => textOf(c, resolve)).join('');
	if (!isJsx(node)) return inner;
	return resolve({ name: node.name ?? '', attrs: attrsOf(node), text: inner }) ?? inner;
}

/** Collapses white space; a space left before CJK punctuation or after a bracket goes. */
const tidy = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.replace(/\s+([，。；：、）」”！？,.;:!?)])/g, '$1')
		.trim();

/** A heading's text and the first paragraph under it. */
export interface Lead {
	heading: string;
	text: string;
}

/**
 * The first paragraph under each heading of an MDX page, keyed by the heading's id ('' for the
 * text before the first heading), in the page's reading order.
 * @example headingLeads('Intro.\n\n## Grid { #grid }\n\nThe <Term id="grid-management" />.', ({ name }) => (name === 'Term' ? 'grid' : undefined))
 * // Map { '' => { heading: '', text: 'Intro.' }, 'grid' => { heading: 'Grid', text: 'The grid.' } }
 */
export function headingLeads(source: string, resolve: ResolveComponent): Map<string, Lead> {
	const root = parseMdx(source);
	const slugger = new Slugger();
	const leads = new Map<string, Lead>();
	let heading = { id: '', text: '' };
	for (const node of root.children ?? []) {
		if (node.type === 'heading') {
			const explicit = node.data?.hProperties?.id;
			const text = tidy(textOf(node, resolve));
			heading = { id: typeof explicit === 'string' ? explicit : slugger.slug(text), text };
		} else if (node.type === 'paragraph' && !leads.has(heading.id)) {
			const text = tidy(textOf(node, resolve));
			if (text) leads.set(heading.id, { heading: heading.text, text });
		}
	}
	return leads;
}
