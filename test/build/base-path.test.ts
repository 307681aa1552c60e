/**
 * The site deployed under a sub-path (e.g. a GitHub Pages project site): a second build with
 * BASE_PATH=/guide/ into a temporary folder, whose internal links and assets must all resolve.
 * The build runs while the file is collected, so that each page gets a test of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlPages } from '../support/dist.ts';
import { attr, findAll, parseHtml, selectAll } from '../support/html.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { PLACEHOLDER_SITE } from '../../src/lib/site/url.ts';

const BASE = '/guide/';
const SITE = 'https://example.github.io';

function buildUnderBase(): string {
	const out = join(mkdtempSync(join(tmpdir(), 'base-path-')), 'dist');
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', out], {
		cwd: ROOT,
		env: childEnv({ BASE_PATH: BASE, SITE_URL: SITE }),
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(`base-path build failed:\n${result.stdout}\n${result.stderr}`);
	return out;
}

const out = buildUnderBase();
const pages = htmlPages(out, BASE);

afterAll(() => {
	if (!process.env.KEEP) rmSync(out, { recursive: true, force: true });
});

describe(`a build with BASE_PATH=${BASE}`, () => {
	it('has the pages of both languages', () => {
		expect(pages.filter((p) => p.url.startsWith(`${BASE}zh/`)).length).toBeGreaterThan(40);
		expect(pages.filter((p) => p.url.startsWith(`${BASE}en/`)).length).toBeGreaterThan(40);
	});

	it('carries the real address everywhere: no placeholder domain, no placeholder notice', () => {
		const placeholder = new URL(PLACEHOLDER_SITE).host;
		const files = filesUnder(out).filter((f) =>
			/\.(html|json|csv|xml|txt|js|css)$|_headers$|_redirects$/.test(f),
		);
		expect(files.length).toBeGreaterThan(40);
		expect(files.filter((f) => readFileSync(f, 'utf8').includes(placeholder))).toEqual([]);
	});

	it('points the landing page at the prefixed locale homes', () => {
		const tree = parseHtml(readFileSync(join(out, 'index.html'), 'utf8'));
		const hrefs = selectAll('a[href]', tree).map((a) => attr(a, 'href'));
		expect(hrefs).toEqual(expect.arrayContaining([`${BASE}zh/`, `${BASE}en/`]));
	});

	describe.each(pages.filter((p) => !p.url.endsWith('404.html')).map((p) => [p.url, p] as const))(
		'%s',
		(_url, page) => {
			it('resolves every internal link, anchor and asset under the base path', () => {
				expect(brokenLinks(out, BASE, SITE, [page])).toEqual([]);
			});
			it('prefixes every root-relative link and asset with the base path', () => {
				const rootRelative = findAll(page.tree, () => true)
					.flatMap((el) => [attr(el, 'href'), attr(el, 'src')])
					.filter((url): url is string => url?.startsWith('/') ?? false);
				expect(rootRelative.filter((h) => !h.startsWith(BASE))).toEqual([]);
			});
		},
	);
});
