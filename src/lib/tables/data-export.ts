/**
 * The machine-readable exports under `/data/`, generated from the same model as the tables.
 */
import { EARLY_DIMENSIONS, REFORM_DIMENSIONS, type CaseEntry, type Cell } from './compare.ts';
import { casesOfConcept } from '../content/relations.ts';
import type { ConceptData, TimelineData } from '../content/schema.ts';
import { byTimeline } from '../content/timeline.ts';

/** What a cell says when the paper is silent (same words as the tables). */
export const NOT_STATED = { zh: '原文未说明', en: 'not stated in the paper' } as const;

/** The edition of the data files; bump with the site's edition. */
export interface ExportMeta {
	edition: string;
	/** The published site's address; null in a local preview, which has none. */
	site: string | null;
	/** In a local preview only: that the file is not from the published site. */
	warning?: string;
}

/** What a data file of a local preview (built without SITE_URL) says about itself. */
export const PREVIEW_DATA_WARNING =
	'Local preview (built without SITE_URL), not the published site: cite and link the published site, never this copy.';

/** The data files' header: the edition and the site's address, or a preview's warning. */
export function exportMeta(edition: string, site: string, preview: boolean): ExportMeta {
	return preview ? { edition, site: null, warning: PREVIEW_DATA_WARNING } : { edition, site };
}

/**
 * The items of a cell as one text: an item that ends a sentence is followed by the next one
 * directly (a space in English), any other item by a semicolon, so the export never shows "。；".
 * @example joinItems(['问题。', '纵向重合', '末项'], 'zh') // → '问题。纵向重合；末项'
 */
export function joinItems(texts: string[], locale: 'zh' | 'en'): string {
	const ended = locale === 'zh' ? /[。！？；]$/ : /[.!?;]$/;
	return texts
		.map((t) => t.trim())
		.reduce((out, t, i) => {
			if (i === 0) return t;
			const sep = ended.test(out) ? (locale === 'zh' ? '' : ' ') : locale === 'zh' ? '；' : '; ';
			return `${out}${sep}${t}`;
		}, '');
}

const cellText = (cell: Cell | null, locale: 'zh' | 'en') =>
	cell
		? joinItems(
				cell.items.map((i) => i.text[locale]),
				locale,
			)
		: NOT_STATED[locale];
const cellSources = (cell: Cell | null) =>
	cell ? [...new Set(cell.items.flatMap((i) => i.sources))] : [];

/** Every dimension key, reform models first, without repeats. */
export const CASE_DIMENSIONS = [
	...new Set([...REFORM_DIMENSIONS, ...EARLY_DIMENSIONS].map((d) => d.key)),
];

/** One flat record per case: each dimension in both languages with its source section ids. */
export function caseRecords(entries: CaseEntry[]) {
	return [...entries]
		.sort((a, b) => a.data.order - b.data.order)
		.map((e) => {
			const dims = e.data.kind === 'reform-model' ? REFORM_DIMENSIONS : EARLY_DIMENSIONS;
			const record: Record<string, unknown> = {
				id: e.id,
				kind: e.data.kind,
				name: e.data.name,
				short: e.data.short,
				place: e.data.place,
				// With its sources, like every other statement (the overview on the compare page shows it).
				summary: {
					zh: e.data.summary.zh,
					en: e.data.summary.en,
					sources: e.data.summary.sources.map((s) => s.id),
				},
			};
			for (const key of CASE_DIMENSIONS) {
				const dim = dims.find((d) => d.key === key) as
					{ get: (c: unknown) => Cell | null } | undefined;
				const cell = dim ? dim.get(e.data) : null;
				record[key] = {
					zh: cellText(cell, 'zh'),
					en: cellText(cell, 'en'),
					sources: cellSources(cell),
				};
			}
			record.concepts = e.data.concepts.map((c) => c.id);
			record.sources = e.data.sources.map((s) => s.id);
			return record;
		});
}

