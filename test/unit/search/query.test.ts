import { describe, expect, it } from 'vitest';
import {
	distinctSpellings,
	namedPage,
	editDistance,
	foundAsTyped,
	fewerWords,
	otherSpelling,
	queryUnits,
	spellingSuggestion,
	tokenize,
	vocabulary,
	withoutQuestionWords,
} from '../../../src/lib/search/query.ts';

describe('tokenize', () => {
	it('cuts Chinese with the word segmenter and marks question words', () => {
		expect(tokenize('怎么引用这篇论文').map((t) => [t.text, t.stop])).toEqual([
			['怎么', true],
			['引用', false],
			['这', true],
			['篇', true],
			['论文', false],
		]);
	});
	it('keeps hyphens, apostrophes inside words and "+" in Latin words', () => {
		expect(tokenize("re-admin state's 5+3, residents'").map((t) => t.text)).toEqual([
			're-admin',
			"state's",
			'5+3',
			'residents',
		]);
	});
});

describe.each([
	// a Chinese question
	['怎么引用这篇论文', '引用 论文'],
	['什么是内卷化', '内卷化'],
	['铜陵模式是怎么改革的', '铜陵模式 改革'],
	['为什么要去经济化', '去经济化'],
	// an English question
	['how do I cite this', 'cite'],
	['how do I cite this paper', 'cite paper'],
	['what is the Tongling model', 'Tongling model'],
	// nothing to drop
	['两级政府、三级管理、四级网络', '两级政府 三级管理 四级网络'],
	['grid management', 'grid management'],
	// only question words: searched as typed
	['what is this', 'what is this'],
])('withoutQuestionWords(%j)', (query, expected) => {
	it(`is ${JSON.stringify(expected)}`, () => expect(withoutQuestionWords(query)).toBe(expected));
});

describe.each([
	['南京和包头的做法有什么不同', ['南京', '包头', '做法', '不同']],
	// single characters join their neighbours
	['撤街强社', ['撤街强社']],
	['社区行政化经历了哪几个阶段', ['社区', '行政化', '经历', '阶段']],
	['江泽民 1996 社区建设', ['江泽民', '1996', '社区', '建设']],
	['flat hierarchy', ['flat', 'hierarchy']],
])('queryUnits(%j)', (query, expected) => {
	it(`is ${JSON.stringify(expected)}`, () => expect(queryUnits(query)).toEqual(expected));
});

describe('fewerWords', () => {
	it('first leaves out the units that find nothing', () => {
		expect(fewerWords(['网站', '原文', '来源'], [0, 9, 3])).toEqual([
			['原文 来源'],
			['来源', '原文'],
		]);
	});
	it('then leaves out one unit at a time, the most common first', () => {
		expect(fewerWords(['flat', 'hierarchy', 'street'], [4, 1, 30])).toEqual([
			['flat hierarchy', 'hierarchy street', 'flat street'],
			['hierarchy', 'flat'],
		]);
	});
	it('has nothing to try when no unit finds anything', () => {
		expect(fewerWords(['xyz', 'qqq'], [0, 0])).toEqual([]);
	});
});

describe('distinctSpellings', () => {
	it('keeps one of names that differ only in spelling, case or hyphens, British if given', () => {
		expect(
			distinctSpellings([
				'five centers',
				'five centres',
				'street-centre system',
				'Street centre system',
				'centre-isation',
				'center-ization',
				'Nanjing model',
			]),
		).toEqual(['five centres', 'street-centre system', 'centre-isation', 'Nanjing model']);
	});
});

describe.each([
	['neighbourhood committee', 'neighborhood committee'],
	['neighborhood committee', 'neighbourhood committee'],
	['modernisation of community governance', 'modernization of community governance'],
	['Modernization', 'modernisation'],
	['street centre system', 'street center system'],
	['centers', 'centres'],
	['centre-isation', 'center-ization'],
	['de-economization', 'de-economisation'],
	['bureaucratisation', 'bureaucratization'],
	['labour', 'labor'],
	['programme', 'program'],
	['defence', 'defense'],
	['modelled', 'modeled'],
	// no other spelling
	['grid management', undefined],
	['advise otherwise', undefined],
	['内卷化', undefined],
])('otherSpelling(%j)', (query, expected) => {
	it(`is ${JSON.stringify(expected)}`, () => expect(otherSpelling(query)).toBe(expected));
});

