/**
 * The knowledge model and the content, as built: generated tables and data files, and the key
 * facts (numbers, names, slogans) on the pages where a student looks for them, in both languages.
 */
import { CASE_IDS, DIST_DIR, withBasePath } from '../support/site.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseFiguresId } from '../../src/lib/page/ids.ts';
import { figureText } from '../../src/lib/content/schema.ts';
import { ROOT } from '../support/fixture.ts';
import {
	attr,
	byId,
	byTag,
	childElements,
	parseHtml,
	rawText,
	select,
	selectAll,
	textOf,
	type Element,
	type Root,
} from '../support/html.ts';

const DIST = join(ROOT, DIST_DIR);
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The visible text of a page's main content. */
const text = (path: string) => textOf(byTag(parseHtml(read(path)), 'main')[0]!);

describe('comparison tables (generated)', () => {
	describe.each(['zh', 'en'])('/%s/compare/', (locale) => {
		const page = parseHtml(read(`${locale}/compare/index.html`));
		const table = (name: string) => select(`[data-table="${name}"]`, page);
		it('has the three tables', () => {
			for (const t of ['reform-models', 'early-models', 'stages'])
				expect(table(t), t).toBeDefined();
		});
		it('shows every case as a column linking to its page', () => {
			const hrefs = new Set(selectAll('a[href]', page).map((a) => attr(a, 'href')));
			for (const id of CASE_IDS) expect(hrefs).toContain(withBasePath(`/${locale}/cases/${id}/`));
		});
		it('compares the reform models across at least 10 dimensions', () => {
			const rows = selectAll('tr[data-dimension]', table('reform-models')!);
			expect(rows.length).toBeGreaterThanOrEqual(10);
		});
		it('links cells to the paper sections they come from', () => {
			const prefix = locale === 'zh' ? '原文出处：' : 'Where the paper says this:';
			const chips = selectAll('[aria-label]', table('reform-models')!).filter((el) =>
				attr(el, 'ariaLabel')!.startsWith(prefix),
			);
			expect(chips.length).toBeGreaterThan(20);
		});
		it('says "not stated in the paper" where the data has nothing', () => {
			expect(textOf(select('main', page)!)).toContain(
				locale === 'zh' ? '原文未说明' : 'not stated in the paper',
			);
		});
	});
});

describe('data files', () => {
	it('cases.json has every case with both languages and sources', () => {
		const data = JSON.parse(read('data/cases.json')) as {
			cases: { id: string; name: { zh: string; en: string }; sources: string[] }[];
		};
		expect(data.cases.map((c) => c.id).sort()).toEqual([...CASE_IDS].sort());
		for (const c of data.cases) {
			expect(c.name.zh && c.name.en).toBeTruthy();
			expect(c.sources.length).toBeGreaterThan(0);
		}
	});
	it('cases.csv is UTF-8 with a BOM and one row per case', () => {
		const csv = readFileSync(join(DIST, 'data/cases.csv'));
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.toString('utf8').trim().split('\r\n');
		expect(lines).toHaveLength(CASE_IDS.length + 1);
		expect(lines.join('\n')).toContain('铜陵');
	});
	it('concepts.json and timeline.json are generated from the collections', () => {
		const concepts = JSON.parse(read('data/concepts.json')) as {
			concepts: { id: string; pinyin: string }[];
		};
		expect(concepts.concepts.length).toBeGreaterThanOrEqual(18);
		expect(concepts.concepts.find((c) => c.id === 'involution')?.pinyin).toBe('nèijuǎnhuà');
		const timeline = JSON.parse(read('data/timeline.json')) as {
			events: { date: string | null; dateSource: string | null }[];
		};
		const dates = timeline.events.flatMap((e) => (e.date ? [e.date] : []));
		expect(dates).toEqual([...dates].sort());
		// Only dates the paper gives: every date says so, and some events have none.
		expect(timeline.events.every((e) => e.dateSource === (e.date ? 'paper' : null))).toBe(true);
		expect(timeline.events.some((e) => e.date === null)).toBe(true);
	});
});

/**
 * Key facts a student looks for, page by page, in both languages. Numbers are checked in the phrase
 * that gives them (a bare "83" would also match a page number or a date).
 */
