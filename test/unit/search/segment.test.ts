import { describe, expect, it } from 'vitest';
import { indexPairs, indexQuery } from '../../../src/lib/search/segment.ts';

describe('indexPairs', () => {
	it.each([
		['内卷化', ['内卷', '卷化']],
		['大社区', ['大社', '社区']],
		['网格化管理', ['网格', '格化', '化管', '管理']],
		['社区', ['社区']],
		['曼', ['曼']],
		['', []],
	])('%j → %j', (run, pairs) => expect(indexPairs(run)).toEqual(pairs));
});

describe.each([
	// 3–4 character terms: pairs the index holds, never a lone character and a common word
	['大社区', 'zh', '大社 社区'],
	['大社区制', 'zh', '大社 社区 区制'],
	['居站分设', 'zh', '居站 站分 分设'],
	['网格化管理', 'zh', '网格 格化 化管 管理'],
	['撤街强社', 'zh', '撤街 街强 强社'],
	// words the reader separated stay separate; punctuation between runs separates them too
	['撤街强社 强街扩社', 'zh', '撤街 街强 强社 强街 街扩 扩社'],
	['迈克尔·曼', 'zh', '迈克 克尔 · 曼'],
	// mixed scripts: Latin words and digits as typed, Chinese runs in pairs
	['grid 网格化', 'zh', 'grid 网格 格化'],
	['5+3模式', 'zh', '5+3 模式'],
	['Mann的基层渗透权力', 'zh', 'Mann 的基 基层 层渗 渗透 透权 权力'],
	// pinyin and English are left to Pagefind
	['qiangjie kuoshe', 'zh', 'qiangjie kuoshe'],
	['  grid  management ', 'zh', 'grid management'],
	// the English index holds a Chinese run as one word: queries on it stay as typed
	['网格化管理', 'en', '网格化管理'],
	['grid 网格化', 'en', 'grid 网格化'],
] as const)('indexQuery(%j, %s)', (query, locale, expected) => {
	it(`is ${JSON.stringify(expected)}`, () => expect(indexQuery(query, locale)).toBe(expected));
});
