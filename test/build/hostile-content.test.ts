/**
 * Hostile and broken content, each with a build of its own (no test depends on another's
 * build): the build makes no network request, text from content/ is escaped, markup in a title
 * or a page stops the build before anything is written, a tampered diagram cache is refused, and
 * every page as built passes the audit.
 */

import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { find, html as htmlSchema } from 'property-information';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { attr, findAll, pageElements, parseHtml, rawText, selectAll } from '../support/html.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { copyProject } from '../support/project-copy.ts';
import { build, buildCopy, edit, output, project, withoutNetwork } from '../support/build.ts';

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
			const tree = parseHtml(readFileSync(join(project, 'dist/en/about/index.html'), 'utf8'));
			// The page's own <title> (an SVG's <title> belongs to its drawing).
			const titles = pageElements('title', tree);
			expect(titles).toHaveLength(1);
			expect(rawText(titles[0]!)).toMatch(/^<\/title><script>alert\(1\)<\/script><title>x/);
			// Only the JSON-LD data block (not code) may hold the title's text.
			const code = selectAll('script', tree).filter(
				(el) => attr(el, 'type') !== 'application/ld+json',
			);
			expect(code.filter((el) => rawText(el).includes('alert(1)'))).toEqual([]);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});

/** Eight tricks that get through a regular-expression sanitiser, as a tampered cache would hold them. */
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

/**
 * Code that runs in the build after the build hooks (here an integration's exit handler, as an
 * MDX `export` could once register): it rewrites pages after the in-build audit, adds a script
 * file, a noscript refresh, an off-site overlay and a search fragment carrying a secret.
 */
const LATE_REWRITE = `{
	name: 'late-rewrite',
	hooks: {
		'astro:build:done': ({ dir }) => {
			const out = fileURLToPath(dir);
			process.on('exit', () => {
				const page = (file, change) => lateFs.writeFileSync(out + file, change(lateFs.readFileSync(out + file, 'utf8')));
				page('en/index.html', (h) => h.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '').replace('</body>', '<script>document.title="PWNED-after-audit"</script></body>'));
				lateFs.writeFileSync(out + '_astro/payload.js', 'document.title = "self-script";');
				page('en/about/index.html', (h) => h.replace('</body>', '<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/late"></noscript><script src="/_astro/payload.js"></script><a href="https://evil.example/login" style="position:fixed;inset:0">Sign in again</a></body>'));
				lateFs.writeFileSync(out + 'pagefind/fragment/en_late.pf_fragment', lateZlib.gzipSync('pagefind_dcd{"content":"' + process.env.SECRET_TOKEN + '"}'));
			});
		},
	},
},`;

describe('the audit of the finished site, and one build at a time', () => {
	it('refuses what code running after the build hooks wrote, and a second build while the first runs', async () => {
		const dir = project();
		edit(dir, 'astro.config.mjs', (config) =>
			config
				.replace(
					'// @ts-check\n',
					"// @ts-check\nimport * as lateFs from 'node:fs';\nimport * as lateZlib from 'node:zlib';\n",
				)
				.replace(
					'\t\thostRedirects({ redirects }, base),',
					`\t\thostRedirects({ redirects }, base),\n${LATE_REWRITE}`,
				),
		);
		const out = join(dir, 'dist');
		const env = childEnv({ SECRET_TOKEN: 's3cr3t-build-token-4402' });
		const first = spawn(process.execPath, ['scripts/build.ts', '--out-dir', out], {
			cwd: dir,
			env,
		});
		let printed = '';
		first.stdout.on('data', (d: Buffer) => (printed += d));
		first.stderr.on('data', (d: Buffer) => (printed += d));
		const exited = new Promise<number>((done) => first.on('exit', (code) => done(code ?? 1)));
		const lock = join(`${out}.versions`, '.lock');
		for (let i = 0; i < 600 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 100));
		expect(existsSync(lock), printed).toBe(true);

		const second = build(dir, out);
		expect(second.status).toBe(1);
		expect(output(second)).toContain(`Another build (pid ${first.pid}, started `);
		expect(output(second)).toMatch(/Wait for it to finish, or stop it \(kill \d+\)/);

		expect(await exited, printed).toBe(1);
		for (const problem of [
			'en/index.html: 0 Content-Security-Policy metas (exactly one is written)',
			'en/index.html: inline <script> not shipped by the site: "document.title=\\"PWNED-after-audit\\""',
			'en/about/index.html: <meta http-equiv="refresh" content="0;url=https://evil.example/late">',
			'en/about/index.html: <script src="/_astro/payload.js"> is not a script the build emitted from a component',
			'en/about/index.html: <a style="position:fixed"> lays a link to "https://evil.example/login" over the page',
			'pagefind/fragment/en_late.pf_fragment: contains the value of the environment variable SECRET_TOKEN',
		])
			expect(printed).toContain(problem);
		expect(printed).toContain('problem(s) in the finished site; it was not published');
		expect(printed).not.toContain('s3cr3t-build-token-4402');
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(`${out}.versions`)).toEqual([]);
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
				const tree = parseHtml(page.html);
				const els = findAll(tree, () => true);
				for (const el of els) {
					for (const prop of Object.keys(el.properties))
						expect(
							`${el.tagName} ${find(htmlSchema, prop).attribute.toLowerCase()}`,
							page.url,
						).not.toMatch(/ on/);
					expect(el.tagName, page.url).not.toMatch(/^(iframe|foreignobject|base)$/i);
				}
				const svgs = els.filter((el) => el.tagName === 'svg' && attr(el, 'id')?.startsWith('dg-'));
				expect(svgs.length, page.url).toBeGreaterThan(0);
				for (const svg of svgs) {
					const inside = findAll(svg, (el) => el !== svg).map((el) => el.tagName.toLowerCase());
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
						findAll(figure, (el) => el !== figure).filter((el) =>
							/^(script|style|meta|img|iframe)$/.test(el.tagName),
						),
						page.url,
					).toEqual([]);
				expect(page.html, page.url).not.toMatch(
					/evil\.example|javascript:|image-set|dataset\.[abc]=1/,
				);
				expect(
					els.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'refresh'),
				).toEqual([]);
				expect(page.html, page.url).toMatch(
					/<meta charset="utf-8"\/?><meta http-equiv="content-security-policy"/,
				);
			}
			const aboutHtml = readFileSync(join(project, 'dist/en/about/index.html'), 'utf8');
			const codes = selectAll('code', parseHtml(aboutHtml)).map(rawText);
			expect(codes).toContain('<meta http-equiv="content-security-policy">');
			expect(aboutHtml).toMatch(
				/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy"/,
			);
		} finally {
			rmSync(project, { recursive: true, force: true });
		}
	}, 300_000);
});
