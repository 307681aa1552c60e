/** A renamed page keeps its old URL: a redirect page at the old path, in both languages. */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, edit, project } from '../support/build.ts';
import { parseHtml, refreshTarget } from '../support/html.ts';

describe('a renamed page', () => {
	/** Renames the Shenyang case page in both languages, with its sidebar entry and links. */
	function rename(dir: string) {
		for (const l of ['zh', 'en']) {
			const base = join(dir, `src/content/docs/${l}/cases`);
			renameSync(join(base, 'shenyang.mdx'), join(base, 'shenyang-model.mdx'));
		}
		edit(dir, 'src/lib/site/config.ts', (ts) =>
			ts.replace("slug: 'cases/shenyang'", "slug: 'cases/shenyang-model'"),
		);
		for (const l of ['zh', 'en'])
			edit(dir, `src/content/docs/${l}/about.mdx`, (mdx) =>
				mdx.replaceAll('page="cases/shenyang"', 'page="cases/shenyang-model"'),
			);
	}

	it('without a redirect stops the build: a published URL would disappear', () => {
		const dir = project();
		rename(dir);
		const result = build(dir, join(dir, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(
			/\[url-dropped\] published URL \/zh\/cases\/shenyang\/ is no longer built/,
		);
	}, 300_000);

	it('with a redirect keeps its old URL (Astro page and _redirects)', () => {
		const dir = project();
		rename(dir);
		const list = {
			redirects: {
				'/zh/cases/shenyang/': '/zh/cases/shenyang-model/',
				'/en/cases/shenyang/': '/en/cases/shenyang-model/',
				// The page's parallel views move with it.
				'/zh/parallel/cases/shenyang/': '/zh/parallel/cases/shenyang-model/',
				'/en/parallel/cases/shenyang/': '/en/parallel/cases/shenyang-model/',
			},
		};
		writeFileSync(join(dir, 'content/redirects.json'), JSON.stringify(list));
		const out = join(dir, 'dist');
		const result = build(dir, out);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		for (const [from, to] of Object.entries(list.redirects)) {
			const page = parseHtml(readFileSync(join(out, from, 'index.html'), 'utf8'));
			expect(refreshTarget(page), from).toBe(to);
		}
		expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(
			'/en/cases/shenyang/ /en/cases/shenyang-model/ 301',
		);
	}, 300_000);
});
