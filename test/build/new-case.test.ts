/**
 * A new case, added to a copy of the project the way AUTHORING.md's "A case" checklist says and
 * nothing else: its YAML (copied from a case of the same kind), its two pages, then the build and
 * `npm run urls`. The case must then be everywhere a reader looks for the cases (the sidebar, the
 * case index, both comparison tables it belongs to, the data exports, in both languages), no page
 * may state the old number of cases, and the dist tests must pass on that build unedited.
 *
 * The case is made up (no such case is in the paper) and exists only in the copy. It has no
 * diagram, so the build needs no Chromium to render one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { build, output, project } from '../support/build.ts';
import { htmlPages } from '../support/dist.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { parseHtml, select, selectAll, textOf, type Root } from '../support/html.ts';

const ID = 'testville';
const NAME = { zh: '测试镇模式', en: 'Testville model' } as const;
const SHORT = { zh: '测试镇', en: 'Testville' } as const;
/** The section the copied early model cites: the paper gives these cases no section of their own. */
const SECTION = 'stage-1-early-models';

/** Step 1 and 2: the YAML, copied from a case of the same kind, with its own names and order. */
function addData(dir: string, count: number) {
	const from = readFileSync(join(dir, 'content/cases/shenyang.yaml'), 'utf8');
	const yaml = from
		.replace(/^name:\n {2}zh: .*\n {2}en: .*$/m, `name:\n  zh: ${NAME.zh}\n  en: ${NAME.en}`)
		.replace(/^short:\n {2}zh: .*\n {2}en: .*$/m, `short:\n  zh: ${SHORT.zh}\n  en: ${SHORT.en}`)
		.replace(/^place:\n {2}zh: .*\n {2}en: .*$/m, `place:\n  zh: ${SHORT.zh}\n  en: ${SHORT.en}`)
		.replace(/^order: \d+$/m, `order: ${count + 1}`);
	const data = load(yaml) as { name: unknown; order: number; sources: string[] };
	expect(data.name, 'the copy has its own name').toEqual(NAME);
	expect(data.order).toBe(count + 1);
	expect(data.sources).toContain(SECTION);
	writeFileSync(join(dir, `content/cases/${ID}.yaml`), yaml);
}

/** Step 3: the two pages, with the facts box, one heading and paragraphs with ids and sources. */
function addPages(dir: string) {
	const pages = {
		zh: {
			title: NAME.zh,
			description: '用于测试的虚构案例，论文中并无此案例。',
			heading: '社区放在哪一层',
			p1: '这是一个用于测试的虚构案例，论文没有提到它。',
			p2: '本页只用来检验新增案例的步骤。',
		},
		en: {
			title: NAME.en,
			description: 'A made-up case for a test; the paper has no such case.',
			heading: 'Where the community is placed',
			p1: 'This is a made-up case for a test; the paper does not mention it.',
			p2: 'This page only checks the steps of adding a case.',
		},
	};
	for (const [l, p] of Object.entries(pages))
		writeFileSync(
			join(dir, `src/content/docs/${l}/cases/${ID}.mdx`),
			[
				'---',
				`title: ${p.title}`,
				`description: ${p.description}`,
				'---',
				"import { Src, CaseFacts } from '~/components';",
				'',
				`<CaseFacts id="${ID}" />`,
				'',
				`<Para id="p-made-up" />${p.p1} <Src id="${SECTION}" />`,
				'',
				`## ${p.heading} { #placement }`,
				'',
				`<Para id="p-steps-only" />${p.p2} <Src id="${SECTION}" />`,
				'',
			].join('\n'),
		);
}

/** Runs a script of the copy (as its npm script does) and fails with its output. */
function run(dir: string, args: string[]) {
	const result = spawnSync(process.execPath, args, { cwd: dir, env: childEnv(), encoding: 'utf8' });
	expect(result.status, `${args.join(' ')}\n${output(result)}`).toBe(0);
	return result;
}