const FACTS: [string, string[], string[]][] = [
	[
		'paper/',
		['胡晓燕', '曹海军', '2017-11-05', '山西大学', '东北大学', '内卷化', '道客多多'],
		[
			'HU Xiao-yan',
			'CAO Hai-jun',
			'2017-11-05',
			'Shanxi University',
			'Northeastern University',
			'involution',
			'167334',
		],
	],
	[
		'paper/introduction/',
		[
			'分三批推动了83个',
			'基础不牢，地动山摇',
			'2009年由全国人大常委会宣布废止',
			'1954年颁布',
			'梯利',
			'迈克尔',
			'提升',
			'扩权',
			'取消',
			'改区',
			'多元',
			'康晓光',
			'2017年6月12日',
		],
		[
			'83 pilot zones',
			'基础不牢',
			'In 2009',
			'issued in 1954',
			'Tilly',
			'Mann',
			'Kang Xiaoguang',
			'penetration',
			'extraction',
			'coordination',
			'12 June 2017',
		],
	],
	[
		'paper/involution/',
		[
			'130多项',
			'10余项',
			'80%以上',
			'候补队员',
			'上海',
			'深圳',
			'居站分设',
			'已运行10年',
			'1996年，江泽民',
			'1998年，民政部',
			'2000年起',
		],
		[
			'more than 130',
			'over 80%',
			'running for 10 years',
			'Shanghai',
			'Shenzhen',
			'居站分设',
			'1996: Jiang Zemin',
			'1998: the ministry',
			'From 2000',
		],
	],
	[
		'paper/reform-paths/',
		['撤街强社', '强街扩社', '精街强社', '分三批设立了83个'],
		['撤街强社', '强街扩社', '精街强社', '83 community governance'],
	],
	[
		'cases/tongling/',
		['300户左右', '两级政府、三级管理、三级网络', '贵阳', '佳木斯', '大庆', '社区党工委'],
		['about 300 households', 'Guiyang', 'Jiamusi', 'Daqing', '两级政府、三级管理、三级网络'],
	],
	[
		'cases/nanjing/',
		[
			'五个中心',
			'一门受理、一站办结',
			'费随事转、权随责走',
			'一委一居一站一办',
			'枢纽型',
			'区域党建',
			'综合治理',
		],
		['five centres', '一门受理、一站办结', '费随事转、权随责走', '一委一居一站一办', 'hub'],
	],
	// Qingshan's figures are checked against its YAML below.
	[
		'cases/qingshan/',
		['精街强社', '三位一体', '一库六系统', '5+3', '一格三员'],
		['精街强社', '三位一体', '一库六系统', '5+3', '一格三员'],
	],
	['cases/shanghai/', ['大城大区论', '四级网络'], ['大城大区论', 'four levels of network']],
	[
		'paper/conclusions/',
		['去经济化', '一核多元', '党群服务中心', '党建服务中心', '强国家、强社会'],
		['de-economisation', '一核多元', 'Shenzhen', 'Shanghai', 'strong state, strong society'],
	],
];

describe.each(FACTS)('key facts on %s', (route, zh, en) => {
	it.each(zh)(`/zh/${route}: %s`, (fact) => expect(text(`zh/${route}index.html`)).toContain(fact));
	it.each(en)(`/en/${route}: %s`, (fact) => expect(text(`en/${route}index.html`)).toContain(fact));
});

type Value = string | { zh: string; en: string };
type Figure = { label: { zh: string; en: string }; before: Value; after: Value };
const figuresOf = (id: string) =>
	(parse(readFileSync(join(ROOT, 'content/cases', `${id}.yaml`), 'utf8')) as { figures?: Figure[] })
		.figures ?? [];

/** The rows of a case's figures table: label, before, after. */
function figureRows(html: string, id: string): string[][] {
	const page = parseHtml(html);
	const caption = byId(page, caseFiguresId(id));
	expect(caption, `${caseFiguresId(id)} on the page`).toBeDefined();
	const figure = findFigure(page, caseFiguresId(id))!;
	const body = byTag(figure, 'tbody')[0]!;
	return byTag(body, 'tr').map((tr) => childElements(tr).slice(0, 3).map(textOf));
}

/** The <figure> whose caption has the id. */
function findFigure(root: Root, captionId: string): Element | undefined {
	return byTag(root, 'figure').find((f) => byId(f, captionId));
}

describe.each(['zh', 'en'] as const)(
	'/%s/cases/qingshan/ shows the figures its YAML holds',
	(locale) => {
		const figures = figuresOf('qingshan');
		it('has figures to show', () => expect(figures.length).toBeGreaterThan(0));
		it('one table row per figure, with the label, before and after values from the YAML', () => {
			expect(figureRows(read(`${locale}/cases/qingshan/index.html`), 'qingshan')).toEqual(
				figures.map((f) => [
					f.label[locale],
					figureText(f.before, locale),
					figureText(f.after, locale),
				]),
			);
		});
	},
);

