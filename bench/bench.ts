/**
 * `npm run bench`: what readers download and how fast it gets to them, and what a growing site
 * costs to build, each beside plain Starlight publishing the same pages (bench/plain-starlight.ts).
 *
 * 1. Page weight on first load (scripts/lib/page-weight.ts) of home, a case page and the comparison
 *    page, ours and the same page in plain Starlight.
 * 2. The usual way side by side: the same case page with its diagrams rendered client-side by
 *    Mermaid (as the common Astro/Starlight Mermaid integrations do), built from a temporary copy;
 *    bytes and time until the diagram is visible in Chromium, and the ratios.
 * 3. Search at the speed of typing: queries typed like a person into the real search dialog in
 *    Chromium, timed from the last keystroke to the first result on screen (the first query after
 *    opening the dialog apart, as it also waits for the index), beside Pagefind's own time for the
 *    same queries, with the machine's load average; and the bytes the first search fetched.
 * 4. Lighthouse (mobile settings, on the system Chromium, gzip-serving localhost) for the same
 *    three pages, ours beside plain Starlight's, in the same run.
 * 5. Scale: 10, 100 and 500 synthetic cases (copies of a real case: bench/synthetic.ts) in
 *    temporary copies, built by ours and by plain Starlight with the same pages; build time and
 *    dist/ size, their ratios, and where our build's time goes.
 *
 * Every figure is printed with the machine's load average: on a shared machine timings are only
 * comparable within one run. Needs Chromium (see README) and this folder's own packages
 * (Lighthouse, chrome-launcher, Mermaid), which `npm run bench` installs on first use.
 * Usage: node bench/bench.ts [--no-scale] [--only-lighthouse] [--only-scale] [--sizes 10,100,500]
 *   [--only-search [--dist <dir>]]
 * (`--dist` times the search of another build, e.g. the one before a change, with the same queries.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { filesUnder } from '../src/lib/node/walk.ts';
import { MERMAID_VERSION } from '../src/lib/diagrams/mermaid-version.ts';
import { pageWeight } from '../scripts/lib/page-weight.ts';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../scripts/lib/chromium.ts';
import { ensureInstalled } from '../scripts/lib/ensure-installed.ts';
import { pagesOf, plainStarlightProject, siteOf } from './plain-starlight.ts';
import { serve } from './serve.ts';
import { addSyntheticCases } from './synthetic.ts';

const ROOT = resolve('.');
const BENCH = join(ROOT, 'bench');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** The 1-minute load average, printed beside every timing. */
const load = () => loadavg()[0]!.toFixed(1);

function table(title: string, head: string[], rows: (string | number)[][]): void {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(
		`\n${title}\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map((r) => line(r.map(String))).join('\n')}`,
	);
}

const dirSize = (dir: string): number => filesUnder(dir).reduce((n, f) => n + statSync(f).size, 0);

