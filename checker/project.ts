/**
 * Reads the project's content into one model the checks work on: every content file as decoded
 * text, data entries (with positions), MDX pages (parsed as the build parses them), the URL
 * manifest, the redirect list and the UI string files. Loading never throws: what cannot be read
 * is recorded, and the checks report it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { isSeq, type Node } from 'yaml';
import {
	COLLECTION_NAMES,
	DATA_COLLECTIONS,
	DATA_EXTENSION,
	type DataCollection,
	type FolderSource,
	type ListSource,
} from '../src/lib/content/files.ts';
import { CACHE_DIR } from '../src/lib/diagrams/cache.ts';
import { filesUnder } from '../src/lib/node/walk.ts';
import { LANG_TAGS, LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import type { Manifest } from '../src/lib/urls/url-promise.ts';
import { readManifestText, type ManifestProblem } from '../src/lib/urls/manifest-file.ts';
import { parsePage, type ParsedPage } from './mdx.ts';
import { decode } from './text.ts';
import { isParsed, lineFinder, parseYaml, type ParsedYaml, type YamlFailure } from './yaml.ts';

/** A content file as read: its text, or the line where its UTF-8 breaks. */
export interface TextFile {
	/** Path relative to the root, with forward slashes. */
	file: string;
	text: string | null;
	/** The first line with bytes that are not UTF-8 (when `text` is null). */
	badLine?: number;
	bytes: number;
}

export interface DataEntry {
	collection: DataCollection;
	id: string;
	/** Path relative to the root. */
	file: string;
	/** The value Astro's loader sees (before schema parsing). */
	raw: unknown;
	/** The line of a field path, where the YAML has it. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	/** Line where the entry starts. */
	line: number;
	/** The YAML node of the entry, for rules over every string in it. */
	node: Node | null;
	/** Maps an offset in the file to its line. */
	lineAt: (offset: number) => number;
}

/** A YAML file that could not be read. */
export interface YamlFileFailure {
	file: string;
	collection: DataCollection;
	failure: YamlFailure;
}

/** A file where the loader will not look, or will not find it under the name the author meant. */
export interface UnloadedFile {
	file: string;
	reason: 'yml' | 'extension' | 'nested' | 'id' | 'locale' | 'md' | 'not-a-page';
}

export interface Page {
	locale: Locale;
	/** Route without locale: '' for the home page, 'cases/nanjing', … */
	route: string;
	file: string;
	/** The parsed page; null when the file is not valid UTF-8. */
	parsed: ParsedPage | null;
	/** The frontmatter as the build reads it; null when there is none. */
	frontmatter: ParsedYaml | YamlFailure | null;
}

/** A JSON file: its value, or why it could not be read. */
export interface JsonFile<T> {
	file: string;
	value: T | null;
	/** Whether the file exists at all. */
	exists: boolean;
	failure?: { line: number | undefined; message: string };
	/** The line where a string first appears as a key (for messages). */
	lineOfKey: (key: string) => number | undefined;
}

export interface Project {
	root: string;
	/** Every content file read (YAML, MDX, JSON), for character-level rules. */
	files: TextFile[];
	entries: DataEntry[];
	yamlFailures: YamlFileFailure[];
	/** Ids by file name for one-file-per-entry collections, including files that did not parse. */
	fileIds: Record<DataCollection, Set<string>>;
	/** List collections (the section map) whose file could not be read: their ids are unknown. */
	unreadable: Set<DataCollection>;
	unloaded: UnloadedFile[];
	pages: Page[];
	/** The URL manifest; `value` is null when it is not sound (`manifestProblems` says why). */
	manifest: JsonFile<Manifest>;
	/** Duplicate keys, wrong types, an empty manifest: what the strict reading found. */
	manifestProblems: ManifestProblem[];
	/** Manifests the current one must contain: the committed floor, and git's versions. */
	publishedBefore: PublishedBefore[];
	redirects: JsonFile<{ redirects?: Record<string, unknown> }>;
	/** Data export routes (`/data/cases.json`, …) from src/pages/data/. */
	dataFiles: string[];
	/** UI string files by locale: file path, the keys present (null: missing or not JSON), values. */
	ui: {
		locale: Locale;
		file: string;
		keys: string[] | null;
		values: Record<string, unknown>;
		lineOfKey: (key: string) => number | undefined;
	}[];
}

