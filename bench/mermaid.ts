/** 2. Our static SVG against client-side Mermaid on the same page (the common way: Mermaid in the
 * browser, as the usual Astro/Starlight Mermaid integrations do). */
import {
	copyFileSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serve } from './serve.ts';
import { BENCH, ROOT, build, copyOfOurs, kb, load, ms, ratio, table } from './lib.ts';

export interface Load {
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
export async function baseline(browser: Browser): Promise<void> {
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
