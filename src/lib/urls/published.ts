/**
 * What a built site publishes: its pages with their anchors, and its data files. Read from the
 * HTML of `dist/`; used to update the URL manifest and to test it.
 */
import { selectAll } from 'hast-util-select';
import { attr, isRedirect, parseHtml, type Root } from '../html/hast.ts';
import type { Manifest } from './url-promise.ts';

/** Elements of a page's main column whose ids are published anchors (paragraph ids aside). */
const ANCHORS = 'h2[id], h3[id], li[id], figure.diagram[id]';

/**
 * The anchors a page publishes: h2/h3 ids, timeline events, diagrams, and paragraph ids (those of
 * paragraphs and list items, of a parallel view's rows, and the retired ids kept as anchors).
 */
export function anchorsOf(page: string | Root): string[] {
	const tree = typeof page === 'string' ? parseHtml(page) : page;
	const ids = selectAll('main', tree).flatMap((main) => [
		...selectAll(ANCHORS, main).map((el) => attr(el, 'id')!),
		...selectAll('[id^="p-"]', main)
			.map((el) => attr(el, 'id')!)
			.filter((id) => /^p-[a-z0-9-]+$/.test(id)),
	]);
	return [...new Set(ids)].filter((id) => !id.startsWith('starlight__')).sort();
}

/**
 * The manifest of a build from its HTML pages (`url` without base → html) and other files.
 * Redirect pages (Astro writes a meta refresh) are not published pages of their own.
 */
export function manifestOf(pages: { url: string; html: string }[], files: string[]): Manifest {
	const entries = pages
		// The pages of both languages and of every edition (/editions/<version>/<lang>/…).
		.filter((p) => /^\/(?:editions\/[^/]+\/)?(zh|en)\//.test(p.url))
		.map((p) => ({ url: p.url, tree: parseHtml(p.html) }))
		.filter((p) => !isRedirect(p.tree))
		.map((p) => [p.url, anchorsOf(p.tree)] as const)
		.sort(([a], [b]) => a.localeCompare(b));
	return { pages: Object.fromEntries(entries), files: [...files].sort() };
}
