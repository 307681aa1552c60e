/**
 * What a built page costs a reader on first load, from the files in dist/: the HTML document
 * (one gzip stream, as a server sends it; the share of its inline diagram SVG is given apart),
 * the stylesheets it links (not print ones) and the scripts it loads, with the modules they import
 * statically. What loads later (Pagefind's UI and the search dialog's styles, on demand) is not
 * first load. Used by the budget tests and `npm run bench`.
 *
 * Why not size-limit: it weighs given files or bundles (Starlight budgets `index.html`,
 * `_astro/*.js` and `_astro/*.css` apart); which files one page loads is in that page's HTML and
 * its modules' imports, read here with the project's HTML reader (src/lib/html/hast.ts) and
 * es-module-lexer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse as parseImports } from 'es-module-lexer';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { selectAll } from 'hast-util-select';
import { attr, parseHtml, serialize, type Element, type Root } from '../../src/lib/html/hast.ts';

initSync();

export interface Weight {
	raw: number;
	gzip: number;
}

export interface Loaded {
	/** Site path, e.g. `/_astro/page.js`. */
	url: string;
	text: string;
	weight: Weight;
}

export interface PageWeight {
	/** The HTML document as served. */
	html: Weight;
	/**
	 * The inline diagram SVGs in it: their bytes and what they add to the document's gzip, both
	 * measured on the page as the parser writes it back (within a few per cent of the bytes as
	 * served, and the same way with and without the drawings).
	 */
	svg: Weight;
	css: Weight;
	js: Weight;
	total: Weight;
	/** Each stylesheet and script file that loads with the page. */
	files: Loaded[];
	/** Inline scripts (JSON data blocks aside): the text of each. */
	inlineScripts: string[];
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const weigh = (text: string | Buffer): Weight => ({
	raw: Buffer.byteLength(text),
	gzip: gzip(text),
});
const sum = (ws: Weight[]): Weight => ({
	raw: ws.reduce((n, w) => n + w.raw, 0),
	gzip: ws.reduce((n, w) => n + w.gzip, 0),
});

/** The file of a site path in `dist`, or undefined outside the site or when missing. */
function fileOf(dist: string, base: string, url: string): string | undefined {
	if (!url.startsWith(base)) return undefined;
	const file = join(dist, url.slice(base.length));
	return existsSync(file) ? file : undefined;
}

/** A module and the modules it imports statically, transitively, each once (dynamic imports load later). */
function moduleClosure(dist: string, base: string, url: string, seen: Set<string>): Loaded[] {
	const file = seen.has(url) ? undefined : fileOf(dist, base, url);
	seen.add(url);
	if (!file) return [];
	const text = readFileSync(file, 'utf8');
	const [imports] = parseImports(text);
	const statics = imports
		.filter((i) => i.d === -1 && i.n !== undefined)
		.map((i) => new URL(i.n!, `http://site${url}`).pathname);
	return [
		{ url, text, weight: weigh(text) },
		...statics.flatMap((s) => moduleClosure(dist, base, s, seen)),
	];
}

/** The inline drawing of a diagram (src/components/mdx/Diagram.astro). */
const DIAGRAM_SVG = 'svg[id^="dg-"]';

/** A copy of a page without its diagrams' drawings. */
function withoutDiagrams(root: Root): Root {
	const copy = structuredClone(root);
	const drawings = new Set<Element>(selectAll(DIAGRAM_SVG, copy));
	visit(copy, (node) => {
		if ('children' in node)
			node.children = node.children.filter(
				(c) => !drawings.has(c as Element),
			) as typeof node.children;
	});
	return copy;
}

/** Weighs the page served at `url` (e.g. `/en/cases/nanjing/`) of the site built into `dist`. */
export function pageWeight(dist: string, url: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, url.slice(base.length), 'index.html'), 'utf8');
	const root = parseHtml(html);
	const svgs = selectAll(DIAGRAM_SVG, root).map((svg) => serialize(svg));
	const stylesheets = selectAll('link[rel="stylesheet"][href]', root)
		.filter((l) => (attr(l, 'media') ?? 'all') !== 'print')
		.map((l) => attr(l, 'href')!)
		.flatMap((href) => {
			const file = fileOf(dist, base, href);
			if (!file) return [];
			const text = readFileSync(file, 'utf8');
			return [{ url: href, text, weight: weigh(text) }];
		});
	const seen = new Set<string>();
	const scripts = selectAll('script[src]', root).flatMap((s) =>
		moduleClosure(dist, base, attr(s, 'src')!, seen),
	);
	const inlineScripts = selectAll('script:not([src])', root)
		.filter((s) => !/json/.test(attr(s, 'type') ?? ''))
		.map((s) => toString(s));
	const doc = weigh(html);
	const w = {
		html: doc,
		svg: {
			raw: svgs.reduce((n, s) => n + Buffer.byteLength(s), 0),
			gzip: gzip(serialize(root)) - gzip(serialize(withoutDiagrams(root))),
		},
		css: sum(stylesheets.map((s) => s.weight)),
		js: sum(scripts.map((s) => s.weight)),
	};
	return {
		...w,
		total: sum([w.html, w.css, w.js]),
		files: [...stylesheets, ...scripts],
		inlineScripts,
	};
}
