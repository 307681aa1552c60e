/**
 * What a diagram in the cache may contain, and how a cached diagram becomes page markup.
 *
 * `npm run diagrams` stores each diagram page-ready: Mermaid's SVG sanitised by DOMPurify, ids
 * prefixed, Mermaid's styles dropped and the drawing optimised (scripts/lib/prepare-svg.ts). The
 * build does no sanitising of its own (DOMPurify on jsdom costs ~30 ms a diagram): the content
 * checker, which runs before every build, checks each cached file against the same allowlists
 * with the HTML parser browsers use (`svgProblems`), and a file that holds anything else (a hand
 * edit, a tampered cache) stops the build, named. So every SVG on a page has passed the sanitiser
 * and the allowlist; `diagramSvg` then only adds the page's id, role, title and description.
 *
 * Colours are not in the SVG: the Diagram component's stylesheet paints the classes Mermaid
 * writes with Starlight's `--sl-color-*` tokens, so one SVG follows the light and the dark theme
 * (and no inline `<style>` needs a CSP hash).
 */
import type { ElementContent, RootContent, Text } from 'hast';
import { find, svg as svgSchema } from 'property-information';
import {
	parseFragment as parseSvgFragment,
	serializeSvg,
	type Element,
	type Root,
} from '../html/hast.ts';

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
export const LOCAL_URL = /^url\(#[\w.:-]+\)$/;

/** A value that could fetch or escape: a `url(…)` that is not `url(#local-id)`, `\\` or `&`. */
export const unsafeValue = (value: string): boolean =>
	/url\s*\(|\\|&/i.test(value) && !LOCAL_URL.test(value.trim());

const ELEMENTS = new Set<string>(SVG_ELEMENTS);
const ATTRIBUTES = new Set<string>(SVG_ATTRIBUTES);
/** SVG shows text only inside these; text anywhere else is what a removed tag left behind. */
export const TEXT_PARENTS = new Set(['text', 'tspan', 'title', 'desc']);

const excerpt = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 40));

const declarations = (style: string) => style.split(';').filter((d) => d.trim()).length;

/**
 * An element's attributes as the page's source writes them (`strokeWidth` → `stroke-width`,
 * `viewBox` stays `viewBox`), each value as one string.
 */
function attributes(el: Element): { name: string; value: string }[] {
	return Object.entries(el.properties).flatMap(([prop, v]) => {
		if (v === undefined || v === null || v === false) return [];
		const info = find(svgSchema, prop);
		const value = Array.isArray(v)
			? v.join(info.commaSeparated ? ',' : ' ')
			: v === true
				? ''
				: String(v);
		return [{ name: info.attribute, value }];
	});
}

/** What is wrong with one element of a cached SVG (empty when it is allowed). */
function elementProblems(el: Element, inSvg: boolean): string[] {
	const tag = el.tagName.toLowerCase();
	if (!inSvg || !ELEMENTS.has(tag)) return [`element <${tag}> is not allowed`];
	const out: string[] = [];
	for (const { name, value } of attributes(el)) {
		const attr = name.toLowerCase();
		if (!ATTRIBUTES.has(attr) && !/^aria-[a-z]+$/.test(attr))
			out.push(`<${tag}> attribute ${name} is not allowed`);
		else if (attr === 'style' && declarations(safeStyle(value)) !== declarations(value))
			out.push(`<${tag}> style=${excerpt(value)} has a declaration that is not allowed`);
		else if (unsafeValue(value)) out.push(`<${tag}> ${name}=${excerpt(value)} may load something`);
		else if (/[<>]/.test(value))
			out.push(`<${tag}> ${name}=${excerpt(value)} holds markup (< or >), which no drawing needs`);
	}
	return out;
}

/** SVG elements whose children the parser reads as HTML again (HTML integration points). */
const HTML_INSIDE = new Set(['foreignobject', 'desc', 'title']);

/**
 * Whether the parser put an element in the SVG namespace: `<svg>` itself, or a child of an SVG
 * element that is not an HTML integration point. (hast keeps no namespace; the tree's shape does.)
 */
const svgNamespace = (tag: string, parent: string, parentInSvg: boolean): boolean =>
	tag === 'svg' || (parentInSvg && !HTML_INSIDE.has(parent));

/** What is wrong with a node's children, recursively. */
function treeProblems(
	nodes: (RootContent | ElementContent)[],
	parent: string,
	parentInSvg: boolean,
): string[] {
	return nodes.flatMap((child): string[] => {
		if (child.type === 'text') {
			return child.value.trim() && !TEXT_PARENTS.has(parent)
				? [`text ${excerpt(child.value)} outside a text element`]
				: [];
		}
		if (child.type === 'comment') return ['a comment'];
		if (child.type !== 'element') return [`a ${child.type} node`];
		const tag = child.tagName.toLowerCase();
		const inSvg = svgNamespace(child.tagName, parent, parentInSvg);
		const problems = elementProblems(child, inSvg);
		return problems.length ? problems : treeProblems(child.children, tag, inSvg);
	});
}

