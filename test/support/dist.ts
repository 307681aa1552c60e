/**
 * Reading the built site: its HTML files, their links and anchors. Used by the dist tests and the
 * base-path test, so both check links the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DC_SCHEMAS } from '../../src/lib/citation/head-metadata.ts';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { idsIn, isRedirect, linksIn, parseHtml, type Root } from './html.ts';

export interface HtmlPage {
	/** The page's site path, without any base path, e.g. `/en/cases/nanjing/`. */
	url: string;
	file: string;
	/** The bytes as served, for the checks that are about bytes (charset prescan, copy guard). */
	html: string;
	/** The page parsed (hast), on first use. */
	readonly tree: Root;
}

/** A page of `dist` whose tree is parsed once, when a test first reads it. */
function htmlPage(url: string, file: string): HtmlPage {
	const html = readFileSync(file, 'utf8');
	let tree: Root | undefined;
	return {
		url,
		file,
		html,
		get tree() {
			return (tree ??= parseHtml(html));
		},
	};
}

/**
 * Every HTML page of a built site, by site path (`/en/cases/`): the same whatever base path the
 * site is served under, so a test names a page the same way for a root and a sub-path build.
 */
export function htmlPages(dist: string): HtmlPage[] {
	return filesUnder(dist, { skip: ['pagefind'] })
		.filter((f) => f.endsWith('.html'))
		.map((file) => {
			const rel = relative(dist, file).replace(/\\/g, '/');
			const path = rel === 'index.html' ? '' : rel.replace(/index\.html$/, '');
			return htmlPage(`/${path}`, file);
		});
}

/** A site path as served under `base`: `/en/x/` under `/guide/` is `/guide/en/x/`. */
export const servedAt = (base: string, path: string): string => `${base}${path.slice(1)}`;

/** A 404 page (`404.html`, `zh/404.html`, `en/404.html`): served at any missing path, no URL of its own. */
export const isNotFoundPage = (url: string): boolean => /(?:^|\/)404\.html$/.test(url);

/**
 * The pages a reader reads at their own URL: every page but the redirect pages Astro writes for
 * renamed URLs and the 404 pages (test/dist/not-found.test.ts reads those).
 */
export const contentPages = (pages: HtmlPage[]): HtmlPage[] =>
	pages.filter((p) => !isRedirect(p.tree) && !isNotFoundPage(p.url));

/** The file a site URL resolves to in `dist`, or undefined. */
export function resolveUrl(dist: string, base: string, url: string): string | undefined {
	const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
	if (!path.startsWith(base)) return undefined;
	const rel = path.slice(base.length);
	const candidates =
		rel === '' || rel.endsWith('/') ? [join(dist, rel, 'index.html')] : [join(dist, rel)];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * External URLs a page may carry: Dublin Core namespace declarations (`<link rel="schema.DC">`,
 * never fetched) and the cite panel's searches for the paper's title, which a reader follows
 * and the about page lists.
 */
const DECLARED_EXTERNAL = [
	...Object.values(DC_SCHEMAS),
	'https://scholar.google.com/scholar?',
	'https://xueshu.baidu.com/s?',
	'https://kns.cnki.net/kns8s/defaultresult/index?',
];
const isDeclaredExternal = (href: string) =>
	DECLARED_EXTERNAL.some(
		(prefix) => href === prefix || (prefix.endsWith('?') && href.startsWith(prefix)),
	);

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/**
 * Internal links that do not resolve in `dist` (missing file or missing anchor), for a site
 * served under `base` at `site`: a root-relative link must carry the base path to resolve.
 * Absolute links to the site's own origin count as internal. Other external links are returned
 * as broken too: the site makes no third-party requests
 * except links a reader follows, which are listed on the about page.
 */
export function brokenLinks(
	dist: string,
	base: string,
	site: string,
	pages = htmlPages(dist),
): BrokenLink[] {
	const origin = new URL(site).origin;
	const byFile = new Map(pages.map((p) => [p.file, p]));
	const ids = new Map<string, Set<string>>();
	const treeOf = (file: string) => byFile.get(file)?.tree ?? parseHtml(readFileSync(file, 'utf8'));
	const idsOf = (file: string) => {
		if (!ids.has(file)) ids.set(file, file.endsWith('.html') ? idsIn(treeOf(file)) : new Set());
		return ids.get(file)!;
	};
	const broken: BrokenLink[] = [];
	// The 404 page is served at any URL; its canonical and language links are not meant to resolve.
	for (const page of pages.filter((p) => !p.url.endsWith('404.html'))) {
		for (const raw of linksIn(page.tree)) {
			if (/^(mailto:|data:)/.test(raw)) continue;
			// Canonical and alternate links carry the site's origin; they are internal all the same.
			const href = raw.startsWith(origin) ? raw.slice(origin.length) : raw;
			if (isDeclaredExternal(href)) continue;
			if (/^[a-z]+:\/\//i.test(href)) {
				broken.push({ page: page.url, href, reason: 'external URL' });
				continue;
			}
			const served = servedAt(base, page.url);
			const absolute = href.startsWith('#')
				? served + href
				: new URL(href, `http://x${served}`).pathname +
					(href.includes('#') ? `#${href.split('#')[1]}` : '');
			const file = resolveUrl(dist, base, absolute);
			if (!file) {
				broken.push({ page: page.url, href, reason: 'no such file' });
				continue;
			}
			const anchor = absolute.split('#')[1];
			if (anchor && !idsOf(file).has(decodeURIComponent(anchor)))
				broken.push({ page: page.url, href, reason: `no #${anchor}` });
		}
	}
	return broken;
}

/** The site paths of the pages a reader can visit: `/` and every zh/en page, no redirects. */
export function readerPages(dist: string): string[] {
	return contentPages(htmlPages(dist))
		.filter((p) => /^\/(zh|en)\//.test(p.url) || p.url === '/')
		.map((p) => p.url)
		.sort();
}
