/**
 * `npm run bench`: what readers download and how fast it gets to them, printed as tables.
 *
 * 1. Page weight of home, a case page and the comparison page (HTML, inline SVG, CSS, JS; raw and
 *    gzip) and the JavaScript that runs before first paint.
 * 2. The usual way side by side: the same case page with its diagrams rendered client-side by
 *    Mermaid (as the common Astro/Starlight Mermaid integrations do), built from a temporary copy;
 *    bytes and time until the diagram is visible in Chromium, and the ratios.
 * 3. Search at the speed of typing: queries typed like a person into the real search dialog in
 *    Chromium, timed from the last keystroke to the first result on screen (the first query after
 *    opening the dialog apart, as it also waits for the index), beside Pagefind's own time for the
 *    same queries, with the machine's load average; and the bytes the first search fetched.
 * 4. Scale: 10, 100 and 500 synthetic cases (pages, entries, diagrams) in temporary copies: build
 *    time per page, dist/ size and search-index size, and the same for plain Starlight pages
 *    without our checker and diagram steps. Synthetic diagrams reuse one rendered SVG as their
 *    cache entry: the benchmark measures the build, not Mermaid.
 *
 * 5. Lighthouse (mobile settings, on the system Chromium) for the same three pages: four scores.
 *
 * Needs Chromium (see README). Timings vary by machine; tests assert budgets, not timings.
 * Usage: node bench/bench.ts [--no-scale] [--only-lighthouse] [--only-search [--dist <dir>]]
 * (`--dist` times the search of another build, e.g. the one before a change, with the same queries.)
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CACHE_DIR, variant } from '../src/lib/diagrams.ts';
import { filesUnder } from '../src/lib/files.ts';
import { LOCALES } from '../src/lib/i18n.ts';
import { MERMAID_VERSION } from '../src/lib/mermaid-version.ts';
import { pageWeight } from '../src/lib/page-weight.ts';
import { CHROMIUM_ARGS, findChromium, launchChromium } from '../scripts/lib/chromium.ts';
import { childEnv } from '../test/support/env.ts';
import { copyProject } from '../test/support/project-copy.ts';
import { serveDist } from '../test/support/server.ts';

const ROOT = resolve('.');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

function table(title: string, head: string[], rows: (string | number)[][]): void {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(
		`\n${title}\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map((r) => line(r.map(String))).join('\n')}`,
	);
}

function build(project: string, outDir: string): number {
	const start = performance.now();
	// A large build logs a lot; the default 1 MB buffer would kill it.
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--out-dir', outDir], {
		cwd: project,
		env: childEnv(),
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0)
		throw new Error(`build failed in ${project}:\n${result.stdout}\n${result.stderr}`);
	return performance.now() - start;
}

const dirSize = (dir: string): number => filesUnder(dir).reduce((n, f) => n + statSync(f).size, 0);

/** 1. Page weights of the real build. */
function weights(): void {
	const rows = ['/en/', '/en/cases/qingshan/', '/zh/compare/'].map((url) => {
		const w = pageWeight(join(ROOT, 'dist'), url);
		const html = readFileSync(join(ROOT, 'dist', url, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		// Classic scripts in <head> block the first paint; module scripts are deferred.
		const blocking = [
			...head.matchAll(
				/<script(?![^>]*type="(?:module|application\/ld\+json)")[^>]*>([\s\S]*?)<\/script>/g,
			),
		].map((m) => m[1]!);
		const blockingGz = blocking.reduce((n, s) => n + gzipSync(s).length, 0);
		return [
			url,
			kb(w.html.gzip),
			kb(w.svg.gzip),
			kb(w.css.gzip),
			kb(w.js.gzip),
			kb(w.total.gzip),
			kb(w.total.raw),
			`${blocking.length} (${kb(blockingGz)})`,
		];
	});
	table(
		'Page weight on first load (gzip unless marked raw)',
		['page', 'HTML', 'inline SVG', 'CSS', 'JS', 'total', 'total raw', 'JS before first paint'],
		rows,
	);
}

interface Load {
	bytes: number;
	gzip: number;
	diagramVisibleMs: number;
}

/** Loads a page, sums what was transferred (and its gzip size), and times the first visible diagram. */
async function load(browser: Browser, url: string): Promise<Load> {
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
	const project = copyProject();
	try {
		copyFileSync(
			join(ROOT, 'bench/client-mermaid-diagram.astro'),
			join(project, 'src/components/Diagram.astro'),
		);
		// The usual setup has no CSP step (Mermaid injects styles at run time).
		const config = join(project, 'astro.config.mjs');
		writeFileSync(
			config,
			readFileSync(config, 'utf8').replace(/\n\t\tcontentSecurityPolicy\(\),/, ''),
		);
		const out = join(project, 'dist-client');
		build(project, out);
		const ours = await serveDist(join(ROOT, 'dist'));
		const theirs = await serveDist(out);
		const url = '/en/cases/qingshan/';
		const runs = async (base: string) => {
			const results: Load[] = [];
			for (let i = 0; i < 3; i++) results.push(await load(browser, base + url));
			results.sort((a, b) => a.diagramVisibleMs - b.diagramVisibleMs);
			return results[1]!; // the median of three
		};
		const a = await runs(ours.url);
		const b = await runs(theirs.url);
		table(
			`The usual way vs ours: ${url} (median of 3 loads, localhost)`,
			['build', 'transferred', 'gzip', 'diagram visible after'],
			[
				['static SVG (ours)', kb(a.bytes), kb(a.gzip), ms(a.diagramVisibleMs)],
				['client-side Mermaid', kb(b.bytes), kb(b.gzip), ms(b.diagramVisibleMs)],
				[
					'ratio (Mermaid / ours)',
					`${(b.bytes / a.bytes).toFixed(1)}×`,
					`${(b.gzip / a.gzip).toFixed(1)}×`,
					`${(b.diagramVisibleMs / a.diagramVisibleMs).toFixed(1)}×`,
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
	const server = await serveDist(dist);
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
		`Search: last keystroke to first result on screen (or to "no results"), in the search dialog (localhost, Chromium; ${dist})`,
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

/** Adds N synthetic cases (both languages, with a diagram each) to a project copy. */
function addSyntheticCases(project: string, n: number, withDiagrams: boolean): void {
	const sampleSvg = readdirSync(join(ROOT, CACHE_DIR)).find((f) => f.endsWith('.svg'))!;
	mkdirSync(join(project, CACHE_DIR), { recursive: true });
	for (let i = 1; i <= n; i++) {
		const id = `synthetic-${i}`;
		const source = `flowchart TD\n  a${i}["Level ${i}"] --> b${i}["Body ${i}"]`;
		writeFileSync(
			join(project, `content/cases/${id}.yaml`),
			`name: { zh: 合成案例${i}, en: Synthetic case ${i} }\nshort: { zh: 合成${i}, en: Synthetic ${i} }\nplace: { zh: 某地, en: Somewhere }\norder: ${100 + i}\nkind: early-model\nsummary: { zh: 用于基准测试, en: for the benchmark, sources: [stage-1-early-models] }\nplacement: { zh: 居委会层面, en: residents' committee level, sources: [stage-1-early-models] }\n${withDiagrams ? `diagrams: [${id}]\n` : ''}sources: [stage-1-early-models]\n`,
		);
		if (withDiagrams) {
			writeFileSync(
				join(project, `content/diagrams/${id}.yaml`),
				`title: { zh: 图${i}, en: Diagram ${i} }\nalt: { zh: 合成图, en: a synthetic diagram }\nmermaid:\n  zh: |\n    ${source.replace(/\n/g, '\n    ')}\n  en: |\n    ${source.replace(/\n/g, '\n    ')}\ntextVersion: { zh: "- a", en: "- a" }\nsources: [stage-1-early-models]\n`,
			);
			for (const locale of LOCALES) {
				copyFileSync(
					join(ROOT, CACHE_DIR, sampleSvg),
					join(project, variant(id, locale, source).file),
				);
			}
		}
		for (const locale of LOCALES) {
			const body = withDiagrams
				? `import { CaseFacts, Diagram } from '~/components';\n\n<CaseFacts id="${id}" />\n\n## Structure { #structure }\n\n<Diagram id="${id}" />\n`
				: `## Structure { #structure }\n\nText of synthetic case ${i}.\n`;
			writeFileSync(
				join(project, `src/content/docs/${locale}/cases/${id}.mdx`),
				`---\ntitle: ${locale === 'zh' ? `合成案例${i}` : `Synthetic case ${i}`}\n---\n${body}`,
			);
		}
	}
}

/** 4. Build cost as the number of cases grows, ours against plain Starlight. */
function scale(): void {
	const rows: string[][] = [];
	for (const variant of ['ours', 'plain Starlight'] as const) {
		let previous: { pages: number; time: number } | undefined;
		for (const n of [10, 100, 500]) {
			const project = copyProject();
			try {
				if (variant === 'plain Starlight') {
					const config = join(project, 'astro.config.mjs');
					writeFileSync(
						config,
						readFileSync(config, 'utf8')
							.replace(/\n\t\tcontentChecker\(\),/, '')
							.replace(/\n\t\tcontentSecurityPolicy\(\),/, ''),
					);
				}
				addSyntheticCases(project, n, variant === 'ours');
				// The URL manifest would (rightly) not know the synthetic pages; they are not published.
				const out = join(project, 'dist-scale');
				const time = build(project, out);
				const pages = readdirSync(join(out, 'en/cases')).length * 2;
				// The cost of each added page, which must stay flat as N grows (fixed costs excluded).
				const marginal = previous ? ms((time - previous.time) / (pages - previous.pages)) : '–';
				rows.push([
					variant,
					String(n),
					String(pages),
					ms(time),
					ms(time / pages),
					marginal,
					kb(dirSize(out)),
					kb(dirSize(join(out, 'pagefind'))),
				]);
				previous = { pages, time };
			} finally {
				rmSync(project, { recursive: true, force: true });
			}
		}
	}
	table(
		'Scale: synthetic cases (build includes the search index)',
		[
			'build',
			'cases',
			'case pages',
			'build time',
			'per case page',
			'per added page',
			'dist/',
			'search index',
		],
		rows,
	);
}

/** 5. Lighthouse scores with its default (mobile) settings. */
async function lighthouseScores(): Promise<void> {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const server = await serveDist(join(ROOT, 'dist'));
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	const rows: string[][] = [];
	try {
		for (const url of ['/en/', '/en/cases/qingshan/', '/zh/compare/']) {
			const result = await lighthouse(server.url + url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const c = result!.lhr.categories;
			const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100));
			rows.push([
				url,
				score('performance'),
				score('accessibility'),
				score('best-practices'),
				score('seo'),
			]);
		}
	} finally {
		await chrome.kill();
		await server.close();
	}
	table(
		'Lighthouse (mobile, localhost)',
		['page', 'performance', 'accessibility', 'best practices', 'SEO'],
		rows,
	);
}

async function main(): Promise<void> {
	if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Run `npm run build` first.');
	console.log(`Benchmark of ${ROOT} — Mermaid ${MERMAID_VERSION}, Node ${process.version}`);
	if (process.argv.includes('--only-lighthouse')) {
		await lighthouseScores();
		return;
	}
	if (process.argv.includes('--only-search')) {
		const browser = await launchChromium();
		const dist = process.argv[process.argv.indexOf('--dist') + 1];
		try {
			await search(browser, process.argv.includes('--dist') && dist ? resolve(dist) : undefined);
		} finally {
			await browser.close();
		}
		return;
	}
	weights();
	const browser = await launchChromium();
	try {
		await baseline(browser);
		await search(browser);
	} finally {
		await browser.close();
	}
	await lighthouseScores();
	if (!process.argv.includes('--no-scale')) scale();
}

await main();
