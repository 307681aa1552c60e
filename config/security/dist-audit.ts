/**
 * The audit of what is published, run by scripts/build.ts after the `astro build` child has
 * exited and before the new folder is swapped in. Page content runs inside that child (an MDX
 * `export` can register `process.on('exit')` there), so an audit in a build hook can be undone
 * by code that runs after it; this one runs in the parent, on the files as they will be served,
 * and nothing runs after it but the swap.
 *
 * It reads every HTML page with the project's HTML reader (scripting off, so `<noscript>` holds
 * elements) and refuses: a page without exactly one CSP meta right after `<meta charset>`;
 * anything the page audit refuses (`auditTree`: scripts and styles the policy does not allow,
 * handlers, `javascript:`, off-site requests, `<base>`); a meta refresh anywhere but the
 * `<head>` of a redirect page, and one of those that leaves the site; a `<script src>` the build
 * did not emit from a component (a script file beside a page, imported with `?url`, is emitted as
 * an asset of that page); an element positioned over the page (`fixed`, `absolute`, `sticky`)
 * that is or holds a link to another site. Every file (the Pagefind index decompressed) is then
 * searched for the value of any secret-looking environment variable.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { filesUnder } from '../../src/lib/node/walk.ts';
import {
	attr,
	childElements,
	parseHtml,
	type Element,
	type Root,
} from '../../src/lib/html/hast.ts';
import { auditTree, external } from './csp-policy.ts';

/** What the audit needs to know besides the files. */
export interface DistAuditOptions {
	/** Output files of redirect pages (`en/old/index.html`): the only pages with a meta refresh. */
	redirectFiles: Set<string>;
	/**
	 * The JavaScript files the build emitted from components and packages, relative to the output
	 * folder (`_astro/page.x1.js`); undefined when unknown (then `<script src>` is not checked).
	 */
	shippedScripts?: Set<string>;
	/** The site's base path (`/` or `/repo/`), which script URLs start with. */
	base: string;
	/** The environment the build ran in, searched for secret-looking values. */
	env: NodeJS.ProcessEnv;
}

/** Names of environment variables whose values must never be published. */
const SECRET_NAME =
	/(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|SESSION|COOKIE|(?:^|_)KEY$|(?:^|_)PAT$)/i;
/** Values that look like a credential whatever the variable is called. */
const SECRET_VALUE =
	/^(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,}|glpat-[\w-]{20,}|xox[abposr]-[\w-]{10,}|AKIA[0-9A-Z]{16}|sk-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{30,}|eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]+)$/;

/**
 * The environment variables whose values look secret: by name (`…TOKEN`, `…SECRET`, `…_KEY`…)
 * with a value of 8 characters or more that is not a plain word, number or path, or by the value's
 * own shape (GitHub, GitLab, Slack, AWS, npm tokens, JWTs).
 * @example secretVariables({ GITHUB_TOKEN: 'ghp_…', HOME: '/root' }) // [['GITHUB_TOKEN', 'ghp_…']]
 */
export function secretVariables(env: NodeJS.ProcessEnv): [string, string][] {
	return Object.entries(env).filter((entry): entry is [string, string] => {
		const [name, value] = entry;
		if (value === undefined || value.length < 8) return false;
		if (SECRET_VALUE.test(value)) return true;
		// A name such as AUTH_MODE=disabled or SESSION_DIR=/tmp/x says nothing about its value.
		const plain = /^(?:[a-z]+|\d+|true|false|\/[\w./-]*)$/i.test(value);
		return SECRET_NAME.test(name) && !plain;
	});
}

/** A file's bytes as published, and decompressed when gzip (Pagefind's index and fragments). */
function readable(file: string): Buffer[] {
	const bytes = readFileSync(file);
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return [bytes];
	try {
		return [bytes, gunzipSync(bytes)];
	} catch {
		return [bytes];
	}
}

/** Files under `dir` that contain the value of a secret-looking variable (the value is not shown). */
export function secretsIn(dir: string, env: NodeJS.ProcessEnv): string[] {
	const secrets = secretVariables(env).map(([name, value]) => [name, Buffer.from(value)] as const);
	if (secrets.length === 0) return [];
	return filesUnder(dir).flatMap((file) => {
		const contents = readable(file);
		return secrets
			.filter(([, value]) => contents.some((bytes) => bytes.includes(value)))
			.map(
				([name]) =>
					`${relative(dir, file).split(sep).join('/')}: contains the value of the environment variable ${name}`,
			);
	});
}

