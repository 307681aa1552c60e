/**
 * Checks across the site: the section map's targets, what every page must show (comparison,
 * diagrams), the diagram cache, UI strings, the URL manifest, redirects and the sidebar, so that
 * the checker agrees with Astro's loader and router before either runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, variant } from '../../src/lib/diagrams/cache.ts';
import { svgProblems } from '../../src/lib/diagrams/svg.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { uiStrings } from '../../src/lib/i18n/ui-strings.ts';
import { SITE_PATH } from '../../src/lib/urls/url-promise.ts';
import { idList, modelOf, pageKey, type Check, type Context } from '../context.ts';
import { literal } from '../mdx.ts';
import type { Report } from '../report.ts';
import { hintFor } from '../suggest.ts';
import { fieldName } from './data.ts';

/** Every section of the map points at a page and heading that exist, in both languages. */
export const checkSectionTargets: Check = (ctx, report) => {
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'sections')) {
		const data = ctx.parsed.get(entry) as { page: string; anchor?: string } | undefined;
		if (!data) continue;
		for (const locale of LOCALES) {
			if (!ctx.routes[locale].has(data.page)) {
				report({
					file: entry.file,
					line: entry.lineOf(['page']),
					tag: 'unknown-page',
					message: `section "${entry.id}", field page: no ${locale} page "${data.page}"`,
					hint: hintFor(data.page, ctx.routes[locale], 'page'),
				});
				continue;
			}
			const anchors = ctx.anchors.get(pageKey(locale, data.page));
			if (!data.anchor || !anchors || anchors.has(data.anchor)) continue;
			report({
				file: entry.file,
				line: entry.lineOf(['anchor']),
				tag: 'unknown-anchor',
				message: `section "${entry.id}", field anchor: the ${locale} page "${data.page}" has no heading { #${data.anchor} }`,
				hint: hintFor(data.anchor, anchors, 'anchor'),
			});
		}
	}
};

/**
 * A measure's or problem's `anchor` names a heading of its case's page in both languages (the
 * comparison table links the item's short name there).
 */
export const checkMeasureAnchors: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'cases') continue;
		const c = data as { measures?: { anchor?: string }[]; problems?: { anchor?: string }[] };
		for (const field of ['measures', 'problems'] as const) {
			(c[field] ?? []).forEach((item, i) => {
				if (!item.anchor) return;
				for (const locale of LOCALES) {
					const anchors = ctx.anchors.get(pageKey(locale, `cases/${entry.id}`));
					if (!anchors || anchors.has(item.anchor)) continue;
					report({
						file: entry.file,
						line: entry.lineOf([field, i, 'anchor']),
						tag: 'unknown-anchor',
						message: `case "${entry.id}", field ${field}[${i}].anchor: the ${locale} page "cases/${entry.id}" has no heading { #${item.anchor} }`,
						hint: hintFor(item.anchor, anchors, 'anchor'),
					});
				}
			});
		}
	}
};

const TABLE_FOR_KIND = { 'reform-model': 'reform-models', 'early-model': 'early-models' } as const;

/** Components of a kind placed on the pages of a locale. */
const placed = (ctx: Context, locale: Locale, name: string) =>
	ctx.project.pages
		.filter((p) => p.locale === locale)
		.flatMap((p) => (modelOf(p)?.components ?? []).filter((c) => c.name === name));

/** Is any page of a locale unreadable (then "not placed" cannot be told)? */
const unsure = (ctx: Context, locale: Locale) =>
	ctx.project.pages.some((p) => p.locale === locale && !modelOf(p));

/** Every case is shown in a comparison table that a page embeds, in both languages. */
export const checkCasesCompared: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'cases') continue;
		const table = TABLE_FOR_KIND[(data as { kind: keyof typeof TABLE_FOR_KIND }).kind];
		for (const locale of LOCALES) {
			if (unsure(ctx, locale)) continue;
			if (placed(ctx, locale, 'CompareTable').some((u) => literal(u.attrs.table) === table))
				continue;
			report({
				file: entry.file,
				line: entry.lineOf(['kind']),
				tag: 'not-compared',
				message: `case "${entry.id}" is not shown in the comparison: no ${locale} page has <CompareTable table="${table}" />`,
				hint: `add <CompareTable table="${table}" /> to src/content/docs/${locale}/compare.mdx`,
			});
		}
	}
};

