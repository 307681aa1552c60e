/**
 * Reading one YAML text the way Astro's loaders do, with positions for messages. Two parsers:
 * `yaml` for the document tree (lines, duplicate keys, alias limits, precise syntax errors), and
 * `js-yaml`, the parser Astro's loaders and MDX frontmatter use, for the values the schemas check
 * (so an unquoted date, which js-yaml reads as a Date, fails here as it fails in the build).
 */
import { load } from 'js-yaml';
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A YAML text that parsed: its values and where each field is. */
export interface ParsedYaml {
	/** The value Astro's loader sees. */
	value: unknown;
	doc: Document;
	counter: LineCounter;
	/** The line of a field path: the key's line for a map field, else the nearest parent's. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Why a YAML text could not be read: one message at one line, and a fix. */
export interface YamlFailure {
	line: number | undefined;
	message: string;
	hint: string;
}

/** Aliases beyond this many are refused: a "billion laughs" file would exhaust memory. */
const MAX_ALIASES = 100;

const HINTS: Record<string, string> = {
	BAD_INDENT: 'indent with spaces, two per level; close every { and [ you open',
	TAB_AS_INDENT: 'indent with spaces, not tabs',
	MISSING_CHAR: 'a closing quote or bracket is missing here or on the line above',
	BLOCK_AS_IMPLICIT_KEY:
		'put a space after every key’s colon, and quote a value that contains ": " (e.g. en: "a: b")',
	MULTILINE_IMPLICIT_KEY:
		'a key must fit on one line and end with ": "; quote a value that runs over several lines',
	BAD_SCALAR_START: 'quote a value that starts with @, `, %, &, *, !, | or >',
	UNEXPECTED_TOKEN: 'quote the value, or check the indentation of this line',
	MULTIPLE_DOCS: 'one entry per file: remove the `---` line (or split the file)',
	BAD_DQ_ESCAPE: 'in double quotes, write a backslash as \\\\, or use single quotes',
};

/** The key text at an offset of the source (for naming a duplicate key). */
function keyAt(source: string, offset: number): string {
	const rest = source.slice(offset).split('\n')[0] ?? '';
	return rest.replace(/\s*:.*$/, '').replace(/^['"]|['"]$/g, '');
}

/** The first error only: later errors of the same file usually follow from it. */
function failure(doc: Document, source: string): YamlFailure {
	const first = doc.errors[0]!;
	const line = first.linePos?.[0]?.line;
	const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	const more =
		doc.errors.length > 1 ? ` (${doc.errors.length - 1} more after it, likely follow-ons)` : '';
	if (first.code === 'DUPLICATE_KEY') {
		const key = keyAt(source, first.pos[0]);
		return {
			line,
			message: `the key "${key}" appears twice in the same map${more}`,
			hint: `keep one "${key}:" and delete the other`,
		};
	}
	return {
		line,
		message: `not valid YAML: ${message}${more}`,
		hint: HINTS[first.code] ?? 'fix the YAML syntax on this line',
	};
}

/** The line of the key of a map field (more useful than the value's line). */
function keyLine(doc: Document, path: readonly PropertyKey[], counter: LineCounter) {
	const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
	if (!isMap(parent)) return undefined;
	const last = path[path.length - 1];
	const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
	const key = pair?.key as Node | undefined;
	return key?.range ? counter.linePos(key.range[0]).line : undefined;
}

/** A line finder for paths below `base` (a missing field gives its parent's line). */
export function lineFinder(doc: Document, counter: LineCounter, base: readonly PropertyKey[] = []) {
	return (path: readonly PropertyKey[]): number | undefined => {
		const full = [...base, ...path];
		for (let n = full.length; n >= 0; n--) {
			const key = n > 0 ? keyLine(doc, full.slice(0, n), counter) : undefined;
			if (key) return key;
			const node = doc.getIn(full.slice(0, n) as unknown[], true) as Node | undefined;
			if (node?.range) return counter.linePos(node.range[0]).line;
		}
		return undefined;
	};
}

/**
 * Parses a YAML text (already decoded, LF line ends). Never throws: a syntax error, a duplicate
 * key, an alias bomb or any parser exception becomes one `YamlFailure`.
 * `lineOffset` shifts reported lines (frontmatter starts below the `---` line).
 */
export function parseYaml(source: string, lineOffset = 0): ParsedYaml | YamlFailure {
	const shift = (f: YamlFailure): YamlFailure => ({
		...f,
		line: f.line === undefined ? undefined : f.line + lineOffset,
	});
	try {
		const counter = new LineCounter();
		const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
		if (doc.errors.length > 0) return shift(failure(doc, source));
		// Expands aliases with a limit; the value itself comes from js-yaml below.
		doc.toJS({ maxAliasCount: MAX_ALIASES });
		const value = load(source);
		const find = lineFinder(doc, counter);
		const lineOf = (path: readonly PropertyKey[]) => {
			const line = find(path);
			return line === undefined ? undefined : line + lineOffset;
		};
		return { value, doc, counter, lineOf };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		const aliases = /alias/i.test(message);
		const line = /\((\d+):\d+\)/.exec(message)?.[1];
		return shift({
			line: line ? Number(line) : undefined,
			message: `the YAML parser stopped: ${message}`,
			hint: aliases
				? 'write the values out instead of using YAML anchors and aliases (&name, *name)'
				: 'fix the YAML at this line',
		});
	}
}

/** Did the text parse? */
export const isParsed = (r: ParsedYaml | YamlFailure): r is ParsedYaml => 'doc' in r;
