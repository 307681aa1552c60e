/**
 * Checks on the YAML knowledge base: syntax, schemas, ids, references between entries and the
 * text inside the fields.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { entryFile, type DataCollection } from '../../src/lib/content/files.ts';
import { plainSchemas, type CaseData, type TimelineData } from '../../src/lib/content/schema.ts';
import { idList, skip, type Check, type Context } from '../context.ts';
import type { DataEntry, Page } from '../project.ts';
import { closest, hintFor } from '../suggest.ts';
import { defOf, type Schema } from '../validate.ts';
import { MARKUP, MAX_FIELD_LENGTH, badCharacters, excerpt, unbreakableRuns } from '../text.ts';

/** `summary.sources[0]` */
export const fieldName = (path: readonly PropertyKey[]): string =>
	path.length
		? path
				.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
				.join('')
				.replace(/^\./, '')
		: '(entry)';

/**
 * A YAML file that cannot be read: one message at its line; nothing else in it is checked. When
 * the file holds a control character, that is the cause, and checkCharacters already names it.
 */
export const checkYaml: Check = (ctx, report) => {
	const garbled = new Set(
		ctx.project.files.filter((f) => f.text && badCharacters(f.text).length).map((f) => f.file),
	);
	for (const { file, failure } of ctx.project.yamlFailures) {
		if (garbled.has(file)) continue;
		report({ file, tag: 'yaml', ...failure });
	}
};

/** The field names an object schema allows at `path` (for "did you mean"). */
export function keysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
			return keysAt(def.innerType!, path);
		case 'pipe':
			return keysAt(def.in!, path);
		case 'union':
			return [...new Set(def.options!.flatMap((o) => keysAt(o, path)))];
		case 'array':
			return typeof path[0] === 'number' ? keysAt(def.element!, path.slice(1)) : [];
		case 'object': {
			if (path.length === 0) return Object.keys(def.shape!);
			const next = def.shape![String(path[0])];
			return next ? keysAt(next, path.slice(1)) : [];
		}
		default:
			return [];
	}
}

/** The raw value at a path (undefined when any step is missing). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
	let v = raw;
	for (const p of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[p];
	}
	return v;
}

const LANGUAGE = { zh: 'Chinese (zh)', en: 'English (en)' } as const;

/** One schema issue as a problem: a tag, a message and a fix that fits the mistake. */
function describe(entry: DataEntry, issue: z.core.$ZodIssue) {
	const at = `${entry.collection} "${entry.id}", field ${fieldName(issue.path)}`;
	const last = issue.path.at(-1);
	const value = valueAt(entry.raw, issue.path);
	const lang = last === 'zh' || last === 'en' ? LANGUAGE[last] : undefined;
	if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
		const kinds = (issue as { options?: unknown[] }).options?.map(String) ?? [];
		const near = typeof value === 'string' ? closest(value, kinds) : undefined;
		const list = kinds.map((k) => `"${k}"`).join(', ');
		return {
			tag: 'schema',
			message:
				value === undefined
					? `${at}: the field is missing`
					: `${at}: ${JSON.stringify(value)} is not a kind of ${entry.collection.replace(/s$/, '')} (${list})`,
			hint: near
				? `did you mean "${near}"? (the rest of the entry was checked as "${near}")`
				: `write one of ${list}`,
		};
	}
	if (issue.code === 'invalid_type' && value === undefined) {
		return lang
			? {
					tag: 'missing-translation',
					message: `${at}: the ${lang} text is missing`,
					hint: `add the ${lang} text`,
				}
			: {
					tag: 'schema',
					message: `${at}: the field is missing`,
					hint: "add it; see the field's doc comment in src/lib/content/schema.ts",
				};
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string' && value instanceof Date) {
		return {
			tag: 'schema',
			message: `${at}: an unquoted date is read as a date, but the field is text`,
			hint: `quote it: ${String(last)}: '${value.toISOString().slice(0, 10)}'`,
		};
	}
	if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof value !== 'object') {
		return {
			tag: 'schema',
			message: `${at}: ${JSON.stringify(value)} is read as a ${typeof value}, but the field is text`,
			hint: `quote it: ${String(last)}: "${String(value)}"`,
		};
	}
	if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string') {
		return {
			tag: 'schema',
			message: `${at}: "${excerpt(value)}" is text, but the field is a number`,
			hint: /^\d+$/.test(value)
				? 'remove the quotes'
				: 'write the number in digits, without quotes',
		};
	}
	if (issue.code === 'too_small' && lang) {
		return {
			tag: 'empty-text',
			message: `${at}: ${issue.message}`,
			hint: 'write the text in both languages; leave the whole field out if the paper does not state it',
		};
	}
	return {
		tag: 'schema',
		message: `${at}: ${issue.message}`,
		hint: "see the field's doc comment in src/lib/content/schema.ts",
	};
}