/** Every diagram is placed on a page (in both languages); an unplaced one is dead weight. */
export const checkDiagramsPlaced: Check = (ctx, report) => {
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		for (const locale of LOCALES) {
			if (unsure(ctx, locale)) continue;
			if (placed(ctx, locale, 'Diagram').some((u) => idList(u).includes(entry.id))) continue;
			report({
				file: entry.file,
				tag: 'not-shown',
				message: `diagram "${entry.id}" is not placed on any ${locale} page`,
				hint: `place <Diagram id="${entry.id}" /> on the page that discusses it, or delete the diagram`,
			});
		}
	}
};

/**
 * A cached diagram holds only what the renderer's sanitiser lets through (src/lib/diagrams/svg.ts):
 * the build inlines it as it is, so a hand edit or a tampered file stops the build here.
 */
function checkCleanDiagram(ctx: Context, report: Report, file: string): void {
	const problems = new Set(svgProblems(readFileSync(join(ctx.project.root, file), 'utf8')));
	for (const problem of problems)
		report({
			file,
			tag: 'diagram-cache',
			message: `not a clean diagram: ${problem}`,
			hint: 'render it anew with `npm run diagrams -- --force` (the renderer sanitises what Mermaid draws); never edit the cache by hand',
		});
}

/**
 * Every diagram variant has its rendered SVG in the committed cache, holding a clean diagram; no
 * cache file is unused.
 */
export const checkDiagramCache: Check = (ctx, report) => {
	const used = new Set<string>();
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		const mermaid = (entry.raw as { mermaid?: Record<string, unknown> } | null)?.mermaid ?? {};
		for (const locale of LOCALES) {
			const source = mermaid[locale];
			if (typeof source !== 'string') continue;
			const { key, file } = variant(entry.id, locale, source);
			used.add(`${key}.svg`);
			if (existsSync(join(ctx.project.root, file))) {
				checkCleanDiagram(ctx, report, file);
				continue;
			}
			report({
				file: entry.file,
				line: entry.lineOf(['mermaid', locale]),
				tag: 'diagram-cache',
				message: `diagram "${entry.id}" (${locale}) has no rendered SVG in ${CACHE_DIR}/ (new or changed source)`,
				hint: 'run `npm run diagrams` (needs Chromium) and commit the new files',
			});
		}
	}
	const dir = join(ctx.project.root, CACHE_DIR);
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.svg')) : [];
	for (const f of files.filter((f) => !used.has(f))) {
		report({
			file: `${CACHE_DIR}/${f}`,
			tag: 'diagram-cache',
			message: 'this rendered SVG belongs to no current diagram',
			hint: 'run `npm run diagrams -- --prune` to delete unused files',
		});
	}
};

/** The UI string files have exactly the keys of `src/lib/i18n/ui-strings.ts`. */
export const checkUiStrings: Check = (ctx, report) => {
	const expected = Object.keys(uiStrings.shape);
	for (const ui of ctx.project.ui) {
		if (ui.keys === null) {
			report({
				file: ui.file,
				tag: 'ui-strings',
				message: 'the UI string file is missing or not valid JSON',
				hint: 'create it with every key of src/lib/i18n/ui-strings.ts',
			});
			continue;
		}
		for (const key of expected.filter((k) => !ui.keys!.includes(k))) {
			report({
				file: ui.file,
				tag: 'ui-strings',
				message: `UI string "${key}" is missing`,
				hint: 'add it; every key must exist in both languages',
			});
		}
	}
};

/** JSON files (the manifest, the redirect list) that do not parse: named, with the line. */
export const checkJson: Check = (ctx, report) => {
	for (const json of [ctx.project.manifest, ctx.project.redirects]) {
		if (!json.failure) continue;
		report({
			file: json.file,
			line: json.failure.line,
			tag: 'json',
			message: `not valid JSON: ${json.failure.message}`,
			hint: 'this file is JSON, not YAML: double quotes around every key and string, commas between items and none after the last',
		});
	}
};

const sitePath = (locale: Locale, route: string) => `/${locale}/${route ? `${route}/` : ''}`;

