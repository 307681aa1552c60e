/**
 * Checks on paragraph ids (`<Para id="p-…" />`, see src/lib/markdown/paragraph-ids.ts): where a marker
 * may stand, what an id looks like, that it is unique on its page, that every paragraph and list
 * item of a paper or case page has one, and that both languages have the same ids in the same
 * order (the parallel view pairs the paragraphs on them).
 */
import { otherLocale } from '../../src/lib/i18n/locales.ts';
import { PARA_ID, PARA_MARKER, hasParagraphIds } from '../../src/lib/markdown/paragraph-ids.ts';
import {
	generatedIds,
	paragraphIds,
	readablePages as readable,
	type Check,
	type Context,
	type ParagraphId,
} from '../context.ts';
import { literal, type Marker } from '../mdx.ts';
import type { Page } from '../project.ts';
import type { Report } from '../report.ts';
import { excerpt } from '../text.ts';
import { pagePairs, pairedIdMismatch, type IdKind } from './pairs.ts';

const LANGUAGE = { zh: 'Chinese', en: 'English' } as const;
const MARKER = `<${PARA_MARKER} id="p-…" />`;

/** Problems with one marker's own attributes: a readable id of the right form. */
function checkMarker(marker: Marker, at: { file: string; line: number }, report: Report) {
	const id = literal(marker.id);
	if (id === undefined) {
		report({
			...at,
			tag: 'paragraph-id',
			message:
				marker.id?.kind === 'expression'
					? `<${PARA_MARKER} id={…}>: the checker cannot read a computed id`
					: `<${PARA_MARKER}> has no id`,
			hint: `write it as ${MARKER}`,
		});
	} else if (!PARA_ID.test(id)) {
		report({
			...at,
			tag: 'paragraph-id',
			message: `paragraph id "${id}" must start with "p-" and be lowercase ASCII kebab-case`,
			hint: 'use p- and then a–z, 0–9 and single hyphens, words that say what the paragraph is about',
		});
	}
	const retired = marker.retired;
	if (retired && literal(retired) === undefined)
		report({
			...at,
			tag: 'paragraph-id',
			message: `<${PARA_MARKER} retired={…}>: the checker cannot read a computed list`,
			hint: 'write it as retired="p-old p-older"',
		});
	for (const old of (literal(retired) ?? '').split(/\s+/).filter(Boolean)) {
		if (PARA_ID.test(old)) continue;
		report({
			...at,
			tag: 'paragraph-id',
			message: `retired paragraph id "${old}" must start with "p-" and be lowercase ASCII kebab-case`,
			hint: 'list the ids exactly as they were published, separated by spaces',
		});
	}
}

/**
 * Markers stand at the start of a paragraph or list item, one per block; each id is well formed.
 * A marker anywhere else would stop the build (config/markdown/paragraph-ids.ts).
 */
export const checkParagraphMarkers: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		for (const marker of model.strayMarkers) {
			report({
				file: page.file,
				line: marker.line,
				tag: 'paragraph-id',
				message: `<${PARA_MARKER}> stands outside a paragraph or list item (a heading, a table, a line of its own)`,
				hint: `put it at the start of the paragraph it names, on the same line: ${MARKER}The text…`,
			});
		}
		for (const p of model.paragraphs) {
			for (const [i, marker] of p.markers.entries()) {
				const at = { file: page.file, line: marker.line };
				if (i > 0) {
					report({
						...at,
						tag: 'paragraph-id',
						message: `this ${kind(p.type)} has ${p.markers.length} <${PARA_MARKER}> markers: one id per paragraph`,
						hint: 'keep one; an id that was published stays as retired="p-old" on the one you keep',
					});
					continue;
				}
				if (!marker.first)
					report({
						...at,
						tag: 'paragraph-id',
						message: `<${PARA_MARKER}> is not at the start of its ${kind(p.type)}`,
						hint: `move it to the start: ${MARKER}${excerpt(p.text.trim(), 20)}`,
					});
				checkMarker(marker, at, report);
			}
		}
	}
};

const kind = (type: 'paragraph' | 'listItem') => (type === 'listItem' ? 'list item' : 'paragraph');

/**
 * Paragraph ids and retired ids are unique on their page, and no other anchor of the page
 * (a heading, a component's id) takes one.
 */
export const checkParagraphIdsUnique: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		const others = new Map<string, string>([
			...model.headings.map((h) => [h.id, `heading (line ${h.line})`] as const),
			...[...generatedIds(model, ctx.ids)].map(
				([id, use]) => [id, `<${use.name}> (line ${use.line})`] as const,
			),
		]);
		const { ids, retired } = paragraphIds(model);
		const seen = new Map<string, ParagraphId>();
		for (const p of [...ids, ...retired]) {
			const first = seen.get(p.id);
			const other = others.get(p.id);
			if (first || other)
				report({
					file: page.file,
					line: p.line,
					tag: 'duplicate-id',
					message: `paragraph id "${p.id}" is already used on this page by ${first ? `a paragraph (line ${first.line})` : `a ${other}`}`,
					hint: 'give each paragraph its own id; two elements with one id break links to both',
				});
			if (!first) seen.set(p.id, p);
		}
	}
};

/** Every paragraph and list item of a paper or case page has an id. */
export const checkParagraphCoverage: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		if (!hasParagraphIds(page.route)) continue;
		for (const p of model.paragraphs) {
			if (p.markers.length > 0) continue;
			report({
				file: page.file,
				line: p.line,
				tag: 'paragraph-id',
				message: `this ${kind(p.type)} has no paragraph id ("${excerpt(p.text.trim(), 30)}")`,
				hint: `start it with ${MARKER}, an id that says what it is about, the same in both languages`,
			});
		}
	}
};

