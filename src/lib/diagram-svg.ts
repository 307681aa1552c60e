/**
 * The one place where a rendered diagram becomes page markup: DOMPurify (on a jsdom window) keeps
 * only the SVG elements and attributes Mermaid's flowcharts and timelines need, then the
 * accessibility attributes are added on the parsed tree. The committed cache stays exactly what
 * Mermaid produced; everything that reaches a page passes through `diagramSvg()`.
 *
 * Colours are not in the SVG: Mermaid's `<style>` is dropped here and the Diagram component's
 * stylesheet paints the classes Mermaid writes with Starlight's `--sl-color-*` tokens, so one SVG
 * follows the light and the dark theme (and no inline `<style>` needs a CSP hash).
 */
import createDOMPurify, { type Config, type UponSanitizeAttributeHook } from 'dompurify';
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

/**
 * Elements Mermaid's flowchart and timeline output uses (as the HTML parser names them). No
 * `style`, `a`, `use`, `image`, `foreignObject`, `filter`, animation or `script`.
 */
export const SVG_ELEMENTS = [
	'svg',
	'g',
	'defs',
	'marker',
	'path',
	'rect',
	'line',
	'polyline',
	'polygon',
	'circle',
	'ellipse',
	'text',
	'tspan',
	'title',
	'desc',
	'lineargradient',
	'stop',
] as const;

/** Attributes those elements need: geometry, markers, text layout, a few presentation ones. */
export const SVG_ATTRIBUTES = [
	'id',
	'class',
	'style',
	'xmlns',
	'role',
	'viewbox',
	'width',
	'height',
	'transform',
	'd',
	'x',
	'y',
	'x1',
	'x2',
	'y1',
	'y2',
	'dx',
	'dy',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'points',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'marker-start',
	'marker-end',
	'markerunits',
	'markerwidth',
	'markerheight',
	'refx',
	'refy',
	'orient',
	'text-anchor',
	'dominant-baseline',
	'alignment-baseline',
	'font-style',
	'font-weight',
	'offset',
	'stop-color',
	'stop-opacity',
	'gradientunits',
] as const;

/** CSS properties a `style` attribute may keep (Mermaid writes classDef and edge styles there). */
const STYLE_PROPERTIES = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-opacity',
	'opacity',
	'font-weight',
	'font-style',
	'text-anchor',
]);

/** A declaration value with no function, quote, escape, slash or colon: nothing can load or run. */
const SAFE_STYLE_VALUE = /^[\w\s#.,%!+-]*$/;

/** Keeps the declarations of a `style` attribute whose property and value are both harmless. */
export function safeStyle(style: string): string {
	return style
		.split(';')
		.map((decl) => {
			const colon = decl.indexOf(':');
			if (colon < 0) return '';
			const prop = decl.slice(0, colon).trim().toLowerCase();
			const value = decl.slice(colon + 1).trim();
			return STYLE_PROPERTIES.has(prop) && SAFE_STYLE_VALUE.test(value) ? `${prop}:${value}` : '';
		})
		.filter(Boolean)
		.join(';');
}

/** `url(#local-id)` only: any other `url(…)` could fetch from elsewhere. */
const LOCAL_URL = /^url\(#[\w.:-]+\)$/;

const checkAttribute: UponSanitizeAttributeHook = (_node, data) => {
	const value = data.attrValue;
	if (data.attrName === 'style') {
		data.attrValue = safeStyle(value);
		if (!data.attrValue) data.keepAttr = false;
	} else if (/url\s*\(|\\|&/i.test(value) && !LOCAL_URL.test(value.trim())) {
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

/**
 * Sanitises a rendered SVG: returns the markup of its first `<svg>` element with only allowlisted
 * elements and attributes, no external reference and nothing outside that element.
 */
export function sanitizeSvg(svg: string): string {
	return sanitizedRoot(svg)?.outerHTML ?? '';
}

/** SVG shows text only inside text elements; anything else (what a removed tag left) goes. */
const TEXT_PARENTS = new Set(['text', 'tspan', 'title', 'desc']);
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

/** Sanitised trees by cached file content: a diagram shown on several pages is sanitised once. */
const sanitized = new Map<string, SVGSVGElement | undefined>();
function sanitizedOnce(svg: string): SVGSVGElement | undefined {
	if (!sanitized.has(svg)) sanitized.set(svg, sanitizedRoot(svg));
	return sanitized.get(svg)?.cloneNode(true) as SVGSVGElement | undefined;
}

export interface DiagramSvg {
	/** Markup of one `<svg>`: sanitised, with role, title and description. */
	svg: string;
	/** Width and height of its viewBox (the size Mermaid laid it out at). */
	width: number;
	height: number;
}

/**
 * The page markup of one cached diagram: sanitised, ids prefixed with `id`, Mermaid's fixed size
 * and ARIA roles replaced by `role="img"` with a `<title>` and `<desc>` (referenced by id).
 * @example diagramSvg(cached, { id: 'dg-nanjing-structure-en', title: 'Nanjing', desc: '…' })
 */
export function diagramSvg(
	cached: string,
	opts: { id: string; title: string; desc: string },
): DiagramSvg {
	const root = sanitizedOnce(cached);
	if (!root) throw new Error(`diagram ${opts.id}: the cached file holds no <svg> element`);
	root.id = opts.id;
	prefixIds(root, opts.id);
	dropUnused(root);
	titlesOnTop(root);
	for (const name of ['style', 'width', 'height', 'aria-roledescription', 'aria-labelledby'])
		root.removeAttribute(name);
	root.setAttribute('role', 'img');
	root.setAttribute('aria-labelledby', `${opts.id}-title ${opts.id}-desc`);
	const doc = root.ownerDocument;
	const ns = 'http://www.w3.org/2000/svg';
	const title = doc.createElementNS(ns, 'title');
	title.id = `${opts.id}-title`;
	title.textContent = opts.title;
	const desc = doc.createElementNS(ns, 'desc');
	desc.id = `${opts.id}-desc`;
	desc.textContent = opts.desc;
	root.prepend(title, desc);
	const [, , width = 600, height = 400] = (root.getAttribute('viewBox') ?? '')
		.split(/[\s,]+/)
		.map(Number);
	return { svg: root.outerHTML, width, height };
}
