/**
 * The content checker as a whole: it passes the clean fixture and the real content, accepts what
 * the build accepts, every fixture folder is used by a table, its limits, the report's shape, and
 * problems made in a copy of the real content. One broken fixture per kind of problem is tested
 * by the files beside this one (files, yaml, pages, facts, site), from the tables in cases/.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, formatReport } from '../../checker/index.ts';
import { MAX_FIELD_LENGTH, MAX_FILE_BYTES } from '../../checker/text.ts';
import {
	FIXTURES,
	FIXTURE_SIDEBAR,
	ROOT,
	baseFile,
	brokenFixture,
	check,
	makeFixture,
} from '../support/fixture.ts';
import { ACCEPTED } from './cases/accepted.ts';
import { FACTS } from './cases/facts.ts';
import { FILES } from './cases/files.ts';
import { HOSTILE } from './cases/hostile.ts';
import { PAGES } from './cases/pages.ts';
import { SITE } from './cases/site.ts';
import { YAML } from './cases/data.ts';

const ALL = [...FILES, ...YAML, ...PAGES, ...FACTS, ...SITE, ...HOSTILE];

/** A run over the whole real project reads every page: seconds when the shared machine is busy. */
const REAL_CONTENT_TIMEOUT = 60_000;

describe('content checker', () => {
	it('passes the clean base fixture', () => {
		expect(formatReport(check(makeFixture()))).toBe('Content check passed: no problems found.');
	});

	// The whole project, every page and cached diagram: seconds on a busy machine.
	it(
		'passes the real content (with the real sidebar)',
		() => {
			expect(formatReport(checkProject(ROOT))).toBe('Content check passed: no problems found.');
		},
		REAL_CONTENT_TIMEOUT,
	);

	it('every fixture folder is in a table (none left unused)', () => {
		const used = new Set([...ALL.map((c) => c.fixture), ...ACCEPTED]);
		const folders = readdirSync(FIXTURES).filter((n) => n !== 'base');
		expect(folders.filter((n) => !used.has(n))).toEqual([]);
	});
});

describe('content checker accepts', () => {
	it.each(ACCEPTED)('%s', (fixture) => {
		expect(formatReport(check(brokenFixture(fixture)))).toBe(
			'Content check passed: no problems found.',
		);
	});

	it('a renamed page with redirects for its old URLs and its new slug in the sidebar', () => {
		const sidebar = FIXTURE_SIDEBAR.map((i) =>
			i.slug === 'compare' ? { ...i, slug: 'comparison' } : i,
		);
		const problems = checkProject(brokenFixture('sidebar-entry-to-renamed-page'), { sidebar });
		expect(formatReport(problems)).toBe('Content check passed: no problems found.');
	});
});

describe('content checker limits', () => {
	// A huge value would be published as a page many times its size. Generated here rather than committed.
	it('refuses a text field longer than the limit, at its line', () => {
		const long = `${'word '.repeat(MAX_FIELD_LENGTH / 5)}end`;
		const yaml = baseFile('content/cases/nanjing.yaml').replace(
			'en: five centres',
			`en: "${long}"`,
		);
		const report = formatReport(check(makeFixture({ 'content/cases/nanjing.yaml': yaml })));
		expect(report).toMatch(
			/nanjing\.yaml:8 +\[too-long\] field summary\.en is 10003 characters long \(at most 10000\)/,
		);
	});

	it('refuses a file larger than the limit', () => {
		const page = `${baseFile('src/content/docs/en/cases/nanjing.mdx')}\n${'More text. '.repeat(MAX_FILE_BYTES / 10)}\n`;
		const report = formatReport(
			check(makeFixture({ 'src/content/docs/en/cases/nanjing.mdx': page })),
		);
		expect(report).toMatch(
			/en\/cases\/nanjing\.mdx +\[too-long\] the file is \d+ KB; a content file stays under 256 KB/,
		);
	});
});

describe('the report', () => {
	it('lists every problem of one run, grouped by file, with a summary line', () => {
		const problems = check(
			brokenFixture(
				'unknown-id-in-entry',
				'duplicate-section-id',
				'pagelink-unknown-page',
				'case-not-compared',
			),
		);
		const text = formatReport(problems);
		for (const tag of ['unknown-id', 'duplicate-id', 'unknown-page', 'not-compared'])
			expect(text).toContain(`[${tag}]`);
		const files = text.split('\n').filter((l) => /^\S/.test(l));
		expect(files.slice(0, -1)).toEqual([
			'content/cases/nanjing.yaml',
			'content/paper/sections.yaml',
			'src/content/docs/en/compare.mdx',
			'src/content/docs/zh/cases/nanjing.mdx',
		]);
		expect(files.at(-1)).toBe(
			'5 problems in 4 files: 1 duplicate-id, 1 heading-mismatch, 1 not-compared, 1 unknown-id, 1 unknown-page',
		);
	});

	it('collapses repeated problems', () => {
		const page = `${baseFile('src/content/docs/zh/cases/nanjing.mdx')}\n<Src id="nope" /><Src id="nope" />\n`;
		const text = formatReport(
			check(makeFixture({ 'src/content/docs/zh/cases/nanjing.mdx': page })),
		);
		expect(text).toMatch(/\[unknown-section\] <Src id="nope">: no sections entry "nope" \(2x\)/);
	});
});

// Each reads every page of the project: seconds on a busy shared machine.
describe('on the real content', { timeout: 30_000 }, () => {
	/** A copy of the real content with one page changed. */
	function realWith(page: string, change: (mdx: string) => string): string {
		const dir = mkdtempSync(join(tmpdir(), 'checker-real-'));
		for (const path of ['content', 'src/content', 'src/pages/data'])
			cpSync(join(ROOT, path), join(dir, path), { recursive: true });
		const file = join(dir, page);
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, change(before));
		expect(readFileSync(file, 'utf8')).not.toBe(before);
		return dir;
	}
	const EN_NANJING = 'src/content/docs/en/cases/nanjing.mdx';

	// A source id (and diagram id) is not a heading: an `id="…"` prop of a component in the page
	// source is not an anchor.
	it(
		'refuses <PageLink page="cases/nanjing" anchor="nanjing-structure">',
		() => {
			const dir = realWith(EN_NANJING, (mdx) =>
				mdx.replace(
					/^## .*\{ #problems \}$/m,
					'See <PageLink page="cases/nanjing" anchor="nanjing-structure">the structure</PageLink>.\n\n$&',
				),
			);
			expect(formatReport(checkProject(dir))).toMatch(
				/en\/cases\/nanjing\.mdx:\d+ +\[unknown-anchor\] <PageLink page="cases\/nanjing" anchor="nanjing-structure">: the page has no heading or element with id "nanjing-structure"\n +--> did you mean "structure"\?/,
			);
		},
		REAL_CONTENT_TIMEOUT,
	);

	// A heading with the id the page's diagram figure already has would make two elements share it.
	it(
		'refuses a heading with the id of the diagram on its page',
		() => {
			const dir = realWith(EN_NANJING, (mdx) =>
				mdx.replace('{ #problems }', '{ #diagram-nanjing-structure }'),
			);
			expect(formatReport(checkProject(dir))).toMatch(
				/en\/cases\/nanjing\.mdx:69 +\[duplicate-id\] heading id "diagram-nanjing-structure" is also the id that <Diagram> \(line 67\) renders on this page/,
			);
		},
		REAL_CONTENT_TIMEOUT,
	);
});
