/**
 * One rendering per term: a page (prose, headings, table cells, the title and description, a
 * link's `text`) or the text of a data entry (diagram labels, descriptions and text versions
 * included) that uses a variant a concept lists under `avoid.en` or `avoid.zh` is refused, naming
 * the variant and the rendering to use (checker/terminology.ts finds them). Both lists apply to
 * pages of both languages: a Chinese page glosses its terms in English, an English page quotes
 * them in Chinese.
 */
import type { ConceptData } from '../../src/lib/content/schema.ts';
import { findAvoidedRenderings, type TermFinding, type TermRule } from '../terminology.ts';
import { readablePages, type Check, type Context } from '../context.ts';
import { literal, type PageModel, type TextPiece } from '../mdx.ts';
import type { Report } from '../report.ts';
import { strings } from './data.ts';

/** The rules of every concept that passed its schema, one per language. */
function rulesOf(ctx: Context): TermRule[] {
	return [...ctx.parsed].flatMap(([entry, data]) => {
		if (entry.collection !== 'concepts') return [];
		const c = data as ConceptData;
		return (['en', 'zh'] as const).map((language) => ({
			id: entry.id,
			term: c.term[language],
			avoid: c.avoid[language],
			language,
		}));
	});
}

/**
 * Text of a data entry that readers see: the fields of either language (Mermaid labels included),
 * not the search aliases (which may name a variant on purpose) nor the rules themselves.
 */
const isReadText = (path: readonly PropertyKey[]) =>
	['en', 'zh'].some((l) => path.at(-1) === l || path.at(-2) === l) &&
	!path.includes('aliases') &&
	!path.includes('avoid');

/** Blocks that hold their own text: not a list item, whose paragraphs are blocks of their own. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);

/**
 * What a reader sees of a page: each paragraph, heading and table row whole (so a variant split
 * by emphasis or a line break is found), each text node (text in a component's children), the
 * frontmatter (title and description) and a link's `text="…"`.
 */
function piecesOf(model: PageModel): TextPiece[] {
	return [
		...model.blocks
			.filter((b) => TEXT_BLOCKS.has(b.type))
			.map((b) => ({ value: b.text, line: b.line })),
		...model.texts,
		...(model.frontmatter
			? [{ value: model.frontmatter.source, line: model.frontmatter.firstLine }]
			: []),
		...model.components.flatMap((use) => {
			const text = literal(use.attrs.text);
			return text ? [{ value: text, line: use.line }] : [];
		}),
	];
}

function report1(report: Report, file: string, line: number, f: TermFinding) {
	// A variant found across a line break (a Mermaid label) is named on one line.
	const variant = f.variant.replace(/\s+/g, ' ');
	report({
		file,
		line,
		tag: 'terminology',
		message: `"${variant}" is a rendering the concept "${f.concept}" avoids; the site writes "${f.use}"`,
		hint: `write "${f.use}" (one rendering per term; see avoid.${f.language} in content/concepts/${f.concept}.yaml)`,
	});
}

/** Reports each finding once: a text node and the paragraph that holds it find the same use. */
function reportOnce(report: Report, file: string) {
	const seen = new Set<string>();
	return (line: number, f: TermFinding) => {
		const key = `${line}\u0000${f.concept}\u0000${f.variant.toLowerCase()}`;
		if (seen.has(key)) return;
		seen.add(key);
		report1(report, file, line, f);
	};
}

export const checkTerminology: Check = (ctx, report) => {
	const rules = rulesOf(ctx);
	if (rules.every((r) => r.avoid.length === 0)) return;
	for (const { page, model } of readablePages(ctx)) {
		const once = reportOnce(report, page.file);
		for (const piece of piecesOf(model))
			for (const f of findAvoidedRenderings(piece.value, rules)) once(piece.line + f.line - 1, f);
	}
	for (const entry of ctx.project.entries) {
		const once = reportOnce(report, entry.file);
		const source = ctx.project.files.find((f) => f.file === entry.file)?.text ?? null;
		for (const s of strings(entry.node, entry.lineAt).filter((s) => isReadText(s.path))) {
			const found = findAvoidedRenderings(s.value, rules);
			if (found.length === 0) continue;
			for (const { line, finding } of linesInSource(found, s, source, rules, entry.lineAt))
				once(line, finding);
		}
	}
};

/**
 * The file lines of the findings in one YAML string. The value's own lines are not the file's
 * in a block scalar (`|`, `>-`: the text starts on the next line, and `>-` folds its lines), so
 * the rule is run again over the scalar's source, where a variant may wrap across an indented
 * line; where that does not find the same uses (an escape in a quoted string), the string's
 * first line is named.
 */
function linesInSource(
	found: TermFinding[],
	s: { value: string; line: number; range?: [number, number] },
	source: string | null,
	rules: TermRule[],
	lineAt: (offset: number) => number,
): { line: number; finding: TermFinding }[] {
	const inSource =
		source && s.range ? findAvoidedRenderings(source.slice(s.range[0], s.range[1]), rules) : [];
	if (inSource.length === found.length && s.range) {
		const first = lineAt(s.range[0]);
		return found.map((finding, i) => ({ line: first + inSource[i]!.line - 1, finding }));
	}
	return found.map((finding) => ({ line: s.line + finding.line - 1, finding }));
}
