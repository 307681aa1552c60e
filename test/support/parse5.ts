/**
 * Walking a page parsed with parse5, the HTML parser browsers use (the head and hardening tests
 * read pages the way a browser would, `<template>` contents included).
 */
import type { DefaultTreeAdapterTypes as P } from 'parse5';

/** Every element of a parsed page, with `<template>` contents. */
export function* elementsOf(node: P.ParentNode): Generator<P.Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* elementsOf(child);
		if (child.tagName === 'template') yield* elementsOf((child as P.Template).content);
	}
}
/** The HTML namespace (an element outside it, e.g. a `<title>` inside an SVG, is not the page's). */
export const HTML = 'http://www.w3.org/1999/xhtml';
export const attrOf = (el: P.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
export const textOf = (el: P.Element) =>
	el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
