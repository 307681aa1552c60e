/**
 * Our own words: no built Chinese page (nor the Chinese text of the data files) shares a run of
 * 16 or more Han characters with the paper outside quotation and title marks and blockquotes,
 * counted as verbatim copying (diagram labels and text alternatives
 * included: they are on the page), and no block of
 * 25 or more Han characters takes more than half of its characters from the paper (a copy with
 * light substitutions). The paper is not in the repository; its 20- and 6-character windows are,
 * as hashes (content/paper/fingerprints.json, made by scripts/paper-fingerprints.ts). Exempt: the
 * paper's title everywhere (citations carry it) and the authors' names and affiliations on the
 * paper-at-a-glance page (and its parallel view), which are given as the paper gives them.
 */
import { DIST_DIR } from '../support/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
	MAX_SHARE,
	MIN_BLOCK,
	SHORT_HASH_HEX,
	SHORT_WINDOW,
	WINDOW,
	blockUnits,
	checkableUnits,
	copiedRuns,
	paperShare,
	tooClose,
} from '../../scripts/lib/copy-guard.ts';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { textBlocks } from '../support/page-text.ts';

const DIST = join(ROOT, DIST_DIR);
const prints = JSON.parse(readFileSync(join(ROOT, 'content/paper/fingerprints.json'), 'utf8')) as {
	window: number;
	hashes: string;
	short: { window: number; hashHex: number; hashes: string };
};
const KNOWN = new Set(prints.hashes.split(' '));
const KNOWN_SHORT = new Set(prints.short.hashes.split(' '));
const paper = parseYaml(readFileSync(join(ROOT, 'content/paper/paper.yaml'), 'utf8')) as {
	title: { zh: string };
};
const EXEMPT = [paper.title.zh];

/**
 * Elements that are not our Chinese prose: source-reference labels, the English text of a parallel
 * view (checked, like every English page, by no copy guard: it quotes the paper's Chinese in
 * brackets), a blockquote (a quotation set off as one, so counted as quoted), and the quoted
 * author lines.
 */
const SKIP = ['.src-ref', '.pv-en', 'blockquote'];
const SKIP_ON: Record<string, string[]> = {
	'/zh/paper/': ['.sl-heading-wrapper:has(#authors) + ul'],
	'/zh/parallel/paper/': ['.sl-heading-wrapper:has(#authors) + ul'],
};
/**
 * Not measured by the share check: a concept's list of search terms, which is names and nothing
 * else (a list of the paper's terms is mostly the paper's by nature; the run check still reads it).
 */
const SKIP_SHARE = ['.concept-aliases'];

const zhPages = htmlPages(DIST).filter((p) => p.url.startsWith('/zh/') || p.url === '/');
const pageBlocks = (page: (typeof zhPages)[number], more: string[] = []) =>
	textBlocks(page.html, { skip: [...SKIP, ...(SKIP_ON[page.url] ?? []), ...more] });

/** Every Chinese string under a `zh` key of a JSON value. */
const zhStrings = (value: unknown): string[] =>
	Array.isArray(value)
		? value.flatMap(zhStrings)
		: value && typeof value === 'object'
			? Object.entries(value).flatMap(([k, v]) =>
					k === 'zh' && typeof v === 'string' ? [v] : zhStrings(v),
				)
			: [];
const DATA = ['cases', 'concepts', 'timeline'];
const dataStrings = (name: string) =>
	zhStrings(JSON.parse(readFileSync(join(DIST, `data/${name}.json`), 'utf8')) as unknown);

/** Copied runs found, per page or file, for the summary line. */
const found = new Map<string, string[]>();
/** Each copied run of a page or file, with the block it stands in, so a failure names both. */
const runsIn = (where: string, blocks: string[]) => {
	const runs = blocks.flatMap((block) =>
		checkableUnits([block], EXEMPT)
			.flatMap((unit) => copiedRuns(unit, KNOWN))
			.map((run) => `${[...run].length} characters “${run}” in: “${excerptOf(block)}”`),
	);
	if (runs.length > 0) found.set(where, runs);
	return runs;
};
const excerptOf = (block: string) =>
	[...block].length > 80 ? `${[...block].slice(0, 80).join('')}…` : block;

/** The highest share measured on a checked block, for the summary line. */
let highest = { share: 0, where: '', text: '' };
const pct = (share: number) => `${Math.round(share * 100)} %`;
/** The blocks of a page or file that take more than half of their characters from the paper. */
const closeBlocksIn = (where: string, blocks: string[]) =>
	blocks.flatMap((text) => {
		const s = paperShare(blockUnits(text, EXEMPT), KNOWN_SHORT);
		if (s.chars >= MIN_BLOCK && s.share > highest.share) highest = { share: s.share, where, text };
		if (!tooClose(s)) return [];
		return [`${pct(s.share)} of ${s.chars}: “${text}” — shared: ${s.passages.join(' / ')}`];
	});

describe(`copy guard: the Chinese text shares no ${WINDOW}-character run with the paper`, () => {
	afterAll(() => {
		const runs = [...found.values()].flat().length;
		console.log(
			`copy guard: ${runs} run(s) of ${WINDOW}+ Han characters shared with the paper outside quotation marks, on ${found.size} page(s) or file(s) (${zhPages.length} zh pages and ${DATA.length} data files checked).`,
		);
		for (const [where, list] of found) for (const run of list) console.log(`  ${where}: ${run}`);
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
		expect(runsIn(page.url, pageBlocks(page)), `runs on ${page.url} copied from the paper`).toEqual(
			[],
		);
	});

	it.each(DATA)('/data/%s.json (Chinese fields)', (name) => {
		expect(runsIn(`/data/${name}.json`, dataStrings(name)), `runs in /data/${name}.json`).toEqual(
			[],
		);
	});
});

describe(`copy guard: no block of ${MIN_BLOCK}+ Han characters is more than ${pct(MAX_SHARE)} the paper's`, () => {
	afterAll(() => {
		console.log(
			`copy guard: highest share of a block's characters in ${SHORT_WINDOW}-character windows of the paper: ${pct(highest.share)} (${highest.where}: “${highest.text.slice(0, 40)}…”).`,
		);
	});

	it('uses short fingerprints of the window and width the check expects', () => {
		expect(prints.short.window).toBe(SHORT_WINDOW);
		expect(prints.short.hashHex).toBe(SHORT_HASH_HEX);
		expect(KNOWN_SHORT.size).toBeGreaterThan(5000);
	});

	it.each(zhPages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
		expect(
			closeBlocksIn(page.url, pageBlocks(page, SKIP_SHARE)),
			`blocks on ${page.url} mostly in the paper's words: rewrite them (restructure, summarise) or quote the key phrase`,
		).toEqual([]);
	});

	it.each(DATA)('/data/%s.json (Chinese fields)', (name) => {
		expect(
			closeBlocksIn(`/data/${name}.json`, dataStrings(name)),
			`fields of /data/${name}.json mostly in the paper's words (fix the YAML under content/)`,
		).toEqual([]);
	});
});