/** The committed floor of the URL manifest: what a release published (see scripts/update-urls.ts). */
export const MANIFEST_FILE = 'content/published-urls.json';
export const FLOOR_FILE = 'content/published-urls.floor.json';

/** A manifest the current one must still contain, and where it comes from. */
export interface PublishedBefore {
	/** Where it was read: the floor file, or `git HEAD`, `git merge-base with main`. */
	source: string;
	/** The file to name in a message (the floor file, or the manifest for a git version). */
	file: string;
	manifest: Manifest;
	lineOfKey: (key: string) => number | undefined;
}

const rel = (root: string, full: string) => relative(root, full).replace(/\\/g, '/');

/** Reads and decodes one file; a cache so that no file is read twice. */
function reader(root: string) {
	const files = new Map<string, TextFile>();
	const read = (full: string): TextFile => {
		const file = rel(root, full);
		const cached = files.get(file);
		if (cached) return cached;
		const bytes = readFileSync(full);
		const decoded = decode(bytes);
		const entry: TextFile = decoded.ok
			? { file, text: decoded.text, bytes: bytes.length }
			: { file, text: null, badLine: decoded.line, bytes: bytes.length };
		files.set(file, entry);
		return entry;
	};
	return { read, files };
}

type Read = ReturnType<typeof reader>['read'];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function entryOf(
	collection: DataCollection,
	id: string,
	file: string,
	parsed: ParsedYaml,
	node: Node | null,
	path: readonly PropertyKey[],
	raw: unknown,
): DataEntry {
	const lineAt = (offset: number) => parsed.counter.linePos(offset).line;
	return {
		collection,
		id,
		file,
		raw,
		lineOf: path.length ? lineFinder(parsed.doc, parsed.counter, path) : parsed.lineOf,
		line: node?.range ? lineAt(node.range[0]) : 1,
		node,
		lineAt,
	};
}

/** A folder of one YAML file per entry (the file name is the id). */
function loadFolder(root: string, read: Read, collection: DataCollection, source: FolderSource) {
	const entries: DataEntry[] = [];
	const failures: YamlFileFailure[] = [];
	const unloaded: UnloadedFile[] = [];
	const ids = new Set<string>();
	const folder = join(root, source.folder);
	if (source.only && !existsSync(join(folder, source.only))) {
		const file = `${source.folder}/${source.only}`;
		const failure = { line: undefined, message: 'the file is missing', hint: `create ${file}` };
		return { entries, failures: [{ file, collection, failure }], unloaded, ids };
	}
	const listed = source.only ? [join(folder, source.only)] : filesUnder(folder);
	for (const full of listed) {
		const file = rel(root, full);
		const nested = dirname(full) !== folder;
		// The diagram cache shares the diagrams folder; its SVGs and renderer.json are not entries.
		if (nested && (file.endsWith('.svg') || file === `${CACHE_DIR}/renderer.json`)) continue;
		const ext = extname(full);
		if (ext === '.yml') unloaded.push({ file, reason: 'yml' });
		else if (ext !== DATA_EXTENSION) unloaded.push({ file, reason: 'extension' });
		else if (nested) unloaded.push({ file, reason: 'nested' });
		if (ext !== DATA_EXTENSION || nested) continue;
		const id = basename(full, DATA_EXTENSION);
		if (!KEBAB.test(id)) unloaded.push({ file, reason: 'id' });
		ids.add(id);
		const text = read(full).text;
		if (text === null) continue;
		const parsed = parseYaml(text);
		if (!isParsed(parsed)) failures.push({ file, collection, failure: parsed });
		else entries.push(entryOf(collection, id, file, parsed, parsed.doc.contents, [], parsed.value));
	}
	return { entries, failures, unloaded, ids };
}

