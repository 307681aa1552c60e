/**
 * A renamed page keeps its old URL: a redirect page at the old path in both languages, every
 * published anchor of the old URL on the new page, and the old URL still in the manifest.
 *
 * The page renamed is a chapter of the paper, whose slug is written in the sidebar
 * (src/lib/site/config.ts) and in the section map. A case page is not renamed: its URL is the id
 * of its data (`content/cases/<id>.yaml`), which the other data cites, so a case keeps its id.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv } from '../support/env.ts';
import { build, edit, output, project } from '../support/build.ts';
import { idsIn, parseHtml, refreshTarget } from '../support/html.ts';

const OLD = 'paper/conclusions';
const NEW = 'paper/conclusions-and-outlook';

/** Every MDX page of a project copy, relative to its root. */
function mdxPages(dir: string): string[] {
	const docs = 'src/content/docs';
	return readdirSync(join(dir, docs), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => `${docs}/${f}`);
}

/**
 * Renames the page as an author does: its files in both languages, its sidebar entry, its
 * sections in the section map, and every link to it.
 */
function rename(dir: string) {
	for (const l of ['zh', 'en']) {
		const docs = join(dir, `src/content/docs/${l}`);
		renameSync(join(docs, `${OLD}.mdx`), join(docs, `${NEW}.mdx`));
	}
	edit(dir, 'src/lib/site/config.ts', (ts) => ts.replace(`'${OLD}'`, `'${NEW}'`));
	edit(dir, 'content/paper/sections.yaml', (yaml) =>
		yaml.replaceAll(`page: ${OLD}\n`, `page: ${NEW}\n`),
	);
	for (const file of mdxPages(dir)) {
		const path = join(dir, file);
		const mdx = readFileSync(path, 'utf8');
		writeFileSync(path, mdx.replaceAll(`page="${OLD}"`, `page="${NEW}"`));
	}
}

/** The committed manifest of a project copy: published path → its anchors. */
const manifestPages = (dir: string): Record<string, string[]> =>
	(
		JSON.parse(readFileSync(join(dir, 'content/published-urls.json'), 'utf8')) as {
			pages: Record<string, string[]>;
		}
	).pages;

describe('a renamed page', () => {
	it('without a redirect stops the build: a published URL would disappear', () => {
		const dir = project();
		rename(dir);
		const result = build(dir, join(dir, 'dist'));
		expect(result.status).not.toBe(0);
		expect(output(result)).toMatch(
			new RegExp(`\\[url-dropped\\] published URL /zh/${OLD}/ is no longer built`),
		);
	}, 300_000);

	it('with a redirect keeps its old URL, its anchors and its manifest entry', () => {
		const dir = project();
		rename(dir);
		const redirects: Record<string, string> = {};
		for (const l of ['zh', 'en']) {
			redirects[`/${l}/${OLD}/`] = `/${l}/${NEW}/`;
			// The page's parallel view moves with it.
			redirects[`/${l}/parallel/${OLD}/`] = `/${l}/parallel/${NEW}/`;
		}
		writeFileSync(join(dir, 'content/redirects.json'), JSON.stringify({ redirects }));
		const published = manifestPages(dir);
		const out = join(dir, 'dist');
		const result = build(dir, out);
		expect(result.status, output(result)).toBe(0);

		for (const [from, to] of Object.entries(redirects)) {
			const page = parseHtml(readFileSync(join(out, from, 'index.html'), 'utf8'));
			expect(refreshTarget(page), from).toBe(to);
			// A link to an anchor of the old URL lands on that anchor of the new page.
			const anchors = published[from];
			expect(anchors?.length, `${from} has published anchors`).toBeGreaterThan(0);
			const now = idsIn(parseHtml(readFileSync(join(out, to, 'index.html'), 'utf8')));
			expect(
				anchors!.filter((a) => !now.has(a)),
				`anchors of ${from} missing on ${to}`,
			).toEqual([]);
		}
		expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(`/en/${OLD}/ /en/${NEW}/ 301`);

		const urls = spawnSync(process.execPath, ['scripts/update-urls.ts'], {
			cwd: dir,
			env: childEnv(),
			encoding: 'utf8',
		});
		expect(urls.status, output(urls)).toBe(0);
		const kept = manifestPages(dir);
		for (const [from, to] of Object.entries(redirects)) {
			expect(kept[from], `${from} stays in the manifest with its anchors`).toEqual(published[from]);
			expect(kept[to], `${to} is added to the manifest`).toEqual(
				expect.arrayContaining(published[from]!),
			);
		}
	}, 400_000);
});
