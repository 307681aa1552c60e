/**
 * Honest failure and safety, each with a build of its own (no test depends on another's build):
 * the build makes no network request, text from content/ is escaped, markup in a title stops the
 * build before anything is written, a failed build leaves the previous dist/ untouched, and a
 * renamed page keeps its old URL.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { copyProject } from '../support/project-copy.ts';

const build = (cwd: string, outDir: string, wrap: string[] = []): SpawnSyncReturns<string> => {
	const [cmd, ...args] = [...wrap, process.execPath, 'scripts/build.ts', '--out-dir', outDir];
	return spawnSync(cmd!, args, { cwd, env: childEnv(), encoding: 'utf8' });
};

/** `unshare -n` (a network namespace with no interfaces) where we may; else a preload that throws. */
function withoutNetwork(): { wrap: string[]; how: string } {
	const probe = spawnSync('unshare', ['-n', 'true']);
	if (probe.status === 0) return { wrap: ['unshare', '-n'], how: 'unshare -n' };
	return { wrap: [], how: 'node --import no-network.mjs' };
}

/** Copies of the project made by a test, removed after it. */
const copies: string[] = [];
const project = () => {
	const dir = copyProject();
	copies.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Rewrites a file of a project copy; fails the test if the change does not apply. */
function edit(dir: string, file: string, change: (text: string) => string) {
	const full = join(dir, file);
	const before = readFileSync(full, 'utf8');
	const after = change(before);
	expect(after, `the edit of ${file} applies`).not.toBe(before);
	writeFileSync(full, after);
}

describe('the build with the network blocked', () => {
	it('succeeds (no step reaches the network)', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'offline-')), 'dist');
		const { wrap, how } = withoutNetwork();
		const env = wrap.length
			? childEnv()
			: childEnv({ NODE_OPTIONS: `--import ${join(ROOT, 'test/support/no-network.mjs')}` });
		const [cmd, ...args] = [...wrap, process.execPath, 'scripts/build.ts', '--out-dir', out];
		const result = spawnSync(cmd!, args, { cwd: ROOT, env, encoding: 'utf8' });
		expect(result.status, `${how}\n${result.stdout}\n${result.stderr}`).toBe(0);
		expect(existsSync(join(out, 'en/index.html'))).toBe(true);
		rmSync(out, { recursive: true, force: true });
	}, 300_000);
});

describe('hostile and broken content', () => {
	it('markup in a text field is escaped wherever it is rendered', () => {
		const dir = project();
		edit(dir, 'content/cases/tongling.yaml', (yaml) =>
			yaml
				.replace(/^(place:\n\s+zh: ).*$/m, '$1"<img src=x onerror=alert(2)>"')
				.replace(/^(summary:\n\s+zh: )>-\n\s+.*$/m, '$1"铜陵<script>alert(1)</script>模式"'),
		);
		const out = join(dir, 'dist');
		const result = build(dir, out);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		for (const page of [
			'zh/cases/tongling/index.html',
			'zh/cases/index.html',
			'zh/compare/index.html',
		]) {
			const html = readFileSync(join(out, page), 'utf8');
			expect(html, page).not.toContain('<script>alert(1)');
			expect(html, page).not.toContain('<img src=x');
		}
		expect(readFileSync(join(out, 'zh/cases/index.html'), 'utf8')).toContain(
			'&lt;script&gt;alert(1)&lt;/script&gt;',
		);
	}, 300_000);

	it('markup in a page title stops the build, names the file, and leaves the previous dist/ as it was', () => {
		const dir = project();
		// A previous, complete build (a marker file stands for it).
		const out = join(dir, 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'previous build');
		edit(dir, 'src/content/docs/en/about.mdx', (mdx) =>
			mdx.replace(/^title: .*$/m, 'title: "</title><script>alert(1)</script><title>x"'),
		);
		const result = build(dir, out);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(
			/src\/content\/docs\/en\/about\.mdx:2 +\[markup\] the title contains "<" or ">"/,
		);
		expect(result.stderr).toMatch(/left untouched/);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		expect(existsSync(`${out}.building`)).toBe(false);
	}, 300_000);

	it('a redirect to another site stops the build (no open redirect is published)', () => {
		const dir = project();
		writeFileSync(
			join(dir, 'content/redirects.json'),
			JSON.stringify({ redirects: { '/en/old/': 'https://evil.example/' } }),
		);
		const result = build(dir, join(dir, 'dist'));
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(
			/\[redirect\] "\/en\/old\/" redirects to another site/,
		);
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	}, 300_000);
});

describe('a renamed page', () => {
	/** Renames the Shenyang case page in both languages, with its sidebar entry and links. */
	function rename(dir: string) {
		for (const l of ['zh', 'en']) {
			const base = join(dir, `src/content/docs/${l}/cases`);
			renameSync(join(base, 'shenyang.mdx'), join(base, 'shenyang-model.mdx'));
		}
		edit(dir, 'src/lib/site-config.ts', (ts) =>
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
			},
		};
		writeFileSync(join(dir, 'content/redirects.json'), JSON.stringify(list));
		const out = join(dir, 'dist');
		const result = build(dir, out);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(readFileSync(join(out, 'zh/cases/shenyang/index.html'), 'utf8')).toMatch(
			/http-equiv="refresh" content="\d+;url=\/zh\/cases\/shenyang-model\/"/,
		);
		expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(
			'/en/cases/shenyang/ /en/cases/shenyang-model/ 301',
		);
	}, 300_000);
});
