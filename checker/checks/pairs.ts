/**
 * What the checks on page pairs share: the zh/en pairs of readable pages, whether an anchor is
 * published, and the one rule for an element that carries a different id in each language (a
 * heading, a paragraph): the published id stays; if neither is published, the Chinese one.
 */
import { pageKey, readablePages, type Context } from '../context.ts';
import type { PageModel } from '../mdx.ts';
import type { Page } from '../project.ts';
import type { Problem } from '../report.ts';

/** A readable page and its parsed model. */
export interface ReadPage {
	page: Page;
	model: PageModel;
}

/** The zh and en version of each route that are both readable (and pass `keep`, if given). */
export function pagePairs(
	ctx: Context,
	keep: (page: ReadPage) => boolean = () => true,
): { zh: ReadPage; en: ReadPage }[] {
	const pages = readablePages(ctx).filter(keep);
	const byKey = new Map(pages.map((r) => [pageKey(r.page.locale, r.page.route), r]));
	return pages.flatMap((zh) => {
		const en = zh.page.locale === 'zh' ? byKey.get(pageKey('en', zh.page.route)) : undefined;
		return en ? [{ zh, en }] : [];
	});
}

/** Is `/<locale>/<route>/#id` in the committed URL manifest? */
export function published(ctx: Context, page: Page, id: string): boolean {
	const path = `/${page.locale}/${page.route ? `${page.route}/` : ''}`;
	return ctx.project.manifest.value?.pages?.[path]?.includes(id) ?? false;
}

/** An id as one language's page writes it. */
export interface IdAt {
	page: Page;
	id: string;
	line: number;
}

/** How a kind of id is named in a report. */
export interface IdKind {
	tag: string;
	/** What carries the id, e.g. `heading`. */
	noun: string;
	/** The id as an author writes it, e.g. `{ #one }`. */
	written: (id: string) => string;
}

/**
 * One element named with two ids, one per language: the problem to report, in the file to
 * change (the published id stays; if neither is published, the Chinese one), with both lines.
 * @example pairedIdMismatch(ctx, zhHeading, enHeading, { tag: 'heading-mismatch', noun: 'heading', written: (id) => `{ #${id} }` })
 */
export function pairedIdMismatch(ctx: Context, zh: IdAt, en: IdAt, kind: IdKind): Problem {
	const keepEn = published(ctx, en.page, en.id) && !published(ctx, zh.page, zh.id);
	const [fix, keep] = keepEn ? [zh, en] : [en, zh];
	const isPublished = published(ctx, keep.page, keep.id) ? ', and this one is published' : '';
	return {
		file: fix.page.file,
		line: fix.line,
		tag: kind.tag,
		message: `${kind.noun} id "${fix.id}" differs from "${keep.id}" of the same ${kind.noun} in ${keep.page.file}:${keep.line}`,
		hint: `change it to ${kind.written(keep.id)} (ids are the same in both languages${isPublished})`,
	};
}
