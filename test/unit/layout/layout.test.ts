/**
 * The house stays in order: each concern keeps to its folder, imports run one way (the site's
 * code never reaches into the checker, the build config, the scripts or the bench; its library
 * never into components), and no two folders import each other round in a circle. Read from the
 * source text, so a move that leaves a stale path or a new shortcut across rooms fails here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ROOT,
	concern,
	concernGraph,
	cycles,
	edges,
	specifiers,
	target,
	type Edge,
} from './imports.ts';

const ALL = edges();
const local = (e: Edge) => /^(src|checker|config|scripts|bench)(\/|$)/.test(e.to);
const show = (list: Edge[]) => list.map((e) => `${e.from} → ${e.to}`);

/**
 * The two files of src/lib that read Astro's content collections (everything else in the library
 * is plain TypeScript that tests and the checker can import without Astro's runtime).
 */
const READS_COLLECTIONS = ['src/lib/content/collections.ts', 'src/lib/citation/cited-page.ts'];

describe('the import reader', () => {
	it('finds static, re-exported, side-effect and dynamic imports, with ?raw and ~/ paths', () => {
		const text = [
			"import a from './a.ts';",
			"import { b,\n c } from '../b.ts';",
			"export { d } from './d.ts';",
			"import './side.css';",
			"const e = await import('./e.ts');",
			"import f from '~/lib/f.ts?raw';",
			"// a comment that says import nothing from 'here'",
		].join('\n');
		expect(specifiers(text)).toEqual([
			'./a.ts',
			'../b.ts',
			'./d.ts',
			'./side.css',
			'./e.ts',
			'~/lib/f.ts?raw',
		]);
		expect(target('src/lib/page/context.ts', '../i18n/locales.ts')).toBe('src/lib/i18n/locales.ts');
		expect(target('src/components/mdx/Term.astro', '~/lib/f.ts?raw')).toBe('src/lib/f.ts');
		expect(target('checker/index.ts', 'astro/zod')).toBe('astro/zod');
	});

	it('names concerns by folder and finds a cycle between them', () => {
		expect(concern('src/lib/citation/gbt.ts')).toBe('src/lib/citation');
		expect(concern('src/components/mdx/Term.astro')).toBe('src/components/mdx');
		expect(concern('scripts/lib/chromium.ts')).toBe('scripts');
		expect(concern('checker/checks/site/cases.ts')).toBe('checker');
		const graph = concernGraph(
			[
				{ from: 'src/lib/a/x.ts', to: 'src/lib/b/y.ts' },
				{ from: 'src/lib/b/y.ts', to: 'src/lib/c/z.ts' },
				{ from: 'src/lib/c/z.ts', to: 'src/lib/a/w.ts' },
				{ from: 'src/lib/d/v.ts', to: 'src/lib/a/x.ts' },
			],
			concern,
		);
		expect(cycles(graph)).toEqual([['src/lib/a', 'src/lib/b', 'src/lib/c']]);
		graph.get('src/lib/c')!.clear();
		expect(cycles(graph)).toEqual([]);
	});

	it('reads the whole house (a reader that found nothing would pass every rule below)', () => {
		for (const room of ['src/lib', 'src/components', 'checker', 'config', 'scripts', 'bench'])
			expect(ALL.filter((e) => e.from.startsWith(`${room}/`)).length, room).toBeGreaterThan(5);
	});
});

describe('the layout', () => {
	it('every relative and ~/ import names a file that exists', () => {
		const missing = ALL.filter(local).filter((e) => {
			const file = join(ROOT, e.to);
			return !existsSync(file) && !existsSync(`${file}.ts`) && !existsSync(join(file, 'index.ts'));
		});
		expect(show(missing)).toEqual([]);
	});

	it('the site (src/) never imports the checker, the build config, the scripts or the bench', () => {
		const upward = ALL.filter(
			(e) => e.from.startsWith('src/') && /^(checker|config|scripts|bench)\//.test(e.to),
		);
		expect(show(upward)).toEqual([]);
	});

	it('src/lib imports no component, page, browser script or style', () => {
		const into = ALL.filter(
			(e) =>
				e.from.startsWith('src/lib/') && /^src\/(components|pages|scripts|styles)\//.test(e.to),
		);
		expect(show(into)).toEqual([]);
	});

	it('src/lib reads Astro virtual modules only where it reads the content collections', () => {
		const astro = ALL.filter((e) => e.from.startsWith('src/lib/') && e.to.startsWith('astro:'));
		expect([...new Set(astro.map((e) => e.from))].sort()).toEqual([...READS_COLLECTIONS].sort());
	});

	it('the checker, scripts and bench never import components or pages (they read content, not the UI)', () => {
		const ui = ALL.filter(
			(e) =>
				/^(checker|scripts|bench)\//.test(e.from) &&
				/^src\/(components|pages|scripts)\//.test(e.to),
		);
		expect(show(ui)).toEqual([]);
	});

	it('no two folders of src/lib import each other in a circle', () => {
		const lib = ALL.filter((e) => e.from.startsWith('src/lib/') && e.to.startsWith('src/lib/'));
		expect(cycles(concernGraph(lib, concern))).toEqual([]);
	});

	it('no circle between the rooms (library, components, pages, browser code, checker, config, scripts, bench)', () => {
		const room = (file: string) => {
			const c = concern(file);
			return c.startsWith('src/components') ? 'src/components' : c;
		};
		const lib = (file: string) => (file.startsWith('src/lib/') ? 'src/lib' : room(file));
		expect(cycles(concernGraph(ALL, lib))).toEqual([]);
	});
});
