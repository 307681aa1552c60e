/** 5. Build cost as the number of cases grows, ours against plain Starlight with the same pages. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addSyntheticCases } from './synthetic.ts';
import {
	ROOT,
	build,
	commitAll,
	copyOfOurs,
	dirSize,
	lastEnd,
	lastLog,
	lastStart,
	load,
	mb,
	ms,
	phases,
	plainTwin,
	ratio,
	table,
} from './lib.ts';

/** 5. Build cost as the number of cases grows, ours against plain Starlight with the same pages. */
export function scale(sizes: number[]): void {
	const rows: string[][] = [];
	const profiles: [string, string[][]][] = [];
	for (const n of sizes) {
		const project = copyOfOurs();
		let twin: ReturnType<typeof plainTwin> | undefined;
		try {
			addSyntheticCases(ROOT, project, n);
			commitAll(project);
			const out = join(project, 'dist-scale');
			const loadBefore = load();
			const time = build(project, out, true);
			profiles.push([String(n), phases(lastLog, lastStart, lastEnd)]);
			const pages = readdirSync(join(out, 'en/cases')).length * 2;
			twin = plainTwin(out);
			const size = dirSize(out);
			const plainSize = dirSize(twin.out);
			rows.push(
				[String(n), 'ours', String(pages), ms(time), mb(size), ratio(time, twin.time)].concat(
					ratio(size, plainSize),
					`${loadBefore}→${load()}`,
				),
				[String(n), 'plain Starlight', String(pages), ms(twin.time), mb(plainSize), '1', '1', ''],
			);
		} finally {
			rmSync(project, { recursive: true, force: true });
			if (twin) rmSync(twin.project, { recursive: true, force: true });
		}
	}
	table(
		'5. Scale: synthetic cases, each a copy of a real case page (build includes the search index)',
		['cases', 'build', 'case pages', 'build time', 'dist/', 'time ratio', 'size ratio', 'load'],
		rows,
	);
	for (const [n, steps] of profiles)
		table(
			`5a. Where our build's time goes at ${n} cases (from its log, 1 s resolution)`,
			['step', 'time'],
			steps,
		);
}
