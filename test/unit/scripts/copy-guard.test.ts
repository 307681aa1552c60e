import { describe, expect, it } from 'vitest';
import {
	MAX_SHARE,
	MIN_BLOCK,
	SHORT_HASH_HEX,
	SHORT_WINDOW,
	WINDOW,
	blockUnits,
	checkableUnits,
	copiedRuns,
	fingerprint,
	fingerprintsOf,
	hanOnly,
	paperBody,
	paperShare,
	tooClose,
	unquotedParts,
	windows,
} from '../../../scripts/lib/copy-guard.ts';
import { textBlocks } from '../../support/page-text.ts';

/** 26 distinct Han characters, so that windows are easy to count. */
const SOURCE = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火';
const known = new Set(fingerprintsOf(SOURCE));

describe('hanOnly: the normaliser', () => {
	it.each([
		// the copy's ", " and the site's "，" give the same sequence
		['治理, 服务', '治理服务'],
		['治理，服务', '治理服务'],
		// digits, Latin letters and spaces are dropped
		['130 多项 tasks', '多项'],
		['80%以上', '以上'],
		// quotation marks are punctuation too
		['“撤街强社”', '撤街强社'],
	])('%s → %s', (input, expected) => {
		expect(hanOnly(input)).toBe(expected);
	});
});

describe('unquotedParts', () => {
	it.each([
		['甲“乙”丙', ['甲', '丙']],
		['甲「乙」丙《丁》戊', ['甲', '丙', '戊']],
		// nested marks end at the outer closer
		['甲“乙「丙」丁”戊', ['甲', '戊']],
		// an opener without a closer hides nothing
		['甲“乙丙', ['甲“乙丙']],
		['“全部”', []],
	])('%s', (input, expected) => {
		expect(unquotedParts(input)).toEqual(expected);
	});
});

describe('the run length', () => {
	// Runs of 16 to 19 characters outside quotation marks are prose copied from the paper; a longer
	// window would let them through.
	it('is 16 Han characters', () => {
		expect(WINDOW).toBe(16);
	});
});

describe('windows and fingerprints', () => {
	it('cuts every window of the given size', () => {
		expect(windows('甲乙丙丁', 3)).toEqual(['甲乙丙', '乙丙丁']);
		expect(windows('甲乙', 3)).toEqual([]);
	});
	it('hashes a window to 12 hex characters, stably', () => {
		expect(fingerprint('甲乙丙')).toMatch(/^[0-9a-f]{12}$/);
		expect(fingerprint('甲乙丙')).toBe(fingerprint('甲乙丙'));
		expect(fingerprint('甲乙丙')).not.toBe(fingerprint('甲乙丁'));
	});
	it('keeps one sorted fingerprint per distinct window', () => {
		const prints = fingerprintsOf(SOURCE);
		expect(prints).toHaveLength(SOURCE.length - WINDOW + 1);
		expect(prints).toEqual([...prints].sort());
	});
});

describe('copiedRuns: the window matcher', () => {
	it(`finds a copied run of exactly ${WINDOW} characters`, () => {
		const run = SOURCE.slice(3, 3 + WINDOW);
		expect(copiedRuns(`我们${run}他们`, known)).toEqual([run]);
	});
	it(`misses a run of ${WINDOW - 1}`, () => {
		expect(copiedRuns(`我们${SOURCE.slice(3, 2 + WINDOW)}他们`, known)).toEqual([]);
	});
	it('merges overlapping windows into one maximal run', () => {
		expect(copiedRuns(SOURCE, known)).toEqual([SOURCE]);
	});
	it('reports two separate runs separately', () => {
		const a = SOURCE.slice(0, WINDOW);
		const b = SOURCE.slice(SOURCE.length - WINDOW);
		expect(copiedRuns(`${a}我${b}`, known)).toEqual([a, b]);
	});
	it('sees through punctuation differences', () => {
		const page = `${SOURCE.slice(0, 10)}，${SOURCE.slice(10, 20)}。`;
		expect(copiedRuns(hanOnly(page), known)).toEqual([SOURCE.slice(0, 20)]);
	});
});

describe('checkableUnits', () => {
	it('does not count a run inside quotation marks', () => {
		const units = checkableUnits([`原文说“${SOURCE}”。`]);
		expect(units.flatMap((u) => copiedRuns(u, known))).toEqual([]);
	});
	it('does not count an exempt passage (e.g. the title)', () => {
		const units = checkableUnits([`见${SOURCE}一文`], [SOURCE]);
		expect(units.flatMap((u) => copiedRuns(u, known))).toEqual([]);
	});
	it('does not join text across blocks', () => {
		const units = checkableUnits([SOURCE.slice(0, 12), SOURCE.slice(12, 24)]);
		expect(units).toEqual([]);
	});
});

