/**
 * The comparison tables as data: one model, rendered as HTML in both languages by
 * `CompareTable.astro` and exported as CSV/JSON by the data endpoints. Never typed by hand.
 */
import {
	figureText,
	type Bilingual,
	type CaseData,
	type Fact,
	type StageData,
} from '../content/schema.ts';
import type { UiStringKey } from '../i18n/ui-strings.ts';

/** One statement of a cell, with the paper sections it comes from. */
export interface CellItem {
	text: Bilingual;
	sources: string[];
	/** A measure's or problem's short name: the table shows it instead of the whole text. */
	name?: Bilingual;
	/** Where the case page discusses the item (heading id), for the short form's link. */
	anchor?: string;
	/** The concept this item names (a reform path), for a link to its page. */
	concept?: string;
}

/** One cell: the statement(s) with their source section ids, or `null` when the paper is silent. */
export interface Cell {
	items: CellItem[];
}

export interface Row {
	/** Stable key of the dimension (also the CSV column / JSON field name). */
	key: string;
	/** UI string key of the dimension's label. */
	labelKey: UiStringKey;
	cells: (Cell | null)[];
}

export interface Column {
	id: string;
	label: Bilingual;
}

export interface Table {
	id: TableId;
	columns: Column[];
	rows: Row[];
}

