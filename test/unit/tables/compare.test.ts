import { describe, expect, it } from 'vitest';
import {
	earlyModelTable,
	overviewTable,
	reformModelTable,
	stageTable,
	type CaseEntry,
} from '../../../src/lib/tables/compare.ts';
import {
	caseRecords,
	casesCsv,
	casesJson,
	NOT_STATED,
} from '../../../src/lib/tables/data-export.ts';
import { plainSchemas } from '../../../src/lib/content/schema.ts';

const fact = (zh: string, en: string, ...sources: string[]) => ({ zh, en, sources });
const parseCase = (id: string, raw: unknown): CaseEntry => ({
	id,
	data: plainSchemas.cases.parse(raw),
});

const CASES: CaseEntry[] = [
	parseCase('tongling', {
		kind: 'reform-model',
		order: 1,
		name: { zh: '铜陵大社区模式', en: 'Tongling large-community model' },
		short: { zh: '铜陵', en: 'Tongling' },
		place: { zh: '安徽铜陵', en: 'Tongling, Anhui' },
		path: 'abolish',
		pathNote: fact('撤街强社的典型', 'the typical case of abolishing the street', 'tongling'),
		summary: fact('撤销街道', 'streets abolished', 'tongling'),
		streetOffice: fact('撤销', 'abolished', 'tongling-assessment'),
		grid: fact('每300户左右一个网格', 'a grid of about 300 households', 'tongling-grid'),
		sources: ['tongling'],
	}),
	parseCase('qingshan', {
		kind: 'reform-model',
		order: 2,
		name: { zh: '青山区“精街强社”', en: 'Qingshan, "streamlining the street"' },
		short: { zh: '青山', en: 'Qingshan' },
		place: { zh: '内蒙古包头青山区', en: 'Qingshan, Baotou' },
		path: 'streamline',
		pathNote: fact(
			'以精街强社实现强街扩社',
			'strengthens the street by streamlining it',
			'qingshan-approach',
		),
		summary: fact('做精街道', 'a leaner street', 'qingshan'),
		figures: [
			{
				label: { zh: '领导职数', en: 'Leaders' },
				before: '8人',
				after: '4人',
				note: { zh: '平均', en: 'on average' },
				sources: ['qingshan-street'],
			},
			{
				// a value with a Chinese measure word gives its English separately
				label: { zh: '内设科室', en: 'Sections' },
				before: { zh: '9个科室', en: '9 sections' },
				after: { zh: '4个科室', en: '4 sections' },
				sources: ['qingshan-street'],
			},
		],
		sources: ['qingshan'],
	}),
	parseCase('shanghai', {
		kind: 'early-model',
		order: 3,
		name: { zh: '上海模式', en: 'Shanghai model' },
		short: { zh: '上海', en: 'Shanghai' },
		place: { zh: '上海', en: 'Shanghai' },
		summary: fact('街道即社区', 'street = community', 'stage-1-early-models'),
		placement: fact('街道层面', 'at the street', 'stage-1-early-models'),
		sources: ['stage-1-early-models'],
	}),
];

describe('comparison tables', () => {
	it('puts each reform model in a column, ordered, with every dimension as a row', () => {
		const table = reformModelTable(CASES);
		expect(table.columns.map((c) => c.id)).toEqual(['tongling', 'qingshan']);
		expect(table.rows.length).toBeGreaterThanOrEqual(10);
		const grid = table.rows.find((r) => r.key === 'grid')!;
		expect(grid.cells[0]).toEqual({
			items: [
				{
					text: { zh: '每300户左右一个网格', en: 'a grid of about 300 households' },
					sources: ['tongling-grid'],
				},
			],
		});
		expect(grid.cells[1]).toBeNull();
	});

	it('formats figures with before → after and the note, in both languages', () => {
		const figures = reformModelTable(CASES).rows.find((r) => r.key === 'figures')!;
		expect(figures.cells[1]!.items[0]!.text).toMatchInlineSnapshot(`
			{
			  "en": "Leaders: 8人 → 4人 (on average)",
			  "zh": "领导职数：8人 → 4人（平均）",
			}
		`);
		expect(figures.cells[1]!.items[1]!.text).toEqual({
			zh: '内设科室：9个科室 → 4个科室',
			en: 'Sections: 9 sections → 4 sections',
		});
	});

	it('lists measures with their short names and the case page anchor', () => {
		const withMeasure = parseCase('nanjing', {
			kind: 'reform-model',
			order: 5,
			name: { zh: '南京', en: 'Nanjing' },
			short: { zh: '南京', en: 'Nanjing' },
			place: { zh: '南京', en: 'Nanjing' },
			path: 'strengthen',
			pathNote: fact('强街扩社', 'strengthening the street', 'nanjing'),
			summary: fact('五个中心', 'five centres', 'nanjing'),
			measures: [
				{
					...fact('归并科室', 'merging sections', 'nanjing-measure-1'),
					name: { zh: '一是', en: 'One' },
					anchor: 'measure-1',
				},
			],
			sources: ['nanjing'],
		});
		const measures = reformModelTable([withMeasure]).rows.find((r) => r.key === 'measures')!;
		expect(measures.cells[0]!.items[0]).toMatchObject({
			name: { zh: '一是', en: 'One' },
			anchor: 'measure-1',
		});
	});

	it('has the early models in their own table', () => {
		expect(earlyModelTable(CASES).columns.map((c) => c.id)).toEqual(['shanghai']);
	});

	it('orders the stages by number', () => {
		const stage = (n: number) => ({
			id: `stage-${n}`,
			data: plainSchemas.stages.parse({
				number: n,
				...Object.fromEntries(
					['name', 'period', 'driver', 'structure', 'outcome', 'problem'].map((k) => [
						k,
						fact(`${k}${n}`, `${k} ${n}`, 'stage-1'),
					]),
				),
			}),
		});
		const table = stageTable([stage(3), stage(1), stage(2)]);
		expect(table.columns.map((c) => c.id)).toEqual(['stage-1', 'stage-2', 'stage-3']);
		expect(table.rows.map((r) => r.key)).toEqual([
			'period',
			'driver',
			'structure',
			'outcome',
			'problem',
		]);
	});
});

