/**
 * `npm run diagrams`: renders every diagram (zh and en; one rendering serves both themes) with the
 * real Mermaid in headless Chromium and stores Mermaid's SVG as it is under its cache key in
 * content/diagrams/rendered/ (it is sanitised where it is used: src/lib/diagram-svg.ts).
 * Only missing variants are rendered; `--force` re-renders all, `--prune` deletes unused files.
 * Needs Chromium (see README); a build only needs the committed cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../src/lib/i18n.ts';
import { CACHE_DIR, mermaidConfig, variant } from '../src/lib/diagrams.ts';
import { launchChromium } from './lib/chromium.ts';

const root = resolve('.');
const require = createRequire(import.meta.url);
const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');

interface Job {
	diagram: string;
	locale: Locale;
	source: string;
	/** The SVG id Mermaid renders with. */
	id: string;
	key: string;
	file: string;
}

function jobs(): Job[] {
	const dir = join(root, 'content/diagrams');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) => {
			const diagram = f.replace(/\.yaml$/, '');
			const data = parse(readFileSync(join(dir, f), 'utf8')) as { mermaid: Record<Locale, string> };
			return LOCALES.map((locale) => {
				const source = data.mermaid[locale];
				return { diagram, locale, source, ...variant(diagram, locale, source) };
			});
		});
}

async function render(todo: Job[]): Promise<string[]> {
	const browser = await launchChromium();
	const errors: string[] = [];
	try {
		const page = await browser.newPage();
		await page.setContent(
			'<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
		);
		await page.addScriptTag({ path: MERMAID_JS });
		for (const job of todo) {
			const result = await page.evaluate(
				async ({ source, id, config }) => {
					const m = (
						globalThis as unknown as {
							mermaid: {
								initialize: (c: unknown) => void;
								parse: (s: string) => Promise<unknown>;
								render: (id: string, s: string) => Promise<{ svg: string }>;
							};
						}
					).mermaid;
					m.initialize(config);
					try {
						await m.parse(source);
						return { svg: (await m.render(id, source)).svg };
					} catch (e) {
						return { error: e instanceof Error ? e.message : String(e) };
					}
				},
				{ source: job.source, id: job.id, config: mermaidConfig() },
			);
			if ('error' in result)
				errors.push(`diagram "${job.diagram}" (${job.locale}): ${result.error}`);
			else writeFileSync(join(root, job.file), result.svg!);
			if (!('error' in result)) console.log(`rendered ${job.diagram} ${job.locale} → ${job.file}`);
		}
	} finally {
		await browser.close();
	}
	return errors;
}

async function main() {
	const force = process.argv.includes('--force');
	const prune = process.argv.includes('--prune');
	mkdirSync(join(root, CACHE_DIR), { recursive: true });
	const all = jobs();
	const todo = all.filter((j) => force || !existsSync(join(root, j.file)));
	const errors = todo.length ? await render(todo) : [];
	const used = new Set(all.map((j) => `${j.key}.svg`));
	const unused = readdirSync(join(root, CACHE_DIR)).filter(
		(f) => f.endsWith('.svg') && !used.has(f),
	);
	for (const f of unused) {
		if (prune) rmSync(join(root, CACHE_DIR, f));
		console.log(`${prune ? 'deleted' : 'unused (run with --prune to delete)'}: ${CACHE_DIR}/${f}`);
	}
	console.log(
		`${all.length} renderings, ${todo.length - errors.length} rendered, ${all.length - todo.length} cached.`,
	);
	if (errors.length) {
		console.error(`\nMermaid could not render:\n${errors.map((e) => `  ${e}`).join('\n')}`);
		process.exitCode = 1;
	}
}

await main();
