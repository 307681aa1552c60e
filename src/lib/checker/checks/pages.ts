/**
 * Checks on the MDX pages, read as the build reads them (see ../mdx.ts): syntax, frontmatter,
 * headings and their ids in both languages, components and the ids they name, links, HTML.
 */
import { KEBAB_ID } from '../../content-files.ts';
import { TABLE_IDS } from '../../compare.ts';
import { otherLocale, type Locale } from '../../i18n.ts';
import { RESERVED_IDS } from '../../page-ids.ts';
import type { CaseData } from '../../schema.ts';
import { generatedIds, idList, modelOf, pageKey, type Check, type Context } from '../context.ts';
import { literal, type ElementUse, type PageModel } from '../mdx.ts';
import type { Page } from '../project.ts';
import type { Problem, Report } from '../report.ts';
import { closest, hintFor } from '../suggest.ts';
import { MARKUP, excerpt, unbreakableRuns } from '../text.ts';
import { checkRef } from './data.ts';
import { isParsed } from '../yaml.ts';

const LANGUAGE = { zh: 'Chinese', en: 'English' } as const;

const readable = (ctx: Context) =>
	ctx.project.pages.flatMap((page) => {
		const model = modelOf(page);
		return model ? [{ page, model }] : [];
	});

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
function pairs(ctx: Context) {
	const sound = readable(ctx).filter((r) => idsSound(r.model));
	const byRoute = new Map(sound.map((r) => [pageKey(r.page.locale, r.page.route), r]));
	return sound.flatMap((zh) => {
		const en = zh.page.locale === 'zh' ? byRoute.get(pageKey('en', zh.page.route)) : undefined;
		return en ? [{ zh, en }] : [];
	});
}

/** Is `/<locale>/<route>/#id` in the committed URL manifest? */
function published(ctx: Context, locale: Locale, route: string, id: string): boolean {
	const path = `/${locale}/${route ? `${route}/` : ''}`;
	return ctx.project.manifest.value?.pages?.[path]?.includes(id) ?? false;
}

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
				// One id per pair: the published one stays; if neither is, the Chinese one.
				const keepEn =
					published(ctx, 'en', en.page.route, twin.explicitId!) &&
					!published(ctx, 'zh', zh.page.route, z.explicitId!);
				const [fix, keep] = keepEn
					? [
							{ p: zh, h: z },
							{ p: en, h: twin },
						]
					: [
							{ p: en, h: twin },
							{ p: zh, h: z },
						];
				report({
					file: fix.p.page.file,
					line: fix.h.line,
					tag: 'heading-mismatch',
					message: `heading id "${fix.h.explicitId}" differs from "${keep.h.explicitId}" of the same heading in ${keep.p.page.file}:${keep.h.line}`,
					hint: `change it to { #${keep.h.explicitId} } (ids are the same in both languages${published(ctx, keep.p.page.locale, keep.p.page.route, keep.h.explicitId!) ? ', and this one is published' : ''})`,
				});
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

/** The components pages use, and the collection their `id` names. */
const ID_COMPONENTS = {
	Src: 'sections',
	Term: 'concepts',
	CaseLink: 'cases',
	CaseFacts: 'cases',
	CaseFigures: 'cases',
	EventLink: 'timeline',
	Diagram: 'diagrams',
} as const;
type IdComponent = keyof typeof ID_COMPONENTS;

const isIdComponent = (name: string): name is IdComponent => name in ID_COMPONENTS;

/** One attribute's literal value, or a problem (missing, or an expression the checker cannot read). */
function attrValue(
	use: ElementUse,
	name: string,
): { value?: string; problem?: Omit<Problem, 'file' | 'line'> } {
	const attr = use.attrs[name];
	const value = literal(attr);
	if (value !== undefined) return { value };
	if (attr?.kind === 'expression') {
		return {
			problem: {
				tag: 'mdx',
				message: `<${use.name} ${name}={${excerpt(attr.source, 40)}}>: the checker cannot read a computed ${name}`,
				hint: `write it as a plain string: ${name}="…"`,
			},
		};
	}
	return {
		problem: {
			tag: use.name === 'Src' ? 'unknown-section' : 'unknown-id',
			message: `<${use.name}> has no ${name}`,
			hint: `add ${name}="…"`,
		},
	};
}

