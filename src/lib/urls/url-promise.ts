/**
 * The URL promise: the manifest of every published URL and anchor, and the redirect list for
 * renamed pages. Paths are site paths without the base path (`/en/cases/nanjing/`).
 */
import { readFileSync } from 'node:fs';
import { withBase } from '../i18n/locales.ts';

export interface Manifest {
	/** Page path → the anchors (ids) published on it. */
	pages: Record<string, string[]>;
	/** Other published files (data exports). */
	files: string[];
}

export interface RedirectList {
	redirects: Record<string, string>;
}

/**
 * Adds what a build publishes to the manifest; never removes anything (a URL, once published,
 * is kept: a page that goes away needs a redirect instead). Output is sorted for stable diffs.
 */
export function mergeManifest(old: Manifest, found: Manifest): Manifest {
	const pages: Record<string, string[]> = {};
	for (const path of new Set([...Object.keys(old.pages), ...Object.keys(found.pages)])) {
		pages[path] = [...new Set([...(old.pages[path] ?? []), ...(found.pages[path] ?? [])])].sort();
	}
	const sortedPages = Object.fromEntries(
		Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)),
	);
	return { pages: sortedPages, files: [...new Set([...old.files, ...found.files])].sort() };
}

/** Entries of `old` missing from `now`, as `path` or `path#anchor` strings. */
export function missingFrom(old: Manifest, now: Manifest): string[] {
	const missing: string[] = [];
	for (const [path, anchors] of Object.entries(old.pages)) {
		if (!(path in now.pages)) {
			missing.push(path);
			continue;
		}
		for (const a of anchors) if (!now.pages[path]!.includes(a)) missing.push(`${path}#${a}`);
	}
	for (const f of old.files) if (!now.files.includes(f)) missing.push(f);
	return missing;
}

/** The `_redirects` file (Netlify, Cloudflare Pages) for a redirect list under a base path. */
export function redirectsFile(list: RedirectList, base: string): string {
	const lines = Object.entries(list.redirects).map(
		([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301`,
	);
	return lines.length ? `${lines.join('\n')}\n` : '# No renamed pages yet.\n';
}

/**
 * A path of this site as a redirect may name it: `/zh/…/` or `/en/…/` (kebab-case segments,
 * trailing slash) or a `/data/` file. Anything else (`https://…`, `//host`, `\`) is refused, so no
 * redirect can send a reader to another site.
 */
export const SITE_PATH =
	/^\/(?:(?:zh|en)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*|data\/[a-z0-9-]+\.[a-z]+)$/;

/**
 * The redirects in `file` for astro.config.mjs. Never throws and keeps only site-path pairs: a
 * broken or hostile file configures no redirect, and the content checker, which runs next, stops
 * the build naming the file and line.
 */
export function readRedirects(file: string): Record<string, string> {
	let list: unknown;
	try {
		list = (JSON.parse(readFileSync(file, 'utf8')) as RedirectList).redirects;
	} catch {
		return {};
	}
	if (!list || typeof list !== 'object') return {};
	return Object.fromEntries(
		Object.entries(list).filter(
			(e): e is [string, string] =>
				typeof e[1] === 'string' && SITE_PATH.test(e[0]) && SITE_PATH.test(e[1]),
		),
	);
}