/**
 * Why a cached diagram may not reach a page (empty when it may): exactly one `<svg>`, with only
 * the allowlisted elements and attributes, harmless styles, local `url(#…)` references and text
 * only in text elements, as an HTML parser reads it in the page.
 * @example svgProblems('<svg><script>x</script></svg>') // ['element <script> is not allowed']
 */
export function svgProblems(svg: string): string[] {
	const fragment = parseSvgFragment(svg);
	const roots = fragment.children.filter((n) => n.type !== 'text' || n.value.trim() !== '');
	const shape =
		roots.length !== 1 || roots[0]!.type !== 'element' || roots[0]!.tagName !== 'svg'
			? ['the file must hold exactly one <svg> element and nothing else']
			: [];
	return [...shape, ...treeProblems(fragment.children, '', false)];
}

export interface DiagramSvg {
	/** Markup of one `<svg>`: role, title and description added to the cached drawing. */
	svg: string;
	/** Width and height of its viewBox (the size Mermaid laid it out at). */
	width: number;
	height: number;
}

/** A text node's value. */
const text = (value: string): Text => ({ type: 'text', value });

/** Root attributes the cache never supplies: the page gives its own id, role and labels. */
const pageOwned = (prop: string) => prop === 'id' || prop === 'role' || /^aria[A-Z]/.test(prop);

/**
 * The page markup of one cached diagram (which the content checker has found clean:
 * `svgProblems`), given the page's id, `role="img"` and a `<title>` and `<desc>` it is labelled by.
 * The root's attributes are read from the parsed tree and written back escaped, so a value can
 * never end the tag early and put markup beside the drawing.
 * @example diagramSvg(cached, { id: 'dg-nanjing-structure-en', title: 'Nanjing', desc: '…' })
 */
export function diagramSvg(
	cached: string,
	opts: { id: string; title: string; desc: string },
): DiagramSvg {
	const roots = parseSvgFragment(cached).children.filter(
		(n) => n.type !== 'text' || n.value.trim() !== '',
	);
	const root = roots[0];
	if (roots.length !== 1 || root?.type !== 'element' || root.tagName !== 'svg')
		throw new Error(`diagram ${opts.id}: the cached file holds no <svg> element (or more)`);
	const { id } = opts;
	const kept = Object.entries(root.properties).filter(([prop]) => !pageOwned(prop));
	const [, , width = 600, height = 400] = String(root.properties.viewBox ?? '')
		.split(/[\s,]+/)
		.map(Number);
	const svg: Element = {
		type: 'element',
		tagName: 'svg',
		properties: {
			id,
			...Object.fromEntries(kept),
			role: 'img',
			ariaLabelledBy: [`${id}-title`, `${id}-desc`],
		},
		children: [
			{
				type: 'element',
				tagName: 'title',
				properties: { id: `${id}-title` },
				children: [text(opts.title)],
			},
			{
				type: 'element',
				tagName: 'desc',
				properties: { id: `${id}-desc` },
				children: [text(opts.desc)],
			},
			...root.children,
		],
	};
	return { svg: serializeSvg(svg).replace(/\s+<\/svg>$/, '</svg>'), width, height };
}

/** Elements whose text is not drawn: Mermaid's stylesheet, scripts, and the accessible name. */
const UNDRAWN = new Set(['style', 'script', 'title', 'desc']);

/**
 * The text a diagram draws, without whitespace: every text node but those in `<style>`,
 * `<script>`, `<title>` and `<desc>`. Mermaid's SVG and its sanitised cache must draw the same
 * text; less means labels were removed (HTML labels in `<foreignObject>`, which the sanitiser drops).
 * @example drawnText('<svg><text>A <tspan>B</tspan></text><style>x</style></svg>') // 'AB'
 */
export function drawnText(svg: string): string {
	let out = '';
	const walk = (node: Root | Element) => {
		for (const child of node.children)
			if (child.type === 'text') out += child.value;
			else if (child.type === 'element' && !UNDRAWN.has(child.tagName.toLowerCase())) walk(child);
	};
	walk(parseSvgFragment(svg));
	return out.replace(/\s+/g, '');
}

/**
 * Why a sanitised SVG may not be cached: it draws less text than Mermaid's (labels written as
 * HTML in `<foreignObject>`, which the sanitiser removes with their text), or none at all;
 * undefined when it draws all of it.
 */
export function lostText(rendered: string, cached: string): string | undefined {
	// The cache reorders elements (group titles above edges): compare characters, not their order.
	const chars = (svg: string) => [...drawnText(svg)].sort().join('');
	const before = chars(rendered);
	const after = chars(cached);
	if (after.length > 0 && after === before) return undefined;
	return (
		`the sanitised drawing has ${after.length} of the ${before.length} characters of text Mermaid drew ` +
		'(labels as HTML are removed). Write labels as plain text, with no %%{…}%% directive.'
	);
}