/**
 * Every paragraph and list item of a paper or case page names where it comes from: a `<Src id>`
 * as written in the page. The build hides a chip that only points back at the heading just above,
 * but the written `<Src>` still counts: it is the record of the source. A paragraph that states
 * nothing from the paper (a pointer to another page) says so on its marker: `unsourced="why"`.
 */
export const checkParagraphSources: Check = (ctx, report) => {
	for (const { page, model } of readable(ctx)) {
		if (!hasParagraphIds(page.route)) continue;
		for (const p of model.paragraphs) {
			const unsourced = p.markers[0]?.unsourced;
			const why = literal(unsourced)?.trim();
			if (p.components.includes('Src')) {
				if (unsourced)
					report({
						file: page.file,
						line: p.line,
						tag: 'source',
						message: `this ${kind(p.type)} cites a section and is marked unsourced`,
						hint: 'remove unsourced="…" from its <Para> marker',
					});
				continue;
			}
			if (why) continue;
			report({
				file: page.file,
				line: p.line,
				tag: 'source',
				message: unsourced
					? `unsourced on this ${kind(p.type)} gives no reason`
					: `this ${kind(p.type)} names no source ("${excerpt(p.text.trim(), 30)}")`,
				hint: unsourced
					? 'write why it cites no section: unsourced="a pointer to another page"'
					: `end it with <Src id="…" />, the paper section(s) it comes from (content/paper/sections.yaml); if it states nothing from the paper, add unsourced="why" to its <${PARA_MARKER}> marker`,
			});
		}
	}
};

const PARAGRAPH_ID: IdKind = {
	tag: 'paragraph-mismatch',
	noun: 'paragraph',
	written: (id) => `<${PARA_MARKER} id="${id}" />`,
};

interface Side {
	page: Page;
	ids: ParagraphId[];
}

/**
 * Ids that differ between the two languages. An id that stands where the other page has an id of
 * its own (the same position) is one paragraph named twice: one problem, in the file to change
 * (the published id stays; if neither is, the Chinese one). Any other id the other side lacks is
 * reported in the file that lacks it.
 */
function reportDifferences(ctx: Context, report: Report, zh: Side, en: Side) {
	const onlyIn = (a: Side, b: Side) => a.ids.filter((p) => !b.ids.some((x) => x.id === p.id));
	const onlyZh = onlyIn(zh, en);
	const onlyEn = onlyIn(en, zh);
	for (const z of onlyZh) {
		const twin = en.ids[zh.ids.indexOf(z)];
		if (twin && onlyEn.includes(twin)) {
			report(
				pairedIdMismatch(ctx, { page: zh.page, ...z }, { page: en.page, ...twin }, PARAGRAPH_ID),
			);
			onlyEn.splice(onlyEn.indexOf(twin), 1);
			continue;
		}
		reportLacking(report, zh, en, z, 'paragraph id');
	}
	for (const e of onlyEn) reportLacking(report, en, zh, e, 'paragraph id');
}

/** An id of one side that the other lacks, reported in the other side's file. */
function reportLacking(
	report: Report,
	from: Side,
	to: Side,
	p: ParagraphId,
	what: 'paragraph id' | 'retired id',
) {
	report({
		file: to.page.file,
		tag: 'paragraph-mismatch',
		message: `the ${LANGUAGE[from.page.locale]} page has ${what} "${p.id}" (${from.page.file}:${p.line}); this page has none`,
		hint:
			what === 'retired id'
				? `add retired="${p.id}" to the same paragraph here`
				: `give the matching ${LANGUAGE[to.page.locale]} paragraph <${PARA_MARKER} id="${p.id}" /> (if the two pages split it differently, make them split it alike)`,
	});
}

/**
 * The zh and en version of a page have the same paragraph ids in the same order, and the same
 * retired ids: the parallel view pairs the paragraphs on them, and a cited id lands in either
 * language.
 */
export const checkParagraphPairs: Check = (ctx, report) => {
	for (const { zh, en } of pagePairs(ctx)) {
		const a = paragraphIds(zh.model);
		const b = paragraphIds(en.model);
		const z = { page: zh.page, ids: a.ids };
		const e = { page: en.page, ids: b.ids };
		reportDifferences(ctx, report, z, e);
		for (const [from, to] of [
			[
				{ page: zh.page, ids: a.retired },
				{ page: en.page, ids: b.retired },
			],
			[
				{ page: en.page, ids: b.retired },
				{ page: zh.page, ids: a.retired },
			],
		] as const)
			for (const r of from.ids.filter((x) => !to.ids.some((y) => y.id === x.id)))
				reportLacking(report, from, to, r, 'retired id');
		reportOrder(report, z, e);
	}
};

/** The first place where the shared ids come in a different order. */
function reportOrder(
	report: Report,
	zh: { page: Page; ids: ParagraphId[] },
	en: { page: Page; ids: ParagraphId[] },
) {
	const both = (list: ParagraphId[], other: ParagraphId[]) =>
		list.filter((p) => other.some((x) => x.id === p.id));
	const a = both(zh.ids, en.ids);
	const b = both(en.ids, zh.ids);
	const i = a.findIndex((p, n) => p.id !== b[n]?.id);
	if (i < 0) return;
	report({
		file: en.page.file,
		line: b[i]!.line,
		tag: 'paragraph-mismatch',
		message: `the paragraphs are in a different order than on the ${LANGUAGE[otherLocale(en.page.locale)]} page: here "${b[i]!.id}", there "${a[i]!.id}" (${zh.page.file}:${a[i]!.line})`,
		hint: 'keep the two versions in the same order',
	});
}
