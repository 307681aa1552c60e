/**
 * A Sätteri hast plugin for MDX pages: merges the source references of one paragraph, list item or
 * table cell into a single `<Src>` at the place of the last one (ids deduplicated), and tells it
 * the id of the nearest heading above (`near`), so the component can leave out a chip that only
 * points back at that heading. The MDX files keep every `<Src id>` as written: the checker reads
 * them there, and the facts keep one home.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { isMdxElement, jsxAttr, type ElementContent, type MdxElement, type Nodes } from './hast.ts';
import { mergeSourceIds } from '../../src/lib/markdown/source-refs.ts';

type Mutations = Pick<HastVisitorContext, 'removeNode' | 'replaceNode'>;

/** A `<Src>` with the element it stands in. */
interface Ref {
	node: MdxElement;
	parent: { children: ElementContent[] };
}

/** Elements that are one unit of reading: each gets at most one chip. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'summary']);
const HEADING = /^h[2-6]$/;

/**
 * Components that draw a chip of their own inside the page (a diagram's caption): they get
 * `near` too and hand it to their <Src>.
 */
const CHIP_COMPONENTS = new Set(['Diagram']);

const isSrc = (node: Nodes | undefined): node is MdxElement => isMdxElement(node, 'Src');

/** The literal `id` of a `<Src>`, or undefined when it is missing or an expression. */
const srcIds = (node: MdxElement): string | undefined => jsxAttr(node, 'id');

/** Whether an element is a block of its own (a sub-list's item, a nested paragraph). */
const isBlock = (node: Nodes): boolean => node.type === 'element' && BLOCKS.has(node.tagName);

/** The `<Src>` elements of a block, not counting those inside a nested block (a sub-list). */
function refsOf(block: Nodes): Ref[] {
	const found: Ref[] = [];
	visit(block, (node, _index, parent) => {
		if (node === block) return undefined;
		if (isSrc(node) && parent) {
			found.push({ node, parent: parent as Ref['parent'] });
			return SKIP;
		}
		return isBlock(node) ? SKIP : undefined;
	});
	return found.filter((r) => srcIds(r.node) !== undefined);
}

const srcElement = (like: MdxElement, ids: string[], near: string | undefined): MdxElement => ({
	type: like.type,
	name: 'Src',
	attributes: [
		{ type: 'mdxJsxAttribute', name: 'id', value: ids.join(' ') },
		...(near ? [{ type: 'mdxJsxAttribute' as const, name: 'near', value: near }] : []),
	],
	children: [],
});

/**
 * Removing a reference from the middle of a sentence leaves the space before it: "文字 。" or
 * "word ." So the text before it loses its trailing space when text (or nothing) follows.
 */
function trimBefore(ref: Ref, ctx: Mutations) {
	const siblings = ref.parent.children;
	const i = siblings.indexOf(ref.node);
	const before = siblings[i - 1];
	const after = siblings[i + 1];
	if (before?.type !== 'text' || !/\s$/.test(before.value)) return;
	if (after && after.type !== 'text') return;
	ctx.replaceNode(before, { type: 'text', value: before.value.trimEnd() });
}

/** Whether nothing but white space follows a reference in its block. */
function endsBlock(ref: Ref): boolean {
	const siblings = ref.parent.children;
	return siblings
		.slice(siblings.indexOf(ref.node) + 1)
		.every((n) => n.type === 'text' && !n.value.trim());
}

/** Merges the references of one block into its last one; returns the nodes it handled. */
function mergeBlock(block: Nodes, near: string | undefined, ctx: Mutations): MdxElement[] {
	const refs = refsOf(block);
	if (refs.length === 0) return [];
	const ids = mergeSourceIds(refs.map((r) => srcIds(r.node) ?? ''));
	for (const ref of refs.slice(0, -1)) {
		trimBefore(ref, ctx);
		ctx.removeNode(ref.node);
	}
	const last = refs.at(-1)!;
	// The chip keeps its own margin; a space before a chip that ends the block would be a break
	// opportunity, and where the chip shows nothing (it points at its own heading) the "¶" link
	// after it (config/markdown/paragraph-ids.ts) would wrap onto a line of its own.
	if (endsBlock(last)) trimBefore(last, ctx);
	ctx.replaceNode(last.node, srcElement(last.node, ids, near));
	return refs.map((r) => r.node);
}

interface WalkState {
	/** The id of the last heading passed. */
	near: string | undefined;
	/** References already merged into their block's chip. */
	handled: WeakSet<Nodes>;
}

/**
 * Walks the document in reading order, remembering the last heading id seen. A block's
 * references are merged when the walk reaches the block; the walk goes on into it for the
 * blocks nested there (a sub-list), passing the references already merged.
 */
function walk(root: Nodes, state: WalkState, ctx: Mutations) {
	visit(root, (node: Nodes) => {
		if (state.handled.has(node)) return SKIP;
		if (node.type === 'element' && HEADING.test(node.tagName)) {
			const id = node.properties.id;
			if (typeof id === 'string' && id) state.near = id;
		}
		if (isBlock(node)) {
			for (const done of mergeBlock(node, state.near, ctx)) state.handled.add(done);
		} else if (isSrc(node) && srcIds(node) !== undefined) {
			// A reference on its own line, outside any block: only `near` is added.
			ctx.replaceNode(node, srcElement(node, mergeSourceIds([srcIds(node)!]), state.near));
			return SKIP;
		} else if (isMdxElement(node) && CHIP_COMPONENTS.has(node.name ?? '') && state.near) {
			ctx.replaceNode(node, {
				...node,
				attributes: [
					...node.attributes,
					{ type: 'mdxJsxAttribute', name: 'near', value: state.near },
				],
			});
			return SKIP;
		}
		return undefined;
	});
}

/** The plugin, for `satteri({ hastPlugins: [mergeSourceRefs()] })` in astro.config.mjs. */
export function mergeSourceRefs(): HastPluginDefinition {
	return {
		name: 'merge-source-refs',
		before(root, ctx) {
			if (ctx.sourceFormat !== 'mdx') return;
			walk(root, { near: undefined, handled: new WeakSet() }, ctx);
		},
	};
}
