/**
 * Our own words: no built Chinese page (nor the Chinese text of the data files) shares a run of
 * 20 or more Han characters with the paper outside quotation and title marks. The paper is not in
 * the repository; its 20-character windows are, as hashes (content/paper/fingerprints.json, made
 * by scripts/paper-fingerprints.ts). Exempt: the paper's title everywhere (citations carry it) and
 * the authors' names and affiliations on the paper-at-a-glance page (and its parallel view), which
 * are given as the paper gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { WINDOW, checkableUnits, copiedRuns } from '../../src/lib/copy-guard.ts';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { textBlocks } from '../support/page-text.ts';

const DIST = join(ROOT, 'dist');
const prints = JSON.parse(readFileSync(join(ROOT, 'content/paper/fingerprints.json'), 'utf8')) as {
	window: number;
	hashes: string;
};
const KNOWN = new Set(prints.hashes.split(' '));
const paper = parseYaml(readFileSync(join(ROOT, 'content/paper/paper.yaml'), 'utf8')) as {
	title: { zh: string };
};
const EXEMPT = [paper.title.zh];

/**
 * Elements that are not our Chinese prose: source-reference labels, the English text of a parallel
 * view (checked, like every English page, by no copy guard: it quotes the paper's Chinese in
 * brackets), and the quoted author lines.
 */
const SKIP = ['.src-ref', '.pv-en'];
const SKIP_ON: Record<string, string[]> = {
	'/zh/paper/': ['.sl-heading-wrapper:has(#authors) + ul'],
	'/zh/parallel/paper/': ['.sl-heading-wrapper:has(#authors) + ul'],
};

const zhPages = htmlPages(DIST).filter((p) => p.url.startsWith('/zh/') || p.url === '/');

/** Every Chinese string under a `zh` key of a JSON value. */
const zhStrings = (value: unknown): string[] =>
	Array.isArray(value)
		? value.flatMap(zhStrings)
		: value && typeof value === 'object'
			? Object.entries(value).flatMap(([k, v]) =>
					k === 'zh' && typeof v === 'string' ? [v] : zhStrings(v),
				)
			: [];

/** Copied runs found, per page or file, for the summary line. */
const found = new Map<string, string[]>();
const runsIn = (where: string, blocks: string[]) => {
	const runs = checkableUnits(blocks, EXEMPT).flatMap((unit) => copiedRuns(unit, KNOWN));
	if (runs.length > 0) found.set(where, runs);
	return runs;
};

describe('copy guard: the Chinese text shares no 20-character run with the paper', () => {
	afterAll(() => {
		const runs = [...found.values()].flat().length;
		console.log(
			`copy guard: ${runs} run(s) of ${WINDOW}+ Han characters shared with the paper, on ${found.size} page(s) or file(s) (${zhPages.length} zh pages and 3 data files checked).`,
		);
	});

	it('uses fingerprints of the same window size', () => {
		expect(prints.window).toBe(WINDOW);
		expect(KNOWN.size).toBeGreaterThan(5000);
	});

	it('finds at least the home page and the case pages', () => {
		expect(zhPages.map((p) => p.url)).toEqual(
			expect.arrayContaining(['/zh/', '/zh/cases/qingshan/', '/zh/cases/nanjing/']),
		);
	});

	it.each(zhPages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
		const blocks = textBlocks(page.html, { skip: [...SKIP, ...(SKIP_ON[page.url] ?? [])] });
		expect(runsIn(page.url, blocks), `runs on ${page.url} copied from the paper`).toEqual([]);
	});

	it.each(['cases', 'concepts', 'timeline'])('/data/%s.json (Chinese fields)', (name) => {
		const data = JSON.parse(readFileSync(join(DIST, `data/${name}.json`), 'utf8')) as unknown;
		expect(runsIn(`/data/${name}.json`, zhStrings(data)), `runs in /data/${name}.json`).toEqual([]);
	});
});
