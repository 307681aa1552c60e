import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedScript } from '../../../config/integrations/csp.ts';
import { cspHash } from '../../../config/security/csp-policy.ts';
import {
	auditDist,
	auditPublishedPage,
	secretVariables,
	type DistAuditOptions,
} from '../../../config/security/dist-audit.ts';

const SHIPPED = 'window.ok = 1;';
const POLICY = `default-src 'self'; script-src 'self' '${cspHash(SHIPPED)}'; style-src 'self'`;
const CSP = `<meta http-equiv="content-security-policy" content="${POLICY}">`;
/** A page as the build leaves it: charset, then the policy, then the rest of the head. */
const page = (body: string, head = '', csp = CSP) =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp}<title>T</title>${head}<script>${SHIPPED}</script><script type="module" src="/_astro/page.a1.js"></script></head><body>${body}</body></html>`;
const OPTS: DistAuditOptions = {
	redirectFiles: new Set(['en/old/index.html']),
	shippedScripts: new Set(['_astro/page.a1.js']),
	base: '/',
	env: {},
};
const audit = (html: string, file = 'en/about/index.html') => auditPublishedPage(html, file, OPTS);

describe('the audit of the published site (after the build child has exited)', () => {
	it('passes a page as the build writes it', () => {
		expect(audit(page('<p>Text <a href="https://example.org/">a link</a></p>'))).toEqual([]);
	});

	it('refuses a meta refresh inside <noscript>, in the head or the body', () => {
		const refresh =
			'<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/x"></noscript>';
		expect(audit(page('', refresh)).join('\n')).toMatch(
			/<meta http-equiv="refresh" content="0;url=https:\/\/evil\.example\/x"/,
		);
		expect(audit(page(refresh)).join('\n')).toMatch(/http-equiv="refresh"/);
	});

	it('lets a redirect page refresh to the site, never off-site or from <noscript>', () => {
		const redirect = (meta: string) => page('', meta);
		const file = 'en/old/index.html';
		expect(
			auditPublishedPage(
				redirect('<meta http-equiv="refresh" content="0;url=/en/new/">'),
				file,
				OPTS,
			),
		).toEqual([]);
		expect(
			auditPublishedPage(
				redirect('<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
				file,
				OPTS,
			),
		).toEqual(['the redirect leaves the site: 0;url=https://evil.example/']);
		expect(
			auditPublishedPage(
				page('<noscript><meta http-equiv="refresh" content="0;url=/en/">'),
				file,
				OPTS,
			).join(),
		).toMatch(/outside <head>/);
	});

	it('refuses a script the build did not emit (a file beside a page, imported with ?url)', () => {
		expect(audit(page('<script src="/_astro/payload.DsV34ADl.js"></script>'))).toEqual([
			'<script src="/_astro/payload.DsV34ADl.js"> is not a script the build emitted from a component',
		]);
		expect(
			audit(page('<noscript></noscript><template><script src="/_astro/x.js"></script></template>')),
		).toHaveLength(1);
	});

	it("takes shipped scripts from what the bundler emitted: chunks and package assets, not a page's ?url file", () => {
		expect(shippedScript({ type: 'chunk', fileName: '_astro/page.a1.js' })).toBe(true);
		expect(
			shippedScript({ type: 'asset', fileName: '_astro/ec.0vx5m.js', originalFileNames: [] }),
		).toBe(true);
		expect(
			shippedScript({
				type: 'asset',
				fileName: '_astro/payload.D1.js',
				originalFileNames: ['src/content/docs/en/payload.js'],
			}),
		).toBe(false);
		expect(shippedScript({ type: 'asset', fileName: '_astro/page.css' })).toBe(false);
	});

	it('refuses a page whose policy meta was removed, doubled or moved (a rewrite after the build hook)', () => {
		expect(audit(page('', '', ''))).toContain(
			'0 Content-Security-Policy metas (exactly one is written)',
		);
		expect(audit(page('', CSP))).toContain(
			'2 Content-Security-Policy metas (exactly one is written)',
		);
		const late = page('', CSP, '');
		expect(audit(late)).toContain(
			'the Content-Security-Policy meta is not right after <meta charset>',
		);
		// With its meta gone, the late inline script is also outside any policy.
		expect(audit(page('<script>document.title="PWNED"</script>')).join()).toMatch(
			/inline <script> not shipped/,
		);
	});

	it('refuses a positioned element that lays an off-site link over the page, CSS escapes read', () => {
		const overlay = (style: string) =>
			page(`<a href="https://evil.example/login" style="${style}">Your session expired</a>`);
		expect(
			audit(overlay('position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647')),
		).toEqual([
			'<a style="position:fixed"> lays a link to "https://evil.example/login" over the page',
		]);
		expect(audit(overlay('pos\\69 tion: /* x */ absolute'))).toHaveLength(1);
		expect(
			audit(page('<div style="position:sticky"><a href="//evil.example/">x</a></div>')),
		).toHaveLength(1);
		expect(audit(overlay('position:relative'))).toEqual([]);
		expect(audit(page('<a href="/en/about/" style="position:fixed">ours</a>'))).toEqual([]);
	});
});

describe('secret-looking environment values in what is published', () => {
	const dir = mkdtempSync(join(tmpdir(), 'dist-audit-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("takes variables by their name or by their value's shape, not plain words, numbers or paths", () => {
		const env = {
			SECRET_TOKEN: 's3cr3t-build-token',
			GITHUB_TOKEN: 'ghs_0123456789abcdefghijABCDEFGHIJ',
			SOME_VALUE: 'ghp_0123456789abcdefghijABCDEFGHIJ',
			HOME: '/root',
			AUTH_MODE: 'disabled',
			API_KEY: 'short',
			NPM_CONFIG_CACHE_KEY: '/tmp/cache',
		};
		expect(secretVariables(env).map(([name]) => name)).toEqual([
			'SECRET_TOKEN',
			'GITHUB_TOKEN',
			'SOME_VALUE',
		]);
	});

	it('finds a value in a page and in a gzip-compressed Pagefind fragment, naming the variable only', () => {
		mkdirSync(join(dir, 'en/about'), { recursive: true });
		mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
		writeFileSync(join(dir, 'en/about/index.html'), page('<p>ENVLEAK s3cr3t-build-token</p>'));
		writeFileSync(
			join(dir, 'pagefind/fragment/en_1.pf_fragment'),
			gzipSync(Buffer.from('pagefind_dcd{"content":"ENVLEAK s3cr3t-build-token"}')),
		);
		const problems = auditDist(dir, { ...OPTS, env: { SECRET_TOKEN: 's3cr3t-build-token' } });
		expect(problems).toEqual([
			'en/about/index.html: contains the value of the environment variable SECRET_TOKEN',
			'pagefind/fragment/en_1.pf_fragment: contains the value of the environment variable SECRET_TOKEN',
		]);
		expect(problems.join()).not.toContain('s3cr3t');
		expect(auditDist(dir, { ...OPTS, env: { SECRET_TOKEN: 'another-value-1' } })).toEqual([]);
	});
});
