/**
 * Content Security Policy. The allowed scripts come from sources we know, never from the built
 * pages: Astro's `security.csp` hashes what Astro bundles (our components' `<script>`s, inlined
 * or not), and `knownInlineScripts()` reads the `<script is:inline>` elements of Starlight's and
 * our own components, whose text reaches pages byte for byte. After the build, `auditPage()`
 * fails any page that carries another script, an event-handler attribute, a `javascript:` URL or
 * a request to another site, and `placePolicy()` moves the policy to right after
 * `<meta charset>` (Astro writes it late in `<head>`, after Starlight's inline scripts) or adds
 * it to pages Astro gives none (redirect pages).
 */
import { createHash } from 'node:crypto';
import type { Element as HastElement, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { find, html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';
import { attr as hastAttr, parseHtml } from '../../src/lib/html/hast.ts';

/** Directives besides script-src and style-src (Astro's `security.csp.directives`). */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Scripts from our own origin; WebAssembly for Pagefind's search. Never 'unsafe-inline'. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** A CSP hash source of a script's or style's text, as Astro writes them (no quotes). */
export const cspHash = (text: string): `sha256-${string}` =>
	`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The text of each `<script is:inline>` in an `.astro` component's source: Astro copies it to the
 * page unchanged, so its hash is known before the build. Scripts whose text is computed
 * (`set:html`, `define:vars`), external ones and JSON data blocks are left out.
 */
export function knownInlineScripts(astroSource: string): string[] {
	return [...astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => /\sis:inline\b/.test(attrs!))
		.filter(([, attrs]) => !/\s(?:set:html|set:text|define:vars|src)\b/.test(attrs!))
		.filter(([, attrs]) => !/type=["']application\/(?:ld\+)?json["']/.test(attrs!))
		.map(([, , body]) => body!);
}

/** The `security.csp` setting for Astro: our directives, resources and the known hashes. */
export function astroCsp(knownScriptHashes: `sha256-${string}`[]) {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...CSP_DIRECTIVES],
		scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: knownScriptHashes },
		styleDirective: {
			// Inline style *attributes* (`style="--sl-icon-size: 1em"`, Starlight's and ours) cannot
			// be hashed without 'unsafe-hashes'; they run no code, so attributes are allowed and
			// `<style>` elements are not.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
		},
	};
}

/** The policy of a page Astro wrote none for (a redirect page): no script, no inline style. */
export const FALLBACK_POLICY = [
	...CSP_DIRECTIVES,
	"script-src 'none'",
	"style-src 'self'",
	"style-src-attr 'unsafe-inline'",
].join('; ');

/** Script `type`s that are data, not code (never run, so never hashed). */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

/** Elements and attributes that make the browser fetch something. */
const FETCHES: Record<string, string[]> = {
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
	script: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
};
const FETCHING_LINKS =
	/\b(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest|apple-touch-icon)\b/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

type Element = T.Element;

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: Element) =>
	el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
const excerpt = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

/** Every element of a parsed document, `<template>` contents included. */
function* elements(node: T.ParentNode): Generator<Element> {
	for (const child of node.childNodes) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* elements(child);
		if (child.tagName === 'template') yield* elements((child as T.Template).content);
	}
}

/** A URL as the browser reads its scheme: control characters and spaces do not count. */
const urlScheme = (url: string) => [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');

/** Whether a URL the browser would fetch goes to another site (`https://…`, `//…`). */
export const external = (url: string): boolean => /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url);

/** An element's attributes by their HTML names (`onClick` → `onclick`, `xLinkHref` → `xlink:href`). */
function attributes(el: HastElement): { name: string; value: string }[] {
	return Object.keys(el.properties).flatMap((prop) => {
		const name = find(htmlSchema, prop).attribute.toLowerCase();
		const value = hastAttr(el, prop);
		return value === undefined ? [] : [{ name, value }];
	});
}

/** What is wrong with one element of a built page (see `auditPage`). */
function checkElement(el: HastElement, allowed: Set<string>, redirect: boolean): string[] {
	const out: string[] = [];
	const tag = el.tagName.toLowerCase();
	const get = (name: string) => hastAttr(el, name);
	for (const { name, value } of attributes(el)) {
		if (/^on/i.test(name))
			out.push(`<${tag}> has an event-handler attribute ${name}=${excerpt(value)}`);
		if (URL_ATTRIBUTES.has(name) && /^javascript:/i.test(urlScheme(value)))
			out.push(`<${tag}> has a javascript: URL in ${name}`);
		if (name === 'style' && /url\(\s*['"]?\s*(?:[a-z]+:|\/\/)/i.test(value))
			out.push(`<${tag}> style loads ${excerpt(value)}`);
	}
	for (const name of FETCHES[tag] ?? []) {
		const value = get(name);
		const urls =
			name === 'srcset' ? (value ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value];
		for (const url of urls)
			if (url && external(url) && !(tag === 'img' && /^data:/i.test(url)))
				out.push(`<${tag} ${name}=${excerpt(url)}> requests another site (no external requests)`);
	}
	if (tag === 'link' && FETCHING_LINKS.test(get('rel') ?? '') && external(get('href') ?? ''))
		out.push(`<link rel="${get('rel')}" href=${excerpt(get('href')!)}> requests another site`);
	if (tag === 'base') out.push('<base> changes where every relative URL points');
	if (tag === 'meta') {
		const equiv = (get('http-equiv') ?? '').toLowerCase();
		if (equiv === 'refresh' && !redirect)
			out.push(`<meta http-equiv="refresh" content=${excerpt(get('content') ?? '')}>`);
		else if (equiv && equiv !== 'refresh' && equiv !== 'content-security-policy')
			out.push(`<meta http-equiv="${equiv}">`);
	}
	if (tag === 'script' && get('src') === undefined) {
		const type = (get('type') ?? '').trim().toLowerCase();
		const text = toString(el);
		if (!DATA_TYPES.has(type) && !allowed.has(cspHash(text)))
			out.push(`inline <script> not shipped by the site: ${excerpt(text)}`);
	}
	if (tag === 'style' && !allowed.has(cspHash(toString(el))))
		out.push(`inline <style> not in the policy: ${excerpt(toString(el))}`);
	return out;
}

/** The hash sources (without quotes) a policy allows for script-src and style-src. */
export function allowedHashes(policy: string): Set<string> {
	return new Set([...policy.matchAll(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g)].map((m) => m[1]!));
}

/**
 * What is wrong with a built page: inline scripts or styles the policy does not allow, event
 * handlers, `javascript:` URLs, requests to other sites, `<base>`, stray `http-equiv` metas, and
 * anything but exactly one CSP meta in `<head>`. `redirect` pages may carry a meta refresh.
 */
export function auditPage(html: string, opts: { policy: string; redirect: boolean }): string[] {
	return auditTree(parseHtml(html), opts);
}

/**
 * `auditPage` on a page already parsed. The tree comes from the project's HTML reader, which
 * parses as a browser with scripting off does: what a `<noscript>` holds is elements, so a meta
 * refresh or a script inside one is seen.
 */
export function auditTree(tree: Root, opts: { policy: string; redirect: boolean }): string[] {
	const allowed = allowedHashes(opts.policy);
	const out: string[] = [];
	visit(tree, 'element', (el: HastElement) => {
		out.push(...checkElement(el, allowed, opts.redirect));
	});
	return out;
}

interface Located {
	el: Element;
	start: number;
	end: number;
}

function locate(html: string) {
	const doc = parse(html, { sourceCodeLocationInfo: true });
	const all = [...elements(doc)];
	const at = (el: Element): Located | undefined =>
		el.sourceCodeLocation
			? { el, start: el.sourceCodeLocation.startOffset, end: el.sourceCodeLocation.endOffset }
			: undefined;
	const isCsp = (el: Element) =>
		el.tagName === 'meta' &&
		(attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy';
	const head = all.find((el) => el.tagName === 'head');
	const inHead = (el: Element) => head !== undefined && el.parentNode === head;
	return {
		all,
		csp: all.filter(isCsp).map((el) => ({ ...at(el)!, inHead: inHead(el) })),
		charset: all.filter((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined).map(at),
		head: head && at(head),
		doctypeEnd: doc.childNodes.find((n) => n.nodeName === '#documentType')?.sourceCodeLocation
			?.endOffset,
	};
}

const metaTag = (policy: string) =>
	`<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;

/**
 * Puts the page's policy right after its `<meta charset>` (so the charset stays within the first
 * 1024 bytes and no element before the policy escapes it). The policy is the one Astro wrote in
 * `<head>`, with only the hashes of the page's own inline scripts and styles; a page with none (a redirect page) gets `fallback`, and a `<meta charset>` if it
 * lacks one. Throws when a page has more than one CSP meta or one outside `<head>`.
 */
export function placePolicy(html: string, fallback: string): { html: string; policy: string } {
	const { html: out, policy } = place(html, locate(html), fallback);
	return { html: out, policy };
}

/** The hash sources of the inline scripts and styles among `all` (as `cspHash` writes them). */
function inlineHashes(all: Element[]): Set<string> {
	return new Set(
		all
			.filter(
				(el) =>
					(el.tagName === 'script' &&
						attr(el, 'src') === undefined &&
						!DATA_TYPES.has((attr(el, 'type') ?? '').trim().toLowerCase())) ||
					el.tagName === 'style',
			)
			.map((el) => cspHash(textOf(el))),
	);
}

/**
 * `policy` with only the hash sources in `used`: Astro lists the hash of every inline script of
 * the whole site in every page; a page needs those of its own (five of fourteen on a case page),
 * and the site's `_headers` policy still gets them all (`unionPolicy`).
 * @example onlyHashes("script-src 'self' 'sha256-a' 'sha256-b'", new Set(['sha256-a']))
 * // "script-src 'self' 'sha256-a'"
 */
export function onlyHashes(policy: string, used: Set<string>): string {
	return policy
		.split(';')
		.map((part) =>
			part
				.trim()
				.split(/\s+/)
				.filter((source) => {
					const hash = /^'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'$/.exec(source)?.[1];
					return hash === undefined || used.has(hash);
				})
				.join(' '),
		)
		.filter(Boolean)
		.join('; ');
}

function place(html: string, found: ReturnType<typeof locate>, fallback: string) {
	if (found.csp.length > 1) throw new Error('the page has more than one CSP <meta>');
	const own = found.csp[0];
	if (own && !own.inHead) throw new Error('the page has a CSP <meta> outside <head>');
	const policy = own
		? onlyHashes((attr(own.el, 'content') ?? '').trim().replace(/;$/, ''), inlineHashes(found.all))
		: fallback;
	const without = own ? html.slice(0, own.start) + html.slice(own.end) : html;
	const removed = own ? own.end - own.start : 0;
	const shift = (n: number) => (own && n > own.start ? n - removed : n);
	const charset = found.charset[0];
	if (charset) {
		const at = shift(charset.end);
		return { html: without.slice(0, at) + metaTag(policy) + without.slice(at), policy };
	}
	const headStart = found.head?.el.sourceCodeLocation?.startTag?.endOffset;
	const at = headStart ?? found.doctypeEnd ?? 0;
	const insert = `<meta charset="utf-8">${metaTag(policy)}`;
	return { html: without.slice(0, at) + insert + without.slice(at), policy };
}

/**
 * `placePolicy()` and `auditPage()` in one parse, for the build: the page with its policy in
 * place, the policy, and what is wrong with the page (a page that cannot be placed is a problem).
 */
export function securePage(
	html: string,
	opts: { fallback: string; redirect: boolean },
): { html: string; policy: string; problems: string[] } {
	const found = locate(html);
	try {
		const placed = place(html, found, opts.fallback);
		const problems = auditPage(placed.html, { ...placed, redirect: opts.redirect });
		return { ...placed, problems };
	} catch (e) {
		return { html, policy: opts.fallback, problems: [e instanceof Error ? e.message : String(e)] };
	}
}

/** The byte offset at which a page's `<meta charset>` ends, or undefined when it has none. */
export function charsetEnd(html: string): number | undefined {
	const charset = locate(html).charset[0];
	return charset ? Buffer.byteLength(html.slice(0, charset.end), 'utf8') : undefined;
}

/** One policy with every source any of `policies` allows, directive by directive. */
export function unionPolicy(policies: string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies)
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = directives.get(name) ?? new Set<string>();
			sources.forEach((s) => set.add(s));
			directives.set(name, set);
		}
	// A page with no script says script-src 'none'; beside real sources 'none' means nothing.
	return [...directives]
		.map(([name, set]) => {
			const sources = set.size > 1 ? [...set].filter((s) => s !== "'none'") : [...set];
			return [name, ...sources].join(' ');
		})
		.join('; ');
}

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

/**
 * How long a browser may keep a response: HTML and every unhashed file (Pagefind's entry and
 * scripts, the data exports) are revalidated on each visit, so a reader never sees an old page;
 * files whose names carry a content hash (Astro's `/_astro/`, Pagefind's index chunks and
 * fragments) never change under their name and are kept a year without asking.
 */
export const CACHE_RULES = {
	revalidate: 'no-cache',
	immutable: 'public, max-age=31536000, immutable',
	hashed: ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'],
} as const;

/**
 * A Netlify / Cloudflare Pages `_headers` file: one policy for every path, and the caching of
 * CACHE_RULES. `! Cache-Control` (Cloudflare's detach) keeps the `/*` value from being joined
 * to the immutable one where both rules match.
 */
export function headersFile(policy: string): string {
	const lines = [
		'/*',
		`  Content-Security-Policy: ${policy}; ${HTTP_ONLY.frameAncestors}`,
		...Object.entries(HTTP_ONLY.other).map(([k, v]) => `  ${k}: ${v}`),
		`  Cache-Control: ${CACHE_RULES.revalidate}`,
		...CACHE_RULES.hashed.flatMap((path) => [
			path,
			'  ! Cache-Control',
			`  Cache-Control: ${CACHE_RULES.immutable}`,
		]),
	];
	return `${lines.join('\n')}\n`;
}