describe('editDistance', () => {
	it.each([
		['involusion', 'involution', 1],
		['goverance', 'governance', 1],
		['shenyeng', 'shenyang', 1],
		['tonlging', 'tongling', 1],
		['abc', 'abc', 0],
		['kitten', 'sitting', 3],
	])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
	it('stops early above the limit', () => expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2));
});

describe('spellingSuggestion', () => {
	const vocab = vocabulary({
		pages: [
			{ path: 'concepts/involution/', names: ['内卷化', 'involution', 'nèijuǎnhuà'] },
			{ path: 'concepts/abolish/', names: ['chè jiē qiáng shè', '铜陵模式'] },
			{ path: 'cases/shenyang/', names: ['Shenyang model'] },
			{ path: 'cases/qingshan/', names: ['Baotou Qingshan'] },
		],
		phrases: ['modernization of the community governance system and governance capacity'],
	});
	it.each([
		['involusion', 'involution'],
		['Shenyeng model', 'shenyang model'],
		['Quingshan district', 'qingshan district'],
		['goverance capacity', 'governance capacity'],
		['chejieqiangshe', 'che jie qiang she'],
		['同陵模式', '铜陵模式'],
		['内卷话', '内卷化'],
		// pinyin joined across the words a reader typed
		['chejie qiangshe', 'che jie qiang she'],
		['che jieqiang she', 'che jie qiang she'],
	])('%j → %j', (query, expected) => expect(spellingSuggestion(query, vocab)).toBe(expected));
	it.each([
		// known words, beginnings of known words and short words are left alone
		['involution'],
		['involu'],
		['involutions'],
		['grid'],
		// a Chinese term of two characters is too short to guess
		['网站'],
		['内卷化'],
		// pinyin already written as the site writes it
		['che jie qiang she'],
	])('leaves %j alone', (query) => expect(spellingSuggestion(query, vocab)).toBeUndefined());
});

describe('namedPage', () => {
	const vocab = vocabulary({
		pages: [
			{
				path: 'concepts/residents-committee/',
				names: ['社区居委会', '居委会', "residents' committee"],
			},
			{ path: 'concepts/large-community-system/', names: ['大社区制', 'Tongling model'] },
			{ path: 'concepts/abolish/', names: ['撤街强社', 'Tongling model', 'chè jiē qiáng shè'] },
			{
				path: 'timeline/',
				names: ['政策时间线', '年表', '大事记', 'Policy timeline', 'chronicle'],
			},
			{ path: 'concepts/despotic-power/', names: ['专断性权力', '专断权力'] },
			{ path: 'concepts/infrastructural-power/', names: ['基层渗透权力', '渗透权力'] },
		],
		phrases: [],
	});
	it.each([
		['居委会', 'concepts/residents-committee/'],
		['residents committee', 'concepts/residents-committee/'],
		["Residents' Committee", 'concepts/residents-committee/'],
		// pinyin in any number of typed words, with or without tone marks
		['che jie qiang she', 'concepts/abolish/'],
		['chejie qiangshe', 'concepts/abolish/'],
		['Chè jiē qiángshè', 'concepts/abolish/'],
		// an alias the page does not use itself
		['大事记', 'timeline/'],
		// a name that makes up most of the query
		['改革大事记', 'timeline/'],
		['chronicle events', 'timeline/'],
		// a name that is a small part of the query names nothing
		['社区居委会和街道办事处的关系', undefined],
		// two pages' names equally long in one query name neither
		['专断权力渗透权力', undefined],
		// a name two pages share names neither
		['Tongling model', undefined],
		['居委', undefined],
	])('%j → %j', (query, expected) => expect(namedPage(query, vocab)).toBe(expected));
});

describe('foundAsTyped', () => {
	it.each([
		// the typed name is marked: a correction must not outrank it
		['Mann', 'Michael <mark>Mann</mark> distinguishes two kinds', true],
		['michael mann', '<mark>Michael</mark> <mark>Mann</mark>', true],
		// a stem Pagefind marked
		['abolished', 'it <mark>abolish</mark>es the street', true],
		// Chinese as typed
		['基层渗透权力', '<mark>基层</mark><mark>渗透</mark><mark>权力</mark>一词', true],
		// matched loosely: another word is marked
		['involusion', 'the <mark>involution</mark> of', false],
		['Mann', 'one core, <mark>many</mark> actors', false],
		['同陵模式', '铜陵<mark>模式</mark>', false],
		// nothing marked
		['grid', 'no marks here', false],
	])('%j in %j → %j', (query, excerpt, expected) =>
		expect(foundAsTyped(query, excerpt)).toBe(expected),
	);
});
