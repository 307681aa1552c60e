/**
 * The URL promise over the built site: every URL and anchor in the committed manifest resolves
 * in dist/ or redirects to a page that has it; the build publishes nothing the manifest lacks.
 */
import { DIST_DIR } from '../support/site.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { idsIn, parseHtml, refreshTarget, type Root } from '../support/html.ts';
import { manifestOf } from '../../src/lib/urls/published.ts';
import { missingFrom, type Manifest } from '../../src/lib/urls/url-promise.ts';

const DIST = join(ROOT, DIST_DIR);
const manifest = JSON.parse(
	readFileSync(join(ROOT, 'content/published-urls.json'), 'utf8'),
) as Manifest;
const redirects = (
	JSON.parse(readFileSync(join(ROOT, 'content/redirects.json'), 'utf8')) as {
		redirects: Record<string, string>;
	}
).redirects;

/** The page a path serves, following one redirect (Astro writes a meta-refresh page). */
function resolve(path: string): { tree: Root; via?: string } | undefined {
	const file = join(DIST, path, 'index.html');
	if (!existsSync(file)) return undefined;
	const tree = parseHtml(readFileSync(file, 'utf8'));
	const to = refreshTarget(tree);
	if (!to) return { tree };
	const target = join(DIST, to, 'index.html');
	return existsSync(target)
		? { tree: parseHtml(readFileSync(target, 'utf8')), via: to }
		: undefined;
}

describe('published URLs and anchors (content/published-urls.json)', () => {
	it('the manifest covers both languages and the data files', () => {
		expect(Object.keys(manifest.pages).filter((p) => p.startsWith('/zh/')).length).toBeGreaterThan(
			40,
		);
		expect(manifest.files).toEqual(
			expect.arrayContaining([
				'/data/cases.json',
				'/data/cases.csv',
				'/data/concepts.json',
				'/data/timeline.json',
			]),
		);
	});

	it.each(Object.entries(manifest.pages))('%s resolves with all its anchors', (path, anchors) => {
		const page = resolve(path);
		expect(page, `${path} neither resolves nor redirects`).toBeDefined();
		const ids = idsIn(page!.tree);
		expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
	});

	it.each(manifest.files)('%s exists', (file) => {
		expect(existsSync(join(DIST, file))).toBe(true);
	});

	// Exactly the listed redirects, each to its target: a redirect page the list does not name
	// fails here as much as a listed one that was not built. While the list is empty this holds
	// the build to no redirect page at all; test/build/renamed-page.test.ts renames a page in a
	// copy of the project and follows the redirect the build makes for it.
	it('builds a redirect page for each entry of content/redirects.json, and no other', () => {
		const built = Object.fromEntries(
			htmlPages(DIST).flatMap((p) => {
				const to = refreshTarget(p.tree);
				return to ? [[p.url, to] as const] : [];
			}),
		);
		expect(built).toEqual(redirects);
		for (const [from, to] of Object.entries(redirects)) expect(resolve(from)?.via, from).toBe(to);
	}, 60_000);

	it('everything the build publishes is in the manifest (run `npm run urls` after adding pages)', () => {
		const built = manifestOf(htmlPages(DIST), manifest.files);
		expect(missingFrom(built, manifest)).toEqual([]);
	});
});
