import { describe, expect, it } from 'vitest';
import {
	FALLBACK_POLICY,
	astroCsp,
	auditPage,
	charsetEnd,
	cspHash,
	headersFile,
	knownInlineScripts,
	onlyHashes,
	placePolicy,
	securePage,
	unionPolicy,
} from '../../../config/security/csp-policy.ts';

const SHIPPED = 'window.ok = 1;';
const POLICY = `default-src 'self'; script-src 'self' '${cspHash(SHIPPED)}'; style-src 'self'`;
/** A built page with the policy Astro wrote late in <head>, and a body. */
const page = (body: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>T</title>${head}<script>${SHIPPED}</script><meta http-equiv="content-security-policy" content="${POLICY}"></head><body>${body}</body></html>`;

describe('known inline scripts, from component sources', () => {
	it('takes the text of <script is:inline> as written; not processed, computed, external or data scripts', () => {
		const source = [
			'---\nconst x = 1;\n---',
			'<script is:inline>\n\twindow.a = 1;\n</script>',
			'<script is:inline aria-hidden="true">b()</script>',
			'<script>import "./bundled";</script>',
			'<script is:inline define:vars={{ x }}>c(x)</script>',
			'<script is:inline set:html={code} />',
			'<script is:inline src="/x.js"></script>',
			'<script type="application/ld+json" is:inline>{}</script>',
		].join('\n');
		expect(knownInlineScripts(source)).toEqual(['\n\twindow.a = 1;\n', 'b()']);
	});

	it('gives Astro a policy with no unsafe-inline or unsafe-eval for scripts', () => {
		const csp = astroCsp([cspHash('a')]);
		expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.scriptDirective.hashes).toEqual([cspHash('a')]);
		expect(JSON.stringify(csp.scriptDirective)).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		expect(csp.directives).toContain("object-src 'none'");
		expect(csp.directives).toContain("base-uri 'self'");
	});
});

describe('auditPage: a page may carry only what the site ships', () => {
	const audit = (body: string, redirect = false) =>
		auditPage(page(body), { policy: POLICY, redirect });

	it('passes a page with only shipped scripts, external same-origin scripts and JSON-LD', () => {
		expect(
			audit(
				'<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":"</b>"}</script><img src="/x.png"><img src="data:image/png;base64,AA"><a href="https://example.org/">out</a>',
			),
		).toEqual([]);
	});

	it.each([
		[
			'an inline script from MDX',
			'<script>document.title="x"</script>',
			/inline <script> not shipped by the site: "document\.title=\\"x\\""/,
		],
		[
			'a module script',
			'<script type="module">evil()</script>',
			/inline <script> not shipped.*evil\(\)/,
		],
		['a script in a <template>', '<template><script>t()</script></template>', /not shipped.*t\(\)/],
		['an SVG script', '<svg><script>s()</script></svg>', /not shipped.*s\(\)/],
		[
			'an event handler',
			'<p onclick="go()">x</p>',
			/<p> has an event-handler attribute onclick="go\(\)"/,
		],
		[
			'an SVG event handler',
			'<svg><g onload="go()"></g></svg>',
			/<g> has an event-handler attribute onload/,
		],
		['a javascript: URL', '<a href="java\tscript:go()">x</a>', /<a> has a javascript: URL in href/],
		[
			'an external image',
			'<img src="https://example.com/x.png">',
			/<img src="https:\/\/example\.com\/x\.png"> requests another site/,
		],
		[
			'a protocol-relative image in srcset',
			'<img srcset="/a.png 1x, //evil.example/b.png 2x">',
			/<img srcset="\/\/evil\.example\/b\.png"> requests another site/,
		],
		[
			'an external stylesheet',
			'<link rel="stylesheet" href="https://cdn.example/x.css">',
			/<link rel="stylesheet" href=.*requests another site/,
		],
		[
			'an external SVG image',
			'<svg><image href="https://evil.example/i.png"/></svg>',
			/<image href=.*requests another site/,
		],
		[
			'an iframe',
			'<iframe src="https://evil.example/"></iframe>',
			/<iframe src=.*requests another site/,
		],
		[
			'a style attribute loading a URL',
			'<p style="background:url(https://evil.example/x)">x</p>',
			/<p> style loads/,
		],
		['a <base>', '<base href="https://evil.example/">', /<base> changes where/],
		[
			'a meta refresh on an ordinary page',
			'<meta http-equiv="refresh" content="0;url=https://evil.example/">',
			/<meta http-equiv="refresh" content="0;url=https:\/\/evil\.example\/">/,
		],
		[
			'an inline style element',
			'<style>body{background:red}</style>',
			/inline <style> not in the policy/,
		],
	])('fails %s', (_name, body, message) => {
		const problems = audit(body);
		expect(problems.join('\n')).toMatch(message);
	});

	it('lets a redirect page carry its meta refresh', () => {
		expect(audit('<meta http-equiv="refresh" content="0;url=/en/">', true)).toEqual([]);
	});

	it('does not mistake text about markup for markup', () => {
		expect(
			audit(
				'<p><code>&lt;script&gt;x()&lt;/script&gt; onclick= http-equiv="content-security-policy"</code></p>',
			),
		).toEqual([]);
	});
});

describe('placePolicy: the CSP meta, always, right after <meta charset>', () => {
	it("moves Astro's policy from late in <head> to right after the charset", () => {
		const { html, policy } = placePolicy(page('<p>x</p>'), FALLBACK_POLICY);
		expect(policy).toBe(POLICY);
		expect(html).toMatch(
			/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src 'self'"><title>T<\/title><script>/,
		);
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
		expect(charsetEnd(html)).toBeLessThan(1024);
	});

	it.each([
		[
			'inline code that names the CSP meta',
			'<code>&lt;meta http-equiv="content-security-policy"&gt;</code>',
		],
		['a comment that names it', '<!-- http-equiv="content-security-policy" -->'],
		['an attribute value that names it', '<p title=\'http-equiv="content-security-policy"\'>x</p>'],
	])('keeps the policy on a page whose text contains %s', (_name, body) => {
		const { html } = placePolicy(page(body), FALLBACK_POLICY);
		expect(html).toContain(
			`<meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${POLICY}">`,
		);
	});

	it('gives a redirect page (no <head>, no charset) a charset and the fallback policy', () => {
		const redirect =
			'<!doctype html><title>Redirecting to: /en/new/</title><meta http-equiv="refresh" content="0;url=/en/new/"><meta name="robots" content="noindex"><body>…</body>';
		const { html, policy } = placePolicy(redirect, FALLBACK_POLICY);
		expect(policy).toBe(FALLBACK_POLICY);
		expect(policy).toContain("script-src 'none'");
		expect(
			html.startsWith(
				`<!doctype html><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${FALLBACK_POLICY}"><title>`,
			),
		).toBe(true);
		expect(charsetEnd(html)).toBeLessThan(1024);
	});

	it('refuses a page with a second CSP meta or one in <body>', () => {
		const injected = '<meta http-equiv="content-security-policy" content="script-src *">';
		expect(() => placePolicy(page('', injected), FALLBACK_POLICY)).toThrow(
			/more than one CSP <meta>/,
		);
		const inBody = page('')
			.replace(/<meta http-equiv[^>]*>/, '')
			.replace('<body>', `<body><div>${injected}</div>`);
		expect(() => placePolicy(inBody, FALLBACK_POLICY)).toThrow(/outside <head>/);
	});
});

