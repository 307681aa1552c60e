/** 4. Lighthouse scores (mobile, its defaults) of the same pages, ours and plain Starlight's. */
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';
import { serve } from './serve.ts';
import { ROOT, load, table } from './lib.ts';
import { PAGES } from './weights.ts';

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
export async function lighthouseScores(plain: string): Promise<void> {
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