describe('the overview of all cases', () => {
	const termOf = (id: string) => ({ zh: `术语${id}`, en: `term ${id}` });
	const overview = overviewTable(CASES, termOf);

	it('has every case, reform models first, each group in order', () => {
		expect(overview.groups.map((g) => [g.kind, g.rows.map((r) => r.id)])).toEqual([
			['reform-model', ['tongling', 'qingshan']],
			['early-model', ['shanghai']],
		]);
	});

	it("names a reform model's path by its concept and leaves the early models' path empty", () => {
		const path = overview.dimensions.findIndex((d) => d.key === 'path');
		const [tongling] = overview.groups[0]!.rows;
		expect(tongling!.cells[path]!.items[0]).toEqual({
			text: { zh: '术语abolish', en: 'term abolish' },
			sources: ['tongling'],
			concept: 'abolish',
		});
		expect(overview.groups[1]!.rows[0]!.cells[path]).toBeNull();
	});

	// Row by row: the overview and /data/cases.json say the same thing about each case.
	it.each(['summary', 'levels'])('agrees with the data export on "%s"', (key) => {
		const records = new Map(caseRecords(CASES).map((r) => [r.id as string, r]));
		const column = overview.dimensions.findIndex((d) => d.key === key);
		for (const row of overview.groups.flatMap((g) => g.rows)) {
			const exported = records.get(row.id)![key] as { zh: string; en: string; sources: string[] };
			const cell = row.cells[column];
			expect(exported.zh, row.id).toBe(
				cell ? cell.items.map((i) => i.text.zh).join('；') : NOT_STATED.zh,
			);
			expect(exported.sources, row.id).toEqual(cell ? cell.items.flatMap((i) => i.sources) : []);
		}
	});
});

describe('data exports', () => {
	it('writes a CSV that Excel opens with Chinese intact: BOM, CRLF, quoted fields', () => {
		const csv = casesCsv(CASES);
		expect(
			csv.startsWith(
				'\uFEFFid,kind,name_zh,name_en,place_zh,place_en,path_zh,path_en,path_sources,',
			),
		).toBe(true);
		expect(csv.split('\r\n').length).toBe(5);
		expect(csv).toContain('"Qingshan, ""streamlining the street"""');
		expect(csv).toContain('"Tongling, Anhui"');
		expect(csv).toContain('原文未说明,not stated in the paper,');
	});

	it('writes JSON with both languages, sources and an explicit "not stated"', () => {
		const json = JSON.parse(casesJson(CASES, { edition: '0.1.0', site: 'https://example.org/' }));
		expect(json.edition).toBe('0.1.0');
		expect(json.cases.map((c: { id: string }) => c.id)).toEqual([
			'tongling',
			'qingshan',
			'shanghai',
		]);
		expect(json.cases[0].grid).toEqual({
			zh: '每300户左右一个网格',
			en: 'a grid of about 300 households',
			sources: ['tongling-grid'],
		});
		expect(json.cases[0].core).toEqual({
			zh: '原文未说明',
			en: 'not stated in the paper',
			sources: [],
		});
	});
});