/** Components are imported; their ids name existing entries; required attributes are there. */
export const checkComponents: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const use of model.components) {
			const at = { file: page.file, line: use.line };
			if (!model.imports.has(use.name)) {
				const near = closest(use.name, [...model.imports, ...Object.keys(ID_COMPONENTS)]);
				report({
					...at,
					tag: 'mdx',
					message: `<${use.name}> is used but not imported: the page would fail to build`,
					hint:
						near && near !== use.name
							? `did you mean <${near}>?`
							: `add ${use.name} to the page's import from '~/components'`,
				});
				continue;
			}
			if (isIdComponent(use.name)) checkIdComponent(ctx, report, page, use, use.name);
			if (use.name === 'CompareTable') {
				const { value, problem } = attrValue(use, 'table');
				if (problem) report({ ...at, ...problem });
				else if (!(TABLE_IDS as readonly string[]).includes(value!))
					report({
						...at,
						tag: 'unknown-id',
						message: `<CompareTable table="${value}">: no such table`,
						hint: hintFor(value!, TABLE_IDS, 'table'),
					});
			}
		}
	}
};

function checkIdComponent(
	ctx: Context,
	report: Report,
	page: Page,
	use: ElementUse,
	name: IdComponent,
) {
	const at = { file: page.file, line: use.line };
	const collection = ID_COMPONENTS[name];
	const { problem } = attrValue(use, 'id');
	if (problem) return report({ ...at, ...problem });
	const ids = idList(use);
	if (ids.length === 0)
		return report({
			...at,
			tag: name === 'Src' ? 'unknown-section' : 'unknown-id',
			message: `<${name}> has no id`,
			hint: `add id="…" naming a ${collection} entry`,
		});
	if (ids.length > 1 && name !== 'Src')
		return report({
			...at,
			tag: 'unknown-id',
			message: `<${name} id="${ids.join(' ')}">: names one ${collection} entry, not ${ids.length}`,
			hint: 'place one component per id',
		});
	for (const id of ids) {
		checkRef(ctx, collection, id, (hint) =>
			report({
				...at,
				tag: collection === 'sections' ? 'unknown-section' : 'unknown-id',
				message: `<${name} id="${id}">: no ${collection} entry "${id}"`,
				hint,
			}),
		);
	}
	if (name === 'CaseFigures' && ctx.ids.cases.has(ids[0]!)) {
		const found = [...ctx.parsed].find(([e]) => e.collection === 'cases' && e.id === ids[0]);
		const data = found?.[1] as CaseData | undefined;
		if (data && (data.kind !== 'reform-model' || !data.figures?.length))
			report({
				...at,
				tag: 'unknown-id',
				message: `<CaseFigures id="${ids[0]}">: the case has no figures`,
				hint: `add figures: to content/cases/${ids[0]}.yaml, or remove the component`,
			});
	}
}

/** Where a link goes: another page of the site (with anchor), a data file, or a problem. */
type Target =
	| { kind: 'page'; locale: Locale; route: string; anchor?: string | undefined }
	| { kind: 'file'; path: string }
	| { kind: 'external' }
	| { kind: 'bad'; message: string; hint: string };

/** The target of a link written in `page`, resolved as the browser resolves it. */
function resolveLink(page: Page, url: string): Target {
	if (/^(?:https?:|mailto:)/i.test(url)) return { kind: 'external' };
	if (/^[a-z][a-z0-9+.-]*:/i.test(url))
		return {
			kind: 'bad',
			message: `a link with the scheme "${url.split(':')[0]}:" runs code or leaves the web`,
			hint: 'link to a page of this site, or to an https:// address',
		};
	if (url.startsWith('//'))
		return {
			kind: 'bad',
			message: 'a protocol-relative link (//…) goes to another site',
			hint: 'write the full https:// address, or link within the site',
		};
	const from = `http://site/${page.locale}/${page.route ? `${page.route}/` : ''}`;
	const resolved = new URL(url, from);
	const anchor = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
	const path = decodeURIComponent(resolved.pathname);
	if (path.startsWith('/data/')) return { kind: 'file', path };
	const m = /^\/(zh|en)\/(.*)$/.exec(path);
	if (!m)
		return {
			kind: 'bad',
			message: `the link leads to ${path}, which is not a page of either language`,
			hint: 'pages are under /zh/ and /en/',
		};
	if (m[2] !== '' && !m[2]!.endsWith('/'))
		return {
			kind: 'bad',
			message: `the link to ${path} has no trailing slash (the site's URLs end with /)`,
			hint: `write ${url.replace(/(#|$)/, '/$1')}`,
		};
	return { kind: 'page', locale: m[1] as Locale, route: m[2]!.replace(/\/$/, ''), anchor };
}

