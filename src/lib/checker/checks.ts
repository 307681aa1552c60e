/**
 * The checks, each a small function that reports through one callback. The runner in
 * `index.ts` builds the context once and calls them all, so one run reports every problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CACHE_DIR, variant } from '../diagrams.ts';
import { LOCALES, otherLocale } from '../i18n.ts';
import { plainSchemas } from '../schema.ts';
import { uiStrings } from '../ui-strings.ts';
import { components, explicitIds, frontmatter, headings } from './mdx.ts';
import type { DataCollectionName, DataEntry, Project } from './project.ts';
import type { Report } from './report.ts';
import { closest, hintFor } from './suggest.ts';

export interface Context {
	project: Project;
	/** Entries that passed their schema, with parsed data. */
	parsed: Map<DataEntry, unknown>;
	/** Valid ids per collection. */
	ids: Record<DataCollectionName, Set<string>>;
	/** Routes (without locale) that exist per locale, including generated ones. */
	routes: Record<'zh' | 'en', Set<string>>;
	/** Anchors per route (headings and explicit ids of the zh page, plus generated ones). */
	anchors: Map<string, Set<string>>;
}

export type Check = (ctx: Context, report: Report) => void;

const SCHEMAS: Record<DataCollectionName, z.ZodType> = plainSchemas;

/** Components that take an `id` of a collection. */
const ID_COMPONENTS = {
	Src: 'sections',
	Term: 'concepts',
	CaseLink: 'cases',
	CaseFacts: 'cases',
	EventLink: 'timeline',
	Diagram: 'diagrams',
} as const satisfies Record<string, DataCollectionName>;

const fieldName = (path: readonly PropertyKey[]) =>
	path.length
		? path
				.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
				.join('')
				.replace(/^\./, '')
		: '(entry)';

/** Invalid YAML stops only that file; everything else is still checked. */
export const checkYaml: Check = (ctx, report) => {
	for (const e of ctx.project.yamlErrors) {
		report({
			file: e.file,
			line: e.line,
			tag: 'yaml',
			message: e.message,
			hint: 'fix the YAML syntax (indentation, quotes, a missing colon)',
		});
	}
};

function issueTag(issue: z.core.$ZodIssue): string {
	const last = issue.path[issue.path.length - 1];
	if ((last === 'zh' || last === 'en') && issue.code === 'invalid_type')
		return 'missing-translation';
	if ((last === 'zh' || last === 'en') && issue.code === 'too_small') return 'empty-text';
	return 'schema';
}

function issueHint(tag: string, issue: z.core.$ZodIssue): string {
	if (tag === 'missing-translation')
		return `add the ${String(issue.path.at(-1)) === 'zh' ? 'Chinese (zh)' : 'English (en)'} text`;
	if (tag === 'empty-text')
		return 'write the text in both languages; leave the whole field out if the paper does not state it';
	if (issue.code === 'unrecognized_keys')
		return 'remove the field or check its spelling against src/lib/schema.ts';
	return "see the field's doc comment in src/lib/schema.ts";
}

/** Every entry against its collection's schema; parsed data goes into the context. */
export const checkSchemas: Check = (ctx, report) => {
	for (const entry of ctx.project.entries) {
		const result = SCHEMAS[entry.collection].safeParse(entry.raw);
		if (result.success) {
			ctx.parsed.set(entry, result.data);
			continue;
		}
		for (const issue of result.error.issues) {
			const tag = issueTag(issue);
			report({
				file: entry.file,
				line: entry.lineOf(issue.path),
				tag,
				message: `${entry.collection} "${entry.id}", field ${fieldName(issue.path)}: ${issue.message}`,
				hint: issueHint(tag, issue),
			});
		}
	}
};

/** Two entries with one id (the section map, or files differing only by case or extension). */
export const checkDuplicateIds: Check = (ctx, report) => {
	const seen = new Map<string, DataEntry>();
	for (const entry of ctx.project.entries) {
		const key = `${entry.collection}\u0000${entry.id.toLowerCase()}`;
		const first = seen.get(key);
		if (first) {
			report({
				file: entry.file,
				line: entry.line,
				tag: 'duplicate-id',
				message: `${entry.collection} id "${entry.id}" is already used (${first.file}:${first.line})`,
				hint: 'give each entry its own id; published ids never change, so rename the new one',
			});
		} else seen.set(key, entry);
	}
};

type Found = { path: PropertyKey[]; collection: DataCollectionName; id: string };