/** Misspelt fields: each unknown key with the allowed key it most likely means. */
function misspelt(entry: DataEntry, issues: z.core.$ZodIssue[]) {
	return issues.flatMap((issue) => {
		if (issue.code !== 'unrecognized_keys') return [];
		const allowed = keysAt(plainSchemas[entry.collection], issue.path);
		return issue.keys.map((key) => ({
			path: issue.path,
			key,
			allowed,
			near: closest(key, allowed),
		}));
	});
}

/**
 * Every entry against its collection's schema. An unknown field is named at its own line with
 * the field it most likely means; that field is then not also reported as missing.
 */
export const checkSchemas: Check = (ctx, report) => {
	for (const [entry, issues] of ctx.issues) {
		const typos = misspelt(entry, issues);
		const meant = new Set(typos.flatMap((t) => (t.near ? [fieldName([...t.path, t.near])] : [])));
		for (const issue of issues) {
			if (issue.code === 'unrecognized_keys') continue;
			if (issue.code === 'invalid_type' && meant.has(fieldName(issue.path))) continue;
			report({ file: entry.file, line: entry.lineOf(issue.path), ...describe(entry, issue) });
		}
		for (const { path, key, allowed, near } of typos) {
			report({
				file: entry.file,
				line: entry.lineOf([...path, key]),
				tag: 'schema',
				message: `${entry.collection} "${entry.id}": unknown field ${fieldName([...path, key])}`,
				hint: near ? `did you mean "${near}"?` : `the fields here are: ${allowed.join(', ')}`,
			});
		}
	}
};