/** Does a page or file target exist, with its anchor? A problem message when not. */
function targetProblem(
	ctx: Context,
	target: Target,
	label: string,
): Omit<Problem, 'file' | 'line'> | undefined {
	if (target.kind === 'external') return undefined;
	if (target.kind === 'bad')
		return { tag: 'link', message: `${label}: ${target.message}`, hint: target.hint };
	if (target.kind === 'file') {
		if (ctx.project.dataFiles.includes(target.path)) return undefined;
		return {
			tag: 'unknown-page',
			message: `${label}: no data file ${target.path}`,
			hint: hintFor(target.path, ctx.project.dataFiles, 'data file'),
		};
	}
	const routes = ctx.routes[target.locale];
	if (!routes.has(target.route))
		return {
			tag: 'unknown-page',
			message: `${label}: no such page`,
			hint: hintFor(target.route, routes, 'page'),
		};
	if (!target.anchor) return undefined;
	const anchors = ctx.anchors.get(pageKey(target.locale, target.route));
	if (!anchors || anchors.has(target.anchor)) return undefined;
	return {
		tag: 'unknown-anchor',
		message: `${label}: the page has no heading or element with id "${target.anchor}"`,
		hint: hintFor(target.anchor, anchors, 'anchor'),
	};
}

/** `<PageLink page anchor>` names a page that exists in the page's language, and an anchor on it. */
export const checkPageLinks: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const use of model.components.filter((c) => c.name === 'PageLink')) {
			const at = { file: page.file, line: use.line };
			const pageAttr = attrValue(use, 'page');
			if (pageAttr.problem) {
				report({ ...at, ...pageAttr.problem });
				continue;
			}
			const anchorAttr = use.attrs.anchor ? attrValue(use, 'anchor') : {};
			if (anchorAttr.problem) {
				report({ ...at, ...anchorAttr.problem });
				continue;
			}
			const route = pageAttr.value!.replace(/^\/+|\/+$/g, '');
			const label = `<PageLink page="${route}"${anchorAttr.value ? ` anchor="${anchorAttr.value}"` : ''}>`;
			const target: Target = route.startsWith('data/')
				? { kind: 'file', path: `/${route}` }
				: { kind: 'page', locale: page.locale, route, anchor: anchorAttr.value };
			const problem = targetProblem(ctx, target, label);
			if (problem) report({ ...at, ...problem });
		}
	}
};

/**
 * Markdown links and images: a relative link must land on a page and anchor that exist; a
 * root-relative one (`/zh/…`) misses the base path when the site is served under a sub-path.
 */
export const checkMarkdownLinks: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const link of model.links) {
			const at = { file: page.file, line: link.line };
			const label = `${link.kind === 'image' ? 'image' : 'link'} ${excerpt(link.url, 60)}`;
			const target = resolveLink(page, link.url);
			if (link.kind === 'image' && target.kind === 'external') {
				report({
					...at,
					tag: 'link',
					message: `${label}: an image from another site (the site makes no third-party requests)`,
					hint: 'save the image with the site and link to that copy',
				});
				continue;
			}
			const problem = targetProblem(ctx, target, label);
			if (problem) {
				report({ ...at, ...problem });
				continue;
			}
			if (link.url.startsWith('/') && target.kind === 'page') {
				report({
					...at,
					tag: 'link',
					message: `${label}: a root-relative link breaks when the site is served under a base path (BASE_PATH)`,
					hint: `use <PageLink page="${target.route}"${target.anchor ? ` anchor="${target.anchor}"` : ''}>…</PageLink>`,
				});
			}
		}
	}
};

