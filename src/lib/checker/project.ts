/**
 * Reads the project's content into one model the checks work on: data entries (with the
 * YAML document, for line numbers), MDX pages and UI string files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import { LOCALES, type Locale } from '../i18n.ts';

export const DATA_COLLECTIONS = ['cases', 'concepts', 'timeline', 'stages', 'diagrams'] as const;
export type DataCollectionName = (typeof DATA_COLLECTIONS)[number] | 'paper' | 'sections';

export interface DataEntry {
	collection: DataCollectionName;
	id: string;
	/** Path relative to the root. */
	file: string;
	/** The raw value (before schema parsing). */
	raw: unknown;
	/** The line of a field path, where the YAML has it. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** Line where the entry starts. */
	line: number;
}

export interface YamlError {
	file: string;
	line?: number | undefined;
	message: string;
}

export interface Page {
	locale: Locale;
	/** Route without locale: '' for the home page, 'cases/nanjing', … */
	route: string;
	file: string;
	text: string;
}

export interface Project {
	root: string;
	/** The committed URL manifest and redirect list (null when the file is missing). */
	manifest: { pages: Record<string, string[]>; files: string[] } | null;
	redirects: Record<string, string>;
	/** Data export routes (`/data/cases.json`, …) from src/pages/data/. */
	dataFiles: string[];
	entries: DataEntry[];
	yamlErrors: YamlError[];
	pages: Page[];
	/** UI string files by locale: file path and the keys present. */
	ui: { locale: Locale; file: string; keys: string[] | null }[];
}

const walk = (dir: string): string[] =>
	existsSync(dir)
		? readdirSync(dir).flatMap((name) => {
				const full = join(dir, name);
				return statSync(full).isDirectory() ? walk(full) : [full];
			})
		: [];

function lineFinder(doc: Document, counter: LineCounter, base: readonly PropertyKey[] = []) {
	return (path: readonly PropertyKey[]): number | undefined => {
		const full = [...base, ...path];
		// Walk up the path until a node with a position exists (a missing field → its parent).
		for (let n = full.length; n >= 0; n--) {
			const node = doc.getIn(full.slice(0, n) as unknown[], true) as Node | undefined;
			const pair = n > 0 ? findKeyLine(doc, full.slice(0, n), counter) : undefined;
			if (pair) return pair;
			if (node && node.range) return counter.linePos(node.range[0]).line;
		}
		return undefined;
	};
}

/** The line of the key of a map field (more useful than the value's line). */
function findKeyLine(
	doc: Document,
	path: readonly PropertyKey[],
	counter: LineCounter,
): number | undefined {
	const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
	if (!isMap(parent)) return undefined;
	const last = path[path.length - 1];
	const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
	const key = pair?.key as Node | undefined;
	return key?.range ? counter.linePos(key.range[0]).line : undefined;
}

function parseYaml(root: string, full: string, yamlErrors: YamlError[]) {
	const file = relative(root, full);
	const counter = new LineCounter();
	const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter: counter, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const e of doc.errors) {
			yamlErrors.push({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0]! });
		}
		return undefined;
	}
	return { file, doc, counter };
}

function loadCollection(
	root: string,
	collection: DataCollectionName,
	folder: string,
	yamlErrors: YamlError[],
) {
	return walk(join(root, 'content', folder))
		.filter((f) => /\.ya?ml$/.test(f) && !(collection === 'paper' && f.endsWith('sections.yaml')))
		.flatMap((full): DataEntry[] => {
			const parsed = parseYaml(root, full, yamlErrors);
			if (!parsed) return [];
			const id = full.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
			return [
				{
					collection,
					id,
					file: parsed.file,
					raw: parsed.doc.toJS(),
					lineOf: lineFinder(parsed.doc, parsed.counter),
					line: 1,
				},
			];
		});
}

function loadSections(root: string, yamlErrors: YamlError[]): DataEntry[] {
	const full = join(root, 'content/paper/sections.yaml');
	if (!existsSync(full)) {
		yamlErrors.push({ file: 'content/paper/sections.yaml', message: 'the section map is missing' });
		return [];
	}
	const parsed = parseYaml(root, full, yamlErrors);
	if (!parsed) return [];
	const { doc, counter, file } = parsed;
	if (!isSeq(doc.contents)) {
		yamlErrors.push({ file, line: 1, message: 'the section map must be a YAML list of sections' });
		return [];
	}
	return doc.contents.items.map((node, i) => {
		const raw = (node as Node).toJSON() as Record<string, unknown>;
		return {
			collection: 'sections' as const,
			id: typeof raw?.id === 'string' ? raw.id : `#${i + 1}`,
			file,
			raw,
			lineOf: lineFinder(doc, counter, [i]),
			line: (node as Node).range ? counter.linePos((node as Node).range![0]).line : 1,
		};
	});
}

function loadPages(root: string): Page[] {
	return LOCALES.flatMap((locale) => {
		const dir = join(root, 'src/content/docs', locale);
		return walk(dir)
			.filter((f) => /\.mdx?$/.test(f))
			.map((full) => {
				const rel = relative(dir, full)
					.replace(/\\/g, '/')
					.replace(/\.mdx?$/, '');
				const route = rel === 'index' ? '' : rel.replace(/\/index$/, '');
				return { locale, route, file: relative(root, full), text: readFileSync(full, 'utf8') };
			});
	});
}

function loadUi(root: string) {
	return LOCALES.map((locale) => {
		const file = `src/content/i18n/${locale === 'zh' ? 'zh-CN' : 'en'}.json`;
		const full = join(root, file);
		let keys: string[] | null = null;
		if (existsSync(full)) {
			try {
				keys = Object.keys(JSON.parse(readFileSync(full, 'utf8')) as object);
			} catch {
				keys = null;
			}
		}
		return { locale, file, keys };
	});
}

/** Loads everything the checks need from a project root. */
export function loadProject(root: string): Project {
	const yamlErrors: YamlError[] = [];
	const entries = [
		...loadCollection(root, 'paper', 'paper', yamlErrors),
		...loadSections(root, yamlErrors),
		...DATA_COLLECTIONS.flatMap((c) => loadCollection(root, c, c, yamlErrors)),
	];
	const json = <T>(path: string, fallback: T): T => {
		const full = join(root, path);
		if (!existsSync(full)) return fallback;
		try {
			return JSON.parse(readFileSync(full, 'utf8')) as T;
		} catch {
			yamlErrors.push({ file: path, message: 'not valid JSON' });
			return fallback;
		}
	};
	const dataDir = join(root, 'src/pages/data');
	const dataFiles = existsSync(dataDir)
		? readdirSync(dataDir)
				.filter((f) => f.endsWith('.ts'))
				.map((f) => `/data/${f.replace(/\.ts$/, '')}`)
		: [];
	return {
		root,
		entries,
		yamlErrors,
		pages: loadPages(root),
		ui: loadUi(root),
		manifest: json('content/published-urls.json', null),
		redirects: json<{ redirects: Record<string, string> }>('content/redirects.json', {
			redirects: {},
		}).redirects,
		dataFiles,
	};
}
