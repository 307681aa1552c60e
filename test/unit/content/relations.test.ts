/**
 * Facts stored once and derived: a concept's cases (src/lib/content/relations.ts) and the sections of a
 * generated concept page (src/lib/page/ids.ts).
 */
import { describe, expect, it } from 'vitest';
import { conceptSections } from '../../../src/lib/page/ids.ts';
import { casesOfConcept } from '../../../src/lib/content/relations.ts';

const c = (id: string, order: number, concepts: string[]) => ({
	id,
	data: { order, concepts: concepts.map((x) => ({ id: x })) },
});

describe('casesOfConcept', () => {
	const cases = [
		c('qingshan', 3, ['grid', 'flat']),
		c('tongling', 1, ['grid']),
		c('nanjing', 2, []),
	];
	it('lists the cases that name the concept, in case order', () => {
		expect(casesOfConcept('grid', cases).map((x) => x.id)).toEqual(['tongling', 'qingshan']);
	});
	it('is empty for a concept no case names', () => {
		expect(casesOfConcept('involution', cases)).toEqual([]);
	});
});

describe('conceptSections', () => {
	it.each([
		[{ related: true, cases: true }, ['definition', 'where-used', 'mentions', 'related', 'cases']],
		[{ related: false, cases: true }, ['definition', 'where-used', 'mentions', 'cases']],
		[{ related: true, cases: false }, ['definition', 'where-used', 'mentions', 'related']],
		[{ related: false, cases: false }, ['definition', 'where-used', 'mentions']],
	])('%o → %o', (has, ids) => {
		expect(conceptSections(has).map((s) => s.id)).toEqual(ids);
	});
});