function findRefs(value: unknown, path: PropertyKey[] = []): Found[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, [...path, i]));
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if (
			typeof o.id === 'string' &&
			typeof o.collection === 'string' &&
			Object.keys(o).length === 2
		) {
			return [{ path, collection: o.collection as DataCollectionName, id: o.id }];
		}
		return Object.entries(o).flatMap(([k, v]) => findRefs(v, [...path, k]));
	}
	return [];
}

/** Every reference in the data names an existing entry. */
export const checkDataReferences: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		for (const ref of findRefs(data)) {
			if (ctx.ids[ref.collection].has(ref.id)) continue;
			const isSection = ref.collection === 'sections';
			report({
				file: entry.file,
				line: entry.lineOf(ref.path),
				tag: isSection ? 'unknown-section' : 'unknown-id',
				message: `${entry.collection} "${entry.id}", field ${fieldName(ref.path)}: no ${ref.collection} entry "${ref.id}"`,
				hint: hintFor(ref.id, ctx.ids[ref.collection], ref.collection),
			});
		}
	}
};

/** Every page exists in both languages (no untranslated fallback pages). */
export const checkPagePairs: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		const other = otherLocale(page.locale);
		if (ctx.project.pages.some((p) => p.locale === other && p.route === page.route)) continue;
		report({
			file: page.file,
			tag: 'missing-translation',
			message: `this page has no ${other === 'zh' ? 'Chinese' : 'English'} counterpart`,
			hint: `create ${page.file.replace(`/docs/${page.locale}/`, `/docs/${other}/`)} with the same headings and ids`,
		});
	}
};

/** A title in the frontmatter of every page. */
export const checkFrontmatter: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		if (frontmatter(page.text).fields.title) continue;
		report({
			file: page.file,
			line: 1,
			tag: 'frontmatter',
			message: 'the page has no `title` in its frontmatter',
			hint: 'add `title: …` between the `---` lines at the top',
		});
	}
};

/** Every h2/h3 has an explicit ASCII id, unique on its page. */
export const checkHeadingIds: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		const seen = new Set<string>();
		for (const h of headings(page.text)) {
			if (!h.id) {
				report({
					file: page.file,
					line: h.line,
					tag: 'heading-id',
					message: `heading "${h.text}" has no explicit id`,
					hint: 'end the heading with { #ascii-id }, the same id in both languages',
				});
			} else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(h.id)) {
				report({
					file: page.file,
					line: h.line,
					tag: 'heading-id',
					message: `heading id "${h.id}" is not lowercase ASCII kebab-case`,
					hint: 'use only a–z, 0–9 and single hyphens',
				});
			} else if (seen.has(h.id)) {
				report({
					file: page.file,
					line: h.line,
					tag: 'duplicate-id',
					message: `heading id "${h.id}" is used twice on this page`,
					hint: 'give each heading its own id',
				});
			}
			if (h.id) seen.add(h.id);
		}
	}
};

function pairHint(id: string, candidates: string[]): string {
	const near = closest(id, candidates);
	return near
		? `the heading { #${near} } here looks like the same one: change its id to "${id}"`
		: `add the matching heading with { #${id} }`;
}

/** The zh and en version of a page have the same heading ids, in the same order. */
export const checkHeadingPairs: Check = (ctx, report) => {
	const en = new Map(ctx.project.pages.filter((p) => p.locale === 'en').map((p) => [p.route, p]));
	for (const zh of ctx.project.pages.filter((p) => p.locale === 'zh')) {
		const pair = en.get(zh.route);
		if (!pair) continue;
		const a = headings(zh.text).map((h) => h.id ?? '');
		const b = headings(pair.text).map((h) => h.id ?? '');
		const onlyZh = a.filter((id) => id && !b.includes(id));
		const onlyEn = b.filter((id) => id && !a.includes(id));
		for (const id of onlyZh) {
			report({
				file: pair.file,
				tag: 'heading-mismatch',
				message: `heading id "${id}" of the Chinese page is missing here`,
				hint: pairHint(id, onlyEn),
			});
		}
		for (const id of onlyEn) {
			report({
				file: zh.file,
				tag: 'heading-mismatch',
				message: `heading id "${id}" of the English page is missing here`,
				hint: pairHint(id, onlyZh),
			});
		}
		if (onlyZh.length === 0 && onlyEn.length === 0 && a.join() !== b.join()) {
			report({
				file: pair.file,
				tag: 'heading-mismatch',
				message: 'the headings are in a different order than on the Chinese page',
				hint: 'keep the two versions in the same order',
			});
		}
	}
};

