/**
 * One English rendering per term: an English page, or the English text of a data entry, that uses
 * a variant a concept lists under `avoid.en` is refused, naming the rendering to use
 * (checker/terminology.ts finds them).
 */
import type { ConceptData } from '../../src/lib/content/schema.ts';
import { findAvoidedRenderings, type TermRule } from '../terminology.ts';
import { readablePages, type Check, type Context } from '../context.ts';
import { literal } from '../mdx.ts';
import type { Report } from '../report.ts';
import { strings } from './data.ts';

/** The rules of every concept that passed its schema. */
function rulesOf(ctx: Context): TermRule[] {
	return [...ctx.parsed].flatMap(([entry, data]) => {
		if (entry.collection !== 'concepts') return [];
		const c = data as ConceptData;
		return [{ id: entry.id, term: c.term.en, avoid: c.avoid.en }];
	});
}

/**
 * English text of a data entry that readers see: `en` fields (Mermaid labels included), not the
 * search aliases (which may name a variant on purpose) nor the rules themselves.
 */
const isEnglishProse = (path: readonly PropertyKey[]) =>
	(path.at(-1) === 'en' || path.at(-2) === 'en') &&
	!path.includes('aliases') &&
	!path.includes('avoid');

function report1(
	report: Report,
	file: string,
	line: number,
	f: { variant: string; use: string; concept: string },
) {
	report({
		file,
		line,
		tag: 'terminology',
		message: `"${f.variant}" is a rendering the concept "${f.concept}" avoids`,
		hint: `write "${f.use}" (one English rendering per term; see avoid.en in content/concepts/${f.concept}.yaml)`,
	});
}

export const checkTerminology: Check = (ctx, report) => {
	const rules = rulesOf(ctx);
	if (rules.length === 0) return;
	for (const { page, model } of readablePages(ctx).filter(({ page }) => page.locale === 'en')) {
		// What a reader sees: prose, the title and description, and a link's `text="…"`.
		const pieces = [
			...model.texts.map((t) => ({ value: t.value, line: t.line })),
			...(model.frontmatter
				? [{ value: model.frontmatter.source, line: model.frontmatter.firstLine }]
				: []),
			...model.components.flatMap((use) => {
				const text = literal(use.attrs.text);
				return text ? [{ value: text, line: use.line }] : [];
			}),
		];
		for (const piece of pieces)
			for (const f of findAvoidedRenderings(piece.value, rules))
				report1(report, page.file, piece.line + f.line - 1, f);
	}
	for (const entry of ctx.project.entries) {
		for (const s of strings(entry.node, entry.lineAt).filter((s) => isEnglishProse(s.path))) {
			for (const f of findAvoidedRenderings(s.value, rules))
				report1(report, entry.file, s.line + f.line - 1, f);
		}
	}
};
