/**
 * What a built site publishes: its pages with their anchors, and its data files. Read from the
 * HTML of `dist/`; used to update the URL manifest and to test it.
 */
import type { Manifest } from './url-promise.ts';

/**
 * The anchors a page publishes: h2/h3 ids, timeline events, diagrams, and paragraph ids (those of
 * paragraphs and list items, of a parallel view's rows, and the retired ids kept as anchors).
 */
export function anchorsOf(html: string): string[] {
	const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
	const ids = [
		...[...main.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!),
		...[...main.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]!),
		...[...main.matchAll(/<figure class="diagram[^"]*" id="([^"]+)"/g)].map((m) => m[1]!),
		...[...main.matchAll(/\sid="(p-[a-z0-9-]+)"/g)].map((m) => m[1]!),
	];
	return [...new Set(ids)].filter((id) => !id.startsWith('starlight__')).sort();
}

/**
 * The manifest of a build from its HTML pages (`url` without base → html) and other files.
 * Redirect pages (Astro writes a meta refresh) are not published pages of their own.
 */
export function manifestOf(pages: { url: string; html: string }[], files: string[]): Manifest {
	const entries = pages
		.filter((p) => /^\/(zh|en)\//.test(p.url) && !/http-equiv="refresh"/.test(p.html))
		.map((p) => [p.url, anchorsOf(p.html)] as const)
		.sort(([a], [b]) => a.localeCompare(b));
	return { pages: Object.fromEntries(entries), files: [...files].sort() };
}