/** HTML elements that would run or load something, or change the page's head. */
const ACTIVE_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'object',
	'embed',
	'meta',
	'link',
	'base',
	'form',
]);

/** HTML written in a page: nothing active, no links off the rules, ids that are real anchors. */
export const checkHtml: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const el of model.elements) {
			const at = { file: page.file, line: el.line };
			if (ACTIVE_ELEMENTS.has(el.name.toLowerCase())) {
				report({
					...at,
					tag: 'html',
					message: `<${el.name}> is not allowed in a page: it runs code, loads from elsewhere or changes the page's head`,
					hint: 'remove it; pages hold text and the components in AUTHORING.md',
				});
				continue;
			}
			for (const [name, attr] of Object.entries(el.attrs)) {
				const value = literal(attr);
				if (/^on/i.test(name)) {
					report({
						...at,
						tag: 'html',
						message: `<${el.name} ${name}>: event handlers are not allowed`,
						hint: 'remove the attribute',
					});
				} else if ((name === 'href' || name === 'src') && value !== undefined) {
					const target = resolveLink(page, value);
					const problem =
						name === 'src' && target.kind === 'external'
							? {
									tag: 'html',
									message: `<${el.name} src="${excerpt(value, 40)}">: loads from another site`,
									hint: 'the site makes no third-party requests',
								}
							: targetProblem(ctx, target, `<${el.name} ${name}="${excerpt(value, 40)}">`);
					if (problem) report({ ...at, ...problem });
				} else if (name === 'id' && value !== undefined && !KEBAB_ID.test(value)) {
					report({
						...at,
						tag: 'heading-id',
						message: `<${el.name} id="${value}">: the id is not lowercase ASCII kebab-case`,
						hint: 'use only a–z, 0–9 and single hyphens',
					});
				}
			}
		}
	}
};

/** Prose on pages: no run of characters too long to wrap on a phone. */
export const checkPageText: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const piece of model.texts) {
			for (const run of unbreakableRuns(piece.value)) {
				const before = piece.value.slice(0, piece.value.indexOf(run));
				report({
					file: page.file,
					line: piece.line + (before.match(/\n/g)?.length ?? 0),
					tag: 'unbreakable',
					message: `a ${run.length}-character run without a space ("${excerpt(run)}") cannot wrap on a phone`,
					hint: 'add spaces, or make a URL a link ([text](https://…)); a run may be at most 40 characters',
				});
			}
		}
	}
};

/** The standalone numbers in a text, in order (`8人` → 8; not the 8 of 2018). */
const numbersIn = (text: string) =>
	[...text.matchAll(/(?<!\d\.?)\d+(?:\.\d+)?(?!\.?\d)/g)].map((m) => m[0]);

/**
 * No page retypes a figure its case's YAML holds: a block (paragraph, table row, list item,
 * heading) that gives a figure's before and after numbers, in that order, repeats it.
 */
export const checkRetypedFigures: Check = (ctx, report) => {
	const figures = [...ctx.parsed].flatMap(([entry, data]) => {
		const c = data as CaseData;
		return entry.collection === 'cases' && c.kind === 'reform-model'
			? (c.figures ?? []).map((f) => ({
					id: entry.id,
					file: entry.file,
					f,
					before: numbersIn(f.before),
					after: numbersIn(f.after),
				}))
			: [];
	});
	for (const { page, model } of readable(ctx)) {
		for (const block of model.blocks) {
			const nums = numbersIn(block.text);
			for (const { id, file, f, before, after } of figures) {
				if (before.length !== 1 || after.length !== 1) continue;
				const i = nums.indexOf(before[0]!);
				if (i < 0 || !nums.slice(i + 1).includes(after[0]!)) continue;
				report({
					file: page.file,
					line: block.line,
					tag: 'retyped-fact',
					message: `this ${block.type === 'tableRow' ? 'table row' : block.type} repeats the figure "${f.label[page.locale]}" (${f.before} → ${f.after}) that ${file} holds`,
					hint: `show it with <CaseFigures id="${id}" /> instead of typing it, so there is one place to correct it`,
				});
			}
		}
	}
};