/** A YAML list of entries, each with an `id` (the section map). */
function loadList(root: string, read: Read, collection: DataCollection, source: ListSource) {
	const full = join(root, source.list);
	const file = source.list;
	const none = { entries: [] as DataEntry[], failures: [] as YamlFileFailure[], readable: false };
	let text: string | null;
	try {
		text = read(full).text;
	} catch {
		const failure = { line: undefined, message: 'the file is missing', hint: `create ${file}` };
		return { ...none, failures: [{ file, collection, failure }] };
	}
	if (text === null) return none;
	const parsed = parseYaml(text);
	if (!isParsed(parsed)) return { ...none, failures: [{ file, collection, failure: parsed }] };
	const { doc } = parsed;
	if (!isSeq(doc.contents) || !Array.isArray(parsed.value)) {
		const failure = {
			line: 1,
			message: 'the file must be a YAML list of entries',
			hint: 'start each entry with "- id: …"',
		};
		return { ...none, failures: [{ file, collection, failure }] };
	}
	const values = parsed.value as unknown[];
	const entries = doc.contents.items.map((node, i) => {
		const raw = values[i] as Record<string, unknown> | null;
		const id = typeof raw?.id === 'string' ? raw.id : `#${i + 1}`;
		return entryOf(collection, id, file, parsed, node as Node, [i], raw);
	});
	return { entries, failures: [] as YamlFileFailure[], readable: true };
}

/** The route of a page file under its locale folder `dir`. */
function routeOf(dir: string, full: string): string {
	const path = relative(dir, full)
		.replace(/\\/g, '/')
		.replace(/\.mdx$/, '');
	return path === 'index' ? '' : path.replace(/\/index$/, '');
}

function loadPages(root: string, read: Read): { pages: Page[]; unloaded: UnloadedFile[] } {
	const docs = join(root, 'src/content/docs');
	const unloaded: UnloadedFile[] = [];
	const pages: Page[] = [];
	for (const full of filesUnder(docs)) {
		const file = rel(root, full);
		// Only MDX is read as the build reads it: in a .md page HTML is raw and `{…}` is text, and
		// any other file beside the pages (a script, a stylesheet) could be imported by one.
		if (!full.endsWith('.mdx')) {
			unloaded.push({ file, reason: full.endsWith('.md') ? 'md' : 'not-a-page' });
			continue;
		}
		const locale = LOCALES.find((l) => file.startsWith(`src/content/docs/${l}/`));
		if (!locale) {
			unloaded.push({ file, reason: 'locale' });
			continue;
		}
		const route = routeOf(join(docs, locale), full);
		if (route.split('/').some((seg) => seg !== '' && !KEBAB.test(seg)))
			unloaded.push({ file, reason: 'id' });
		const text = read(full).text;
		const parsed = text === null ? null : parsePage(text);
		const fm = parsed?.ok ? parsed.page.frontmatter : null;
		const frontmatter = fm ? parseYaml(fm.source, fm.firstLine - 1) : null;
		pages.push({ locale, route, file, parsed, frontmatter });
	}
	return { pages, unloaded };
}

/** The line of a character offset in a text. */
const lineAtOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function loadJson<T>(root: string, read: Read, file: string): JsonFile<T> {
	const full = join(root, file);
	const missing: JsonFile<T> = { file, value: null, exists: false, lineOfKey: () => undefined };
	let text: string | null;
	try {
		text = read(full).text;
	} catch {
		return missing;
	}
	if (text === null) return { ...missing, exists: true };
	const lineOfKey = (key: string) => {
		const at = text.indexOf(JSON.stringify(key));
		return at < 0 ? undefined : lineAtOffset(text, at);
	};
	try {
		return { file, value: JSON.parse(text) as T, exists: true, lineOfKey };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message)?.[1];
		const line = /line (\d+)/.exec(message)?.[1];
		return {
			file,
			value: null,
			exists: true,
			lineOfKey,
			failure: {
				line: line ? Number(line) : position ? lineAtOffset(text, Number(position)) : undefined,
				message: message.replace(/\s*\(line \d+ column \d+\)$/, ''),
			},
		};
	}
}

function loadUi(root: string, read: Read) {
	return LOCALES.map((locale) => {
		const json = loadJson<Record<string, unknown>>(
			root,
			read,
			`src/content/i18n/${LANG_TAGS[locale]}.json`,
		);
		const object = json.value && typeof json.value === 'object' ? json.value : null;
		const keys = object ? Object.keys(object) : null;
		return { locale, file: json.file, keys, values: object ?? {}, lineOfKey: json.lineOfKey };
	});
}

