/**
 * The hast node shape the MDX plugins of this directory read: a subset of hast plus the MDX JSX
 * nodes of mdast-util-mdx-jsx, as Sätteri hands them to a visitor.
 */
export interface Node {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}
