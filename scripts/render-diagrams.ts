/**
 * `npm run diagrams`: renders every diagram (zh and en; one rendering serves both themes) with the
 * real Mermaid in headless Chromium, prepares it for the page (sanitised by DOMPurify, optimised:
 * scripts/lib/prepare-svg.ts) and stores it under its cache key in content/diagrams/rendered/,
 * with the Mermaid version in renderer.json (part of every key). Mermaid comes from its own
 * package folder, scripts/mermaid/, installed on first use: a build only needs the committed cache.
 * Only missing variants are rendered; `--force` re-renders all, `--prune` deletes unused files.
 * Needs Chromium (see README).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../src/lib/i18n/locales.ts';
import { CACHE_DIR, mermaidConfig, variant } from '../src/lib/diagrams/cache.ts';
import { MERMAID_VERSION } from '../src/lib/diagrams/mermaid-version.ts';
import { launchChromium } from './lib/chromium.ts';
import { mermaidPage, renderMermaid } from './lib/mermaid-page.ts';
import { ensureInstalled } from './lib/ensure-installed.ts';
import { prepareSvg } from './lib/prepare-svg.ts';
import { lostText } from '../src/lib/diagrams/svg.ts';
import { editionSvgKeys } from '../src/lib/editions/verify.ts';

const root = resolve('.');
const MERMAID_DIR = join(root, 'scripts/mermaid');
ensureInstalled(MERMAID_DIR, 'Mermaid for the diagram renderer');
const require = createRequire(join(MERMAID_DIR, 'package.json'));
const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');
const INSTALLED = (require('mermaid/package.json') as { version: string }).version;

interface Job {
	diagram: string;
	locale: Locale;
	source: string;
	/** The SVG id Mermaid renders with. */
	id: string;
	key: string;
	file: string;
}

/** The cache's jobs for Mermaid `version` (its keys depend on it). */
function jobs(version: string): Job[] {
	const dir = join(root, 'content/diagrams');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) => {
			const diagram = f.replace(/\.yaml$/, '');
			const data = parse(readFileSync(join(dir, f), 'utf8')) as { mermaid: Record<Locale, string> };
			return LOCALES.map((locale) => {
				const source = data.mermaid[locale];
				return { diagram, locale, source, ...variant(diagram, locale, source, version) };
			});
		});
}

async function render(todo: Job[]): Promise<string[]> {
	const browser = await launchChromium();
	const errors: string[] = [];
	try {
		const page = await mermaidPage(browser, MERMAID_JS);
		for (const job of todo) {
			const result = await renderMermaid(page, job.source, job.id, mermaidConfig());
			if ('error' in result) {
				errors.push(`diagram "${job.diagram}" (${job.locale}): ${result.error}`);
				continue;
			}
			const svg = prepareSvg(result.svg, job.id);
			const lost = lostText(result.svg, svg);
			if (lost) {
				errors.push(`diagram "${job.diagram}" (${job.locale}): ${lost}`);
				continue;
			}
			writeFileSync(join(root, job.file), svg);
			console.log(`rendered ${job.diagram} ${job.locale} → ${job.file}`);
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
	// Another Mermaid than the cache was rendered with: every key changes, so all render anew.
	if (INSTALLED !== MERMAID_VERSION)
		console.log(`Mermaid ${INSTALLED} replaces ${MERMAID_VERSION}: rendering every diagram.`);
	const all = jobs(INSTALLED);
	// A released edition sealed its SVGs' bytes: `--force` never rewrites one of those.
	const sealed = editionSvgKeys(root);
	const todo = all.filter((j) => !existsSync(join(root, j.file)) || (force && !sealed.has(j.key)));
	const errors = todo.length ? await render(todo) : [];
	if (errors.length === 0)
		writeFileSync(
			join(root, CACHE_DIR, 'renderer.json'),
			`${JSON.stringify({ mermaid: INSTALLED }, null, '\t')}\n`,
		);
	// An SVG a released edition shows stays, though no current diagram uses it: the edition is
	// published forever with the drawing it had.
	const used = new Set([...all.map((j) => `${j.key}.svg`), ...[...sealed].map((k) => `${k}.svg`)]);
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
