/**
 * Checks on the MDX pages, read as the build reads them (see ../mdx.ts): syntax, frontmatter, the
 * page pairs, and headings and their ids in both languages.
 */
import { KEBAB_ID } from '../../src/lib/content/files.ts';
import { otherLocale } from '../../src/lib/i18n/locales.ts';
import { RESERVED_IDS } from '../../src/lib/page/ids.ts';
import { generatedIds, readablePages as readable, type Check, type Context } from '../context.ts';
import { literal, type ElementUse, type PageModel } from '../mdx.ts';
import type { Problem } from '../report.ts';
import { closest } from '../suggest.ts';
import { pagePairs, pairedIdMismatch, type IdKind } from './pairs.ts';
import { MARKUP, excerpt, unbreakableRuns } from '../text.ts';
import { isParsed } from '../yaml.ts';

const LANGUAGE = { zh: 'Chinese', en: 'English' } as const;

/** A page that the MDX parser rejects would stop the build: one message at the line. */
export const checkMdxSyntax: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		if (!page.parsed || page.parsed.ok) continue;
		report({
			file: page.file,
			line: page.parsed.line,
			tag: 'mdx',
			message: `the page is not valid MDX: ${page.parsed.message}`,
			hint: 'close every component (<Src id="…" /> or <PageLink …>…</PageLink>), and write a literal { or < as {"{"} or &lt;',
		});
	}
};

/** Frontmatter: valid YAML with a text `title`; title and description carry no markup. */
export const checkFrontmatter: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		if (!page.parsed?.ok) continue;
		const fm = page.frontmatter;
		if (fm && !isParsed(fm)) {
			report({
				file: page.file,
				line: fm.line,
				tag: 'frontmatter',
				message: `frontmatter: ${fm.message}`,
				hint: fm.hint,
			});
			continue;
		}
		const data = (fm?.value ?? {}) as Record<string, unknown>;
		if (data.title === undefined || data.title === null || String(data.title).trim() === '') {
			report({
				file: page.file,
				line: fm?.lineOf(['title']) ?? 1,
				tag: 'frontmatter',
				message: 'the page has no `title` in its frontmatter',
				hint: 'add `title: …` between the `---` lines at the top',
			});
		}
		for (const key of ['title', 'description'] as const) {
			const value = data[key];
			if (value === undefined) continue;
			const where = { file: page.file, line: fm?.lineOf([key]), tag: 'frontmatter' };
			if (typeof value !== 'string') {
				report({
					...where,
					message: `${key} is read as a ${typeof value}, but it is text`,
					hint: `quote it: ${key}: "${String(value)}"`,
				});
			} else if (MARKUP.test(value)) {
				report({
					...where,
					tag: 'markup',
					message: `the ${key} contains "<" or ">": it becomes the page's <title> or <meta> description, where markup is not allowed`,
					hint: 'write it without < and > (e.g. 《》 or “” in Chinese, quotation marks in English)',
				});
			} else {
				for (const run of unbreakableRuns(value))
					report({
						...where,
						tag: 'unbreakable',
						message: `the ${key} has a ${run.length}-character run without a space ("${excerpt(run)}")`,
						hint: 'add spaces; a run may be at most 40 characters',
					});
			}
		}
	}
};

/** Why a frontmatter field the site does not use is refused, and what to do instead. */
const REFUSED_FIELDS: Record<string, { why: string; fix: string }> = {
	slug: {
		why: 'it moves the page away from the URL its file path gives, so the published URL would show another page',
		fix: 'remove it; to move a page, rename its files in both languages and add a redirect (content/redirects.json)',
	},
	draft: {
		why: 'Starlight leaves a draft page out of the build, so its twin, the sidebar entry and its published URLs would break',
		fix: 'remove it; a page that should go away is deleted in both languages and redirected',
	},
	head: {
		why: 'head tags from a page can replace the canonical link, add scripts or redirects',
		fix: 'remove it, or keep only `- tag: title` with a plain-text `content`',
	},
	banner: {
		why: 'Starlight writes a banner as raw HTML',
		fix: 'remove it; write the notice in the page text',
	},
	hero: {
		why: 'the site has no hero pages, and hero actions link anywhere',
		fix: 'remove it; the home page uses <StartLinks />',
	},
	editUrl: {
		why: 'it adds a link to any address to the page',
		fix: 'remove it',
	},
	sidebar: {
		why: 'the sidebar is written out in src/lib/site/config.ts, and sidebar attributes reach every page',
		fix: 'remove it; change the label or badge in src/lib/site/config.ts',
	},
	template: {
		why: 'the site lays out every page as a documentation page',
		fix: 'remove it',
	},
	pagefind: {
		why: 'every page is in the search index, and search finds only what a reader sees',
		fix: 'remove it',
	},
};

/** Frontmatter fields the site uses, and the type of each. */
const FIELD_TYPES: Record<string, string> = {
	title: 'string',
	description: 'string',
	tableOfContents: 'boolean',
	head: 'object',
	// Words a reader may search for that the page does not use (the schema in
	// src/content.config.ts holds them to a list of plain strings).
	searchAliases: 'object',
};

