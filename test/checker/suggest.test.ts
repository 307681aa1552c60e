import { describe, expect, it } from 'vitest';
import { closest, distance, hintFor } from '../../checker/suggest.ts';

describe('closest id', () => {
	it.each([
		['nanjng', 'nanjing'],
		['tongling-gird', 'tongling-grid'],
		['measure-1', 'nanjing-measure-1'],
		['qingshan', 'qingshan'],
	])('%s → %s', (bad, good) => {
		expect(
			closest(bad, ['nanjing', 'tongling-grid', 'nanjing-measure-1', 'qingshan', 'shanghai']),
		).toBe(good);
	});

	it('gives nothing when no id is close', () => {
		expect(closest('zzzzzzzzzz', ['nanjing', 'tongling'])).toBeUndefined();
	});

	it('computes the edit distance', () => {
		expect(distance('kitten', 'sitting')).toBe(3);
	});

	it('hints with the closest id, or some valid ones', () => {
		expect(hintFor('nanjng', ['nanjing'], 'cases')).toBe('did you mean "nanjing"?');
		expect(hintFor('zzzzzzzzzz', ['a1', 'b2'], 'cases')).toBe(
			'no cases id is close; valid ids include "a1", "b2"',
		);
		expect(hintFor('x', [], 'anchor')).toBe('there is no anchor yet');
	});
});
