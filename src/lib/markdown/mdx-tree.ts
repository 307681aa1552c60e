/**
 * An MDX page's syntax tree as the build's parser gives it (mdast with MDX's JSX nodes), for what
 * reads a page's source outside the build: the backlinks and the link previews' leads.
 */
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from './mdx-features.ts';

/** The fields of an mdast node these readers use. */
export interface MdxNode {
	type: string;
	value?: string;
	url?: string;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	data?: { hProperties?: { id?: unknown } };
	children?: MdxNode[];
}

/** The tree of an MDX source, parsed with the build's features. */
export const parseMdx = (source: string): MdxNode =>
	mdxToMdast(source, { features: MDX_FEATURES }) as unknown as MdxNode;

/** Whether a node is a component (`<Term />`), inline or as a block. */
export const isJsx = (node: MdxNode): boolean =>
	node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';

/** A string attribute of a JSX element as written (`id="x"`); computed values are not read. */
export const stringAttr = (node: MdxNode, name: string): string | undefined => {
	const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof found?.value === 'string' ? found.value : undefined;
};
