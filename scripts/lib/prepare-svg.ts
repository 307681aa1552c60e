/**
 * What `npm run diagrams` does to Mermaid's SVG before it goes into the cache, so that the build
 * has nothing left to do but check it (src/lib/diagrams/svg.ts):
 *
 * 1. DOMPurify (on a jsdom window) keeps only the SVG elements and attributes Mermaid's flowcharts
 *    and timelines need (the allowlists in diagram-svg.ts), harmless styles and local `url(#…)`
 *    references; stray text that a removed tag left outside a text element goes too.
 * 2. Every inner id gets the SVG's id as prefix; markers and gradients nothing uses go; group
 *    titles move above the edges; a label's words share one `<tspan>`; Mermaid's `<style>`, fixed size and ARIA roles go (the page adds
 *    its own role, title and description).
 * 3. SVGO rounds coordinates to 0.1 px, writes path data compactly and drops ids nothing refers
 *    to: about a third less to download, with the same drawing and the same classes, which the
 *    Diagram component's stylesheet paints.
 */
import createDOMPurify, { type Config, type UponSanitizeAttributeHook } from 'dompurify';
import { JSDOM } from 'jsdom';
import { optimize } from 'svgo';
import {
	SVG_ATTRIBUTES,
	SVG_ELEMENTS,
	TEXT_PARENTS,
	safeStyle,
	unsafeValue,
} from '../../src/lib/diagrams/svg.ts';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const checkAttribute: UponSanitizeAttributeHook = (_node, data) => {
	const value = data.attrValue;
	if (data.attrName === 'style') {
		data.attrValue = safeStyle(value);
		if (!data.attrValue) data.keepAttr = false;
	} else if (unsafeValue(value)) {
		data.keepAttr = false;
	}
};

const CONFIG: Config = {
	ALLOWED_TAGS: [...SVG_ELEMENTS],
	ALLOWED_ATTR: [...SVG_ATTRIBUTES],
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: true,
	// Text of a removed element may stay (a label is text); script and style contents never do.
	KEEP_CONTENT: true,
};

/** SVG shows text only inside text elements; anything else (what a removed tag left) goes. */
function dropStrayText(root: SVGSVGElement): void {
	const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
	const stray: Node[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode())
		if (!TEXT_PARENTS.has(node.parentNode?.nodeName.toLowerCase() ?? '')) stray.push(node);
	for (const node of stray) node.parentNode?.removeChild(node);
}