/** A throw-away copy of the project (sources copied, node_modules hard-linked), as a git repository. */
function copyOfOurs(): string {
	const dir = execFileSync('mktemp', ['-d', '/tmp/ours-XXXXXX'], { encoding: 'utf8' }).trim();
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content'])
		execFileSync('cp', ['-r', join(ROOT, entry), join(dir, entry)]);
	for (const entry of ['public', 'config', 'scripts'])
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
function commitAll(dir: string): void {
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
function build(project: string, outDir: string, ours: boolean): number {
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
let lastLog = '';
let lastStart = 0;
let lastEnd = 0;

/**
 * Where a build of ours spent its time, from its log: the seconds between the timestamped lines
 * that open and close each step (Astro logs to the second; the checker, the content sync, the
 * bundling, page rendering with its git dates and diagrams, Pagefind, the CSP step).
 */
function phases(log: string, started: number, ended: number): string[][] {
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
function plainTwin(dist: string): { project: string; out: string; time: number } {
	const project = plainStarlightProject(ROOT, pagesOf(dist), siteOf(dist));
	commitAll(project);
	const out = join(project, 'dist');
	const time = build(project, out, false);
	return { project, out, time };
}

const PAGES = ['/en/', '/en/cases/qingshan/', '/en/compare/'];

/** 1. First-load weight of three pages, ours beside plain Starlight's with the same content. */
function weights(plain: string): void {
	const rows = PAGES.flatMap((url) =>
		[
			['ours', join(ROOT, 'dist')],
			['plain Starlight', plain],
		].map(([name, dist]) => {
			const w = pageWeight(dist!, url);
			return [url, name!, kb(w.html.gzip), kb(w.svg.gzip), kb(w.css.gzip), kb(w.js.gzip)].concat(
				kb(w.total.gzip),
				kb(w.total.raw),
			);
		}),
	);
	table(
		'1. First load (gzip unless marked raw; HTML includes its inline diagram SVG)',
		['page', 'site', 'HTML', 'of it SVG', 'CSS', 'JS', 'total', 'total raw'],
		rows,
	);
}

interface Load {
	bytes: number;
	gzip: number;
	diagramVisibleMs: number;
}

/** Loads a page, sums what was transferred (and its gzip size), and times the first visible diagram. */
async function loadPage(browser: Browser, url: string): Promise<Load> {
	const page: Page = await browser.newPage();
	let bytes = 0;
	let gzip = 0;
	page.on('response', async (r) => {
		try {
			const body = await r.body();
			bytes += body.length;
			gzip += gzipSync(body).length;
		} catch {
			// Redirects and aborted requests have no body.
		}
	});
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForFunction(
		() => {
			const svg = document.querySelector('figure.diagram svg');
			return svg && svg.getBoundingClientRect().height > 0;
		},
		undefined,
		{ timeout: 60_000, polling: 'raf' },
	);
	const diagramVisibleMs = await page.evaluate(() => performance.now());
	await page.waitForLoadState('networkidle');
	await page.close();
	return { bytes, gzip, diagramVisibleMs };
}

/** 2. Our static SVG against client-side Mermaid on the same page. */
async function baseline(browser: Browser): Promise<void> {
	const project = copyOfOurs();
	try {
		copyFileSync(
			join(BENCH, 'client-mermaid-diagram.astro'),
			join(project, 'src/components/mdx/Diagram.astro'),
		);
		// Mermaid, for the client bundle, comes from this folder's packages.
		for (const name of readdirSync(join(BENCH, 'node_modules')))
			if (!existsSync(join(project, 'node_modules', name)))
				symlinkSync(join(BENCH, 'node_modules', name), join(project, 'node_modules', name));
		// The usual setup has no CSP step (Mermaid injects styles at run time).
		const config = join(project, 'astro.config.mjs');
		writeFileSync(
			config,
			readFileSync(config, 'utf8').replace(/\n\t\tcontentSecurityPolicy\(redirects\),/, ''),
		);
		const out = join(project, 'dist-client');
		build(project, out, true);
		const ours = await serve(join(ROOT, 'dist'));
		const theirs = await serve(out);
		const url = '/en/cases/qingshan/';
		const runs = async (base: string) => {
			const results: Load[] = [];
			for (let i = 0; i < 3; i++) results.push(await loadPage(browser, base + url));
			results.sort((a, b) => a.diagramVisibleMs - b.diagramVisibleMs);
			return results[1]!; // the median of three
		};
		const a = await runs(ours.url);
		const b = await runs(theirs.url);
		table(
			`2. The usual way vs ours: ${url} (median of 3 loads, localhost, load ${load()})`,
			['build', 'transferred', 'gzip', 'diagram visible after'],
			[
				['static SVG (ours)', kb(a.bytes), kb(a.gzip), ms(a.diagramVisibleMs)],
				['client-side Mermaid', kb(b.bytes), kb(b.gzip), ms(b.diagramVisibleMs)],
				[
					'ratio (Mermaid / ours)',
					ratio(b.bytes, a.bytes),
					ratio(b.gzip, a.gzip),
					ratio(b.diagramVisibleMs, a.diagramVisibleMs),
				],
			],
		);
		await ours.close();
		await theirs.close();
	} finally {
		rmSync(project, { recursive: true, force: true });
	}
}

/** Queries for the search timing: every other query of the held-out list, in each language. */
function searchQueries(locale: 'zh' | 'en'): string[] {
	const list = JSON.parse(readFileSync(join(ROOT, 'test/search/heldout-queries.json'), 'utf8')) as {
		queries: { lang: string; query: string }[];
	};
	return list.queries
		.filter((q) => q.lang === locale)
		.map((q) => q.query)
		.filter((_, i) => i % 2 === 0);
}

/** A keystroke every 150 ms, or for Chinese an input method committing two characters at a time. */
async function typeLikeAPerson(page: Page, text: string): Promise<void> {
	if (/\p{Script=Han}/u.test(text)) {
		for (const chunk of text.match(/[\s\S]{1,2}/gu) ?? []) {
			await page.waitForTimeout(300);
			await page.keyboard.insertText(chunk);
		}
	} else await page.keyboard.type(text, { delay: 150 });
}

/**
 * In the page: resolves with the time the first result for `query` is on screen (its title
 * loaded, under a message that names the query), or the time the dialog says it found nothing,
 * and the time of the last keystroke before it.
 */
function whenResultShown(
	query: string,
): Promise<{ shown: number; lastKey: number; found: boolean }> {
	const root = document.querySelector('#starlight__search')!;
	const input = root.querySelector('input')!;
	let lastKey = 0;
	input.addEventListener('input', () => (lastKey = performance.now()));
	return new Promise((resolve) => {
		const check = () => {
			const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
			const list = root.querySelector('ol.pagefind-ui__results');
			const first = list?.querySelector('li.pagefind-ui__result .pagefind-ui__result-link');
			const done = list && (first?.textContent?.trim() || !list.querySelector('li'));
			if (input.value === query && message.includes(query) && done) {
				observer.disconnect();
				resolve({ shown: performance.now(), lastKey, found: !!first });
			}
		};
		const observer = new MutationObserver(check);
		observer.observe(root, { childList: true, subtree: true, characterData: true });
	});
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

interface SearchTiming {
	locale: string;
	/** The first query pasted as the dialog opens. */
	pasted: number;
	first: number;
	typed: number[];
	engineFirst: number;
	engine: number[];
	bytes: number;
	/** Queries that ended with no result (timed to the "no results" message). */
	empty: number;
}

/** Types each query into the dialog of a fresh page; returns the times, the first one apart. */
async function timeSearches(
	browser: Browser,
	base: string,
	locale: 'zh' | 'en',
): Promise<SearchTiming> {
	const page = await browser.newPage();
	await page.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
	let bytes = 0;
	page.on('response', async (r) => {
		try {
			bytes += (await r.body()).length;
		} catch {
			// Redirects and aborted requests have no body.
		}
	});
	// A reader moves to the search button and clicks it (or presses Ctrl+K).
	await page.click('site-search button[data-open-modal]');
	const input = page.locator('#starlight__search input').first();
	const times: number[] = [];
	let firstBytes = 0;
	let empty = 0;
	for (const [i, query] of searchQueries(locale).entries()) {
		await input.fill('');
		await page.waitForFunction(
			() => !document.querySelector('#starlight__search .pagefind-ui__results-area'),
		);
		const shown = page.evaluate(whenResultShown, query);
		await typeLikeAPerson(page, query);
		const t = await Promise.race([shown, page.waitForTimeout(10_000).then(() => undefined)]);
		if (!t) throw new Error(`search benchmark: "${query}" (${locale}) not answered within 10 s`);
		times.push(t.shown - t.lastKey);
		if (!t.found) empty++;
		if (i === 0) firstBytes = bytes;
	}
	// Pagefind's own time for the same queries, its index now loaded, and on a fresh page.
	const engineTimes = (p: Page, qs: string[]) =>
		p.evaluate(async (qs) => {
			const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
			const out: number[] = [];
			for (const q of qs) {
				const start = performance.now();
				const found = await pagefind.search(q);
				await found.results[0]?.data();
				out.push(performance.now() - start);
			}
			return out;
		}, qs);
	const engine = await engineTimes(page, searchQueries(locale));
	await page.close();
	const fresh = await browser.newPage();
	await fresh.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
	const [engineFirst] = await engineTimes(fresh, searchQueries(locale).slice(0, 1));
	await fresh.close();
	// The worst case: the first query pasted the moment the dialog opens (Ctrl+K, no hover), so
	// nothing of the index has loaded while typing.
	const cold = await browser.newPage();
	await cold.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
	await cold.keyboard.press('Control+k');
	const [query] = searchQueries(locale);
	const shown = cold.evaluate(whenResultShown, query!);
	await cold.keyboard.insertText(query!);
	const pasted = await shown;
	await cold.close();
	return {
		locale,
		pasted: pasted.shown - pasted.lastKey,
		first: times[0]!,
		typed: times.slice(1),
		engineFirst: engineFirst!,
		engine: engine.slice(1),
		bytes: firstBytes,
		empty,
	};
}

/** 3. Search at the speed of typing. */
async function search(browser: Browser, dist = join(ROOT, 'dist')): Promise<void> {
	const server = await serve(dist);
	const loadBefore = loadavg()[0]!;
	const timings: SearchTiming[] = [];
	try {
		for (const locale of ['zh', 'en'] as const)
			timings.push(await timeSearches(browser, server.url, locale));
	} finally {
		await server.close();
	}
	const loadAfter = loadavg()[0]!;
	table(
		`3. Search: last keystroke to first result on screen (or to "no results"), in the search dialog (localhost, Chromium; ${dist})`,
		[
			'locale',
			'queries',
			'first query',
			'first, pasted on opening',
			'median',
			'90th pct',
			'Pagefind search(), first',
			'Pagefind search(), median',
			'fetched by the first search',
			'no result',
		],
		timings.map((t) => [
			t.locale,
			String(t.typed.length + 1),
			ms(t.first),
			ms(t.pasted),
			ms(median(t.typed)),
			ms(percentile(t.typed, 0.9)),
			ms(t.engineFirst),
			ms(median(t.engine)),
			kb(t.bytes),
			String(t.empty),
		]),
	);
	const all = timings.flatMap((t) => t.typed);
	const first = Math.max(...timings.map((t) => t.first));
	console.log(
		`Targets: median ≤ 300 ms (${ms(median(all))} over ${all.length} queries), first query ≤ 700 ms (slowest first: ${ms(first)}). ` +
			`Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} CPUs.`,
	);
}

/** The parts of Lighthouse and chrome-launcher used here (installed in bench/, not the project). */
interface LighthouseModule {
	default: (
		url: string,
		flags: Record<string, unknown>,
	) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
}
interface ChromeLauncherModule {
	launch: (opts: { chromePath: string; chromeFlags: string[] }) => Promise<{
		port: number;
		kill: () => Promise<void> | void;
	}>;
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** 4. Lighthouse scores (mobile, its defaults) of the same pages, ours and plain Starlight's. */
async function lighthouseScores(plain: string): Promise<void> {
	// Specifiers in variables: the project type-checks without bench/node_modules installed.
	const lighthouseName = 'lighthouse';
	const launcherName = 'chrome-launcher';
	const { default: lighthouse } = (await import(lighthouseName)) as LighthouseModule;
	const { launch } = (await import(launcherName)) as ChromeLauncherModule;
	const sites = [
		['ours', await serve(join(ROOT, 'dist'))],
		['plain Starlight', await serve(plain)],
	] as const;
	const chrome = await launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	const rows: string[][] = [];
	try {
		for (const url of PAGES)
			for (const [name, server] of sites) {
				const result = await lighthouse(server.url + url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
				});
				const c = result!.lhr.categories;
				rows.push([
					url,
					name,
					...CATEGORIES.map((k) => String(Math.round((c[k]?.score ?? 0) * 100))),
					load(),
				]);
			}
	} finally {
		await chrome.kill();
		for (const [, server] of sites) await server.close();
	}
	table(
		'4. Lighthouse (mobile, gzip-serving localhost; same run, same Chromium)',
		['page', 'site', 'performance', 'accessibility', 'best practices', 'SEO', 'load'],
		rows,
	);
}

/** 5. Build cost as the number of cases grows, ours against plain Starlight with the same pages. */
function scale(sizes: number[]): void {
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

async function main(): Promise<void> {
	if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Run `npm run build` first.');
	ensureInstalled(BENCH, 'the benchmark tools (Lighthouse, chrome-launcher, Mermaid)');
	const args = process.argv.slice(2);
	const flag = (name: string) => args.includes(name);
	const sizes = (flag('--sizes') ? args[args.indexOf('--sizes') + 1]! : '10,100,500')
		.split(',')
		.map(Number);
	console.log(
		`Benchmark of ${ROOT} — Mermaid ${MERMAID_VERSION} (diagrams), Node ${process.version}, load ${load()}`,
	);
	if (flag('--only-search')) {
		const browser = await launchChromium();
		const dist = args[args.indexOf('--dist') + 1];
		try {
			await search(browser, flag('--dist') && dist ? resolve(dist) : undefined);
		} finally {
			await browser.close();
		}
		return;
	}
	if (!flag('--only-scale')) {
		const twin = plainTwin(join(ROOT, 'dist'));
		try {
			if (!flag('--only-lighthouse')) {
				weights(twin.out);
				const browser = await launchChromium();
				try {
					await baseline(browser);
					await search(browser);
				} finally {
					await browser.close();
				}
			}
			await lighthouseScores(twin.out);
		} finally {
			rmSync(twin.project, { recursive: true, force: true });
		}
	}
	if (flag('--only-scale') || (!flag('--no-scale') && !flag('--only-lighthouse'))) scale(sizes);
}

await main();
