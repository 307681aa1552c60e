/**
 * What the checker reads from an MDX page, parsed by the parser the build itself uses: Sätteri
 * (Astro's markdown processor here, see astro.config.mjs) with the same features. Components over
 * several lines, expression attributes (`id={"x"}`), setext headings, `{ #id }` heading ids and
 * markdown links come out exactly as the build sees them; a syntax error becomes one message.
 */
import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../src/lib/markdown/mdx-features.ts';
import { PARA_MARKER } from '../src/lib/markdown/paragraph-ids.ts';

/** An attribute as written: a string, a computed expression, or a bare (boolean) attribute. */
export type AttrValue =
	{ kind: 'string'; value: string } | { kind: 'expression'; source: string } | { kind: 'boolean' };

/** A JSX element in the page: a component (`<Src>`) or an HTML element (`<div>`). */
export interface ElementUse {
	name: string;
	attrs: Record<string, AttrValue>;
	/** The source of each spread attribute (`{...props}`), which the checker cannot read. */
	spreads: string[];
	line: number;
}

/** Code in a page: an `import`/`export` block or a `{…}` expression, with the line it starts on. */
export interface CodePiece {
	source: string;
	line: number;
}

export interface Heading {
	depth: number;
	text: string;
	/** The id written as `{ #id }`, if any. */
	explicitId: string | undefined;
	/** The id the build renders: the explicit one, else a slug of the text. */
	id: string;
	line: number;
}

export interface Link {
	kind: 'link' | 'image' | 'definition';
	url: string;
	line: number;
}

/** A piece of prose (a text node), for character-level rules. */
export interface TextPiece {
	value: string;
	line: number;
}

/** A paragraph, heading, list item or table row with all its text, for rules across a block. */
export interface Block {
	type: string;
	text: string;
	line: number;
}

/** A `<Para>` marker: the paragraph id (and retired ids) as written. */
export interface Marker {
	id: AttrValue | undefined;
	retired: AttrValue | undefined;
	line: number;
	/** The first thing in its paragraph or list item (only whitespace before it). */
	first: boolean;
}

/**
 * A unit that takes a paragraph id: a paragraph, or a list item (its first paragraph's marker
 * names the item; a sub-list is a unit of its own).
 */
export interface Paragraph {
	type: 'paragraph' | 'listItem';
	text: string;
	line: number;
	markers: Marker[];
}

export interface PageModel {
	/** The frontmatter's YAML source and the line it starts on (below the `---`). */
	frontmatter: { source: string; firstLine: number } | null;
	headings: Heading[];
	components: ElementUse[];
	elements: ElementUse[];
	links: Link[];
	texts: TextPiece[];
	blocks: Block[];
	/** Names imported by the page's `import` lines. */
	imports: Set<string>;
	/** The page's `import`/`export` blocks as written (each runs at build time). */
	esm: CodePiece[];
	/** `{…}` expressions in the text (each runs at build time), outside attributes. */
	expressions: CodePiece[];
	/** Paragraphs and list items, with their `<Para>` markers. */
	paragraphs: Paragraph[];
	/** `<Para>` markers outside a paragraph or list item (a heading, a cell, a line of its own). */
	strayMarkers: Marker[];
}

export type ParsedPage =
	{ ok: true; page: PageModel } | { ok: false; line: number | undefined; message: string };

interface Node {
	type: string;
	value?: string;
	url?: string;
	name?: string | null;
	depth?: number;
	attributes?: {
		type: string;
		name?: string;
		value?: string | null | { value: string };
	}[];
	data?: { hProperties?: { id?: unknown } };
	children?: Node[];
	position?: { start: { line: number } };
}

const lineOf = (node: Node) => node.position?.start.line ?? 1;

/** All the text under a node (text, inline code and the text of nested elements). */
function textOf(node: Node): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	const sep = node.type === 'tableRow' ? ' | ' : '';
	return (node.children ?? []).map(textOf).join(sep);
}

const spreadsOf = (node: Node): string[] =>
	(node.attributes ?? [])
		.filter((a) => a.type === 'mdxJsxExpressionAttribute')
		.map((a) => (typeof a.value === 'string' ? a.value : ''));

function attrsOf(node: Node): Record<string, AttrValue> {
	const attrs: Record<string, AttrValue> = {};
	for (const a of node.attributes ?? []) {
		if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
		const v = a.value;
		attrs[a.name] =
			v === null || v === undefined
				? { kind: 'boolean' }
				: typeof v === 'string'
					? { kind: 'string', value: v }
					: { kind: 'expression', source: v.value };
	}
	return attrs;
}

const IMPORT = /import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*['"][^'"]+['"]/g;