/** The CSS `position` an inline style gives, with CSS escapes (`\66ixed`) and comments read. */
function position(style: string): string | undefined {
	const plain = style
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/\\(.)/g, '$1');
	return /(?:^|;)\s*position\s*:\s*([a-z-]+)/i.exec(plain)?.[1]?.toLowerCase();
}

/** Positioned elements that are, or hold, a link to another site: a fake dialog over the page. */
function overlays(tree: Root): string[] {
	return selectAll('[style]', tree).flatMap((el) => {
		const pos = position(attr(el, 'style') ?? '');
		if (pos !== 'fixed' && pos !== 'absolute' && pos !== 'sticky') return [];
		// selectAll includes `el` itself when it matches.
		const links = [...new Set([el, ...selectAll('a[href], area[href]', el)])].filter(
			(a) => (a.tagName === 'a' || a.tagName === 'area') && external(attr(a, 'href') ?? ''),
		);
		return links.map(
			(a) =>
				`<${el.tagName} style="position:${pos}"> lays a link to ${JSON.stringify(attr(a, 'href'))} over the page`,
		);
	});
}

/** The refresh metas of a page, with where they stand. */
function refreshProblems(tree: Root, redirect: boolean): string[] {
	const head = selectAll('head', tree)[0];
	return selectAll('meta', tree)
		.filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh')
		.flatMap((m) => {
			const content = attr(m, 'content') ?? '';
			const where = head && childElements(head).includes(m) ? 'head' : 'elsewhere';
			const target = /^\s*\d+\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)/i.exec(content)?.[1] ?? '';
			if (!redirect) return [`<meta http-equiv="refresh" content=${JSON.stringify(content)}>`];
			if (where !== 'head')
				return [`a meta refresh outside <head> (in <noscript> or the body): ${content}`];
			if (external(target)) return [`the redirect leaves the site: ${content}`];
			return [];
		});
}

/** The page's CSP meta, if it is exactly one and stands right after `<meta charset>` in `<head>`. */
function policyOf(tree: Root): { policy?: string; problem?: string } {
	const metas = selectAll('meta', tree).filter(
		(m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	if (metas.length !== 1)
		return { problem: `${metas.length} Content-Security-Policy metas (exactly one is written)` };
	const head = selectAll('head', tree)[0];
	const first = head ? childElements(head).slice(0, 2) : [];
	if (first[0] === undefined || attr(first[0], 'charset') === undefined || first[1] !== metas[0])
		return { problem: 'the Content-Security-Policy meta is not right after <meta charset>' };
	return { policy: attr(metas[0]!, 'content') ?? '' };
}

/** `<script src>` URLs that are not files the build emitted. */
function unshipped(tree: Root, shipped: Set<string>, base: string): string[] {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return selectAll('script[src]', tree).flatMap((s: Element) => {
		const src = attr(s, 'src') ?? '';
		const path = src.startsWith(prefix) ? src.slice(prefix.length).split(/[?#]/)[0]! : undefined;
		if (path !== undefined && shipped.has(path)) return [];
		return [
			`<script src=${JSON.stringify(src)}> is not a script the build emitted from a component`,
		];
	});
}

/**
 * Everything wrong with one published page (`file` relative to the output folder, `/` separated).
 */
export function auditPublishedPage(html: string, file: string, opts: DistAuditOptions): string[] {
	const tree = parseHtml(html);
	const redirect = opts.redirectFiles.has(file);
	const { policy, problem } = policyOf(tree);
	return [
		...(problem ? [problem] : []),
		...auditTree(tree, { policy: policy ?? '', redirect: true }),
		...refreshProblems(tree, redirect),
		...(opts.shippedScripts ? unshipped(tree, opts.shippedScripts, opts.base) : []),
		...overlays(tree),
	];
}

/**
 * The whole audit of a built folder: every page, then secrets in every file. Returns the
 * problems, each prefixed with its file; an empty list means the folder may be published.
 */
export function auditDist(dir: string, opts: DistAuditOptions): string[] {
	const pages = filesUnder(dir)
		.map((f) => relative(dir, f).split(sep).join('/'))
		.filter((f) => f.endsWith('.html'));
	return [
		...pages.flatMap((page) =>
			auditPublishedPage(readFileSync(`${dir}/${page}`, 'utf8'), page, opts).map(
				(p) => `${page}: ${p}`,
			),
		),
		...secretsIn(dir, opts.env),
	];
}
