/**
 * Diagrams: cache keys, render settings, SVG post-processing and the text version's outline.
 * Pure functions, shared by the renderer (`scripts/render-diagrams.ts`), the checker and the
 * `Diagram` component.
 */
import { createHash } from 'node:crypto';
import type { Locale } from './i18n.ts';
import { MERMAID_VERSION } from './mermaid-version.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The folder (relative to the project root) that holds the committed rendered SVGs. */
export const CACHE_DIR = 'content/diagrams/rendered';

/** One font stack for rendering and reading, so label boxes fit the text they were measured with. */
export const DIAGRAM_FONT =
	"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

/** Mermaid settings, fixed so output is stable; part of the cache key. */
export function mermaidConfig(theme: Theme) {
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: theme === 'dark' ? 'dark' : 'neutral',
		look: 'classic',
		// SVG text labels, not HTML in <foreignObject>: static, sanitisable, printable.
		htmlLabels: false,
		fontFamily: DIAGRAM_FONT,
		fontSize: 15,
		deterministicIds: true,
		flowchart: {
			curve: 'basis',
			padding: 12,
			nodeSpacing: 40,
			rankSpacing: 50,
			useMaxWidth: true,
			wrappingWidth: 180,
		},
		timeline: { useMaxWidth: true },
		// Mermaid's timeline colours each row from a scale; some of the neutral/dark scale's
		// text/fill pairs have poor contrast, so every row gets one readable pair.
		themeVariables: Object.fromEntries(
			Array.from({ length: 12 }, (_, i) => [
				[`cScale${i}`, theme === 'dark' ? '#2a3441' : '#eef2f7'],
				[`cScaleLabel${i}`, theme === 'dark' ? '#f2f4f7' : '#17202a'],
			]).flat(),
		),
	} as const;
}

/** The id of one rendered variant; Mermaid prefixes every inner id (markers, styles) with it. */
export function svgId(diagram: string, locale: Locale, theme: Theme): string {
	return `dg-${diagram}-${locale}-${theme}`;
}

/**
 * The cache key of one variant: a hash of the source, Mermaid's version, the settings and the
 * variant's id. Any change to one of them means a new file.
 */
export function diagramKey(input: {
	source: string;
	mermaidVersion: string;
	theme: Theme;
	id: string;
}): string {
	const settings = JSON.stringify(mermaidConfig(input.theme));
	return createHash('sha256')
		.update([input.source.trim(), input.mermaidVersion, settings, input.id].join('\u0000'))
		.digest('hex')
		.slice(0, 20);
}

/** The cache file of a key. */
export const cacheFile = (key: string): string => `${CACHE_DIR}/${key}.svg`;

/**
 * One rendered variant of a diagram: its SVG id, cache key and cache file (relative to the root).
 * The renderer, the checker and the Diagram component all find the cache through this.
 */
export function variant(
	diagram: string,
	locale: Locale,
	theme: Theme,
	source: string,
	mermaidVersion = MERMAID_VERSION,
) {
	const id = svgId(diagram, locale, theme);
	const key = diagramKey({ source, mermaidVersion, theme, id });
	return { id, key, file: cacheFile(key) };
}

/**
 * Removes anything active or external from a rendered SVG: scripts, event handlers,
 * `<foreignObject>` (HTML), and links or references that leave the document.
 */
export function sanitizeSvg(svg: string): string {
	return svg
		.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<script\b[^>]*\/>/gi, '')
		.replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
		.replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
		.replace(/\s+(?:xlink:)?href\s*=\s*(?:"(?!#)[^"]*"|'(?!#)[^']*')/gi, '')
		.replace(/url\(\s*(['"]?)(?!#)[^)]*\1\s*\)/gi, 'none')
		.replace(/@import[^;]*;/gi, '')
		.replace(/javascript:/gi, '');
}

/** Adds the accessibility attributes the page needs and drops Mermaid's fixed sizes. */
export function prepareSvg(
	svg: string,
	opts: { titleId: string; descId: string; title: string; desc: string },
): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return svg.replace(/<svg\b([^>]*)>/, (_m, attrs: string) => {
		const kept = attrs
			.replace(/\s(?:role|aria-labelledby|aria-describedby|aria-roledescription)="[^"]*"/g, '')
			.replace(/\sstyle="[^"]*"/, '');
		return `<svg${kept} role="img" aria-labelledby="${opts.titleId} ${opts.descId}"><title id="${opts.titleId}">${esc(opts.title)}</title><desc id="${opts.descId}">${esc(opts.desc)}</desc>`;
	});
}

/**
 * Gives every id inside a rendered SVG the SVG's own id as prefix (some Mermaid renderers, e.g.
 * the timeline's arrowhead marker, emit fixed ids like `undefined-arrowhead`), and updates the
 * references to them, so two diagrams — or the light and dark variant of one — never share an id.
 */
export function prefixIds(svg: string, prefix: string): string {
	const ids = [...svg.matchAll(/\sid="([^"]+)"/g)]
		.map((m) => m[1]!)
		.filter((id) => id !== prefix && !id.startsWith(`${prefix}-`) && !id.startsWith(`${prefix}_`));
	let out = svg;
	for (const id of new Set(ids)) {
		const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const next = `${prefix}-${id}`;
		out = out
			.replace(new RegExp(`(\\sid=")${esc}(")`, 'g'), `$1${next}$2`)
			.replace(new RegExp(`(href="#)${esc}(")`, 'g'), `$1${next}$2`)
			.replace(new RegExp(`(url\\(#)${esc}(\\))`, 'g'), `$1${next}$2`)
			.replace(new RegExp(`#${esc}(?=[\\s{.,:>\\[])`, 'g'), `#${next}`);
	}
	return out;
}

/** Drops attributes only Mermaid's own runtime reads (the base64 `data-points` of every edge). */
export function stripRuntimeData(svg: string): string {
	return svg.replace(/\sdata-points="[^"]*"/g, '');
}

export interface OutlineNode {
	text: string;
	children: OutlineNode[];
}

/**
 * Parses the text version (a Markdown-style nested list, two spaces per level) into a tree.
 * @example parseOutline('- a\n  - b') // [{ text: 'a', children: [{ text: 'b', children: [] }] }]
 */
export function parseOutline(text: string): OutlineNode[] {
	const root: OutlineNode[] = [];
	const stack: { indent: number; children: OutlineNode[] }[] = [{ indent: -1, children: root }];
	for (const line of text.split('\n')) {
		const m = /^(\s*)[-*]\s+(.*)$/.exec(line);
		if (!m) continue;
		const indent = m[1]!.length;
		while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
		const node = { text: m[2]!.trim(), children: [] };
		stack[stack.length - 1]!.children.push(node);
		stack.push({ indent, children: node.children });
	}
	return root;
}