function importsOf(source: string): string[] {
	return [...source.matchAll(IMPORT)].flatMap((m) => [
		...(m[1] ? [m[1]] : []),
		...(m[2] ?? '')
			.split(',')
			.map((s) =>
				s
					.trim()
					.split(/\s+as\s+/)
					.at(-1)!
					.trim(),
			)
			.filter(Boolean),
	]);
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableRow']);

/** Walks the tree once and fills the model. */
function collect(root: Node): PageModel {
	const page: PageModel = {
		frontmatter: null,
		headings: [],
		components: [],
		elements: [],
		links: [],
		texts: [],
		blocks: [],
		imports: new Set(),
		esm: [],
		expressions: [],
		paragraphs: [],
		strayMarkers: [],
	};
	// The build gives a heading without `{ #id }` a slug of its text (github-slugger, per page).
	const slugger = new Slugger();
	const visit = (node: Node) => {
		const line = lineOf(node);
		switch (node.type) {
			case 'yaml':
				page.frontmatter = { source: node.value ?? '', firstLine: line + 1 };
				return;
			case 'mdxjsEsm':
				for (const name of importsOf(node.value ?? '')) page.imports.add(name);
				page.esm.push({ source: node.value ?? '', line });
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				page.expressions.push({ source: node.value ?? '', line });
				return;
			case 'code':
			case 'inlineCode':
				return;
			case 'text':
				page.texts.push({ value: node.value ?? '', line });
				return;
			case 'heading': {
				const text = textOf(node).trim();
				const explicit = node.data?.hProperties?.id;
				const explicitId = typeof explicit === 'string' ? explicit : undefined;
				const id = explicitId ?? slugger.slug(text);
				page.headings.push({ depth: node.depth ?? 1, text, explicitId, id, line });
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				page.links.push({ kind: node.type, url: node.url ?? '', line });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				// A fragment (`<>`) has no name; a paragraph marker is read by paragraphsOf.
				if (!node.name || node.name === PARA_MARKER) break;
				const use = { name: node.name, attrs: attrsOf(node), spreads: spreadsOf(node), line };
				(/^[A-Z]/.test(node.name) ? page.components : page.elements).push(use);
				break;
			}
		}
		if (BLOCKS.has(node.type)) page.blocks.push({ type: node.type, text: textOf(node), line });
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	paragraphsOf(root, page);
	return page;
}

const isMarker = (node: Node) =>
	(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
	node.name === PARA_MARKER;

const markerOf = (node: Node, first: boolean): Marker => {
	const attrs = attrsOf(node);
	return { id: attrs.id, retired: attrs.retired, line: lineOf(node), first };
};

/** Every marker under a node (for markers where none belongs). */
function markersUnder(node: Node): Marker[] {
	return isMarker(node)
		? [markerOf(node, false)]
		: (node.children ?? []).flatMap((c) => markersUnder(c));
}

/**
 * The markers of a paragraph: those among its own children (the one that opens it is `first`);
 * one nested deeper (in a link, in emphasis) is stray.
 */
function paragraphMarkers(p: Node, page: PageModel): Marker[] {
	const out: Marker[] = [];
	let before = true;
	for (const child of p.children ?? []) {
		if (isMarker(child)) out.push(markerOf(child, before));
		else page.strayMarkers.push(...markersUnder(child));
		if (!(child.type === 'text' && !(child.value ?? '').trim())) before = false;
	}
	return out;
}

/** Fills `paragraphs` and `strayMarkers`, in reading order. */
function paragraphsOf(root: Node, page: PageModel) {
	const visit = (node: Node) => {
		if (node.type === 'paragraph') {
			page.paragraphs.push({
				type: 'paragraph',
				text: textOf(node),
				line: lineOf(node),
				markers: paragraphMarkers(node, page),
			});
			return;
		}
		if (node.type === 'listItem') {
			const unit: Paragraph = { type: 'listItem', text: '', line: lineOf(node), markers: [] };
			page.paragraphs.push(unit);
			const [head, ...rest] = node.children ?? [];
			if (head?.type === 'paragraph') {
				unit.text = textOf(head);
				unit.markers = paragraphMarkers(head, page);
			} else if (head) visit(head);
			// A further paragraph of the item belongs to it; a sub-list has units of its own.
			for (const child of rest)
				if (child.type === 'paragraph') page.strayMarkers.push(...markersUnder(child));
				else visit(child);
			return;
		}
		if (isMarker(node)) {
			page.strayMarkers.push(markerOf(node, false));
			return;
		}
		if (node.type === 'heading' || node.type === 'table') {
			page.strayMarkers.push(...markersUnder(node));
			return;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
}

/**
 * Parses an MDX page (decoded, LF line ends). Never throws: a syntax error becomes
 * `{ ok: false, line, message }`.
 */
export function parsePage(text: string): ParsedPage {
	let root: Node;
	try {
		root = mdxToMdast(text, { features: MDX_FEATURES }) as unknown as Node;
	} catch (error) {
		const raw = error instanceof Error ? error.message : String(error);
		const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?$/s.exec(raw.trim());
		return m
			? { ok: false, line: Number(m[1]), message: m[3]!.split('\n')[0]! }
			: { ok: false, line: undefined, message: raw.split('\n')[0]! };
	}
	return { ok: true, page: collect(root) };
}

/**
 * The string an attribute gives, when it is a literal: `id="x"`, `id={"x"}`, `id={'x'}` or
 * `` id={`x`} `` (no `${}`); undefined for a computed expression or a missing attribute.
 */
export function literal(attr: AttrValue | undefined): string | undefined {
	if (!attr) return undefined;
	if (attr.kind === 'string') return attr.value;
	if (attr.kind === 'boolean') return undefined;
	const m = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`$\\]*)`)\s*$/.exec(attr.source);
	if (!m) return undefined;
	const raw = m[1] ?? m[2] ?? m[3] ?? '';
	return raw.replace(/\\(.)/g, '$1');
}
