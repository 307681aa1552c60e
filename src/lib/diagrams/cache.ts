/**
 * Diagrams: cache keys, render settings and the text version's outline. Pure functions, shared
 * by the renderer (`scripts/render-diagrams.ts`), the checker and the `Diagram` component; what a
 * cached SVG becomes on a page (checking, accessibility) is in `diagram-svg.ts`, what the renderer
 * stores in scripts/lib/prepare-svg.ts.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';
import { MERMAID_VERSION } from './mermaid-version.ts';

/** The folder (relative to the project root) that holds the committed rendered SVGs. */
export const CACHE_DIR = 'content/diagrams/rendered';

/** One font stack for rendering and reading, so label boxes fit the text they were measured with. */
export const DIAGRAM_FONT =
	"'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

/** The label size Mermaid measures text at; the page shows labels at the same size (CSS px). */
export const DIAGRAM_FONT_SIZE = 16;

/**
 * Mermaid settings, fixed so output is stable; part of the cache key. Colours are left to the
 * page's stylesheet (see src/lib/diagrams/svg.ts), so one rendering serves both themes.
 */
export function mermaidConfig() {
	return {
		startOnLoad: false,
		securityLevel: 'strict',
		theme: 'neutral',
		look: 'classic',
		// SVG text labels, not HTML in <foreignObject>: static, sanitisable, printable.
		htmlLabels: false,
		fontFamily: DIAGRAM_FONT,
		fontSize: DIAGRAM_FONT_SIZE,
		themeVariables: { fontFamily: DIAGRAM_FONT, fontSize: `${DIAGRAM_FONT_SIZE}px` },
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
	} as const;
}

/** The id of a diagram's SVG in one language; Mermaid prefixes every inner id with it. */
export function svgId(diagram: string, locale: Locale): string {
	return `dg-${diagram}-${locale}`;
}

/**
 * What the cache stores besides Mermaid's drawing: sanitised, prefixed and optimised by
 * scripts/lib/prepare-svg.ts. Change it when that step changes, so every diagram is rendered anew.
 */
export const CACHE_FORMAT = 'prepared-3';

/**
 * The cache key of one rendering: a hash of the source, Mermaid's version, the settings, the
 * SVG id (Mermaid writes it into the output) and the cache format. Any change to one of them
 * means a new file.
 */
export function diagramKey(input: { source: string; mermaidVersion: string; id: string }): string {
	const settings = JSON.stringify(mermaidConfig());
	return createHash('sha256')
		.update(
			[input.source.trim(), input.mermaidVersion, settings, input.id, CACHE_FORMAT].join('\u0000'),
		)
		.digest('hex')
		.slice(0, 20);
}

/** The cache file of a key. */
export const cacheFile = (key: string): string => `${CACHE_DIR}/${key}.svg`;

/**
 * The rendering of a diagram in one language: its SVG id, cache key and cache file (relative to
 * the root). The renderer, the checker and the Diagram component all find the cache through this.
 * @example variant('nanjing-structure', 'en', source).file // 'content/diagrams/rendered/….svg'
 */
export function variant(
	diagram: string,
	locale: Locale,
	source: string,
	mermaidVersion = MERMAID_VERSION,
) {
	const id = svgId(diagram, locale);
	const key = diagramKey({ source, mermaidVersion, id });
	return { id, key, file: cacheFile(key) };
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
