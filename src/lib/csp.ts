/**
 * Content Security Policy for the built pages. Astro's `security.csp` hashes only what Astro
 * bundles; Starlight's inline scripts (theme, sidebar state) and the inline `<style>` of rendered
 * SVGs need hashes too, so we hash every inline script and style element of each built page
 * ourselves and put the policy in a `<meta>` (and, for hosts that read it, in `_headers`).
 */
import { createHash } from 'node:crypto';

/** Directives every page gets, besides the per-page script and style hashes. */
export const BASE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	// Inline style *attributes* (`style="--depth: 1"`, Starlight's and ours) cannot be hashed
	// without 'unsafe-hashes'; they cannot run code, so attributes are allowed, elements are not.
	"style-src-attr 'unsafe-inline'",
] as const;

/** Headers that only HTTP can carry (a `<meta>` CSP ignores frame-ancestors). */
export const HTTP_ONLY = {
	frameAncestors: "frame-ancestors 'none'",
	other: {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'X-Frame-Options': 'DENY',
	},
} as const;

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of inline `<script>` elements (not those with `src`, not JSON-LD data blocks). */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/\ssrc=/i.test(m[1]!) && !/type="application\/(?:ld\+)?json"/i.test(m[1]!))
		.map((m) => m[2]!);
}

/** The contents of `<style>` elements, including those inside inline SVG. */
export function inlineStyles(html: string): string[] {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

/** The policy for one page: its own script and style hashes, plus the base directives. */
export function policyFor(html: string): string {
	const scripts = [...new Set(inlineScripts(html).map(hash))];
	const styles = [...new Set(inlineStyles(html).map(hash))];
	return policy(scripts, styles);
}

/** A policy from lists of hash sources. WebAssembly (Pagefind's search) needs 'wasm-unsafe-eval'. */
export function policy(scriptHashes: string[], styleHashes: string[]): string {
	return [
		...BASE_DIRECTIVES,
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
		`style-src 'self' ${styleHashes.join(' ')}`.trim(),
		`style-src-elem 'self' ${styleHashes.join(' ')}`.trim(),
	].join('; ');
}

/** Inserts the policy as the first element of `<head>`, before any script can run. */
export function injectMeta(html: string, content: string): string {
	if (/http-equiv="content-security-policy"/i.test(html)) return html;
	return html.replace(
		/<head>/i,
		`<head><meta http-equiv="content-security-policy" content="${content}">`,
	);
}

/** A Netlify / Cloudflare Pages `_headers` file: one policy for every path (union of hashes). */
export function headersFile(scriptHashes: string[], styleHashes: string[]): string {
	const csp = `${policy(scriptHashes, styleHashes)}; ${HTTP_ONLY.frameAncestors}`;
	const lines = [
		'/*',
		`  Content-Security-Policy: ${csp}`,
		...Object.entries(HTTP_ONLY.other).map(([k, v]) => `  ${k}: ${v}`),
	];
	return `${lines.join('\n')}\n`;
}

/** The hash sources of a page, for building the union. */
export function hashesOf(html: string): { scripts: string[]; styles: string[] } {
	return { scripts: inlineScripts(html).map(hash), styles: inlineStyles(html).map(hash) };
}
