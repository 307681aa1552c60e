/** Shared pieces of the benchmark: paths, units, tables, project copies and timed builds. */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { filesUnder } from '../src/lib/node/walk.ts';
import { pagesOf, plainStarlightProject, siteOf } from './plain-starlight.ts';

export const ROOT = resolve('.');
export const BENCH = join(ROOT, 'bench');
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
export const ms = (n: number) => `${Math.round(n)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** The 1-minute load average, printed beside every timing. */
export const load = () => loadavg()[0]!.toFixed(1);

export function table(title: string, head: string[], rows: (string | number)[][]): void {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(
		`\n${title}\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map((r) => line(r.map(String))).join('\n')}`,
	);
}

export const dirSize = (dir: string): number =>
	filesUnder(dir).reduce((n, f) => n + statSync(f).size, 0);

/** A throw-away copy of the project (sources copied, node_modules hard-linked), as a git repository. */
export function copyOfOurs(): string {
	const dir = execFileSync('mktemp', ['-d', '/tmp/ours-XXXXXX'], { encoding: 'utf8' }).trim();
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content'])
		execFileSync('cp', ['-r', join(ROOT, entry), join(dir, entry)]);
	for (const entry of ['public', 'config', 'checker', 'scripts'])
		execFileSync('cp', ['-r', join(ROOT, entry), join(dir, entry)]);
	execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')]);
	// Our build's caches must not leak into the copy's.
	for (const cache of ['.astro', '.vite'])
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	rmSync(join(dir, 'scripts/mermaid/node_modules'), { recursive: true, force: true });
	return dir;
}

/**
 * Makes `dir` a git repository with one commit (not timed): both sites are built from a checkout,
 * so last-updated dates cost what they cost in a real build.
 */
export function commitAll(dir: string): void {
	writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist*/\n');
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], {
			cwd: dir,
			stdio: 'ignore',
		});
	git('init', '-q');
	git('add', '-A');
	git('commit', '-q', '-m', 'bench');
}

/** Builds a project into `outDir` the way it is built for real; returns the time taken. */
export function build(project: string, outDir: string, ours: boolean): number {
	const args = ours
		? ['scripts/build.ts', '--out-dir', outDir]
		: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
	const start = performance.now();
	lastStart = Math.floor(Date.now() / 1000);
	// A large build logs a lot; the default 1 MB buffer would kill it.
	const result = spawnSync(process.execPath, args, {
		cwd: project,
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0)
		throw new Error(`build failed in ${project}:\n${result.stdout}\n${result.stderr}`);
	lastLog = result.stdout + result.stderr;
	lastEnd = Math.ceil(Date.now() / 1000);
	return performance.now() - start;
}

/** The output of the last build(), and when it started and ended (s since the epoch), for its phases. */
export let lastLog = '';
export let lastStart = 0;
export let lastEnd = 0;

/**
 * Where a build of ours spent its time, from its log: the seconds between the timestamped lines
 * that open and close each step (Astro logs to the second; the checker, the content sync, the
 * bundling, page rendering with its git dates and diagrams, Pagefind, the CSP step).
 */
export function phases(log: string, started: number, ended: number): string[][] {
	// Astro logs local time of day; the seconds since midnight of the same clock.
	const day = (epoch: number) => {
		const d = new Date(epoch * 1000);
		return d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
	};
	const lines = log
		// eslint-disable-next-line no-control-regex
		.replace(/\x1b\[[0-9;]*m/g, '')
		.split('\n')
		.map((l) => /^(\d\d):(\d\d):(\d\d) (.*)$/.exec(l))
		.filter((m) => m !== null)
		.map((m) => ({ t: +m[1]! * 3600 + +m[2]! * 60 + +m[3]!, text: m[4]! }));
	const at = (re: RegExp) => lines.find((l) => re.test(l.text))?.t;
	const steps: [string, RegExp, RegExp][] = [
		['start, config, content checker', /^$/, /content check passed/],
		['content sync, types, build info', /content check passed/, /Building static entrypoints/],
		['bundling (Vite)', /Building static entrypoints/, /Rearranging server assets/],
		[
			'rendering pages (components, git dates, diagrams)',
			/Rearranging server assets/,
			/Building search index/,
		],
		['Pagefind index', /Building search index/, /Finished building search index/],
		['sitemap, CSP placing and audit', /Finished building search index/, /page\(s\) built in/],
	];
	const rows = steps.map(([name, from, to]) => {
		const a = from.source === '^$' ? day(started) : at(from);
		const b = at(to);
		return [name, a !== undefined && b !== undefined ? `${b - a} s` : '?'];
	});
	const last = at(/page\(s\) built in/);
	rows.push([
		'after Astro (moving dist/ into place)',
		last === undefined ? '?' : `${day(ended) - last} s`,
	]);
	rows.push(['total', `${ended - started} s`]);
	return rows;
}

/** Plain Starlight publishing the pages of the build of ours in `dist`, built; its output folder. */
export function plainTwin(dist: string): { project: string; out: string; time: number } {
	const project = plainStarlightProject(ROOT, pagesOf(dist), siteOf(dist));
	commitAll(project);
	const out = join(project, 'dist');
	const time = build(project, out, false);
	return { project, out, time };
}
