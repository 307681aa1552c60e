/**
 * The project's import graph, read from the source text: every static import, re-export and
 * dynamic import of a relative or `~/` path in the TypeScript, Astro and JavaScript files of the
 * rooms that make up the house (src/, checker/, config/, scripts/, bench/).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { filesUnder } from '../../../src/lib/node/walk.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ROOMS = ['src', 'checker', 'config', 'scripts', 'bench'] as const;
const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
const SPECIFIER =
	/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]/gm;

/** One import: the importing file and the file (or package) it names, both relative to ROOT. */
export interface Edge {
	from: string;
	to: string;
}

/** The specifiers a file's text imports (frontmatter of .astro files included; comments are not read). */
export function specifiers(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return [...code.matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Where a specifier points, relative to ROOT; packages and virtual modules keep their name. */
export function target(file: string, specifier: string): string {
	const path = specifier.split('?')[0]!;
	if (path.startsWith('~/')) return join('src', path.slice(2));
	if (path.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(file), path));
	return specifier;
}

/** Every source file of the rooms, relative to ROOT (bench's and the renderer's node_modules left out). */
export function sourceFiles(): string[] {
	return ROOMS.flatMap((room) =>
		filesUnder(join(ROOT, room), { skip: ['node_modules'] })
			.map((f) => relative(ROOT, f))
			.filter((f) => SOURCE.test(f) && !f.includes('node_modules')),
	);
}

/** All imports of the house. */
export function edges(): Edge[] {
	return sourceFiles().flatMap((from) =>
		specifiers(readFileSync(join(ROOT, from), 'utf8')).map((s) => ({ from, to: target(from, s) })),
	);
}

/**
 * The concern a file belongs to: the folder under src/lib/, src/components/, config/ or
 * scripts/ (scripts/lib is part of scripts), else its top-level room (checker, bench,
 * src/pages, src/scripts, …).
 */
export function concern(file: string): string {
	const parts = file.split('/');
	if (parts[0] === 'src' && (parts[1] === 'lib' || parts[1] === 'components') && parts.length > 3)
		return parts.slice(0, 3).join('/');
	if (parts[0] === 'src' && parts.length > 2) return parts.slice(0, 2).join('/');
	if (parts[0] === 'config' && parts.length > 2) return parts.slice(0, 2).join('/');
	return parts[0]!;
}

/**
 * The cycles of a directed graph between concerns (each as the list of its members, smallest
 * first), by Tarjan's strongly connected components; [] when the graph has none.
 */
export function cycles(graph: Map<string, Set<string>>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const component: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			component.push(w);
		} while (w !== v);
		if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return found;
}

/** The graph between concerns (as `group` names them) that the edges make, without self-loops. */
export function concernGraph(
	all: Edge[],
	group: (file: string) => string,
): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const { from, to } of all) {
		const [a, b] = [group(from), group(to)];
		if (a === b || !/^(src|checker|config|scripts|bench)(\/|$)/.test(to)) continue;
		if (!graph.has(a)) graph.set(a, new Set());
		graph.get(a)!.add(b);
	}
	return graph;
}