describe('securePage: placing and auditing in one parse, as the build does', () => {
	it('returns the placed page, its policy and its problems', () => {
		const secured = securePage(page('<p onclick="x()">x</p>'), {
			fallback: FALLBACK_POLICY,
			redirect: false,
		});
		expect(secured.policy).toBe(POLICY);
		expect(secured.html).toContain(
			`<meta charset="utf-8"/><meta http-equiv="content-security-policy"`,
		);
		expect(secured.problems).toEqual(['<p> has an event-handler attribute onclick="x()"']);
	});

	it('reports a page with two CSP metas instead of throwing', () => {
		const injected = '<meta http-equiv="content-security-policy" content="script-src *">';
		const secured = securePage(page('', injected), { fallback: FALLBACK_POLICY, redirect: false });
		expect(secured.problems).toEqual(['the page has more than one CSP <meta>']);
	});
});

describe('onlyHashes: a page lists the hashes of its own inline scripts', () => {
	const other = cspHash('window.other = 1;');
	it('drops the hashes of scripts the page does not carry, keeps every other source', () => {
		expect(
			onlyHashes(
				`default-src 'self'; script-src 'self' '${cspHash(SHIPPED)}' '${other}'; style-src 'self' '${other}'`,
				new Set([cspHash(SHIPPED)]),
			),
		).toBe(`default-src 'self'; script-src 'self' '${cspHash(SHIPPED)}'; style-src 'self'`);
	});

	it('as the build places it: the page keeps its own hash, a hash it does not need goes', () => {
		const html = page('').replace(
			POLICY,
			`${POLICY.replace('; style-src', ` '${other}'; style-src`)}`,
		);
		const secured = securePage(html, { fallback: FALLBACK_POLICY, redirect: false });
		expect(secured.policy).toBe(POLICY);
		expect(secured.problems).toEqual([]);
	});
});

describe('_headers', () => {
	it('joins the pages’ policies directive by directive and adds the HTTP-only headers', () => {
		const union = unionPolicy([
			"default-src 'self'; script-src 'self' 'sha256-a'",
			"default-src 'self'; script-src 'none'",
			"default-src 'self'; script-src 'self' 'sha256-b'",
		]);
		expect(union).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
		const file = headersFile(union);
		expect(file.startsWith('/*\n')).toBe(true);
		expect(file).toContain(`Content-Security-Policy: ${union}; frame-ancestors 'none'`);
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Referrer-Policy: strict-origin-when-cross-origin');
	});
});
