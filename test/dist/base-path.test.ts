/**
 * The site deployed under a sub-path (e.g. a GitHub Pages project site): a second build with
 * BASE_PATH=/guide/ into a temporary folder, whose internal links and assets must all resolve.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlPages } from '../support/dist.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';

const BASE = '/guide/';
const SITE = 'https://example.github.io';
let out: string;
beforeAll(() => {
	out = join(mkdtempSync(join(tmpdir(), 'base-path-')), 'dist');
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', out], {
		cwd: ROOT,
		env: childEnv({ BASE_PATH: BASE, SITE_URL: SITE }),
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(`base-path build failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

afterAll(() => {
	if (!process.env.KEEP) rmSync(out, { recursive: true, force: true });
});

describe(`a build with BASE_PATH=${BASE}`, () => {
	it('resolves every internal link, anchor and asset under the base path', () => {
		const pages = htmlPages(out, BASE);
		expect(pages.length).toBeGreaterThan(40);
		expect(brokenLinks(out, BASE, SITE, pages)).toEqual([]);
	});

	it('prefixes every root-relative link and asset with the base path', () => {
		for (const page of htmlPages(out, BASE)) {
			const rootRelative = [...page.html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
			expect(
				rootRelative.filter((h) => !h.startsWith(BASE)),
				page.url,
			).toEqual([]);
		}
	});

	it('points the landing page at the prefixed locale homes', () => {
		const html = readFileSync(join(out, 'index.html'), 'utf8');
		expect(html).toContain(`href="${BASE}zh/"`);
		expect(html).toContain(`href="${BASE}en/"`);
	});
});
