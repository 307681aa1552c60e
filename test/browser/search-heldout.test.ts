/**
 * Search quality measured on queries nobody tuned the site to: test/search/heldout-queries.json
 * was written by a reader who had only the paper, and committed before any change made for it
 * (never edit it). Each query is typed into the site's own search dialog; it counts as found when
 * one of the pages it names is among the first three results. Prints recall@3 per language and
 * per kind of query, and the misses; fails below 90 % in either language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { ROOT } from '../support/fixture.ts';
import { searchInDialog, targetPaths } from '../support/search.ts';

interface HeldOutQuery {
	id: string;
	lang: 'zh' | 'en';
	query: string;
	kind: string;
	want: string[];
}

const HELD_OUT = JSON.parse(
	readFileSync(join(ROOT, 'test/search/heldout-queries.json'), 'utf8'),
) as { queries: HeldOutQuery[] };

const MIN_RECALL = 0.9;
const site = inject('siteUrl');
const browser = useBrowser();
const percent = (n: number, of: number) => `${((n / of) * 100).toFixed(1)} %`;

describe.each(['zh', 'en'] as const)('held-out search queries in %s', (locale) => {
	const queries = HELD_OUT.queries.filter((q) => q.lang === locale);

	it('maps every target to a page of the site or to a concept the site lacks', () => {
		expect(queries.length).toBeGreaterThanOrEqual(40);
		for (const q of queries)
			for (const w of q.want) expect(() => targetPaths(w, locale)).not.toThrow();
	});

	it(`finds a wanted page in the top 3 for at least ${MIN_RECALL * 100} % of the queries`, async () => {
		const page = await browser().newPage();
		await page.goto(`${site}/${locale}/`, { waitUntil: 'networkidle' });
		const results = await searchInDialog(
			page,
			queries.map((q) => q.query),
		);
		await page.close();
		const rows = queries.map((q, i) => {
			const wanted = q.want.flatMap((w) => targetPaths(w, locale));
			return { q, hit: results[i]!.top.some((p) => wanted.includes(p)), got: results[i]! };
		});
		const kinds = [...new Set(queries.map((q) => q.kind))];
		const byKind = kinds.map((kind) => {
			const of = rows.filter((r) => r.q.kind === kind);
			const hits = of.filter((r) => r.hit).length;
			return `  ${kind.padEnd(16)} ${String(hits).padStart(2)}/${String(of.length).padEnd(2)} ${percent(hits, of.length)}`;
		});
		const misses = rows
			.filter((r) => !r.hit)
			.map(
				(r) =>
					`  ${r.q.id} "${r.q.query}" wanted ${r.q.want.join(', ')}; got ${r.got.top.join(', ') || 'nothing'} (${r.got.message})`,
			);
		const hits = rows.filter((r) => r.hit).length;
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