/** Component ids on pages name existing entries; `PageLink` names an existing page and anchor. */
export const checkPageReferences: Check = (ctx, report) => {
	const names = [...Object.keys(ID_COMPONENTS), 'PageLink'];
	for (const page of ctx.project.pages) {
		for (const use of components(page.text, names)) {
			if (use.name === 'PageLink') {
				checkPageLink(ctx, report, page.file, page.locale, use.attrs, use.line);
				continue;
			}
			const collection = ID_COMPONENTS[use.name as keyof typeof ID_COMPONENTS];
			const ids = (use.attrs.id ?? '').split(/\s+/).filter(Boolean);
			if (ids.length === 0) {
				report({
					file: page.file,
					line: use.line,
					tag: 'unknown-id',
					message: `<${use.name}> has no id`,
					hint: `add id="…" naming a ${collection} entry`,
				});
			}
			for (const id of ids) {
				if (ctx.ids[collection].has(id)) continue;
				report({
					file: page.file,
					line: use.line,
					tag: collection === 'sections' ? 'unknown-section' : 'unknown-id',
					message: `<${use.name} id="${id}">: no ${collection} entry "${id}"`,
					hint: hintFor(id, ctx.ids[collection], collection),
				});
			}
		}
	}
};

function checkPageLink(
	ctx: Context,
	report: Report,
	file: string,
	locale: 'zh' | 'en',
	attrs: Record<string, string>,
	line: number,
) {
	const route = (attrs.page ?? '').replace(/^\/+|\/+$/g, '');
	if (route.startsWith('data/')) return;
	if (!ctx.routes[locale].has(route)) {
		report({
			file,
			line,
			tag: 'unknown-page',
			message: `<PageLink page="${route}">: no such page`,
			hint: hintFor(route, ctx.routes[locale], 'page'),
		});
		return;
	}
	if (attrs.anchor && !ctx.anchors.get(route)?.has(attrs.anchor)) {
		report({
			file,
			line,
			tag: 'unknown-anchor',
			message: `<PageLink page="${route}" anchor="${attrs.anchor}">: the page has no such heading id`,
			hint: hintFor(attrs.anchor, ctx.anchors.get(route) ?? [], 'anchor'),
		});
	}
}

/** Every section of the map points at a page and heading that exist. */
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
			}
		}
		const anchors = ctx.anchors.get(data.page);
		if (data.anchor && anchors && !anchors.has(data.anchor)) {
			report({
				file: entry.file,
				line: entry.lineOf(['anchor']),
				tag: 'unknown-anchor',
				message: `section "${entry.id}", field anchor: page "${data.page}" has no heading { #${data.anchor} }`,
				hint: hintFor(data.anchor, anchors, 'anchor'),
			});
		}
	}
};

const TABLE_FOR_KIND = { 'reform-model': 'reform-models', 'early-model': 'early-models' } as const;

/** Every case is shown in a comparison table that the compare page embeds in both languages. */
export const checkCasesCompared: Check = (ctx, report) => {
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'cases') continue;
		const table = TABLE_FOR_KIND[(data as { kind: keyof typeof TABLE_FOR_KIND }).kind];
		for (const locale of LOCALES) {
			const page = ctx.project.pages.find((p) => p.locale === locale && p.route === 'compare');
			const embedded =
				page && components(page.text, ['CompareTable']).some((u) => u.attrs.table === table);
			if (embedded) continue;
			report({
				file: entry.file,
				line: entry.lineOf(['kind']),
				tag: 'not-compared',
				message: `case "${entry.id}" is not shown in the comparison: the ${locale} compare page has no <CompareTable table="${table}" />`,
				hint: `add <CompareTable table="${table}" /> to src/content/docs/${locale}/compare.mdx`,
			});
		}
	}
};

/** Every diagram has a text alternative in both languages (a visible text version too). */
export const checkDiagramAlt: Check = (ctx, report) => {
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		const raw = (entry.raw ?? {}) as Record<string, Record<string, unknown> | undefined>;
		for (const field of ['alt', 'textVersion'] as const) {
			for (const locale of LOCALES) {
				const value = raw[field]?.[locale];
				if (typeof value === 'string' && value.trim()) continue;
				report({
					file: entry.file,
					line: entry.lineOf([field]),
					tag: 'diagram-alt',
					message: `diagram "${entry.id}" has no ${field === 'alt' ? 'text alternative' : 'text version'} (${field}.${locale})`,
					hint: `write ${field}.${locale}: what the diagram shows, for readers who cannot see it`,
				});
			}
		}
	}
};

