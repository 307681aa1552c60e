/**
 * Throw-away projects for checker tests: the real UI string files, the clean base fixture
 * (test/checker/fixtures/base), then a broken fixture on top (test/checker/fixtures/<name>/, only
 * the files that differ; a `.remove` file lists base files to delete).
 */
import {
	cpSync,
	existsSync,
	mkdtempSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject, formatReport } from '../../checker/index.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'test/checker/fixtures');
const BASE = join(FIXTURES, 'base');

/**
 * The sidebar of the base fixture: one entry per page it has (the site's own names pages the
 * fixture does not have). Entries give only their slug, as the site's do.
 */
export const FIXTURE_SIDEBAR = [
	{ slug: 'cases/nanjing' },
	{ slug: 'compare' },
	{ slug: 'paper/reform-paths' },
];

/** A copy of the base fixture with `overlay` applied (a `null` value deletes the file). */
export function makeFixture(overlay: Record<string, string | Buffer | null> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'checker-'));
	cpSync(join(ROOT, 'src/content/i18n'), join(dir, 'src/content/i18n'), { recursive: true });
	cpSync(BASE, dir, { recursive: true });
	for (const [path, content] of Object.entries(overlay)) {
		const full = join(dir, path);
		if (content === null) rmSync(full, { force: true });
		else {
			mkdirSync(dirname(full), { recursive: true });
			writeFileSync(full, content);
		}
	}
	return dir;
}

/** A copy of the base fixture with the broken fixtures `names` applied, in order. */
export function brokenFixture(...names: string[]): string {
	const dir = makeFixture();
	for (const name of names) {
		const src = join(FIXTURES, name);
		if (!existsSync(src)) throw new Error(`no fixture ${src}`);
		cpSync(src, dir, { recursive: true });
		const list = join(dir, '.remove');
		if (!existsSync(list)) continue;
		for (const path of readFileSync(list, 'utf8').split('\n').filter(Boolean))
			rmSync(join(dir, path), { force: true });
		rmSync(list);
	}
	dropUiKeys(dir);
	return dir;
}

/**
 * A fixture may drop or change keys of the real UI string files (which grow with the site)
 * instead of carrying a stale copy of them: `src/content/i18n/<lang>.json.drop` lists the keys to
 * drop, one a line; `<lang>.json.set` the keys to change, `key<TAB>value` a line.
 */
function dropUiKeys(dir: string) {
	for (const lang of ['zh-CN', 'en']) {
		const file = join(dir, `src/content/i18n/${lang}.json`);
		const lines = (ext: string) => {
			const list = `${file}.${ext}`;
			if (!existsSync(list)) return [];
			const out = readFileSync(list, 'utf8').split('\n').filter(Boolean);
			rmSync(list);
			return out;
		};
		const drop = lines('drop');
		const set = lines('set').map((l) => l.split('\t') as [string, string]);
		if (!drop.length && !set.length) continue;
		const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		for (const key of drop) delete strings[key];
		for (const [key, value] of set) strings[key] = value;
		writeFileSync(file, `${JSON.stringify(strings, null, '\t')}\n`);
	}
}

/** The checker's problems for a fixture directory (with the fixture's sidebar). */
export const check = (dir: string) => checkProject(dir, { sidebar: FIXTURE_SIDEBAR });

/** A file of the clean base fixture, to derive a broken variant from. */
export const baseFile = (path: string): string => readFileSync(join(BASE, path), 'utf8');

/** One broken fixture and what the checker's report must say about it. */
export interface Case {
	/** The fixture folder under test/checker/fixtures/. */
	fixture: string;
	tag: string;
	/** What the printed report must contain. */
	report: RegExp;
	/** The whole report is this one problem: no follow-on errors. */
	alone?: boolean;
}

/**
 * One `describe` per fixture of a table: the report names the problem with file, line and fix,
 * and (for `alone`) nothing else.
 */
export function describeFixtures(title: string, cases: Case[]): void {
	describe(title, () => {
		describe.each(cases)('$fixture', ({ fixture, tag, report, alone }) => {
			const problems = check(brokenFixture(fixture));
			it(`reports [${tag}] with file, line and fix`, () => {
				expect(problems.map((p) => p.tag)).toContain(tag);
				expect(formatReport(problems)).toMatch(report);
			});
			if (alone) {
				it('and nothing else (no follow-on errors)', () => {
					expect(problems).toHaveLength(1);
				});
			}
		});
	});
}
