/**
 * Problems found by the checker, and how they are printed: grouped by file,
 * `file:line  [tag] message` with `--> hint`, repeats collapsed to `(3x)`, counts by tag.
 */

export interface Problem {
	/** Path of the file to fix, relative to the project root. */
	file: string;
	/** 1-based line, where known. */
	line?: number | undefined;
	/** The kind of problem (e.g. `unknown-id`, `schema`). */
	tag: string;
	/** What is wrong, naming the field and the bad value. */
	message: string;
	/** How to fix it (e.g. the closest valid id). */
	hint?: string | undefined;
}

export type Report = (problem: Problem) => void;

/** Collects problems; `report` is the callback every check receives. */
export function collector(): { problems: Problem[]; report: Report } {
	const problems: Problem[] = [];
	return { problems, report: (p) => void problems.push(p) };
}

const keyOf = (p: Problem) =>
	`${p.line ?? ''}\u0000${p.tag}\u0000${p.message}\u0000${p.hint ?? ''}`;

/** Formats problems for the terminal (no colours, so logs and tests read the same). */
export function formatReport(problems: Problem[]): string {
	if (problems.length === 0) return 'Content check passed: no problems found.';
	const byFile = new Map<string, Problem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const out: string[] = [];
	for (const file of [...byFile.keys()].sort()) {
		out.push(file);
		const seen = new Map<string, { p: Problem; n: number }>();
		for (const p of byFile.get(file)!) {
			const k = keyOf(p);
			const hit = seen.get(k);
			if (hit) hit.n++;
			else seen.set(k, { p, n: 1 });
		}
		const sorted = [...seen.values()].sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0));
		for (const { p, n } of sorted) {
			const where = p.line ? `${file}:${p.line}` : file;
			out.push(`  ${where}  [${p.tag}] ${p.message}${n > 1 ? ` (${n}x)` : ''}`);
			if (p.hint) out.push(`    --> ${p.hint}`);
		}
		out.push('');
	}
	out.push(summary(problems));
	return out.join('\n');
}

/** `12 problems in 3 files: 5 unknown-id, 4 schema, 3 heading-id` */
export function summary(problems: Problem[]): string {
	const counts = new Map<string, number>();
	for (const p of problems) counts.set(p.tag, (counts.get(p.tag) ?? 0) + 1);
	const files = new Set(problems.map((p) => p.file)).size;
	const parts = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return `${problems.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}: ${parts.map(([t, n]) => `${n} ${t}`).join(', ')}`;
}