function loadData(root: string, read: Read) {
	const entries: DataEntry[] = [];
	const yamlFailures: YamlFileFailure[] = [];
	const unloaded: UnloadedFile[] = [];
	const fileIds = {} as Record<DataCollection, Set<string>>;
	const unreadable = new Set<DataCollection>();
	for (const collection of COLLECTION_NAMES) {
		const source: FolderSource | ListSource = DATA_COLLECTIONS[collection];
		if ('list' in source) {
			const list = loadList(root, read, collection, source);
			entries.push(...list.entries);
			yamlFailures.push(...list.failures);
			if (!list.readable) unreadable.add(collection);
			fileIds[collection] = new Set();
			continue;
		}
		const folder = loadFolder(root, read, collection, source);
		entries.push(...folder.entries);
		yamlFailures.push(...folder.failures);
		unloaded.push(...folder.unloaded);
		fileIds[collection] = folder.ids;
	}
	return { entries, yamlFailures, unloaded, fileIds, unreadable };
}

/** `git` in `root`, when `root` is the top of a work tree; null otherwise (no git, a fixture). */
function git(root: string, args: string[]): string | null {
	const run = (a: string[]) => spawnSync('git', ['-C', root, ...a], { encoding: 'utf8' });
	const top = run(['rev-parse', '--show-toplevel']);
	if (top.status !== 0 || realpathSync(top.stdout.trim()) !== realpathSync(root)) return null;
	const out = run(args);
	return out.status === 0 ? out.stdout : null;
}

/** The manifest as git has it at `ref`, when it is there and sound. */
function manifestAt(root: string, ref: string, source: string): PublishedBefore[] {
	const text = git(root, ['show', `${ref}:${MANIFEST_FILE}`]);
	const manifest = text === null ? null : readManifestText(text).manifest;
	if (!manifest || text === null) return [];
	const lineOfKey = (key: string) => lineOfKeyIn(text, key);
	return [{ source, file: MANIFEST_FILE, manifest, lineOfKey }];
}

const lineOfKeyIn = (text: string, key: string) => {
	const at = text.indexOf(JSON.stringify(key));
	return at < 0 ? undefined : lineAtOffset(text, at);
};

/**
 * What was published before and must still be: the committed floor (works without git), the
 * manifest of the last commit (an uncommitted loss), and the one at the merge base with main (a
 * loss committed on a branch).
 */
function loadPublishedBefore(root: string, read: Read): PublishedBefore[] {
	const out: PublishedBefore[] = [];
	const floorPath = join(root, FLOOR_FILE);
	if (existsSync(floorPath)) {
		const text = read(floorPath).text;
		const manifest = text === null ? null : readManifestText(text).manifest;
		if (manifest && text !== null)
			out.push({
				source: 'the committed floor',
				file: FLOOR_FILE,
				manifest,
				lineOfKey: (k) => lineOfKeyIn(text, k),
			});
	}
	out.push(...manifestAt(root, 'HEAD', 'the last commit (git HEAD)'));
	for (const main of ['origin/main', 'main']) {
		const base = git(root, ['merge-base', 'HEAD', main])?.trim();
		if (!base) continue;
		const head = git(root, ['rev-parse', 'HEAD'])?.trim();
		if (base !== head)
			out.push(...manifestAt(root, base, `the merge base with ${main} (${base.slice(0, 7)})`));
		break;
	}
	return out;
}

/** The manifest read strictly: a sound one, or none and the problems. */
function loadManifest(root: string, read: Read) {
	const manifest = loadJson<Manifest>(root, read, MANIFEST_FILE);
	if (!manifest.exists || manifest.failure) return { manifest, manifestProblems: [] };
	const text = read(join(root, MANIFEST_FILE)).text ?? '';
	const { manifest: sound, problems } = readManifestText(text);
	return { manifest: { ...manifest, value: sound }, manifestProblems: problems };
}

/** Loads everything the checks need from a project root. */
export function loadProject(root: string): Project {
	const { read, files } = reader(root);
	const data = loadData(root, read);
	const { pages, unloaded } = loadPages(root, read);
	const dataDir = join(root, 'src/pages/data');
	const dataFiles = filesUnder(dataDir)
		.filter((f) => f.endsWith('.ts'))
		.map((f) => `/data/${rel(dataDir, f).replace(/\.ts$/, '')}`);
	const project: Project = {
		root,
		files: [],
		...data,
		unloaded: [...data.unloaded, ...unloaded],
		pages,
		...loadManifest(root, read),
		publishedBefore: loadPublishedBefore(root, read),
		redirects: loadJson(root, read, 'content/redirects.json'),
		dataFiles,
		ui: loadUi(root, read),
	};
	project.files = [...files.values()];
	return project;
}