/** Every diagram variant has its rendered SVG in the committed cache; no cache file is unused. */
export const checkDiagramCache: Check = (ctx, report) => {
	const used = new Set<string>();
	for (const entry of ctx.project.entries.filter((e) => e.collection === 'diagrams')) {
		const mermaid = (entry.raw as { mermaid?: Record<string, unknown> } | null)?.mermaid ?? {};
		for (const locale of LOCALES) {
			const source = mermaid[locale];
			if (typeof source !== 'string') continue;
			const { key, file } = variant(entry.id, locale, source);
			used.add(`${key}.svg`);
			if (existsSync(join(ctx.project.root, file))) continue;
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

/** The UI string files have exactly the keys of `src/lib/ui-strings.ts`. */
export const checkUiStrings: Check = (ctx, report) => {
	const expected = Object.keys(uiStrings.shape);
	for (const ui of ctx.project.ui) {
		if (ui.keys === null) {
			report({
				file: ui.file,
				tag: 'ui-strings',
				message: 'the UI string file is missing or not valid JSON',
				hint: 'create it with every key of src/lib/ui-strings.ts',
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

/** What the content publishes, per path: MDX pages and generated concept pages with their anchors. */
function publishedAnchors(ctx: Context): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const diagramIds = (text: string) =>
		components(text, ['Diagram']).map((u) => `diagram-${u.attrs.id}`);
	for (const page of ctx.project.pages) {
		const ids = [
			...headings(page.text).flatMap((h) => (h.id ? [h.id] : [])),
			...explicitIds(page.text),
			...diagramIds(page.text),
		];
		if (page.route === 'timeline') ids.push(...ctx.ids.timeline);
		out.set(`/${page.locale}/${page.route ? `${page.route}/` : ''}`, new Set(ids));
	}
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'concepts') continue;
		const c = data as { related: unknown[]; cases: unknown[] };
		const ids = [
			'definition',
			'where-used',
			...(c.related.length ? ['related'] : []),
			...(c.cases.length ? ['cases'] : []),
		];
		for (const locale of LOCALES) out.set(`/${locale}/concepts/${entry.id}/`, new Set(ids));
	}
	return out;
}

/** Every URL and anchor in the committed manifest is still published, or redirected. */
export const checkManifest: Check = (ctx, report) => {
	const file = 'content/published-urls.json';
	const manifest = ctx.project.manifest;
	if (!manifest) {
		report({
			file,
			tag: 'url-dropped',
			message: 'the URL manifest is missing',
			hint: 'run `npm run build && npm run urls` and commit it',
		});
		return;
	}
	const published = publishedAnchors(ctx);
	const redirects = ctx.project.redirects;
	for (const [path, anchors] of Object.entries(manifest.pages)) {
		const target = redirects[path] ?? path;
		const now = published.get(target);
		if (!now) {
			report({
				file,
				tag: 'url-dropped',
				message: `published URL ${path} is no longer built`,
				hint: `restore the page, or add "${path}": "<new path>" to content/redirects.json`,
			});
			continue;
		}
		for (const a of anchors.filter((a) => !now.has(a))) {
			report({
				file,
				tag: 'url-dropped',
				message: `published anchor ${path}#${a} no longer exists`,
				hint: hintFor(a, now, 'anchor').replace(
					/^did you mean/,
					'renamed? keep the old id: did you mean',
				),
			});
		}
	}
	for (const f of manifest.files.filter(
		(f) => !ctx.project.dataFiles.includes(f) && !redirects[f],
	)) {
		report({
			file,
			tag: 'url-dropped',
			message: `published file ${f} is no longer built`,
			hint: 'data files keep their names; restore it',
		});
	}
};

/** All checks, in the order they run. */
export const CHECKS: Check[] = [
	checkYaml,
	checkSchemas,
	checkDuplicateIds,
	checkDataReferences,
	checkPagePairs,
	checkFrontmatter,
	checkHeadingIds,
	checkHeadingPairs,
	checkPageReferences,
	checkSectionTargets,
	checkCasesCompared,
	checkDiagramAlt,
	checkDiagramCache,
	checkUiStrings,
	checkManifest,
];
