/**
 * What a built page costs a reader on first load, from the files in dist/: the HTML (inline SVG
 * counted apart), the stylesheets and scripts it references (module imports followed), raw and
 * gzipped. Used by the budget tests and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	html: Weight;
	svg: Weight;
	css: Weight;
	js: Weight;
	total: Weight;
	/** Inline scripts, each with its gzip size (our own are identified by the caller). */
	inlineScripts: { source: string; gzip: number }[];
}

const weigh = (text: string | Buffer): Weight => ({
	raw: Buffer.byteLength(text),
	gzip: gzipSync(text, { level: 9 }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/** The JS files a module loads at start (static imports), transitively, without repeats. */
function moduleClosure(dist: string, base: string, entry: string, seen: Set<string>): string[] {
	if (seen.has(entry)) return [];
	seen.add(entry);
	const file = join(dist, entry.slice(base.length));
	if (!existsSync(file)) return [];
	const code = readFileSync(file, 'utf8');
	const imports = [
		...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g),
	].map((m) => m[1]!);
	const resolved = imports
		.map((i) => (i.startsWith('.') ? new URL(i, `http://x${entry}`).pathname : i))
		.filter((i) => i.startsWith(base));
	return [entry, ...resolved.flatMap((r) => moduleClosure(dist, base, r, seen))];
}

/** Weighs the page served at `url` (e.g. `/en/cases/nanjing/`). */
export function pageWeight(dist: string, url: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, url.slice(base.length), 'index.html'), 'utf8');
	const svgText = (html.match(/<svg id="dg-[\s\S]*?<\/svg>/g) ?? []).join('');
	const htmlOnly = html.replace(/<svg id="dg-[\s\S]*?<\/svg>/g, '');
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?![^>]*media="print")/g)]
		.map((m) => join(dist, m[1]!.slice(base.length)))
		.filter(existsSync)
		.map((f) => weigh(readFileSync(f)))
		.reduce(add, ZERO);
	const seen = new Set<string>();
	const js = [...html.matchAll(/<script type="module" src="([^"]+)"/g)]
		.flatMap((m) => moduleClosure(dist, base, m[1]!, seen))
		.map((f) => weigh(readFileSync(join(dist, f.slice(base.length)))))
		.reduce(add, ZERO);
	const inlineScripts = [
		...html.matchAll(/<script(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g),
	].map((m) => ({
		source: m[1]!,
		gzip: weigh(m[1]!).gzip,
	}));
	const w = { html: weigh(htmlOnly), svg: weigh(svgText), css, js };
	return { ...w, total: [w.html, w.svg, w.css, w.js].reduce(add, ZERO), inlineScripts };
}
