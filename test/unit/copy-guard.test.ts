import { describe, expect, it } from 'vitest';
import {
	WINDOW,
	checkableUnits,
	copiedRuns,
	fingerprint,
	fingerprintsOf,
	hanOnly,
	paperBody,
	unquotedParts,
	windows,
} from '../../src/lib/copy-guard.ts';
import { textBlocks } from '../support/page-text.ts';

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
	it('finds a copied run of exactly 20 characters', () => {
		const run = SOURCE.slice(3, 23);
		expect(copiedRuns(`我们${run}他们`, known)).toEqual([run]);
	});
	it('misses a run of 19', () => {
		expect(copiedRuns(`我们${SOURCE.slice(3, 22)}他们`, known)).toEqual([]);
	});
	it('merges overlapping windows into one maximal run', () => {
		expect(copiedRuns(SOURCE, known)).toEqual([SOURCE]);
	});
	it('reports two separate runs separately', () => {
		const a = SOURCE.slice(0, 20);
		const b = SOURCE.slice(6, 26);
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
