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
 * 5. Load: requests per second, p50/p99 latency and errors of `npm start`'s server beside
 *    `astro preview`, for a case page, a search index chunk and a missing path (autocannon).
 * 6. Scale: 10, 100 and 500 synthetic cases (copies of a real case: bench/synthetic.ts) in
 *    temporary copies, built by ours and by plain Starlight with the same pages; build time and
 *    dist/ size, their ratios, and where our build's time goes.
 *
 * Every figure is printed with the machine's load average: on a shared machine timings are only
 * comparable within one run. Needs Chromium (see README) and this folder's own packages
 * (Lighthouse, chrome-launcher, Mermaid), which `npm run bench` installs on first use.
 * Usage: node bench/index.ts [--no-scale] [--only-lighthouse] [--only-scale] [--sizes 10,100,500]
 *   [--only-search [--dist <dir>]] [--only-load]
 * (`--dist` times the search of another build, e.g. the one before a change, with the same queries.)
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MERMAID_VERSION } from '../src/lib/diagrams/mermaid-version.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { ensureInstalled } from '../scripts/lib/ensure-installed.ts';
import { BENCH, ROOT, load, plainTwin } from './lib.ts';
import { weights } from './weights.ts';
import { offline } from './offline.ts';
import { baseline } from './mermaid.ts';
import { search } from './search.ts';
import { lighthouseScores } from './lighthouse.ts';
import { scale } from './scale.ts';
import { loadTest } from './load.ts';

async function main(): Promise<void> {
	if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Run `npm run build` first.');
	ensureInstalled(BENCH, 'the benchmark tools (Lighthouse, chrome-launcher, Mermaid, autocannon)');
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
	if (flag('--only-load')) {
		await loadTest();
		return;
	}
	if (!flag('--only-scale')) {
		const twin = plainTwin(join(ROOT, 'dist'));
		try {
			if (!flag('--only-lighthouse')) {
				weights(twin.out);
				offline();
				const browser = await launchChromium();
				try {
					await baseline(browser);
					await search(browser);
				} finally {
					await browser.close();
				}
			}
			await lighthouseScores(twin.out);
			if (!flag('--only-lighthouse')) await loadTest();
		} finally {
			rmSync(twin.project, { recursive: true, force: true });
		}
	}
	if (flag('--only-scale') || (!flag('--no-scale') && !flag('--only-lighthouse'))) scale(sizes);
}

await main();