/** A `head` entry the site allows: a `<title>` with plain text (the home pages' short title). */
const plainTitleTag = (entry: unknown): boolean => {
	if (!entry || typeof entry !== 'object') return false;
	const { tag, content, attrs, ...rest } = entry as Record<string, unknown>;
	return (
		tag === 'title' &&
		typeof content === 'string' &&
		!MARKUP.test(content) &&
		!/[\n\r]/.test(content) &&
		(attrs === undefined || (typeof attrs === 'object' && Object.keys(attrs ?? {}).length === 0)) &&
		Object.keys(rest).length === 0
	);
};

/**
 * Frontmatter holds only the fields the site uses (`title`, `description`, `tableOfContents`,
 * `searchAliases`, and `head` with a plain `<title>`): Starlight reads many more, and several of them (`slug`, `draft`,
 * `head`, `banner`, `hero`, `editUrl`, `sidebar`) move a page, drop it, or put markup, links and
 * scripts into it where no check reads them. Titles and descriptions are one line.
 */
export const checkFrontmatterFields: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		const fm = page.frontmatter;
		if (!page.parsed?.ok || !fm || !isParsed(fm)) continue;
		const data = (fm.value ?? {}) as Record<string, unknown>;
		for (const [key, value] of Object.entries(data)) {
			const where = { file: page.file, line: fm.lineOf([key]), tag: 'frontmatter' };
			const refused = REFUSED_FIELDS[key];
			const type = FIELD_TYPES[key];
			if (key === 'head' && Array.isArray(value)) {
				value.forEach((entry, i) => {
					if (!plainTitleTag(entry))
						report({
							...where,
							line: fm.lineOf([key, i]) ?? where.line,
							message: `head entry ${i + 1} is not a plain <title>: ${REFUSED_FIELDS.head!.why}`,
							hint: REFUSED_FIELDS.head!.fix,
						});
				});
			} else if (refused)
				report({
					...where,
					message: `\`${key}\` is refused: ${refused.why}`,
					hint: refused.fix,
				});
			else if (!type) {
				const near = closest(key, Object.keys(FIELD_TYPES));
				report({
					...where,
					message: `\`${key}\` is not a frontmatter field this site uses`,
					hint: near ? `did you mean \`${near}\`? Otherwise remove it` : 'remove it',
				});
			} else if (typeof value !== type && key !== 'title' && key !== 'description')
				report({
					...where,
					message: `\`${key}\` is read as ${value === null ? 'null' : `a ${typeof value}`}, but it is a ${type}`,
					hint: type === 'boolean' ? `write ${key}: false (or true)` : 'see AUTHORING.md',
				});
		}
		for (const key of ['title', 'description'] as const) {
			const value = data[key];
			if (typeof value === 'string' && /[\n\r]/.test(value.trim()))
				report({
					file: page.file,
					line: fm.lineOf([key]),
					tag: 'frontmatter',
					message: `the ${key} has a line break: it is one line in the <title>, the search results and every citation export (a line break there starts a new record)`,
					hint: `write the ${key} on one line (a YAML "|" block keeps line breaks; use a plain or quoted string)`,
				});
		}
	}
};

/** Every page exists in both languages (no untranslated fallback pages). */
export const checkPagePairs: Check = (ctx, report) => {
	for (const page of ctx.project.pages) {
		const other = otherLocale(page.locale);
		if (ctx.routes[other].has(page.route)) continue;
		report({
			file: page.file,
			tag: 'missing-translation',
			message: `this page has no ${LANGUAGE[other]} counterpart`,
			hint: `create ${page.file.replace(`/docs/${page.locale}/`, `/docs/${other}/`)} with the same headings and ids`,
		});
	}
};

/**
 * Every h2/h3 has an explicit kebab-case id; no two ids on a page are the same, and no heading
 * takes an id that a component on the page (or every page) already renders.
 */
export const checkHeadingIds: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		const generated = generatedIds(model, ctx.ids);
		const seen = new Map<string, number>();
		for (const h of model.headings) {
			const at = { file: page.file, line: h.line };
			const problem = headingProblem(h, generated, seen);
			if (problem) report({ ...at, ...problem });
			if (!seen.has(h.id)) seen.set(h.id, h.line);
		}
	}
};