function sanitizedRoot(svg: string): SVGSVGElement | undefined {
	purify.addHook('uponSanitizeAttribute', checkAttribute);
	try {
		const fragment = purify.sanitize(svg, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
		const root = fragment.querySelector('svg') ?? undefined;
		if (root) dropStrayText(root);
		return root;
	} finally {
		purify.removeHook('uponSanitizeAttribute', checkAttribute);
	}
}

/**
 * Sanitises a rendered SVG: returns the markup of its first `<svg>` element with only allowlisted
 * elements and attributes, no external reference and nothing outside that element.
 */
export function sanitizeSvg(svg: string): string {
	return sanitizedRoot(svg)?.outerHTML ?? '';
}

/**
 * Gives every id inside the SVG the SVG's own id as prefix (Mermaid's timeline, for one, emits fixed
 * ids like `undefined-node-0`) and updates `url(#…)` references, so no two diagrams share an id.
 */
function prefixIds(root: SVGSVGElement, prefix: string): void {
	const renamed = new Map<string, string>();
	for (const el of root.querySelectorAll('[id]')) {
		const id = el.id;
		if (id.startsWith(`${prefix}-`) || id.startsWith(`${prefix}_`)) continue;
		renamed.set(id, `${prefix}-${id}`);
		el.id = `${prefix}-${id}`;
	}
	if (renamed.size === 0) return;
	for (const el of [root, ...root.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) {
			const m = /^url\(#(.+)\)$/.exec(attr.value);
			const next = m && renamed.get(m[1]!);
			if (next) el.setAttribute(attr.name, `url(#${next})`);
		}
	}
}

/** Drops the markers and gradients nothing refers to (Mermaid defines a dozen, uses one or two). */
function dropUnused(root: SVGSVGElement): void {
	const used = new Set<string>();
	for (const el of root.querySelectorAll('*'))
		for (const attr of el.attributes) {
			const m = /^url\(#(.+)\)$/.exec(attr.value);
			if (m) used.add(m[1]!);
		}
	for (const el of root.querySelectorAll('marker, linearGradient'))
		if (!used.has(el.id)) el.remove();
}

/**
 * Mermaid draws group (subgraph) titles first and edges over them. The titles are moved to the
 * end of their graph, so they paint above the edges (the stylesheet gives them a halo of the
 * group's fill): no line runs through a group title. Same coordinate system: the clusters of one
 * `g.root` carry no transform of their own.
 */
function titlesOnTop(root: SVGSVGElement): void {
	for (const graph of root.querySelectorAll('g.root')) {
		const labels = [...graph.querySelectorAll(':scope > g.clusters > g.cluster > g.cluster-label')];
		if (labels.length === 0) continue;
		const layer = root.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
		layer.setAttribute('class', 'cluster-labels');
		layer.append(...labels);
		graph.append(layer);
	}
}

/**
 * Mermaid writes each word of a label as its own `<tspan>` inside the line's tspan; adjacent ones
 * with the same attributes become one (same text, same place: they carry no position). Repeated
 * class names go too (`edge-thickness-normal edge-pattern-solid` comes twice on every edge).
 */
function compactText(root: SVGSVGElement): void {
	for (const el of root.querySelectorAll('[class]'))
		el.setAttribute('class', [...new Set(el.getAttribute('class')!.split(/\s+/))].join(' '));
	const same = (a: Element, b: Element) =>
		a.attributes.length === b.attributes.length &&
		[...a.attributes].every((attr) => b.getAttribute(attr.name) === attr.value);
	for (const tspan of [...root.querySelectorAll('tspan > tspan')]) {
		const next = tspan.nextSibling as Element | null;
		if (next?.nodeType !== 1) continue;
		if (next.tagName !== tspan.tagName || next.children.length || tspan.children.length) continue;
		if (!same(tspan, next)) continue;
		next.textContent = (tspan.textContent ?? '') + (next.textContent ?? '');
		tspan.remove();
	}
}

/** SVGO with what keeps the drawing and its classes: precision 0.1 px, compact paths, no dead ids. */
function optimised(svg: string, id: string): string {
	return optimize(svg, {
		multipass: false,
		plugins: [
			'removeComments',
			'removeEmptyAttrs',
			'removeEmptyText',
			// Inline in HTML, an <svg> needs no namespace declaration.
			'removeXMLNS',
			// Ids only where something refers to them (markers), and the SVG's own.
			{ name: 'cleanupIds', params: { minify: false, preserve: [id] } },
			{ name: 'cleanupNumericValues', params: { floatPrecision: 1 } },
			{ name: 'convertPathData', params: { floatPrecision: 1 } },
			{ name: 'convertTransform', params: { floatPrecision: 1 } },
			// Attributes in one order: repeated tags compress better.
			'sortAttrs',
		],
	}).data;
}

/**
 * Mermaid's SVG as the cache stores it: sanitised, ids prefixed with `id` (the SVG id Mermaid
 * rendered with), unused markers dropped, group titles above the edges, no Mermaid style, fixed
 * size or ARIA role, and optimised. Throws when nothing of an SVG is left.
 * @example prepareSvg(await mermaid.render(id, source).svg, 'dg-nanjing-structure-en')
 */
export function prepareSvg(rendered: string, id: string): string {
	const root = sanitizedRoot(rendered);
	if (!root) throw new Error(`diagram ${id}: Mermaid's output holds no <svg> element`);
	root.id = id;
	prefixIds(root, id);
	dropUnused(root);
	titlesOnTop(root);
	compactText(root);
	for (const name of [
		'style',
		'width',
		'height',
		'role',
		'aria-roledescription',
		'aria-labelledby',
	])
		root.removeAttribute(name);
	return `${optimised(root.outerHTML, id)}\n`;
}
