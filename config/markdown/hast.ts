/**
 * The hast the MDX plugins of this directory read, typed with `@types/hast` and the MDX JSX
 * nodes Sätteri adds to it (`mdxJsxTextElement`, `mdxJsxFlowElement`), with the two questions
 * every plugin here asks of a node.
 */
import type { Element, ElementContent, Nodes } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';

export type { Element, ElementContent, Nodes };

/** A component (or `<Para>` marker) written in an MDX page. */
export type MdxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Whether a node is an MDX component, optionally one with a given name. */
export const isMdxElement = (node: Nodes | undefined, name?: string): node is MdxElement =>
	(node?.type === 'mdxJsxTextElement' || node?.type === 'mdxJsxFlowElement') &&
	(name === undefined || node.name === name);

/** The literal string of a component's attribute (undefined when missing or an expression). */
export function jsxAttr(node: MdxElement, name: string): string | undefined {
	const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
	return typeof a?.value === 'string' ? a.value : undefined;
}

/** Whether a node is an HTML element with one of the given tag names. */
export const isElement = (node: Nodes | undefined, ...tags: string[]): node is Element =>
	node?.type === 'element' && tags.includes(node.tagName);