function headingProblem(
	h: PageModel['headings'][number],
	generated: Map<string, ElementUse>,
	seen: Map<string, number>,
): Omit<Problem, 'file' | 'line'> | undefined {
	if (h.depth >= 2 && h.depth <= 3 && !h.explicitId)
		return {
			tag: 'heading-id',
			message: `heading "${h.text}" has no explicit id`,
			hint: 'end the heading with { #ascii-id }, the same id in both languages',
		};
	if (h.explicitId && !KEBAB_ID.test(h.explicitId))
		return {
			tag: 'heading-id',
			message: `heading id "${h.explicitId}" is not lowercase ASCII kebab-case`,
			hint: 'use only a–z, 0–9 and single hyphens',
		};
	if (seen.has(h.id))
		return {
			tag: 'duplicate-id',
			message: `heading id "${h.id}" is already used on this page (line ${seen.get(h.id)})`,
			hint: 'give each heading its own id',
		};
	const maker = generated.get(h.id);
	if (maker)
		return {
			tag: 'duplicate-id',
			message: `heading id "${h.id}" is also the id that <${maker.name}> (line ${maker.line}) renders on this page`,
			hint: 'choose another heading id; two elements with one id break links to both',
		};
	const reserved = RESERVED_IDS.find((r) => h.id.startsWith(r.prefix));
	if (reserved)
		return {
			tag: 'duplicate-id',
			message: `heading id "${h.id}" is reserved: ids starting with "${reserved.prefix}" belong to ${reserved.owner}`,
			hint: 'choose another heading id',
		};
	return undefined;
}

const h23 = (model: PageModel) =>
	model.headings.filter((h) => h.depth >= 2 && h.depth <= 3 && h.explicitId);

/** Are all h2/h3 ids of a page there and valid (else checkHeadingIds has reported them)? */
const idsSound = (model: PageModel) =>
	model.headings.every(
		(h) =>
			(h.depth < 2 || h.depth > 3 || h.explicitId) &&
			(!h.explicitId || KEBAB_ID.test(h.explicitId)),
	);

/** Page pairs (zh and en of one route) that are readable and have sound heading ids. */
const pairs = (ctx: Context) => pagePairs(ctx, (r) => idsSound(r.model));

const HEADING_ID: IdKind = {
	tag: 'heading-mismatch',
	noun: 'heading',
	written: (id) => `{ #${id} }`,
};

/**
 * The zh and en version of a page have the same heading ids in the same order, and the same
 * generated anchors. Each difference is reported once, in the file to change, with both lines.
 */
export const checkHeadingPairs: Check = (ctx, report) => {
	for (const { zh, en } of pairs(ctx)) {
		const a = h23(zh.model);
		const b = h23(en.model);
		const onlyZh = a.filter((h) => !b.some((x) => x.explicitId === h.explicitId));
		const onlyEn = b.filter((h) => !a.some((x) => x.explicitId === h.explicitId));
		for (const z of onlyZh) {
			const near = closest(
				z.explicitId!,
				onlyEn.map((h) => h.explicitId!),
			);
			const twin = onlyEn.find((h) => h.explicitId === near);
			if (twin) {
				report(
					pairedIdMismatch(
						ctx,
						{ page: zh.page, id: z.explicitId!, line: z.line },
						{ page: en.page, id: twin.explicitId!, line: twin.line },
						HEADING_ID,
					),
				);
				onlyEn.splice(onlyEn.indexOf(twin), 1);
				continue;
			}
			report({
				file: en.page.file,
				tag: 'heading-mismatch',
				message: `the Chinese page has heading { #${z.explicitId} } (${zh.page.file}:${z.line}); this page has none with that id`,
				hint: `add the matching heading with { #${z.explicitId} }`,
			});
		}
		for (const e of onlyEn) {
			report({
				file: zh.page.file,
				tag: 'heading-mismatch',
				message: `the English page has heading { #${e.explicitId} } (${en.page.file}:${e.line}); this page has none with that id`,
				hint: `add the matching heading with { #${e.explicitId} }`,
			});
		}
		if (onlyZh.length || onlyEn.length) continue;
		const i = a.findIndex((h, n) => h.explicitId !== b[n]?.explicitId);
		if (i >= 0) {
			report({
				file: en.page.file,
				line: b[i]!.line,
				tag: 'heading-mismatch',
				message: `the headings are in a different order than on the Chinese page: here { #${b[i]!.explicitId} }, there { #${a[i]!.explicitId} } (${zh.page.file}:${a[i]!.line})`,
				hint: 'keep the two versions in the same order',
			});
		}
	}
};

/** The generated anchors (diagram figures, facts boxes, …) are the same in both languages. */
export const checkGeneratedPairs: Check = (ctx, report) => {
	for (const { zh, en } of pairs(ctx)) {
		const a = generatedIds(zh.model, ctx.ids);
		const b = generatedIds(en.model, ctx.ids);
		for (const [from, to, other] of [
			[a, b, en],
			[b, a, zh],
		] as const) {
			const origin = other === en ? zh : en;
			for (const [id, use] of from) {
				if (to.has(id)) continue;
				report({
					file: other.page.file,
					tag: 'heading-mismatch',
					message: `${origin.page.file}:${use.line} places <${use.name}${idAttr(use)}> (anchor #${id}); this page does not`,
					hint: `place <${use.name}${idAttr(use)} /> here too, at the same place`,
				});
			}
		}
	}
};

const idAttr = (use: ElementUse) => {
	const id = literal(use.attrs.id) ?? literal(use.attrs.table);
	return id ? ` ${use.attrs.id ? 'id' : 'table'}="${id}"` : '';
};