/** Two entries with one id (the section map, or files differing only by case). */
export const checkDuplicateIds: Check = (ctx, report) => {
	const seen = new Map<string, DataEntry>();
	for (const entry of ctx.project.entries) {
		const key = `${entry.collection}\u0000${entry.id.toLowerCase()}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, entry);
			continue;
		}
		report({
			file: entry.file,
			line: entry.line,
			tag: 'duplicate-id',
			message: `${entry.collection} id "${entry.id}" is already used (${first.file}:${first.line})`,
			hint: 'give each entry its own id; published ids never change, so rename the new one',
		});
	}
};

/**
 * A former id of a timeline event (`formerIds`) stays an anchor on the timeline page for good, so
 * it can never be given again: not to an event, not as another event's former id (a link to it
 * would land on the wrong event), and not twice.
 */
export const checkFormerIds: Check = (ctx, report) => {
	const owner = new Map<string, string>();
	for (const [entry, data] of ctx.parsed) {
		if (entry.collection !== 'timeline') continue;
		const formerIds = (data as TimelineData).formerIds;
		formerIds.forEach((former, i) => {
			const where = { file: entry.file, line: entry.lineOf(['formerIds', i]) ?? entry.line };
			const reused = ctx.ids.timeline.has(former)
				? `it is the id of the event in ${entryFile('timeline', former)}`
				: owner.has(former)
					? `it is already a former id of "${owner.get(former)}"`
					: undefined;
			if (reused) {
				report({
					...where,
					tag: 'duplicate-id',
					message: `timeline "${entry.id}", field formerIds[${i}]: "${former}" cannot be a former id: ${reused}`,
					hint: 'a former id stays a published anchor of one event for good: never reuse it (give the new event another id)',
				});
			}
			owner.set(former, entry.id);
		});
	}
};

type Found = { path: PropertyKey[]; collection: DataCollection; id: string };

function findRefs(value: unknown, path: PropertyKey[] = []): Found[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, [...path, i]));
	if (!value || typeof value !== 'object') return [];
	const o = value as Record<string, unknown>;
	if (typeof o.id === 'string' && typeof o.collection === 'string' && Object.keys(o).length === 2)
		return [{ path, collection: o.collection as DataCollection, id: o.id }];
	return Object.entries(o).flatMap(([k, v]) => findRefs(v, [...path, k]));
}

/**
 * A reference to `id` of `collection` exists; reports otherwise. A reference into a list file
 * that could not be read is counted, not reported (its one YAML error says enough).
 */
export function checkRef(
	ctx: Context,
	collection: DataCollection,
	id: string,
	onMissing: (hint: string) => void,
): void {
	if (ctx.project.unreadable.has(collection)) return skip(ctx, entryFile(collection, id));
	if (!ctx.ids[collection].has(id)) onMissing(hintFor(id, ctx.ids[collection], collection));
}

/** Every reference in the data names an existing entry. */
export const checkDataReferences: Check = (ctx, report) => {
	for (const [entry, data] of ctx.known) {
		for (const ref of findRefs(data)) {
			checkRef(ctx, ref.collection, ref.id, (hint) =>
				report({
					file: entry.file,
					line: entry.lineOf(ref.path),
					tag: ref.collection === 'sections' ? 'unknown-section' : 'unknown-id',
					message: `${entry.collection} "${entry.id}", field ${fieldName(ref.path)}: no ${ref.collection} entry "${ref.id}"`,
					hint,
				}),
			);
		}
	}
};

/**
 * Every string scalar in a YAML node, with its path, line and (where the YAML has it) the offsets
 * of its source in the file, for a rule that must name the line of a match inside a long text.
 */
export function strings(
	node: Node | null,
	lineAt: (offset: number) => number,
	path: PropertyKey[] = [],
): { path: PropertyKey[]; value: string; line: number; range?: [number, number] }[] {
	if (isScalar(node)) {
		if (typeof node.value !== 'string') return [];
		const line = node.range ? lineAt(node.range[0]) : 1;
		return [
			{
				path,
				value: node.value,
				line,
				...(node.range ? { range: [node.range[0], node.range[1]] } : {}),
			},
		];
	}
	if (isSeq(node)) return node.items.flatMap((n, i) => strings(n as Node, lineAt, [...path, i]));
	if (isMap(node)) {
		return node.items.flatMap((pair) => {
			const key = isScalar(pair.key) ? String(pair.key.value) : '?';
			return strings(pair.value as Node | null, lineAt, [...path, key]);
		});
	}
	return [];
}

/**
 * Fields that become a page title, a link or a heading, or a page's meta description: no markup
 * characters there (a `<` in a `<title>` is how a script gets into a page).
 */
const TITLE_FIELDS = new Set(['name', 'short', 'title', 'label', 'term', 'definition']);

/** Text that is read, not code: a language's text, or an item of a language's list. */
const isProse = (path: readonly PropertyKey[]) =>
	!path.includes('mermaid') &&
	(path.at(-1) === 'zh' || path.at(-1) === 'en' || path.at(-2) === 'zh' || path.at(-2) === 'en');

/** Text fields: not huge, no unbreakable runs in prose, no markup in titles and descriptions. */
export const checkDataText: Check = (ctx, report) => {
	for (const entry of ctx.project.entries) {
		for (const s of strings(entry.node, entry.lineAt)) {
			const field = fieldName(entry.collection === 'sections' ? s.path.slice(1) : s.path);
			const where = { file: entry.file, line: s.line };
			if (s.value.length > MAX_FIELD_LENGTH) {
				report({
					...where,
					tag: 'too-long',
					message: `field ${field} is ${s.value.length} characters long (at most ${MAX_FIELD_LENGTH})`,
					hint: 'a field holds a statement, not a document: shorten it or split it into several',
				});
				continue;
			}
			if (isProse(s.path)) {
				for (const run of unbreakableRuns(s.value)) {
					report({
						...where,
						tag: 'unbreakable',
						message: `field ${field} has a ${run.length}-character run without a space ("${excerpt(run)}"), which cannot wrap on a phone`,
						hint: 'add spaces (or write a URL as a link); no run of Latin letters, digits or punctuation may be longer than 40',
					});
				}
			}
			const top = String(s.path[entry.collection === 'sections' ? 1 : 0] ?? '');
			if (TITLE_FIELDS.has(top) && isProse(s.path) && MARKUP.test(s.value)) {
				report({
					...where,
					tag: 'markup',
					message: `field ${field} contains "<" or ">": titles, names and descriptions become page titles and metadata, where markup is not allowed`,
					hint: 'write it without < and > (e.g. 《》 or “” in Chinese, quotation marks in English)',
				});
			}
		}
	}
};

/** Every case with what is known of it (the fields that are valid, when the entry is not). */
const caseEntries = (ctx: Context) =>
	[...ctx.known].flatMap(([entry, data]) =>
		entry.collection === 'cases' ? [{ entry, data: data as CaseData }] : [],
	);

/** Figures in a case's YAML are shown on the case's page, by `<CaseFigures>`, in both languages. */
export const checkCaseFiguresShown: Check = (ctx, report) => {
	for (const { entry, data } of caseEntries(ctx)) {
		if (data.kind !== 'reform-model' || !data.figures?.length) continue;
		for (const page of ctx.project.pages.filter((p) => p.route === `cases/${entry.id}`)) {
			if (!page.parsed?.ok) continue;
			const shown = page.parsed.page.components.some(
				(c) => c.name === 'CaseFigures' && idList(c).includes(entry.id),
			);
			if (shown) continue;
			report({
				file: entry.file,
				line: entry.lineOf(['figures']),
				tag: 'not-shown',
				message: `case "${entry.id}" has figures, but ${page.file} does not show them`,
				hint: `place <CaseFigures id="${entry.id}" /> where the page discusses them`,
			});
		}
	}
};

/**
 * Every case page carries its case's facts box, `<CaseFacts id="<id>" />`, in both languages:
 * the box is where a reader finds the case's data and its sources at a glance.
 */
export const checkCaseFactsShown: Check = (ctx, report) => {
	const shows = (page: Page | undefined, id: string) =>
		page?.parsed?.ok &&
		page.parsed.page.components.some((c) => c.name === 'CaseFacts' && idList(c).includes(id));
	for (const page of ctx.project.pages) {
		const id = /^cases\/([^/]+)$/.exec(page.route)?.[1];
		if (!id || !page.parsed?.ok || shows(page, id)) continue;
		// When the other language shows it, the check of both languages' ids names this page.
		const counterpart = ctx.project.pages.find(
			(p) => p.route === page.route && p.locale !== page.locale,
		);
		if (shows(counterpart, id)) continue;
		const facts = page.parsed.page.components.filter((c) => c.name === 'CaseFacts');
		const other = facts.find((c) => idList(c).length > 0);
		report({
			file: page.file,
			line: other?.line ?? 1,
			tag: 'not-shown',
			message: other
				? `<CaseFacts id="${idList(other).join(' ')}"> on the page of case "${id}": a case page shows its own facts`
				: `the page of case "${id}" has no <CaseFacts id="${id}" />: every case page shows its facts box`,
			hint: other
				? `write <CaseFacts id="${id}" />`
				: `place <CaseFacts id="${id}" /> below the frontmatter, imported with import { CaseFacts } from '~/components'`,
		});
	}
};
