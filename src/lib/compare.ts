/**
 * The comparison tables as data: one model, rendered as HTML in both languages by
 * `CompareTable.astro` and exported as CSV/JSON by the data endpoints. Never typed by hand.
 */
import type { Bilingual, CaseData, Fact, StageData } from './schema.ts';
import type { UiStringKey } from './ui-strings.ts';

/** One cell: the statement(s) with their source section ids, or `null` when the paper is silent. */
export interface Cell {
	items: { text: Bilingual; sources: string[] }[];
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
export const TABLE_IDS = ['reform-models', 'early-models', 'stages'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface CaseEntry {
	id: string;
	data: CaseData;
}

export interface StageEntry {
	id: string;
	data: StageData;
}

type ReformCase = Extract<CaseData, { kind: 'reform-model' }>;
type EarlyCase = Extract<CaseData, { kind: 'early-model' }>;

const factCell = (fact: Fact | undefined): Cell | null =>
	fact
		? { items: [{ text: { zh: fact.zh, en: fact.en }, sources: fact.sources.map((s) => s.id) }] }
		: null;

const listCell = (facts: Fact[] | undefined): Cell | null =>
	facts && facts.length > 0 ? { items: facts.flatMap((f) => factCell(f)?.items ?? []) } : null;

/** The dimensions of the reform-model table, in display order. */
export const REFORM_DIMENSIONS: {
	key: string;
	labelKey: UiStringKey;
	get: (c: ReformCase) => Cell | null;
}[] = [
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
export const EARLY_DIMENSIONS: {
	key: string;
	labelKey: UiStringKey;
	get: (c: EarlyCase) => Cell | null;
}[] = [
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
				zh: `${f.label.zh}：${f.before} → ${f.after}${f.note ? `（${f.note.zh}）` : ''}`,
				en: `${f.label.en}: ${f.before} → ${f.after}${f.note ? ` (${f.note.en})` : ''}`,
			},
			sources: f.sources.map((s) => s.id),
		})),
	};
}

const byOrder = (a: CaseEntry, b: CaseEntry) => a.data.order - b.data.order;

/** The three reform models across every dimension, one column per case. */
export function reformModelTable(entries: CaseEntry[]): Table {
	const cases = entries.filter((e) => e.data.kind === 'reform-model').sort(byOrder);
	return {
		id: 'reform-models',
		columns: cases.map((e) => ({ id: e.id, label: e.data.short })),
		rows: REFORM_DIMENSIONS.map((d) => ({
			key: d.key,
			labelKey: d.labelKey,
			cells: cases.map((e) => d.get(e.data as ReformCase)),
		})),
	};
}

/** The early models of the first stage, one column per case. */
export function earlyModelTable(entries: CaseEntry[]): Table {
	const cases = entries.filter((e) => e.data.kind === 'early-model').sort(byOrder);
	return {
		id: 'early-models',
		columns: cases.map((e) => ({ id: e.id, label: e.data.short })),
		rows: EARLY_DIMENSIONS.map((d) => ({
			key: d.key,
			labelKey: d.labelKey,
			cells: cases.map((e) => d.get(e.data as EarlyCase)),
		})),
	};
}

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
