/** The redirect list: paths of this site, no loops, no chains onto missing pages. */
import { SITE_PATH } from '../../../src/lib/urls/url-promise.ts';
import { type Check, type Context } from '../../context.ts';
import { hintFor } from '../../suggest.ts';
import { publishedPaths } from './manifest.ts';

/** The redirect list as `from → to`, string values only (checkRedirects reports the rest). */
export function redirectMap(ctx: Context): Record<string, string> {
	const list = ctx.project.redirects.value?.redirects;
	if (!list || typeof list !== 'object') return {};
	return Object.fromEntries(
		Object.entries(list).filter((e): e is [string, string] => typeof e[1] === 'string'),
	);
}

function redirectProblem(
	ctx: Context,
	from: string,
	to: unknown,
	list: Record<string, string>,
	paths: Set<string>,
) {
	if (typeof to !== 'string')
		return {
			message: `the target of "${from}" is not a string`,
			hint: 'write "old path": "new path"',
		};
	if (!SITE_PATH.test(from))
		return {
			message: `"${from}" is not a path of this site`,
			hint: 'write the old path as it was published, e.g. "/en/cases/shenyang/"',
		};
	if (/^[a-z][a-z0-9+.-]*:|^\/\/|\\/i.test(to))
		return {
			message: `"${from}" redirects to another site ("${to}"): an open redirect, which a phishing link can use to borrow this site's address`,
			hint: 'redirect only to a page of this site, written as a path: "/en/…/"',
		};
	if (!SITE_PATH.test(to))
		return {
			message: `"${from}" redirects to "${to}", which is not a path of this site`,
			hint: 'write the target as a site path with a trailing slash, e.g. "/en/cases/shenyang-model/"',
		};
	if (from === to) return { message: `"${from}" redirects to itself`, hint: 'remove the entry' };
	if (list[to] !== undefined) {
		const loop = seenLoop(list, from);
		return loop
			? {
					message: `redirects loop: ${loop.join(' → ')}`,
					hint: 'point each old path straight at the page that exists now',
				}
			: {
					message: `"${from}" redirects to "${to}", which redirects again`,
					hint: `point it straight at "${final(list, to)}"`,
				};
	}
	if (paths.has(from))
		return {
			message: `"${from}" is still a page: the redirect would hide it`,
			hint: 'remove the redirect, or the page',
		};
	if (!paths.has(to) && !ctx.project.dataFiles.includes(to))
		return {
			message: `"${from}" redirects to "${to}", which is not built`,
			hint: hintFor(to, paths, 'page'),
		};
	return undefined;
}

function seenLoop(list: Record<string, string>, start: string): string[] | undefined {
	const path = [start];
	let at = list[start];
	while (at !== undefined) {
		path.push(at);
		if (at === start) return path;
		if (path.indexOf(at) !== path.length - 1) return undefined;
		at = list[at];
	}
	return undefined;
}

const final = (list: Record<string, string>, to: string) => {
	let at = to;
	for (let i = 0; i < 50 && list[at] !== undefined; i++) at = list[at]!;
	return at;
};

/**
 * content/redirects.json: every entry is "old site path" → "existing site path" (never another
 * site), with no chains or loops; checked before the build writes a single redirect page.
 */
export const checkRedirects: Check = (ctx, report) => {
	const json = ctx.project.redirects;
	if (!json.value || json.failure) return;
	const raw = json.value.redirects;
	if (raw === undefined) return;
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
		report({
			file: json.file,
			line: json.lineOfKey('redirects'),
			tag: 'redirect',
			message: '"redirects" must be an object of "old path": "new path"',
			hint: 'write { "redirects": { "/en/old/": "/en/new/" } }',
		});
		return;
	}
	const list = redirectMap(ctx);
	const paths = publishedPaths(ctx);
	const looped = new Set<string>();
	for (const [from, to] of Object.entries(raw)) {
		if (looped.has(from)) continue;
		const problem = redirectProblem(ctx, from, to, list, paths);
		if (!problem) continue;
		// A loop is one problem, reported at its first entry.
		seenLoop(list, from)?.forEach((p) => looped.add(p));
		report({ file: json.file, line: json.lineOfKey(from), tag: 'redirect', ...problem });
	}
};
