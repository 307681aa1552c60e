/**
 * `npm run bench`: what readers download and how fast it gets to them, printed as tables.
 *
 * 1. Page weight of home, a case page and the comparison page (HTML, inline SVG, CSS, JS; raw and
 *    gzip) and the JavaScript that runs before first paint.
 * 2. The usual way side by side: the same case page with its diagrams rendered client-side by
 *    Mermaid (as the common Astro/Starlight Mermaid integrations do), built from a temporary copy;
 *    bytes and time until the diagram is visible in Chromium, and the ratios.
 * 3. Search: bytes fetched and time to the first result, for a Chinese and an English query.
 * 4. Scale: 10, 100 and 500 synthetic cases (pages, entries, diagrams) in temporary copies: build
 *    time per page, dist/ size and search-index size, and the same for plain Starlight pages
 *    without our checker and diagram steps. Synthetic diagrams reuse one rendered SVG as their
 *    cache entry: the benchmark measures the build, not Mermaid.
 *
 * 5. Lighthouse (mobile settings, on the system Chromium) for the same three pages: four scores.
 *
 * Needs Chromium (see README). Timings vary by machine; tests assert budgets, not timings.
 * Usage: node bench/bench.ts [--no-scale] [--only-lighthouse]
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

/** 3. Search cost in the browser. */
async function search(browser: Browser): Promise<void> {
	const server = await serveDist(join(ROOT, 'dist'));
	const rows: string[][] = [];
	for (const [locale, query] of [
		['zh', '内卷化'],
		['en', 'involution'],
	] as const) {
		const page = await browser.newPage();
		await page.goto(`${server.url}/${locale}/`, { waitUntil: 'networkidle' });
		let bytes = 0;
		page.on('response', async (r) => {
			try {
				bytes += (await r.body()).length;
			} catch {
				// no body
			}
		});
		await page.click('site-search button[data-open-modal]');
		const start = await page.evaluate(() => performance.now());
		await page.locator('#starlight__search input').fill(query);
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
		const end = await page.evaluate(() => performance.now());
		await page.waitForLoadState('networkidle');
		rows.push([locale, query, kb(bytes), ms(end - start)]);
		await page.close();
	}
	await server.close();
	table(
		'Search (first query after opening the dialog, localhost)',
		['locale', 'query', 'fetched', 'time to first result'],
		rows,
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
