/**
 * Performance budgets over the built files (sizes, not timings): our own JavaScript on first load
 * stays under 2 KB gzip on top of Starlight's, and a case page with its diagrams under 60 KB gzip.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { ROOT } from '../support/fixture.ts';

const DIST = join(ROOT, 'dist');
/** Markers of the scripts this project adds (cite panel, search-button fix). */
const OURS = [/data-access-date|cite-copy/, /site-search button\[data-open-modal\]/];

describe.each(['/en/', '/zh/cases/nanjing/', '/en/cases/qingshan/', '/zh/compare/'])(
	'%s',
	(url) => {
		const w = pageWeight(DIST, url);
		it('adds at most 2 KB gzip of its own JavaScript to what Starlight loads', () => {
			const ours = w.inlineScripts.filter((s) => OURS.some((m) => m.test(s.source)));
			expect(ours.length).toBe(2);
			expect(ours.reduce((n, s) => n + s.gzip, 0)).toBeLessThanOrEqual(2048);
		});
		it('loads no Mermaid', () => {
			expect(w.inlineScripts.some((s) => /mermaid/i.test(s.source))).toBe(false);
		});
	},
);

describe('case pages with their diagrams', () => {
	it.each(
		['tongling', 'nanjing', 'qingshan', 'shanghai'].flatMap((id) => [
			`/zh/cases/${id}/`,
			`/en/cases/${id}/`,
		]),
	)('%s is under 60 KB gzip in total', (url) => {
		const w = pageWeight(DIST, url);
		expect(w.svg.raw).toBeGreaterThan(0);
		expect(w.total.gzip).toBeLessThan(60 * 1024);
	});
});