/** The comparison tables a page can embed with `<CompareTable table="…" />`. */
export const TABLE_IDS = ['overview', 'reform-models', 'early-models', 'stages'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface CaseEntry {
	id: string;
	data: CaseData;
}

export interface StageEntry {
	id: string;
	data: StageData;
}

/** The data of one kind of case. */
type CaseOf<K extends CaseData['kind']> = Extract<CaseData, { kind: K }>;
type ReformCase = CaseOf<'reform-model'>;
type EarlyCase = CaseOf<'early-model'>;

/** A row of a case table: its label and how to read its cell from one kind of case. */
export interface Dimension<C> {
	key: string;
	labelKey: UiStringKey;
	get: (c: C) => Cell | null;
}

const factCell = (fact: Fact | undefined): Cell | null =>
	fact
		? { items: [{ text: { zh: fact.zh, en: fact.en }, sources: fact.sources.map((s) => s.id) }] }
		: null;

type Named = Fact & { name?: Bilingual | undefined; anchor?: string | undefined };

const listCell = (facts: Named[] | undefined): Cell | null =>
	facts && facts.length > 0
		? {
				items: facts.map((f) => ({
					text: { zh: f.zh, en: f.en },
					sources: f.sources.map((s) => s.id),
					...(f.name ? { name: { zh: f.name.zh, en: f.name.en } } : {}),
					...(f.anchor ? { anchor: f.anchor } : {}),
				})),
			}
		: null;

/** The dimensions of the reform-model table, in display order. */
export const REFORM_DIMENSIONS: Dimension<ReformCase>[] = [
	{ key: 'path', labelKey: 'facts.path', get: (c) => factCell(c.pathNote) },
	{ key: 'cityScale', labelKey: 'facts.cityScale', get: (c) => factCell(c.cityScale) },
	{ key: 'motives', labelKey: 'facts.motives', get: (c) => listCell(c.motives) },
	{ key: 'streetOffice', labelKey: 'facts.streetOffice', get: (c) => factCell(c.streetOffice) },
	{ key: 'core', labelKey: 'facts.core', get: (c) => factCell(c.core) },
	{ key: 'bodies', labelKey: 'facts.bodies', get: (c) => listCell(c.bodies) },
	{ key: 'levels', labelKey: 'facts.levels', get: (c) => factCell(c.levels) },
	{ key: 'grid', labelKey: 'facts.grid', get: (c) => factCell(c.grid) },
	{ key: 'measures', labelKey: 'facts.measures', get: (c) => listCell(c.measures) },
	{ key: 'problems', labelKey: 'facts.problems', get: (c) => listCell(c.problems) },
	{ key: 'figures', labelKey: 'facts.figures', get: (c) => figuresCell(c) },
	{ key: 'followers', labelKey: 'facts.followers', get: (c) => factCell(c.followers) },
];

/** The dimensions of the early-model table. */
export const EARLY_DIMENSIONS: Dimension<EarlyCase>[] = [
	{ key: 'placement', labelKey: 'facts.placement', get: (c) => factCell(c.placement) },
	{ key: 'aim', labelKey: 'facts.aim', get: (c) => factCell(c.aim) },
	{ key: 'levels', labelKey: 'facts.levels', get: (c) => factCell(c.levels) },
];

/** The dimensions of the stages table. */
export const STAGE_DIMENSIONS: { key: keyof StageData & string; labelKey: UiStringKey }[] = [
	{ key: 'period', labelKey: 'stage.period' },
	{ key: 'driver', labelKey: 'stage.driver' },
	{ key: 'structure', labelKey: 'stage.structure' },
	{ key: 'outcome', labelKey: 'stage.outcome' },
	{ key: 'problem', labelKey: 'stage.problem' },
];

function figuresCell(c: ReformCase): Cell | null {
	if (!c.figures?.length) return null;
	return {
		items: c.figures.map((f) => ({
			text: {
				zh: `${f.label.zh}：${figureText(f.before, 'zh')} → ${figureText(f.after, 'zh')}${f.note ? `（${f.note.zh}）` : ''}`,
				en: `${f.label.en}: ${figureText(f.before, 'en')} → ${figureText(f.after, 'en')}${f.note ? ` (${f.note.en})` : ''}`,
			},
			sources: f.sources.map((s) => s.id),
		})),
	};
}

const byOrder = (a: CaseEntry, b: CaseEntry) => a.data.order - b.data.order;

/**
 * The cases of one kind across their dimensions: one column per case, in the cases' order, one
 * row per dimension.
 * @example dimensionTable('early-models', 'early-model', EARLY_DIMENSIONS, cases).columns // [{ id: 'shanghai', … }, …]
 */
export function dimensionTable<K extends CaseData['kind']>(
	id: TableId,
	kind: K,
	dimensions: Dimension<CaseOf<K>>[],
	entries: CaseEntry[],
): Table {
	const cases = entries.filter((e) => e.data.kind === kind).sort(byOrder);
	return {
		id,
		columns: cases.map((e) => ({ id: e.id, label: e.data.short })),
		rows: dimensions.map((d) => ({
			key: d.key,
			labelKey: d.labelKey,
			cells: cases.map((e) => d.get(e.data as CaseOf<K>)),
		})),
	};
}

/** The reform models across every dimension, one column per case. */
export const reformModelTable = (entries: CaseEntry[]): Table =>
	dimensionTable('reform-models', 'reform-model', REFORM_DIMENSIONS, entries);

/** The early models of the first stage, one column per case. */
export const earlyModelTable = (entries: CaseEntry[]): Table =>
	dimensionTable('early-models', 'early-model', EARLY_DIMENSIONS, entries);

/** The three stages, one column per stage. */
export function stageTable(entries: StageEntry[]): Table {
	const stages = [...entries].sort((a, b) => a.data.number - b.data.number);
	return {
		id: 'stages',
		columns: stages.map((s) => ({ id: s.id, label: { zh: s.data.name.zh, en: s.data.name.en } })),
		rows: STAGE_DIMENSIONS.map((d) => ({
			key: d.key,
			labelKey: d.labelKey,
			cells: stages.map((s) => factCell(s.data[d.key] as Fact)),
		})),
	};
}

/** One case in the overview: its row of cells, in the order of `OVERVIEW_DIMENSIONS`. */
export interface OverviewRow {
	id: string;
	label: Bilingual;
	place: Bilingual;
	cells: (Cell | null)[];
}

/** The overview of every case, grouped by kind (reform models first). */
export interface Overview {
	id: 'overview';
	dimensions: { key: string; labelKey: UiStringKey }[];
	groups: { kind: CaseData['kind']; rows: OverviewRow[] }[];
}

/** The name of a concept in both languages, looked up by id. */
export type TermOf = (conceptId: string) => Bilingual;

/**
 * The dimensions the overview shows for every case. Each is a field both kinds of case may have
 * (or, for the path, one the paper gives for the reform models only); a case without it shows
 * "not stated in the paper", as in /data/cases.*.
 */
export const OVERVIEW_DIMENSIONS: {
	key: string;
	labelKey: UiStringKey;
	get: (c: CaseData, termOf: TermOf) => Cell | null;
}[] = [
	{ key: 'path', labelKey: 'facts.path', get: (c, termOf) => pathCell(c, termOf) },
	{ key: 'summary', labelKey: 'compare.summary', get: (c) => factCell(c.summary) },
	{ key: 'levels', labelKey: 'facts.levels', get: (c) => factCell(c.levels) },
];

/** A reform model's path, named by its concept, with the sources of the paper's remark on it. */
function pathCell(c: CaseData, termOf: TermOf): Cell | null {
	if (c.kind !== 'reform-model') return null;
	const sources = c.pathNote.sources.map((s) => s.id);
	return { items: [{ text: termOf(c.path.id), sources, concept: c.path.id }] };
}

/** Every case, one row each, across the dimensions every case can be compared on. */
export function overviewTable(entries: CaseEntry[], termOf: TermOf): Overview {
	const kinds: CaseData['kind'][] = ['reform-model', 'early-model'];
	return {
		id: 'overview',
		dimensions: OVERVIEW_DIMENSIONS.map(({ key, labelKey }) => ({ key, labelKey })),
		groups: kinds.map((kind) => ({
			kind,
			rows: entries
				.filter((e) => e.data.kind === kind)
				.sort(byOrder)
				.map((e) => ({
					id: e.id,
					label: e.data.short,
					place: e.data.place,
					cells: OVERVIEW_DIMENSIONS.map((d) => d.get(e.data, termOf)),
				})),
		})),
	};
}
