/**
 * Link previews: what a reader sees when pointing at, focusing or first tapping a link to a
 * concept, a case or a part of the paper summary — the definition, the summary or the lead
 * paragraph, and where in the paper it comes from. One small JSON per language
 * (src/pages/[locale]/previews.json.ts), built from the same data as the pages, is all the
 * browser fetches: never another page's HTML.
 */
import { compactLabels } from '../markdown/source-refs.ts';
import { headingLeads, type ResolveComponent } from '../markdown/leads.ts';
import type { Locale } from '../i18n/locales.ts';

type Bilingual = Record<Locale, string>;

/** What the preview of one link shows. */
export interface Preview {
	kind: 'concept' | 'case' | 'section';
	/** The term, the case's name or the heading. */
	title: string;
	/** The term's pinyin, for a concept. */
	pinyin?: string;
	/** The term or name in the other language. */
	aside: string;
	/** The definition, summary or lead, cut at a sentence end. */
	text: string;
	/** The paper sections it comes from, as the source chips name them. */
	source: string;
}

/** The JSON a page fetches: the label before the source, and a preview per link target. */
export interface PreviewFile {
	lang: Locale;
	sourceLabel: string;
	/** Keyed by the page path without locale (`concepts/involution`), with `#anchor` for a part. */
	previews: Record<string, Preview>;
}

/** The inputs, as plain data (the endpoint reads them from the content collections). */
export interface PreviewInputs {
	concepts: {
		id: string;
		term: Bilingual;
		pinyin: string;
		definition: Bilingual & { sources: string[] };
	}[];
	cases: { id: string; name: Bilingual; summary: Bilingual & { sources: string[] } }[];
	sections: {
		id: string;
		page: string;
		anchor?: string | undefined;
		order: number;
		label: Bilingual;
	}[];
	/** The MDX pages of the summary and the cases in this language. */
	pages: { route: string; title: string; description?: string | undefined; body: string }[];
	/** The label before a source ("Where the paper says this:"). */
	sourceLabel: string;
}

/** How long a preview's text may be, in characters: Chinese says as much in about half. */
const MAX_CHARS: Record<Locale, number> = { zh: 150, en: 300 };

/**
 * The text cut after the last whole sentence that fits in `max` characters; a first sentence
 * longer than that is cut at a word (or, in Chinese, any character) and ends with an ellipsis.
 * @example excerpt('One. Two three. Four.', 16) // 'One. Two three.'
 */
export function excerpt(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	// Where a sentence ends: after 。！？!? or a full stop before a space (not the one in "1.5").
	const ends = [...clean.matchAll(/(?:[。！？!?]|\.(?=\s|$))[”’")）]*/g)].map(
		(m) => m.index + m[0].length,
	);
	const end = ends.filter((n) => n <= max).at(-1);
	if (end !== undefined) return clean.slice(0, end);
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** How many sources a preview names before "…": the concept page lists them all. */
const MAX_SOURCES = 4;

/** The source labels of `ids` in the paper's order, compacted as the chips show them. */
function sourceText(ids: readonly string[], inputs: PreviewInputs, locale: Locale): string {
	const sections = ids
		.map((id) => inputs.sections.find((s) => s.id === id))
		.filter((s) => s !== undefined)
		.sort((a, b) => a.order - b.order);
	const labels = compactLabels(sections.slice(0, MAX_SOURCES).map((s) => s.label[locale]));
	const joined = labels.join(locale === 'zh' ? '；' : '; ');
	return sections.length > MAX_SOURCES ? `${joined}${locale === 'zh' ? '……' : ' …'}` : joined;
}

/** How a component reads in a lead paragraph of this language. */
function resolver(inputs: PreviewInputs, locale: Locale): ResolveComponent {
	return ({ name, attrs, text }) => {
		if (name === 'Term')
			return attrs.text ?? inputs.concepts.find((c) => c.id === attrs.id)?.term[locale] ?? '';
		if (name === 'CaseLink')
			return attrs.text ?? inputs.cases.find((c) => c.id === attrs.id)?.name[locale] ?? '';
		if (name === 'Src' || name === 'Para') return '';
		return text ? undefined : '';
	};
}

/** The preview of each part of the paper summary and the case pages that has a lead. */
function sectionPreviews(inputs: PreviewInputs, locale: Locale): [string, Preview][] {
	const resolve = resolver(inputs, locale);
	const leads = new Map(inputs.pages.map((p) => [p.route, headingLeads(p.body, resolve)]));
	const out: [string, Preview][] = [];
	for (const s of [...inputs.sections].sort((a, b) => a.order - b.order)) {
		const page = inputs.pages.find((p) => p.route === s.page);
		const lead = leads.get(s.page)?.get(s.anchor ?? '');
		const text = s.anchor ? lead?.text : (page?.description ?? lead?.text);
		if (!page || !text) continue;
		const title = s.anchor ? lead?.heading || page.title : page.title;
		out.push([
			s.anchor ? `${s.page}#${s.anchor}` : s.page,
			{
				kind: 'section',
				title,
				aside: '',
				text: excerpt(text, MAX_CHARS[locale]),
				source: s.label[locale],
			},
		]);
	}
	return out;
}

/**
 * Every preview of one language. A concept or case page is previewed by its definition or summary;
 * a part of the summary by its lead; the first entry for a key wins (the paper's order).
 */
export function buildPreviews(inputs: PreviewInputs, locale: Locale): PreviewFile {
	const max = MAX_CHARS[locale];
	const other: Locale = locale === 'zh' ? 'en' : 'zh';
	const entries: [string, Preview][] = [
		...inputs.concepts.map((c): [string, Preview] => [
			`concepts/${c.id}`,
			{
				kind: 'concept',
				title: c.term[locale],
				pinyin: c.pinyin,
				aside: c.term[other],
				text: excerpt(c.definition[locale], max),
				source: sourceText(c.definition.sources, inputs, locale),
			},
		]),
		...inputs.cases.map((c): [string, Preview] => [
			`cases/${c.id}`,
			{
				kind: 'case',
				title: c.name[locale],
				aside: c.name[other],
				text: excerpt(c.summary[locale], max),
				source: sourceText(c.summary.sources, inputs, locale),
			},
		]),
		...sectionPreviews(inputs, locale),
	];
	const previews: Record<string, Preview> = {};
	for (const [key, preview] of entries) previews[key] ??= preview;
	return { lang: locale, sourceLabel: inputs.sourceLabel, previews };
}
