/**
 * Backlinks: where a page's text uses a concept. Read from the page's MDX source with the parser
 * the build uses, so a concept page lists exactly the places a reader meets the term: each
 * `<Term id>`, each `<PageLink page="concepts/…">` and each markdown link to a concept page, with
 * the paragraph it stands in (its `p-…` id) or, outside a paragraph with an id (a table, a heading),
 * the heading above it.
 */
import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from './mdx-features.ts';
import { PARA_MARKER } from './paragraph-ids.ts';

/** One use of a concept on a page. */
export interface ConceptUse {
	concept: string;
	/** The paragraph id, else the id of the heading above, else '' (the top of the page). */
	anchor: string;
	/** The text of the heading above ('' before the first heading). */
	heading: string;
}

interface Node {
	type: string;
	value?: string;
	url?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	data?: { hProperties?: { id?: unknown } };
	children?: Node[];
}

const isJsx = (node: Node) =>
	node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** A string attribute of a JSX element as written (`id="x"`); computed values are not read. */
const stringAttr = (node: Node, name: string): string | undefined => {
	const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
};

const CONCEPT_URL = /(?:^|\/)concepts\/([a-z0-9-]+)\/?(?:#.*)?$/;

/** The concept a node names, when it is a term, a page link or a link to a concept page. */
function conceptOf(node: Node): string | undefined {
	if (isJsx(node) && node.name === 'Term') return stringAttr(node, 'id');
	if (isJsx(node) && node.name === 'PageLink')
		return CONCEPT_URL.exec(stringAttr(node, 'page') ?? '')?.[1];
	if (node.type === 'link') return CONCEPT_URL.exec(node.url ?? '')?.[1];
	return undefined;
}

const textOf = (node: Node): string =>
	node.type === 'text' || node.type === 'inlineCode'
		? (node.value ?? '')
		: (node.children ?? []).map(textOf).join('');

/** The id a paragraph gives itself with a `<Para id>` marker among its own children. */
const markerId = (p: Node | undefined): string | undefined =>
	p?.type === 'paragraph'
		? (p.children ?? [])
				.filter((c) => isJsx(c) && c.name === PARA_MARKER)
				.map((c) => stringAttr(c, 'id'))
				.find(Boolean)
		: undefined;

/**
 * Every use of a concept in an MDX page's source, in reading order. A concept used twice in one
 * paragraph counts once there.
 * @example conceptUses('## Grid { #grid }\n\n<Para id="p-a" />The <Term id="grid-management" />.')
 * // [{ concept: 'grid-management', anchor: 'p-a', heading: 'Grid' }]
 */
export function conceptUses(source: string): ConceptUse[] {
	const root = mdxToMdast(source, { features: MDX_FEATURES }) as unknown as Node;
	const slugger = new Slugger();
	const uses: ConceptUse[] = [];
	let heading = { id: '', text: '' };
	const add = (concept: string, anchor: string) => {
		if (!uses.some((u) => u.concept === concept && u.anchor === anchor))
			uses.push({ concept, anchor, heading: heading.text });
	};
	const visit = (node: Node, para: string | undefined) => {
		if (node.type === 'heading') {
			const explicit = node.data?.hProperties?.id;
			const text = textOf(node).trim();
			heading = { id: typeof explicit === 'string' ? explicit : slugger.slug(text), text };
		}
		const own =
			node.type === 'paragraph'
				? markerId(node)
				: node.type === 'listItem'
					? markerId(node.children?.[0])
					: undefined;
		const here = own ?? para;
		const concept = conceptOf(node);
		if (concept) add(concept, here ?? heading.id);
		for (const child of node.children ?? []) visit(child, here);
	};
	visit(root, undefined);
	return uses;
}

/** A page's MDX source as the backlinks read it. */
export interface PageSource {
	/** The route without locale, e.g. `paper/conclusions`. */
	route: string;
	title: string;
	body: string;
}

/** The places on one page that use a concept, in reading order. */
export interface Backlink {
	route: string;
	title: string;
	/** `n` counts the uses under the same heading (1, 2, …), so their links can be told apart. */
	uses: (Omit<ConceptUse, 'concept'> & { n: number })[];
}

const parsed = new Map<string, ConceptUse[]>();
/** One parse per page source, however many concept pages ask. */
const usesOf = (body: string): ConceptUse[] => {
	let uses = parsed.get(body);
	if (!uses) parsed.set(body, (uses = conceptUses(body)));
	return uses;
};

/**
 * Every page among `pages` that uses `concept`, in the order of `routes` (the sidebar's reading
 * order; pages it does not list come last, by route), with each paragraph where it is used.
 * @example backlinks('involution', [{ route: 'paper', title: 'P', body: '<Para id="p-a" /><Term id="involution" />' }], ['paper'])
 * // [{ route: 'paper', title: 'P', uses: [{ anchor: 'p-a', heading: '', n: 1 }] }]
 */
export function backlinks(
	concept: string,
	pages: readonly PageSource[],
	routes: readonly string[],
): Backlink[] {
	const rank = (route: string) => {
		const i = routes.indexOf(route);
		return i === -1 ? routes.length : i;
	};
	return [...pages]
		.sort((a, b) => rank(a.route) - rank(b.route) || a.route.localeCompare(b.route))
		.map((page) => ({
			route: page.route,
			title: page.title,
			uses: usesOf(page.body)
				.filter((u) => u.concept === concept)
				.map(({ anchor, heading }, i, all) => ({
					anchor,
					heading,
					n: all.slice(0, i + 1).filter((u) => u.heading === heading).length,
				})),
		}))
		.filter((page) => page.uses.length > 0);
}