/** A number of cases as a page could state it, in either language. */
const countWords = (n: number): RegExp => {
	const en = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n];
	const zh = '零一二三四五六七八九'[n];
	return new RegExp(`\\b(${en}|${n}) (cases|models)\\b|(${zh}|${n})\\s*(个|种)(案例|模式)`, 'i');
};

describe('a new case added by the checklist', () => {
	it('appears everywhere, no page states the old count, and the dist tests pass unedited', () => {
		const dir = project();
		const count = readdirSync(join(dir, 'content/cases')).filter((f) => f.endsWith('.yaml')).length;
		addData(dir, count);
		addPages(dir);
		// Step 5: build (the checker runs first), then publish the new URLs.
		const result = build(dir, join(dir, 'dist'));
		expect(result.status, output(result)).toBe(0);
		run(dir, ['scripts/update-urls.ts']);

		const dist = join(dir, 'dist');
		const page = (path: string): Root =>
			parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
		for (const l of ['zh', 'en'] as const) {
			const href = `/${l}/cases/${ID}/`;
			const links = (tree: Root, scope: string) =>
				selectAll(`${scope} a[href="${href}"]`, tree).map((a) => textOf(a).trim());
			// The sidebar, on the case's own page and on another, names it as its title does.
			for (const at of [href, `/${l}/about/`]) {
				expect(links(page(at), 'nav.sidebar'), `sidebar of ${at}`).toEqual([NAME[l]]);
			}
			expect(textOf(select('h1', page(href))!).trim()).toBe(NAME[l]);
			expect(links(page(`/${l}/cases/`), 'main').length, 'case index').toBeGreaterThan(0);
			const compare = page(`/${l}/compare/`);
			for (const table of ['overview', 'early-models']) {
				const rows = selectAll(
					`[data-table="${table}"] [data-case="${ID}"], [data-table="${table}"] [data-col="${ID}"]`,
					compare,
				);
				expect(rows.length, `${table} table`).toBeGreaterThan(0);
			}
			expect(links(compare, '[data-table="reform-models"]'), 'reform-models table').toEqual([]);
		}
		const json = JSON.parse(readFileSync(join(dist, 'data/cases.json'), 'utf8')) as {
			cases: { id: string; name: { zh: string; en: string } }[];
		};
		expect(json.cases.find((c) => c.id === ID)?.name).toEqual(NAME);
		expect(json.cases).toHaveLength(count + 1);
		const csv = readFileSync(join(dist, 'data/cases.csv'), 'utf8').trim().split('\r\n');
		expect(csv).toHaveLength(count + 2);
		expect(csv.some((row) => row.includes(ID) && row.includes(NAME.zh))).toBe(true);

		// No page states how many cases there were before.
		const old = countWords(count);
		const stating = htmlPages(dist).flatMap((p) => {
			const main = select('main', p.tree);
			const text = main ? textOf(main) : '';
			const m = old.exec(text);
			return m ? [`${p.url}: "${m[0]}"`] : [];
		});
		expect(stating).toEqual([]);
		// The manifest now holds the new pages, so the URL promise covers them.
		const manifest = readFileSync(join(dir, 'content/published-urls.json'), 'utf8');
		expect(manifest).toContain(`"/en/cases/${ID}/"`);

		// The dist tests, as committed, on this build.
		for (const entry of ['test/dist', 'vitest.config.ts'])
			cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		const report = join(dir, 'dist-tests.json');
		run(dir, [
			'node_modules/vitest/vitest.mjs',
			'run',
			'--project',
			'dist',
			'--reporter=json',
			`--outputFile=${report}`,
		]);
		const tests = JSON.parse(readFileSync(report, 'utf8')) as {
			numTotalTests: number;
			numFailedTests: number;
			numPendingTests: number;
			numTodoTests: number;
		};
		expect(tests.numFailedTests).toBe(0);
		expect(tests.numPendingTests + tests.numTodoTests, 'skipped or todo tests').toBe(0);
		expect(tests.numTotalTests).toBeGreaterThan(1000);
	}, 900_000);
});