/** Every published page path of the build: MDX pages and generated concept pages. */
function publishedPaths(ctx: Context): Set<string> {
	const out = new Set<string>();
	for (const locale of LOCALES) for (const r of ctx.routes[locale]) out.add(sitePath(locale, r));
	return out;
}

/** Every URL and anchor in the committed manifest is still published, or redirected. */
export const checkManifest: Check = (ctx, report) => {
	const { manifest } = ctx.project;
	if (manifest.failure) return;
	if (!manifest.value) {
		report({
			file: manifest.file,
			tag: 'url-dropped',
			message: 'the URL manifest is missing',
			hint: 'run `npm run build && npm run urls` and commit it',
		});
		return;
	}
	const redirects = redirectMap(ctx);
	const paths = publishedPaths(ctx);
	for (const [path, anchors] of Object.entries(manifest.value.pages ?? {})) {
		const target = redirects[path] ?? path;
		const m = /^\/(zh|en)\/(.*?)\/?$/.exec(target);
		if (!paths.has(target) || !m) {
			report({
				file: manifest.file,
				line: manifest.lineOfKey(path),
				tag: 'url-dropped',
				message: `published URL ${path} is no longer built`,
				hint: `restore the page, or add "${path}": "<new path>" to content/redirects.json`,
			});
			continue;
		}
		const now = ctx.anchors.get(pageKey(m[1] as Locale, m[2]!));
		for (const a of now ? anchors.filter((a) => !now.has(a)) : []) {
			report({
				file: manifest.file,
				line: manifest.lineOfKey(path),
				tag: 'url-dropped',
				message: `published anchor ${path}#${a} no longer exists`,
				hint: a.startsWith('p-')
					? `a paragraph id stays published: add retired="${a}" to the <Para> of the paragraph that now stands where it was`
					: hintFor(a, now!, 'anchor').replace(
							/^did you mean/,
							'renamed? keep the old id: did you mean',
						),
			});
		}
	}
	for (const f of (manifest.value.files ?? []).filter(
		(f) => !ctx.project.dataFiles.includes(f) && !redirects[f],
	)) {
		report({
			file: manifest.file,
			line: manifest.lineOfKey(f),
			tag: 'url-dropped',
			message: `published file ${f} is no longer built`,
			hint: 'data files keep their names; restore it',
		});
	}
};

/** The redirect list as `from → to`, string values only (checkRedirects reports the rest). */
function redirectMap(ctx: Context): Record<string, string> {
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

/** An item of Starlight's sidebar config, as far as the check needs. */
export interface SidebarItem {
	label?: string;
	slug?: string;
	link?: string;
	items?: SidebarItem[];
}

/** Every sidebar entry (src/lib/site/config.ts) points at a page that exists in both languages. */
export function checkSidebar(sidebar: readonly SidebarItem[]): Check {
	const slugs = (
		items: readonly SidebarItem[],
		path: PropertyKey[],
	): { slug: string; label: string | undefined; path: PropertyKey[] }[] =>
		items.flatMap((item, i) => [
			...(item.slug !== undefined
				? [{ slug: item.slug, label: item.label, path: [...path, i] }]
				: []),
			...slugs(item.items ?? [], [...path, i, 'items']),
		]);
	return (ctx: Context, report: Report) => {
		for (const { slug, label, path } of slugs(sidebar, [])) {
			const route = slug === 'index' ? '' : slug.replace(/\/index$/, '');
			for (const locale of LOCALES) {
				if (ctx.routes[locale].has(route)) continue;
				report({
					file: 'src/lib/site/config.ts',
					tag: 'unknown-page',
					message: `sidebar entry ${label ? `"${label}"` : fieldName(path)} (slug "${slug}") has no ${locale} page`,
					hint: `${hintFor(route, ctx.routes[locale], 'page')} (a renamed page also needs its new slug here)`,
				});
			}
		}
	};
}

/** References that could not be checked because the file they point into could not be read. */
export const checkSkipped: Check = (ctx, report) => {
	for (const [file, n] of ctx.skipped) {
		report({
			file,
			tag: 'yaml',
			message: `${n} reference${n === 1 ? '' : 's'} to entries of this file ${n === 1 ? 'was' : 'were'} not checked because the file could not be read`,
			hint: 'fix the error above; they are checked on the next run',
		});
	}
};
