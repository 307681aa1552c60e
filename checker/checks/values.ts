/**
 * Checks on values as the build reads them, after YAML escapes (`"\u202E"`, `"\x1b"`) and HTML
 * character references (`&#x202E;`) are decoded: the byte-level check of files.ts cannot see
 * those, but the pages, titles and exports would carry them. And fields that are one line in a
 * `<title>`, a table header or a citation export hold no line break.
 */
import { readablePages as readable, type Check } from '../context.ts';
import type { Report } from '../report.ts';
import { badCharacters } from '../text.ts';

/** Every string inside a value, with its path (for the line of the field it sits in). */
export function* stringsIn(
	value: unknown,
	path: PropertyKey[] = [],
): Generator<{ path: PropertyKey[]; text: string }> {
	if (typeof value === 'string') yield { path, text: value };
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* stringsIn(v, [...path, i]);
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}

/** Fields of the data that are names or titles: one line wherever they are shown or exported. */
export const ONE_LINE_FIELDS = new Set([
	'title',
	'titlePinyin',
	'name',
	'short',
	'label',
	'term',
	'family',
	'given',
	'place',
	'period',
	'text',
	'use',
]);

/** The first character `badCharacters` finds in a decoded value, without the line. */
const firstBad = (text: string) => badCharacters(text)[0];

function reportValue(
	report: Report,
	at: { file: string; line: number | undefined },
	field: string,
	text: string,
) {
	const bad = firstBad(text);
	if (bad)
		report({
			...at,
			tag: 'character',
			message: `${field} contains ${bad.what} once its escapes are read: it reaches the page, the search index and the exports, where readers cannot see it`,
			hint: `delete the escape or character reference that writes ${bad.code}`,
		});
}

/** The lines of a file that the byte-level check already reports (one message per line). */
function byteLines(ctx: Parameters<Check>[0]): Set<string> {
	const out = new Set<string>();
	for (const f of ctx.project.files)
		for (const bad of f.text === null ? [] : badCharacters(f.text))
			out.add(`${f.file}:${bad.line}`);
	return out;
}

/**
 * No control character, direction override or stray byte-order mark in a value once it is
 * decoded: data fields, frontmatter, UI strings, the text and attributes of pages.
 */
export const checkDecodedCharacters: Check = (ctx, report) => {
	const seen = byteLines(ctx);
	const once = (file: string, line: number | undefined, field: string, text: string) => {
		if (line !== undefined && seen.has(`${file}:${line}`)) return;
		if (!firstBad(text)) return;
		if (line !== undefined) seen.add(`${file}:${line}`);
		reportValue(report, { file, line }, field, text);
	};
	for (const entry of ctx.project.entries)
		for (const { path, text } of stringsIn(entry.raw))
			once(entry.file, entry.lineOf(path), `field ${path.join('.') || 'value'}`, text);
	for (const page of ctx.project.pages) {
		const fm = page.frontmatter;
		if (fm && 'value' in fm)
			for (const { path, text } of stringsIn(fm.value))
				once(page.file, fm.lineOf(path), `frontmatter ${path.join('.')}`, text);
	}
	for (const { page, model } of readable(ctx)) {
		for (const t of model.texts) once(page.file, t.line, 'the text', t.value);
		for (const use of [...model.components, ...model.elements])
			for (const [name, attr] of Object.entries(use.attrs))
				if (attr.kind === 'string') once(page.file, use.line, `<${use.name} ${name}>`, attr.value);
	}
	for (const ui of ctx.project.ui)
		for (const [key, value] of Object.entries(ui.values))
			if (typeof value === 'string') once(ui.file, ui.lineOfKey(key), `UI string "${key}"`, value);
};

/**
 * Names and titles in the data are one line: a line break there would start a new record in a
 * RIS export, break a CSV reader's row or a table header.
 */
export const checkOneLineFields: Check = (ctx, report) => {
	for (const entry of ctx.project.entries)
		for (const { path, text } of stringsIn(entry.raw)) {
			const field = path.findLast((k) => typeof k === 'string' && k !== 'zh' && k !== 'en');
			if (!ONE_LINE_FIELDS.has(String(field)) || !/[\n\r]/.test(text.trim())) continue;
			report({
				file: entry.file,
				line: entry.lineOf(path),
				tag: 'character',
				message: `field ${path.join('.')} has a line break: a ${String(field)} is one line wherever it is shown or exported`,
				hint: 'write it on one line (a YAML ">-" block folds lines into one; "|" keeps them)',
			});
		}
};