/** `/data/cases.json` */
export function casesJson(entries: CaseEntry[], meta: ExportMeta): string {
	return JSON.stringify(
		{ ...meta, notStated: NOT_STATED, cases: caseRecords(entries) },
		null,
		'\t',
	);
}

/**
 * One CSV field. A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return) would
 * be read as a formula by a spreadsheet (`=HYPERLINK(…)`, DDE), so it gets a leading `'`, which
 * spreadsheets take as "text" (OWASP's advice on CSV injection); then the usual quoting.
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(value: string): string {
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `/data/cases.csv`: UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens the
 * Chinese text correctly by double-click.
 */
export function casesCsv(entries: CaseEntry[]): string {
	const header = ['id', 'kind', 'name_zh', 'name_en', 'place_zh', 'place_en'];
	for (const key of CASE_DIMENSIONS) header.push(`${key}_zh`, `${key}_en`, `${key}_sources`);
	const rows = caseRecords(entries).map((r) => {
		const b = (k: string) => r[k] as { zh: string; en: string; sources?: string[] };
		const row = [
			r.id as string,
			r.kind as string,
			b('name').zh,
			b('name').en,
			b('place').zh,
			b('place').en,
		];
		for (const key of CASE_DIMENSIONS)
			row.push(b(key).zh, b(key).en, (b(key).sources ?? []).join(' '));
		return row;
	});
	return (
		'\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
	);
}

const refIds = (refs: { id: string }[]) => refs.map((r) => r.id);

/** `/data/concepts.json`; each concept's cases are derived from the cases' `concepts`. */
export function conceptsJson(
	entries: { id: string; data: ConceptData }[],
	cases: CaseEntry[],
	meta: ExportMeta,
): string {
	const concepts = [...entries]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, data }) => ({
			id,
			term: data.term,
			pinyin: data.pinyin,
			aliases: data.aliases,
			definition: { zh: data.definition.zh, en: data.definition.en },
			sources: refIds(data.definition.sources),
			related: refIds(data.related),
			cases: casesOfConcept(id, cases).map((c) => c.id),
		}));
	return JSON.stringify({ ...meta, concepts }, null, '\t');
}

/** What the fields of `/data/timeline.json` mean, written into the file for its readers. */
export const TIMELINE_FIELDS = {
	id: 'A stable key, also the event anchor on the timeline page. It contains no year the paper does not give; where an id had to change for that reason, the old id is listed under formerIds.',
	formerIds:
		'Ids this event had before (e.g. street-residents-1949, renamed because the paper gives no year). Their anchors on the timeline page still land on the event: map an old id to id with this list. Empty for most events.',
	date: 'The date as the paper gives it (YYYY, YYYY-MM or YYYY-MM-DD); null when the paper gives none. The site adds no date of its own.',
	dateSource:
		'paper: the paper gives the date. Null when there is no date. (Earlier editions also had month-added and added-context, for dates this site added; there are none any more.)',
	period:
		"The paper's own words for when it happened (e.g. 建国初期), when it gives no date; null otherwise. An event with neither date nor period is one the paper does not date.",
	position:
		'Position in the timeline (1 = earliest). An order, not a date: an event the paper does not date is placed by this site.',
} as const;

/** `/data/timeline.json` */
export function timelineJson(
	entries: { id: string; data: TimelineData }[],
	meta: ExportMeta,
): string {
	// The sort key of an undated event is our own and is not exported: only its position is.
	const events = [...entries].sort(byTimeline).map(({ id, data }, i) => ({
		id,
		formerIds: data.formerIds,
		position: i + 1,
		date: data.date ?? null,
		dateSource: data.dateSource ?? null,
		period: data.period ?? null,
		title: data.title,
		description: { zh: data.description.zh, en: data.description.en },
		sources: refIds(data.description.sources),
		concepts: refIds(data.concepts),
	}));
	return JSON.stringify({ ...meta, fields: TIMELINE_FIELDS, events }, null, '\t');
}