/** 60 distinct Han characters, a stand-in for the paper in the share check. */
const LONG =
	'天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡';
const knownShort = new Set(fingerprintsOf(LONG, SHORT_WINDOW, SHORT_HASH_HEX));
/** Our own words: characters that do not occur in LONG. */
const OWN = '我们的概括用自己的话重新组织了句子结构并且只保留要点说明其含义';
const shareOf = (block: string, exempt: string[] = []) =>
	paperShare(blockUnits(block, exempt), knownShort);

describe('paperShare: the share of a block taken from the paper', () => {
	it('keeps short fingerprints of the configured width', () => {
		expect(fingerprintsOf(LONG, SHORT_WINDOW, SHORT_HASH_HEX)[0]).toMatch(/^[0-9a-f]{8}$/);
		expect(knownShort.size).toBe(LONG.length - SHORT_WINDOW + 1);
	});
	it('counts a verbatim copy as all the paper’s', () => {
		const s = shareOf(LONG.slice(0, 30));
		expect([s.chars, s.shared, s.share]).toEqual([30, 30, 1]);
		expect(tooClose(s)).toBe(true);
	});
	it(`catches a copy with a word swapped every 8 characters, which has no ${WINDOW}-character run`, () => {
		// 36 characters of the paper, every 8th replaced by one of ours
		const edited = [...LONG.slice(0, 36)].map((ch, i) => (i % 8 === 7 ? OWN[i]! : ch)).join('');
		expect(copiedRuns(edited, known)).toEqual([]);
		const s = shareOf(edited);
		expect(s.share).toBeGreaterThan(MAX_SHARE);
		expect(tooClose(s)).toBe(true);
		// the stretches between the swaps are what it reports
		expect(s.passages).toEqual([
			LONG.slice(0, 7),
			LONG.slice(8, 15),
			LONG.slice(16, 23),
			LONG.slice(24, 31),
		]);
	});
	it('lets a paraphrase that shares a name pass', () => {
		// a 5-character name is shorter than a window: it shares nothing
		expect(shareOf(`${OWN.slice(0, 14)}${LONG.slice(0, 5)}${OWN.slice(14, 28)}`).shared).toBe(0);
		// a 12-character name in a 30-character sentence is 40 %
		const s = shareOf(`${OWN.slice(0, 9)}${LONG.slice(10, 22)}${OWN.slice(9, 18)}`);
		expect(s.share).toBeCloseTo(0.4);
		expect(tooClose(s)).toBe(false);
	});
	it('fails only above the threshold: exactly half passes', () => {
		const half = shareOf(`${LONG.slice(0, 15)}${OWN.slice(0, 15)}`);
		expect(half.share).toBe(0.5);
		expect(tooClose(half)).toBe(false);
		expect(tooClose(shareOf(`${LONG.slice(0, 16)}${OWN.slice(0, 14)}`))).toBe(true);
	});
	it('does not measure a block shorter than the minimum', () => {
		const s = shareOf(LONG.slice(0, MIN_BLOCK - 1));
		expect(s.share).toBe(1);
		expect(tooClose(s)).toBe(false);
	});
	it('does not count a quotation, an exempt passage, or a window across a quotation', () => {
		expect(shareOf(`原文说“${LONG.slice(0, 40)}”，${OWN.slice(0, 26)}。`).shared).toBe(0);
		expect(shareOf(`见${LONG.slice(0, 40)}一文，${OWN}`, [LONG.slice(0, 40)]).shared).toBe(0);
		// three characters each side of a quotation are not a six-character window
		expect(shareOf(`${LONG.slice(0, 3)}“引文”${LONG.slice(3, 6)}${OWN}`).shared).toBe(0);
	});
	it('sees through punctuation, digits and Latin letters', () => {
		const page = `${LONG.slice(0, 10)}，2017, ${LONG.slice(10, 30)}（state）。`;
		expect(shareOf(page).share).toBe(1);
	});
});

describe('paperBody', () => {
	it('reads from line 19 to the sharing site’s "展开阅读全文", without fragment markers', () => {
		const nav = Array.from({ length: 18 }, (_, i) => `导航${i}`).join('\n');
		const copy = `${nav}\n1、社区治理的思\n\n2、考与展望\n展开阅读全文\n相关资源`;
		expect(paperBody(copy)).toBe('社区治理的思考与展望');
	});
});

describe('textBlocks: visible text of a built page', () => {
	it('joins inline elements, splits blocks, drops scripts and skipped elements', () => {
		const html =
			'<body><p>甲<a href="#">乙</a><span class="src-ref">标签</span>丙</p><script>丁</script><li>戊</li></body>';
		expect(textBlocks(html, { skip: ['.src-ref'] })).toEqual(['甲乙', '丙', '戊']);
	});
});
