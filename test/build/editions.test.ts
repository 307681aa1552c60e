/**
 * Editions in real builds of a copy of the project that has no .git (as a ZIP of the repository
 * has none): releasing one, editing a paragraph after it, tampering with it, losing a diagram
 * it shows, and a second edition with the changes between the two.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/lib/diagrams/cache.ts';
import { readLedger, storeFile } from '../../src/lib/editions/store.ts';
import { build, edit, output } from '../support/build.ts';
import { copyProject } from '../support/project-copy.ts';
import { childEnv } from '../support/env.ts';
import { attr, parseHtml, select, selectAll, textOf } from '../support/html.ts';

const text = (node: Parameters<typeof textOf>[0]) => textOf(node).replace(/\s+/g, ' ');

const OLD = 'It is one of the three representative models';
const NEW = 'It is one of three representative reform models';
const PARA = 'p-typical-abolish-street';

/** `npm run edition -- <version> …` in a project copy. */
const release = (dir: string, ...args: string[]) =>
	spawnSync(process.execPath, ['scripts/edition.ts', ...args], {
		cwd: dir,
		env: childEnv(),
		encoding: 'utf8',
	});

const page = (dir: string, path: string) =>
	parseHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
const paragraph = (dir: string, path: string) => text(select(`#${PARA}`, page(dir, path))!);
const panel = (dir: string, path: string) => select('.cite-panel', page(dir, path))!;
const citation = (dir: string, path: string) =>
	text(select('#cite-page-gbt2025', page(dir, path))!);

describe('a released edition', () => {
	let dir: string;
	// One copy for the whole story (each step builds on the one before), removed at the end.
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	beforeAll(() => {
		dir = copyProject();
		expect(existsSync(join(dir, '.git'))).toBe(false);
		appendFileSync(
			join(dir, 'content/editions/changelog.yaml'),
			'0.9.0:\n  zh: 测试版。\n  en: A test edition.\n0.9.1:\n  zh: 改写一段。\n  en: One paragraph reworded.\n',
		);
		const released = release(dir, '0.9.0', '--date', '2026-12-01');
		expect(released.status, output(released)).toBe(0);
		edit(dir, 'src/content/docs/en/cases/tongling.mdx', (mdx) => mdx.replace(OLD, NEW));
		const built = build(dir, join(dir, 'dist'));
		expect(built.status, output(built)).toBe(0);
	}, 900_000);

	it('is published from the store without git: the old text, its ids, its diagrams, a banner', () => {
		const edition = 'editions/0.9.0/en/cases/tongling';
		expect(paragraph(dir, edition)).toContain(OLD);
		expect(paragraph(dir, 'en/cases/tongling')).toContain(NEW);
		const tree = page(dir, edition);
		expect(selectAll('figure[data-diagram] svg[role="img"]', tree).length).toBeGreaterThan(0);
		expect(text(select('.edition-banner', tree)!)).toContain('Edition 0.9.0 of 2026-12-01');
		expect(attr(select('meta[name="robots"]', tree)!, 'content')).toBe('noindex');
		expect(select('[data-pagefind-body]', tree)).toBeUndefined();
		expect(
			text(select('.edition-banner', page(dir, 'editions/0.9.0/zh/cases/tongling'))!),
		).toContain('2026-12-01 发布的 0.9.0 版');
	});

	it('is cited by each page whose text it has, and not by the page edited since', () => {
		expect(attr(panel(dir, 'en/cases/nanjing'), 'data-cites-edition')).toBe('0.9.0');
		expect(citation(dir, 'en/cases/nanjing')).toContain('/editions/0.9.0/en/cases/nanjing/');
		expect(citation(dir, 'en/cases/nanjing')).toContain('[EB/OL]. V0.9.0. ');
		expect(attr(panel(dir, 'en/cases/tongling'), 'data-cites-edition')).toBeUndefined();
		expect(citation(dir, 'en/cases/tongling')).not.toContain('/editions/');
		expect(text(select('.cite-edition', page(dir, 'en/cases/tongling'))!)).toContain(
			'changed after edition 0.9.0 (2026-12-01)',
		);
		// The other language's page was not edited: it still cites the edition.
		expect(attr(panel(dir, 'zh/cases/tongling'), 'data-cites-edition')).toBe('0.9.0');
	});

	it('is never released again with other text', () => {
		const again = release(dir, '0.9.0', '--dist', 'dist');
		expect(again.status).not.toBe(0);
		expect(output(again)).toMatch(/Edition 0\.9\.0 was released on 2026-12-01 with other text/);
	});

	it('shows, once the next edition is out, what changed paragraph by paragraph', () => {
		const next = release(dir, '0.9.1', '--dist', 'dist', '--date', '2026-12-02');
		expect(next.status, output(next)).toBe(0);
		const built = build(dir, join(dir, 'dist'));
		expect(built.status, output(built)).toBe(0);
		const changes = page(dir, 'editions/0.9.0/en/cases/tongling/changes');
		const changed = selectAll('[data-change]', changes);
		expect(changed.map((c) => `${attr(c, 'data-change')} ${attr(c, 'data-paragraph')}`)).toEqual([
			`reworded ${PARA}`,
		]);
		expect(text(select('del', changed[0]!)!)).toContain(OLD);
		expect(text(select('ins', changed[0]!)!)).toContain(NEW);
		expect(attr(panel(dir, 'en/cases/tongling'), 'data-cites-edition')).toBe('0.9.1');
		expect(attr(panel(dir, 'en/cases/nanjing'), 'data-cites-edition')).toBe('0.9.1');
	}, 900_000);

	it('stops the build when its stored text is edited, naming the edition and the file', () => {
		const file = join(dir, storeFile('0.9.0'));
		const before = readFileSync(file);
		writeFileSync(file, gzipSync(gunzipSync(before).toString('utf8').replace(OLD, 'Tampered')));
		const built = build(dir, join(dir, 'dist-tampered'));
		writeFileSync(file, before);
		expect(built.status).not.toBe(0);
		expect(output(built)).toContain(
			`${storeFile('0.9.0')}  [edition] edition 0.9.0 was edited after its release`,
		);
		expect(existsSync(join(dir, 'dist-tampered', 'index.html'))).toBe(false);
	}, 900_000);

	it('stops the build when a diagram it shows is gone, naming the edition and the file', () => {
		const key = Object.keys(readLedger(dir)[0]!.svgs)[0]!;
		rmSync(join(dir, cacheFile(key)));
		const built = build(dir, join(dir, 'dist-no-svg'));
		expect(built.status).not.toBe(0);
		expect(output(built)).toContain(
			`${cacheFile(key)}  [edition] edition 0.9.0 shows this diagram, and it is gone`,
		);
	}, 900_000);
});