/** A page range as a citation would give one ("pp. 12-18", ": 12–18", 页码 12-18). */
const PAGE_RANGE = /(?:pp?\.|:|页码?)\s*\d+\s*[-–—]\s*\d+/;

describe('honesty about the source copy', () => {
	it.each(['zh', 'en'])(
		'/%s/paper/ says the copy is truncated and lacks journal details',
		(locale) => {
			const t = text(`${locale}/paper/index.html`);
			if (locale === 'zh') expect(t).toMatch(/截断|中断/);
			else expect(t).toMatch(/truncated|breaks off/i);
			expect(t).toMatch(locale === 'zh' ? /参考文献/ : /reference list/);
		},
	);
	it.each(['zh', 'en'])('/%s/paper/ shows no DOI', (locale) => {
		expect(text(`${locale}/paper/index.html`)).not.toMatch(/doi\.org|\b10\.\d{4,}\//i);
	});
	describe.each(['zh', 'en'])('the paper cited on /%s/paper/', (locale) => {
		const page = parseHtml(read(`${locale}/paper/index.html`));
		const cite = (style: string) => rawText(byId(page, `cite-paper-${style}`)!);
		it.each(['gbt2025', 'gbt2015', 'apa7'])(
			'%s gives no page range (the copy has none)',
			(style) => {
				expect(cite(style)).not.toMatch(PAGE_RANGE);
			},
		);
		// A prompt, never a number: an imported record prints what to fill in.
		it('BibTeX gives a prompt for the pages and has no DOI', () => {
			expect(cite('bibtex')).toMatch(/^\s*pages\s*=\s*\{〔(页码|pages)〕\},?$/m);
			expect(cite('bibtex')).not.toMatch(/^\s*doi\s*=/im);
		});
		it('RIS gives a prompt for the start page and no end page', () => {
			expect(cite('ris')).toMatch(/^SP {2}- 〔(页码|pages)〕\r?$/m);
			expect(cite('ris')).not.toMatch(/^EP {2}- /m);
		});
	});
});

describe('concept pages', () => {
	it.each(['involution', 'street-centre-system', 'de-economisation'])(
		'%s exists in both languages with pinyin and both terms',
		(id) => {
			const zh = text(`zh/concepts/${id}/index.html`);
			const en = text(`en/concepts/${id}/index.html`);
			const data = JSON.parse(read('data/concepts.json')) as {
				concepts: { id: string; term: { zh: string; en: string }; pinyin: string }[];
			};
			const c = data.concepts.find((x) => x.id === id)!;
			for (const t of [zh, en]) {
				expect(t).toContain(c.term.zh);
				expect(t).toContain(c.term.en);
				expect(t).toContain(c.pinyin);
			}
		},
	);
	it('there are at least 18 concept pages in each language', () => {
		const data = JSON.parse(read('data/concepts.json')) as { concepts: { id: string }[] };
		expect(data.concepts.length).toBeGreaterThanOrEqual(18);
		for (const c of data.concepts)
			for (const l of ['zh', 'en'])
				expect(() => read(`${l}/concepts/${c.id}/index.html`)).not.toThrow();
	});
});

describe('concept pages', () => {
	const sections = parse(readFileSync(join(ROOT, 'content/paper/sections.yaml'), 'utf8')) as {
		order: number;
		label: { zh: string; en: string };
	}[];
	const concepts = readdirSync(join(ROOT, 'content/concepts')).map((f) => f.replace(/\.yaml$/, ''));
	it.each(concepts.flatMap((id) => (['zh', 'en'] as const).map((l) => [l, id] as const)))(
		'/%s/concepts/%s/: "where the paper uses it" lists sections in the paper\'s order',
		(locale, id) => {
			const page = parseHtml(read(`${locale}/concepts/${id}/index.html`));
			expect(byId(page, 'where-used'), '#where-used').toBeDefined();
			// The list right after the heading: the sections, in the order the page gives them.
			const labels = selectAll('#where-used + ul a', page).map((a) => textOf(a));
			expect(labels.length).toBeGreaterThan(0);
			const order = labels.map((l) => sections.find((s) => s.label[locale] === l)!.order);
			expect(order).toEqual([...order].sort((a, b) => a - b));
		},
	);
});
