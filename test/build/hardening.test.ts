/**
 * Honest failure and safety, each with a build of its own (no test depends on another's build):
 * the build makes no network request, text from content/ is escaped, markup in a title stops the
 * build before anything is written, a failed build leaves the previous dist/ untouched, and a
 * renamed page keeps its old URL.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { attrOf, elementsOf, HTML, textOf } from '../support/parse5.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { copyProject } from '../support/project-copy.ts';
import { swapErrorMessage } from '../../scripts/lib/swap-error.ts';

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
		expect(readFileSync(join(out, 'zh/cases/shenyang/index.html'), 'utf8')).toMatch(
			/http-equiv="refresh" content="\d+;url=\/zh\/cases\/shenyang-model\/"/,
		);
		expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(
			'/en/cases/shenyang/ /en/cases/shenyang-model/ 301',
		);
	}, 300_000);
});

// ---------------------------------------------------------------------------------------------
// Security (issue #15). Each test builds its own project copy and depends on no other test.

/** A build of a project copy into its own `dist`. */
const buildCopy = (project: string) => build(project, join(project, 'dist'));
const output = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

describe('hostile page content stops the build', () => {
	// The content checker refuses them first (naming the MDX file and line); the post-build audit
	// that would also stop them is unit-tested (test/unit/security/csp-policy.test.ts) and meets real output in the
	// tampered-cache test below.
	it('an inline script and an external image in MDX fail the build, naming the page and the markup', () => {
		const project = copyProject();
		try {
			const about = join(project, 'src/content/docs/en/about.mdx');
			writeFileSync(
				about,
				`${readFileSync(about, 'utf8')}\n\n<script>document.title="x"</script>\n\n<img src="https://example.com/pixel.png" alt="" />\n`,
			);
			const result = buildCopy(project);
			expect(result.status).not.toBe(0);
			expect(output(result)).toMatch(
				/en\/about\.mdx:\d+ +\[html\] <script> is not allowed in a page/,
			);
			expect(output(result)).toMatch(
				/en\/about\.mdx:\d+ +\[html\] <img src="https:\/\/example\.com\/pixel\.png">: loads from another site/,
			);
			expect(existsSync(join(project, 'dist'))).toBe(false);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it('a page title with </title><script> is refused, or published as text only', () => {
		const project = copyProject();
		try {
			const about = join(project, 'src/content/docs/en/about.mdx');
			writeFileSync(
				about,
				readFileSync(about, 'utf8').replace(
					/^title: .*$/m,
					'title: "</title><script>alert(1)</script><title>x"',
				),
			);
			const result = buildCopy(project);
			if (result.status !== 0) {
				// The checker refuses markup in titles (naming the file); never the audit or a crash.
				expect(output(result)).toMatch(/en\/about\.mdx.*title/);
				return;
			}
			const els = [
				...elementsOf(parse(readFileSync(join(project, 'dist/en/about/index.html'), 'utf8'))),
			];
			const titles = els.filter((el) => el.tagName === 'title' && el.namespaceURI === HTML);
			expect(titles).toHaveLength(1);
			expect(textOf(titles[0]!)).toMatch(/^<\/title><script>alert\(1\)<\/script><title>x/);
			// Only the JSON-LD data block (not code) may hold the title's text.
			const code = els.filter(
				(el) => el.tagName === 'script' && attrOf(el, 'type') !== 'application/ld+json',
			);
			expect(code.filter((el) => textOf(el).includes('alert(1)'))).toEqual([]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});

/** The eight tricks that got through the old regular-expression sanitiser (reliability review). */
const SVG_PAYLOADS = [
	'<scr<script></script>ipt>document.body.dataset.a=1</script>',
	'<g/onclick=document.body.dataset.b=1><rect width="5" height="5"></rect></g>',
	'<a href=&#106;avascript:document.body.dataset.c=1><text>c</text></a><a href=https://evil.example/><text>d</text></a>',
	'<foreignObj<foreignObject></foreignObject>ect><iframe src=https://evil.example/frame></iframe></foreignObj<foreignObject></foreignObject>ect>',
	'<style>svg{background:image-set("https://evil.example/i.png" 1x)}</style>',
	'</svg><img src="https://evil.example/p.png">',
	'<meta http-equiv="refresh" content="3;url=https://evil.example/phish">',
	'<!-- http-equiv="content-security-policy" -->',
];

describe('a tampered diagram cache', () => {
	it('with all eight payloads in every cached SVG, stops the build before any page is written, naming each file', () => {
		const project = copyProject();
		try {
			const cache = join(project, 'content/diagrams/rendered');
			const cached = readdirSync(cache).filter((f) => f.endsWith('.svg'));
			expect(cached.length).toBeGreaterThan(0);
			for (const f of cached) {
				const svg = readFileSync(join(cache, f), 'utf8');
				writeFileSync(join(cache, f), svg.replace(/<\/svg>\s*$/, `${SVG_PAYLOADS.join('')}</svg>`));
			}
			const result = buildCopy(project);
			expect(result.status, output(result)).not.toBe(0);
			for (const f of cached)
				expect(output(result)).toMatch(
					new RegExp(
						`content/diagrams/rendered/${f}\\s+\\[diagram-cache\\] not a clean diagram: element <(?:scr<)?script> is not allowed`,
					),
				);
			expect(existsSync(join(project, 'dist/index.html'))).toBe(false);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});

describe('every page as built', () => {
	it('carries no script, handler or external reference, and its policy right after the charset', () => {
		const project = copyProject();
		try {
			// A page whose text names the CSP meta keeps its policy.
			const about = join(project, 'src/content/docs/en/about.mdx');
			writeFileSync(
				about,
				`${readFileSync(about, 'utf8')}\n\nThe policy is a \`<meta http-equiv="content-security-policy">\` element.\n`,
			);
			// A redirect page (Astro writes it with no <head>) carries a charset and a policy too.
			writeFileSync(
				join(project, 'content/redirects.json'),
				JSON.stringify({ redirects: { '/en/old-about/': '/en/about/' } }),
			);
			const result = buildCopy(project);
			expect(result.status, output(result)).toBe(0);
			const redirect = readFileSync(join(project, 'dist/en/old-about/index.html'), 'utf8');
			expect(redirect).toMatch(
				/^<!doctype html><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*script-src 'none'/i,
			);
			expect(redirect).toMatch(/http-equiv="refresh" content="\d+;url=\/en\/about\/"/);
			const pages = htmlPages(join(project, 'dist'));
			const withDiagrams = pages.filter((p) => p.html.includes('class="diagram not-content'));
			expect(withDiagrams.length).toBeGreaterThanOrEqual(12);
			for (const page of withDiagrams) {
				const els = [...elementsOf(parse(page.html))];
				for (const el of els) {
					for (const a of el.attrs) expect(`${el.tagName} ${a.name}`, page.url).not.toMatch(/ on/);
					expect(el.tagName, page.url).not.toMatch(/^(iframe|foreignobject|base)$/i);
				}
				const svgs = els.filter(
					(el) => el.tagName === 'svg' && attrOf(el, 'id')?.startsWith('dg-'),
				);
				expect(svgs.length, page.url).toBeGreaterThan(0);
				for (const svg of svgs) {
					const inside = [...elementsOf(svg)].map((el) => el.tagName.toLowerCase());
					expect(
						inside.filter((t) =>
							/^(script|style|meta|img|a|iframe|foreignobject|use|image)$/.test(t),
						),
						page.url,
					).toEqual([]);
				}
				const figures = els.filter((el) => el.tagName === 'figure');
				for (const figure of figures)
					expect(
						[...elementsOf(figure)].filter((el) =>
							/^(script|style|meta|img|iframe)$/.test(el.tagName),
						),
						page.url,
					).toEqual([]);
				expect(page.html, page.url).not.toMatch(
					/evil\.example|javascript:|image-set|dataset\.[abc]=1/,
				);
				expect(
					els.filter((el) => el.tagName === 'meta' && attrOf(el, 'http-equiv') === 'refresh'),
				).toEqual([]);
				expect(page.html, page.url).toMatch(
					/<meta charset="utf-8"\/?><meta http-equiv="content-security-policy"/,
				);
			}
			const aboutHtml = readFileSync(join(project, 'dist/en/about/index.html'), 'utf8');
			const codes = [...elementsOf(parse(aboutHtml))]
				.filter((el) => el.tagName === 'code')
				.map(textOf);
			expect(codes).toContain('<meta http-equiv="content-security-policy">');
			expect(aboutHtml).toMatch(
				/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy"/,
			);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});

describe('scripts/build.ts: never a half-swapped site', () => {
	/** A project copy whose `dist` links to a complete earlier build (a marker page). */
	function withPreviousBuild(): { project: string; out: string } {
		const project = copyProject();
		const out = join(project, 'dist');
		mkdirSync(join(project, 'dist.versions/old'), { recursive: true });
		writeFileSync(join(project, 'dist.versions/old/index.html'), 'previous build');
		symlinkSync('dist.versions/old', out);
		return { project, out };
	}
	const spawnBuild = (project: string, wrap: string[] = []) => {
		const [cmd, ...args] = [
			...wrap,
			process.execPath,
			'scripts/build.ts',
			'--out-dir',
			join(project, 'dist'),
		];
		return spawn(cmd!, args, { cwd: project, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
	};
	const gone = (pid: number) => {
		try {
			process.kill(pid, 0);
			return false;
		} catch {
			return true;
		}
	};
	const until = async (check: () => boolean, ms: number) => {
		for (const end = Date.now() + ms; Date.now() < end;) {
			if (check()) return true;
			await new Promise((r) => setTimeout(r, 50));
		}
		return check();
	};

	it('swaps the new build in with one rename: dist/index.html exists at every moment', async () => {
		const { project, out } = withPreviousBuild();
		try {
			const child = spawnBuild(project);
			let missing = 0;
			let polls = 0;
			const poll = setInterval(() => {
				polls++;
				if (!existsSync(join(out, 'index.html'))) missing++;
			}, 2);
			const code = await new Promise<number | null>((done) => child.on('exit', done));
			clearInterval(poll);
			expect(code).toBe(0);
			expect(polls).toBeGreaterThan(100);
			expect(missing).toBe(0);
			expect(lstatSync(out).isSymbolicLink()).toBe(true);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('社区治理改革导读');
			expect(readdirSync(join(project, 'dist.versions'))).toEqual([
				readlinkSync(out).split('/').pop(),
			]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it.each(['SIGINT', 'SIGTERM'] as const)(
		'%s to npm run build stops the astro child and removes the unfinished folder',
		async (signal) => {
			const { project, out } = withPreviousBuild();
			try {
				const child = spawnBuild(project);
				let text = '';
				child.stdout.on('data', (d: Buffer) => (text += d.toString()));
				child.stderr.on('data', (d: Buffer) => (text += d.toString()));
				// Stop it in the middle: once Astro has started rendering.
				expect(await until(() => /\[build\]/.test(text), 120_000), text).toBe(true);
				const astroPid = Number(/astro build \(pid (\d+)\)/.exec(text)?.[1]);
				expect(astroPid).toBeGreaterThan(0);
				child.kill(signal);
				const code = await new Promise<number | null>((done) => child.on('exit', done));
				expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
				expect(text).toMatch(new RegExp(`Build stopped \\(${signal}\\)[\\s\\S]*left untouched`));
				expect(await until(() => gone(astroPid), 15_000), 'the astro child is still running').toBe(
					true,
				);
				expect(readdirSync(join(project, 'dist.versions'))).toEqual(['old']);
				expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
			} finally {
				rmSync(project, { recursive: true, force: true });
			}
		},
		300_000,
	);

	it('SIGKILL to the build script alone: the astro child stops too (no orphan)', async () => {
		const { project, out } = withPreviousBuild();
		try {
			const child = spawnBuild(project);
			let text = '';
			child.stdout.on('data', (d: Buffer) => (text += d.toString()));
			expect(await until(() => /\[build\]/.test(text), 120_000), text).toBe(true);
			const astroPid = Number(/astro build \(pid (\d+)\)/.exec(text)?.[1]);
			child.kill('SIGKILL');
			expect(await until(() => gone(astroPid), 15_000), 'the astro child is orphaned').toBe(true);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it('EXDEV (the versions folder on another file system) gives a clear message and leaves dist/ as it was', () => {
		const project = copyProject();
		try {
			const out = join(project, 'dist');
			mkdirSync(out);
			writeFileSync(join(out, 'index.html'), 'previous build');
			mkdirSync(`${out}.versions`);
			if (spawnSync('unshare', ['-rm', 'true']).status !== 0) {
				// No mount namespace here: the message itself is what we can check.
				const err = Object.assign(new Error('cross-device'), { code: 'EXDEV' });
				expect(swapErrorMessage(err, out, `${out}.versions/x`)).toMatch(
					/different file systems \(EXDEV\)/,
				);
				return;
			}
			// dist.versions on a file system of its own: moving the old plain dist/ into it crosses devices.
			const script = `mount -t tmpfs none '${out}.versions' && exec "$@"`;
			const result = build(project, out, ['unshare', '-rm', 'sh', '-c', script, 'sh']);
			expect(result.status).not.toBe(0);
			expect(result.stderr).toMatch(
				/could not be published: dist and dist\.versions are on different file systems \(EXDEV\)[\s\S]*left untouched/,
			);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);

	it('EBUSY (dist/ is a mount point) gives a clear message and leaves dist/ as it was', () => {
		const project = copyProject();
		try {
			const out = join(project, 'dist');
			mkdirSync(out);
			const script = `mount -t tmpfs none '${out}' && echo 'previous build' > '${out}/index.html' && exec "$@"`;
			if (spawnSync('unshare', ['-rm', 'true']).status !== 0) {
				// No mount namespace here: the message itself is what we can check.
				const err = Object.assign(new Error('busy'), { code: 'EBUSY' });
				expect(swapErrorMessage(err, out, `${out}.versions/x`)).toMatch(
					/mount point or held open .* \(EBUSY\)/,
				);
				return;
			}
			const result = build(project, out, ['unshare', '-rm', 'sh', '-c', script, 'sh']);
			expect(result.status).not.toBe(0);
			expect(result.stderr).toMatch(
				/could not be published: dist is busy: it is a mount point or held open by another program \(EBUSY\)[\s\S]*left untouched/,
			);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(readdirSync(`${out}.versions`)).toEqual([]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});
