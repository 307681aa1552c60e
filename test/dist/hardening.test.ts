/**
 * Honest failure and safety, each with a real build: the build makes no network request,
 * text from content/ is escaped, and a failed build leaves the previous dist/ untouched.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('a project with hostile and broken content', () => {
	let project: string;
	let out: string;

	beforeAll(() => {
		project = copyProject();
		out = join(project, 'dist');
	});
	afterAll(() => rmSync(project, { recursive: true, force: true }));

	it('escapes markup in data fields wherever it is rendered', () => {
		const file = join(project, 'content/cases/tongling.yaml');
		const yaml = readFileSync(file, 'utf8').replace(
			/^(name:\n\s+zh: ).*$/m,
			'$1"铜陵<script>alert(1)</script>模式"',
		);
		expect(yaml).toContain('<script>alert(1)</script>');
		writeFileSync(file, yaml.replace(/^(place:\n\s+zh: ).*$/m, '$1"<img src=x onerror=alert(2)>"'));
		const result = build(project, out);
		expect(result.status, result.stderr).toBe(0);
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

	it('a renamed page keeps its old URL through content/redirects.json (Astro page and _redirects)', () => {
		const move = (from: string, to: string) => renameSync(join(project, from), join(project, to));
		for (const l of ['zh', 'en'])
			move(
				`src/content/docs/${l}/cases/shenyang.mdx`,
				`src/content/docs/${l}/cases/shenyang-model.mdx`,
			);
		const config = join(project, 'src/lib/site-config.ts');
		writeFileSync(
			config,
			readFileSync(config, 'utf8').replace(
				"slug: 'cases/shenyang'",
				"slug: 'cases/shenyang-model'",
			),
		);
		for (const l of ['zh', 'en']) {
			const about = join(project, `src/content/docs/${l}/about.mdx`);
			writeFileSync(
				about,
				readFileSync(about, 'utf8').replaceAll(
					'page="cases/shenyang"',
					'page="cases/shenyang-model"',
				),
			);
		}

		const dropped = build(project, join(project, 'dist-dropped'));
		expect(dropped.status).not.toBe(0);
		expect(dropped.stdout + dropped.stderr).toMatch(
			/\[url-dropped\] published URL \/zh\/cases\/shenyang\/ is no longer built/,
		);

		const list = {
			redirects: {
				'/zh/cases/shenyang/': '/zh/cases/shenyang-model/',
				'/en/cases/shenyang/': '/en/cases/shenyang-model/',
			},
		};
		writeFileSync(join(project, 'content/redirects.json'), JSON.stringify(list));
		const out2 = join(project, 'dist-renamed');
		const result = build(project, out2);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(readFileSync(join(out2, 'zh/cases/shenyang/index.html'), 'utf8')).toMatch(
			/http-equiv="refresh" content="\d+;url=\/zh\/cases\/shenyang-model\/"/,
		);
		expect(readFileSync(join(out2, '_redirects'), 'utf8')).toContain(
			'/en/cases/shenyang/ /en/cases/shenyang-model/ 301',
		);
	}, 300_000);

	it('a failed build leaves the previous dist/ untouched and no partial output', () => {
		expect(existsSync(join(out, 'index.html'))).toBe(true);
		const before = statSync(join(out, 'index.html')).mtimeMs;
		const file = join(project, 'content/cases/nanjing.yaml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/^concepts:\n/m, 'concepts:\n  - no-such-concept\n'),
		);
		const result = build(project, out);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/\[unknown-id\].*no-such-concept/);
		expect(result.stderr).toMatch(/left untouched/);
		expect(statSync(join(out, 'index.html')).mtimeMs).toBe(before);
		expect(existsSync(`${out}.building`)).toBe(false);
	}, 300_000);
});
