/**
 * What the checker reads from an MDX page: frontmatter title, headings with their ids,
 * and the components that refer to ids. Line-based on purpose: it must work on broken pages too.
 */

export interface Heading {
	depth: number;
	text: string;
	id: string | undefined;
	line: number;
}

export interface ComponentUse {
	name: string;
	attrs: Record<string, string>;
	line: number;
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(text: string): { line: number; value: string }[] {
	const out: { line: number; value: string }[] = [];
	let fence: string | null = null;
	text.split('\n').forEach((value, i) => {
		const m = /^\s*(```+|~~~+)/.exec(value);
		if (m) {
			if (fence === null) fence = m[1]!.slice(0, 3);
			else if (m[1]!.startsWith(fence)) fence = null;
			return;
		}
		if (fence === null) out.push({ line: i + 1, value });
	});
	return out;
}

/** The frontmatter block's lines (empty when there is none) and where the body starts. */
export function frontmatter(text: string): { fields: Record<string, string>; bodyStart: number } {
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') return { fields: {}, bodyStart: 0 };
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) return { fields: {}, bodyStart: 0 };
	const fields: Record<string, string> = {};
	for (const l of lines.slice(1, end)) {
		const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(l);
		if (m) fields[m[1]!] = m[2]!.replace(/^['"]|['"]$/g, '').trim();
	}
	return { fields, bodyStart: end + 1 };
}

/** `## Text { #id }` headings (levels 2 and 3) after the frontmatter. */
export function headings(text: string): Heading[] {
	const { bodyStart } = frontmatter(text);
	return proseLines(text)
		.filter((l) => l.line > bodyStart)
		.flatMap(({ line, value }) => {
			const m = /^(#{2,3})\s+(.*?)\s*$/.exec(value);
			if (!m) return [];
			const attr = /\{\s*#([^\s}]+)\s*\}\s*$/.exec(m[2]!);
			const text = attr ? m[2]!.slice(0, attr.index).trim() : m[2]!;
			return [{ depth: m[1]!.length, text, id: attr?.[1], line }];
		});
}

/** Explicit `id="…"` attributes on JSX elements in the page (extra anchors). */
export function explicitIds(text: string): string[] {
	return [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.includes(' '));
}

/** Uses of the given components, with their string attributes. */
export function components(text: string, names: readonly string[]): ComponentUse[] {
	const pattern = new RegExp(`<(${names.join('|')})\\b([^>]*?)/?>`, 'g');
	return proseLines(text).flatMap(({ line, value }) =>
		[...value.matchAll(pattern)].map((m) => ({
			name: m[1]!,
			attrs: Object.fromEntries(
				[...m[2]!.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g)].map((a) => [
					a[1]!,
					a[2] ?? a[3] ?? '',
				]),
			),
			line,
		})),
	);
}
