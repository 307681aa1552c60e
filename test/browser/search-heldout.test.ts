/**
 * Search quality measured on queries nobody tuned the site to: test/search/heldout-queries.json
 * was written by a reader who had only the paper, and committed before any change made for it
 * (never edit it). Each query is typed into the site's own search dialog; it counts as found when
 * one of the pages it names is among the first three results. Prints recall@3 per language and
 * per kind of query, and the misses; fails below 90 % in either language.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { heldOutQueries, heldOutRecall, targetPaths } from '../support/search.ts';

const MIN_RECALL = 0.9;
const site = inject('siteUrl');
const browser = useBrowser();
const percent = (n: number, of: number) => `${((n / of) * 100).toFixed(1)} %`;

describe.each(['zh', 'en'] as const)('held-out search queries in %s', (locale) => {
	const queries = heldOutQueries(locale);

	it('maps every target to a page of the site or to a concept the site lacks', () => {
		expect(queries.length).toBeGreaterThanOrEqual(40);
		for (const q of queries)
			for (const w of q.want) expect(() => targetPaths(w, locale)).not.toThrow();
	});

	it(`finds a wanted page in the top 3 for at least ${MIN_RECALL * 100} % of the queries`, async () => {
		const page = await browser().newPage();
		const { rows, hits } = await heldOutRecall(page, site, locale);
		await page.close();
		const kinds = [...new Set(queries.map((q) => q.kind))];
		const byKind = kinds.map((kind) => {
			const of = rows.filter((r) => r.query.kind === kind);
			const hits = of.filter((r) => r.hit).length;
			return `  ${kind.padEnd(16)} ${String(hits).padStart(2)}/${String(of.length).padEnd(2)} ${percent(hits, of.length)}`;
		});
		const misses = rows
			.filter((r) => !r.hit)
			.map(
				(r) =>
					`  ${r.query.id} "${r.query.query}" wanted ${r.query.want.join(', ')}; got ${r.result.top.join(', ') || 'nothing'} (${r.result.message})`,
			);
		console.log(
			[
				`held-out recall@3 (${locale}): ${percent(hits, rows.length)} (${hits} of ${rows.length})`,
				...byKind,
				...(misses.length ? ['misses:', ...misses] : []),
			].join('\n'),
		);
		expect(hits / rows.length, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
	}, 300_000);
});
