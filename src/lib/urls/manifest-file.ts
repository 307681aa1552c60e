/**
 * The committed URL manifest read strictly: `JSON.parse` keeps the last of two equal keys and
 * accepts any shape, so a duplicate page entry silently drops the first one's anchors and `[]`
 * turns the URL promise off. Here a duplicate key, a value of the wrong type, a missing or extra
 * field and an empty manifest are problems with the line they are on, and no manifest is
 * returned; the checker and `npm run urls` stop on them instead of trusting the file.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Manifest } from './url-promise.ts';

/** What is wrong with a manifest file, at its line, with a fix. */
export interface ManifestProblem {
	line: number | undefined;
	message: string;
	hint: string;
}

/** A manifest as read: the manifest when it is sound, else null and the problems. */
export interface ReadManifest {
	manifest: Manifest | null;
	problems: ManifestProblem[];
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line where `key` first stands as a key (`"key":`), for messages. */
export function keyLine(text: string, key: string): number | undefined {
	const at = text.search(
		new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*:`),
	);
	return at < 0 ? undefined : lineAt(text, at);
}

function syntaxProblem(text: string, error: unknown): ManifestProblem {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message)?.[1];
	const line = /line (\d+)/.exec(message)?.[1];
	return {
		line: line ? Number(line) : position ? lineAt(text, Number(position)) : undefined,
		message: `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`,
		hint: 'double quotes around every key and string, commas between items and none after the last',
	};
}

/** Keys that appear twice in one object (JSON is YAML, whose parser reports them with offsets). */
function duplicateKeys(text: string): ManifestProblem[] {
	const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
	return doc.errors
		.filter((e) => e.code === 'DUPLICATE_KEY')
		.map((e) => {
			const key = /^\s*"((?:[^"\\]|\\.)*)"/.exec(text.slice(e.pos[0]))?.[1] ?? '?';
			return {
				line: lineAt(text, e.pos[0]),
				message: `"${key}" is listed twice: JSON keeps only the last entry, so the anchors of the first would be lost from the promise`,
				hint: `merge the two "${key}" entries into one list (keep every anchor of both)`,
			};
		});
}

const isStringList = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');

/** Problems of shape: an object with `pages` (path → anchor list) and `files` (a list), no more. */
function shapeProblems(text: string, value: unknown): ManifestProblem[] {
	const shape = 'an object { "pages": { "/zh/…/": ["anchor", …], … }, "files": ["/data/…", …] }';
	if (!value || typeof value !== 'object' || Array.isArray(value))
		return [
			{
				line: 1,
				message: `the manifest must be ${shape}`,
				hint: 'restore it from git (git checkout -- content/published-urls.json), then run `npm run build && npm run urls`',
			},
		];
	const { pages, files, ...rest } = value as Record<string, unknown>;
	const out: ManifestProblem[] = Object.keys(rest).map((key) => ({
		line: keyLine(text, key),
		message: `"${key}" is not a field of the manifest`,
		hint: 'the manifest has "pages" and "files" only',
	}));
	if (!pages || typeof pages !== 'object' || Array.isArray(pages))
		out.push({
			line: keyLine(text, 'pages') ?? 1,
			message: `"pages" must be an object of page path → anchor list (the manifest must be ${shape})`,
			hint: 'restore it from git, then run `npm run urls`',
		});
	else {
		for (const [path, anchors] of Object.entries(pages))
			if (!isStringList(anchors))
				out.push({
					line: keyLine(text, path),
					message: `the anchors of "${path}" must be a list of ids, not ${JSON.stringify(anchors)?.slice(0, 40)}`,
					hint: `write "${path}": ["id", …] ([] for a page without anchors)`,
				});
		if (Object.keys(pages).length === 0)
			out.push({
				line: keyLine(text, 'pages') ?? 1,
				message: 'the manifest lists no page: every published URL would lose its protection',
				hint: 'restore it from git, then run `npm run build && npm run urls`',
			});
	}
	if (!isStringList(files))
		out.push({
			line: keyLine(text, 'files') ?? 1,
			message: '"files" must be a list of published file paths',
			hint: 'write "files": ["/data/cases.csv", …]',
		});
	return out;
}

/**
 * Reads a manifest file's text strictly. Never throws.
 * @example readManifestText('[]').problems[0].message // 'the manifest must be an object …'
 */
export function readManifestText(text: string): ReadManifest {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { manifest: null, problems: [syntaxProblem(text, error)] };
	}
	const problems = [...duplicateKeys(text), ...shapeProblems(text, value)];
	return problems.length ? { manifest: null, problems } : { manifest: value as Manifest, problems };
}
