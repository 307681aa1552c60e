/**
 * The project's one HTML reader: HTML parsed into hast with the parser the build itself uses
 * (Sätteri's `htmlToHast`, an HTML5 tree builder), read with the unified utilities Starlight
 * already installs (`hast-util-select`, `hast-util-to-string`, `unist-util-visit`) and written
 * back with `hast-util-to-html`. Used at build time (the parallel view), by the tools (the URL
 * manifest, page weights) and by the tests, so all of them read a page the same way.
 *
 * Sätteri keeps a `<template>`'s contents as its children (not as hast's `content`), so selectors
 * and walks see them as a browser's DOM inspector does.
 */
import type { Element, Nodes, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';
import { htmlToHast } from 'satteri';

export type { Element, Nodes, Root };

/** Parses a whole HTML document (doctype, implied `<html>`, `<head>` and `<body>`). */
export const parseHtml = (html: string): Root => htmlToHast(html) as Root;

/**
 * Parses a fragment: the root holds the string's own top-level nodes.
 * @example parseFragment('<p>a</p><p>b</p>').children.length // 2
 */
export const parseFragment = (html: string): Root => htmlToHast(html, { fragment: true }) as Root;

/** The HTML of a node (a root: its children), as a browser would read it back. */
export const serialize = (node: Nodes): string => toHtml(node);

/**
 * The markup of an inline `<svg>` as the page carries it: empty elements closed as `<path/>`,
 * the way Mermaid and SVGO write them.
 */
export const serializeSvg = (node: Nodes): string =>
	toHtml(node, {
		space: 'svg',
		closeEmptyElements: true,
		tightSelfClosing: true,
		characterReferences: { useNamedReferences: true },
	});

/** The HTML inside an element (`innerHTML`). */
export const innerHtml = (el: Element): string => toHtml({ type: 'root', children: el.children });

/**
 * An attribute as a string, by its HTML name or its hast property name (`http-equiv` or
 * `httpEquiv`, `class` or `className`); a list (class names, `rel`) is joined with spaces, a
 * boolean attribute that is present reads as ''.
 * @example attr(select('meta', parseHtml('<meta http-equiv="refresh">'))!, 'http-equiv') // 'refresh'
 */
export function attr(el: Element, name: string): string | undefined {
	const v = el.properties[find(htmlSchema, name).property];
	if (v === undefined || v === null || v === false) return undefined;
	if (v === true) return '';
	return Array.isArray(v) ? v.join(' ') : String(v);
}

/** The child elements of a node (text and comments left out). */
export function childElements(node: Root | Element): Element[] {
	const out: Element[] = [];
	for (const child of node.children) if (child.type === 'element') out.push(child);
	return out;
}

/** The `<meta http-equiv="refresh">` elements of a page. */
const refreshes = (tree: Nodes): Element[] =>
	selectAll('meta', tree).filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');

/** Whether a page is a redirect page (`<meta http-equiv="refresh">`, as Astro writes them). */
export const isRedirect = (tree: Nodes): boolean => refreshes(tree).length > 0;

/**
 * Where a redirect page sends its reader: the URL of its meta refresh (`0;url=/en/new/`), or
 * undefined for an ordinary page.
 * @example refreshTarget(parseHtml('<meta http-equiv="refresh" content="0;url=/en/">')) // '/en/'
 */
export function refreshTarget(tree: Nodes): string | undefined {
	const content = refreshes(tree).map((m) => attr(m, 'content') ?? '')[0];
	return content === undefined ? undefined : /^\s*\d+\s*[;,]\s*url\s*=\s*(.+)$/i.exec(content)?.[1];
}
